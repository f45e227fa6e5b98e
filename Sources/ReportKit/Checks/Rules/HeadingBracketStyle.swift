/// 括号序号全半角一致（heading-bracket-style）。
///
/// 检查什么：同一种括号序号（（一） 或 （1））在一份报告里全角、半角混用，如
/// “（一）”与“(一)”并存。报告按多数的写法提示少数的一方。
///
/// 依据：GB/T 9704-2012 7.3.3 的示例用全角括号；同一层级写法应一致。
struct HeadingBracketStyle: Rule {
  static let id = "heading-bracket-style"
  static let name = "括号序号全半角一致"
  static let defaultSeverity = Severity.warning
  static let standard: String? = "GB/T 9704-2012 7.3.3"
  static let explanation = "同一种括号序号不应全角“（一）”与半角“(一)”混用；以多数写法为准提示少数。"
  static let triggeringExamples = [
    "一、总体情况\n（一）加强领导。正文。\n（二）强化培训。正文。\n二、工作安排\n⟦(一)⟧加强领导。正文。"
  ]
  static let nonTriggeringExamples = ["一、总体情况\n（一）加强领导。正文。\n（二）强化培训。正文。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for kind in [MarkerKind.chineseParen, .arabicParen] {
      let hs = doc.sections.compactMap { $0.marker }.filter { $0.kind == kind }
      let full = hs.filter { $0.fullWidthBrackets }.count
      let half = hs.count - full
      guard hs.count >= 2 else { continue }
      let fullIsNorm = full >= half
      for m in hs {
        let ok = m.fullWidthBrackets == fullIsNorm
        ctx.counted(held: ok)
        if !ok {
          let want = fullIsNorm ? "全角括号（）" : "半角括号()"
          ctx.report(
            "序号 \(doc.source.string(m.range)) 的括号与同级其他 \(fullIsNorm ? full : half) 处不一致，应使用\(want)",
            at: m.range)
        }
      }
    }
  }
}
