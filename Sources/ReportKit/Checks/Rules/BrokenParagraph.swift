/// 段落被分页截断（broken-paragraph）。
///
/// 检查什么：一段话在句中断开，后半段另起一段（从 PDF 或 Word 复制时分页造成），
/// 如“……群众切身利益”后空一行接“的重大决策事项”。分析时两段已接合，这里指出断处。
///
/// 为什么：断开的段落在发布稿中是错误，也会让按段落读数的工具读错。
struct BrokenParagraph: Rule {
  static let id = "broken-paragraph"
  static let name = "段落被分页截断"
  static let defaultSeverity = Severity.warning
  static let explanation = "一段话在句中断开并另起一段（常见于从 PDF、Word 复制），应接回一段。"
  static let triggeringExamples = ["一、工作成效\n对涉及经济社会发展和群众切身利⟦益\n\n的⟧重大决策事项，广泛征求意见。"]
  static let nonTriggeringExamples = ["一、工作成效\n对涉及群众切身利益的重大决策事项，广泛征求意见。\n\n建立了法律顾问制度。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for j in doc.joins {
      ctx.counted(held: false)
      let a = doc.source.position(j.before.lowerBound)
      let b = doc.source.position(j.after.lowerBound)
      ctx.report(
        "段落在第 \(a.line) 行“\(doc.source.string(j.before))”后断开，第 \(b.line) 行“\(doc.source.string(j.after))”应接在同一段",
        at: j.before.union(j.after))
    }
  }
}
