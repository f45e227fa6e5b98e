/// 同类数字形式一致（mixed-numeral-forms）。
///
/// 检查什么：同一类计数（同一单位类别）在一份报告里既用阿拉伯数字又用汉字数字，
/// 如“培训6场次”与“开展培训十二场次”。一位数的汉字（两次、三批）不计。
///
/// 一位数看写出来的数（含万、亿等数位词，不含单位本身的换算）：两万人是 20000，
/// 要报；五兆瓦写的是“五”，不报，虽然它是 5000 千瓦。The rule is on the
/// numeral's form, so it reads `writtenNumber`, not the quantity.
///
/// 依据：GB/T 15835-2011 的“同类别同形式”原则。
struct MixedNumeralForms: Rule {
  static let id = "mixed-numeral-forms"
  static let name = "同类数字形式一致"
  static let defaultSeverity = Severity.info
  static let standard: String? = "GB/T 15835-2011 4.1"
  static let explanation = "同一类计数应统一用阿拉伯数字或汉字数字（一位数的汉字数字除外）。"
  static let triggeringExamples = ["全年举办培训6场次，开展宣传⟦十二场次⟧。", "新增就业3万人，带动⟦两万人⟧创业。"]
  static let nonTriggeringExamples = [
    "全年举办培训6场次，开展宣传12场次，两次专题研究。", "新增分布式光伏装机8千瓦，建成五兆瓦储能电站。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let all = report.quantities
    // Indices, not copies of the figures: a report of a million figures
    // would otherwise copy 256 bytes each into the groups.
    var byCategory: [String: [Int]] = [:]
    for (i, q) in all.enumerated() where q.isCount {
      byCategory[q.unitCategory, default: []].append(i)
    }
    for (_, qs) in byCategory.sorted(by: { $0.key < $1.key }) {
      guard let first = qs.first(where: { !all[$0].chineseNumerals }) else { continue }
      let arabic = all[first]
      var arabicCount = 0
      for i in qs {
        let q = all[i]
        if !q.chineseNumerals {
          arabicCount += 1
          continue
        }
        guard q.writtenNumber >= 10 else { continue }
        ctx.counted(held: false)
        ctx.report(
          "同类计数既用阿拉伯数字（如“\(doc.text(arabic.range))”）又用汉字数字“\(doc.text(q.range))”",
          at: doc.original(q.range), related: [RelatedSpan(range: doc.original(arabic.range), label: "阿拉伯数字")])
      }
      for _ in 0..<arabicCount { ctx.counted(held: true) }
    }
  }
}
