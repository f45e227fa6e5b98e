/// 同级标题标记一致（heading-level-markup）。
///
/// 检查什么：同一层级的序号（如“一、”到“五、”）在 Markdown 里标成了不同的标题级别
/// （一部分用 ##，一部分用 ###），或一部分加粗一部分不加。
///
/// 为什么：同级标题级别不一，目录和排版就会把它们放到不同层级。
struct HeadingLevelMarkup: Rule {
  static let id = "heading-level-markup"
  static let name = "同级标题标记一致"
  static let defaultSeverity = Severity.warning
  static let standard: String? = "GB/T 9704-2012 7.3.3"
  static let explanation = "同一层级的序号标题应使用同一 Markdown 标题级别。"
  static let triggeringExamples = ["## 一、总体情况\n正文。\n## 二、主要成效\n正文。\n⟦### 三、存在问题⟧\n正文。"]
  static let nonTriggeringExamples = ["## 一、总体情况\n正文。\n## 二、主要成效\n正文。\n## 三、存在问题\n正文。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for kind in MarkerKind.allCases {
      let hs = doc.sections.filter { $0.marker?.kind == kind }
      guard hs.count >= 2 else { continue }
      var counts: [Int: Int] = [:]
      for h in hs { counts[h.markdownLevel ?? 0, default: 0] += 1 }
      guard counts.count > 1 else {
        for _ in hs { ctx.counted(held: true) }
        continue
      }
      // The first heading's level is the norm; ties go to it.
      let norm = hs[0].markdownLevel ?? 0
      for h in hs {
        let level = h.markdownLevel ?? 0
        let ok = level == norm
        ctx.counted(held: ok)
        if !ok {
          let name = { (l: Int) in l == 0 ? "普通段落" : String(repeating: "#", count: l) + " 标题" }
          ctx.report(
            "同级标题“\(doc.source.string(h.marker!.range))\(h.title)”标成了\(name(level))，而同级的“\(doc.source.string(hs[0].marker!.range))”是\(name(norm))",
            at: h.headingRange,
            related: [RelatedSpan(range: hs[0].headingRange, label: "同级标题")])
        }
      }
    }
  }
}
