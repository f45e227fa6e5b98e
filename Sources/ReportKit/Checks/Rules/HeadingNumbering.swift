/// 标题序号连续（heading-numbering）。
///
/// 检查什么：同一上级标题下、同一种序号（一、 （一） 1. （1））的标题，序号应从一
/// 开始依次递增，不跳号、不重号（一、二、四、 是跳号）。
///
/// 依据：GB/T 9704-2012 7.3.3，结构层次序数依次用“一、”“（一）”“1.”“（1）”标注。
struct HeadingNumbering: Rule {
  static let id = "heading-numbering"
  static let name = "标题序号连续"
  static let defaultSeverity = Severity.warning
  static let standard: String? = "GB/T 9704-2012 7.3.3"
  static let explanation = "同一层级的标题序号应从一开始依次递增，不跳号、不重号（GB/T 9704-2012 7.3.3）。"
  static let triggeringExamples = ["一、总体情况\n正文。\n二、主要成效\n正文。\n⟦四、⟧存在问题\n正文。"]
  static let nonTriggeringExamples = ["一、总体情况\n正文。\n二、主要成效\n正文。\n三、存在问题\n正文。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (i, s) in doc.sections.enumerated() {
      guard let m = s.marker else { continue }
      let key = "\(s.parent ?? -1)/\(m.kind.rawValue)"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(i)
    }
    for key in order {
      var expected = 1
      for i in groups[key]! {
        let m = doc.sections[i].marker!
        let ok = m.number == expected
        ctx.counted(held: ok)
        if !ok {
          let what = m.number < expected ? "重号" : "跳号"
          ctx.report(
            "标题序号\(what)：应为第 \(expected) 个，写的是 \(doc.source.string(m.range))",
            at: m.range)
        }
        expected = m.number + 1
      }
    }
  }
}
