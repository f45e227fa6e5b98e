/// 问题没有对应的措施（problem-without-commitment）。
///
/// 检查什么：报告承认的每个问题（“依法行政意识有待进一步提高”），在计划部分是否
/// 有对应的承诺（“进一步提高依法行政意识”）。按分词后的词语与字二元组的余弦相似度
/// 找最相近的承诺，低于阈值即视为没有对应。
///
/// 为什么：只摆问题、不提措施的报告，下一年无从检查整改。这是提示，不是错误：
/// 相似度看不出换了说法的对应。
///
/// 只在问题前后 10 万字（`sameReportSpan`）之内找承诺：更长的输入是多份报告的
/// 汇编，别的报告的计划不算；这也使核对随输入线性增长。
struct ProblemWithoutCommitment: Rule {
  static let id = "problem-without-commitment"
  static let name = "问题没有对应的措施"
  static let defaultSeverity = Severity.info
  static let explanation = "报告承认的问题应在计划部分有对应的承诺；按词语相似度找不到对应承诺时提示。"
  static let triggeringExamples = [
    "一、存在的问题\n⟦村级档案管理还不够规范⟧。\n二、下一步工作安排\n（一）进一步加强组织领导。加强统筹协调。"
  ]
  static let nonTriggeringExamples = [
    "一、存在的问题\n依法行政意识有待进一步提高。\n二、下一步工作安排\n（一）进一步提高依法行政意识。加强对干部的法治教育培训。"
  ]

  /// Cosine similarity at or above which a commitment answers a problem.
  static let threshold = 0.25

  func check(_ report: Report, _ ctx: inout RuleContext) {
    guard !report.problems.isEmpty, !report.commitments.isEmpty else { return }
    let commitments = report.commitments.map(report.text(of:))
    let sim = ctx.environment.makeSimilarity()
    // Vectors once per text (not a cache lookup per pair), and only the
    // commitments within one report's span of the problem.
    sim.addToCollection(commitments + report.problems.map(\.text))
    let vectors = commitments.map(sim.vector)
    // Commitments by where they start (plan headings come first in the list).
    let at = report.commitments.map(\.range.lowerBound)
    let order = at.indices.sorted { at[$0] < at[$1] }
    let starts = order.map { at[$0] }
    let doc = report.document
    for p in report.problems {
      let q = sim.vector(p.text)
      let from = SourceText.countLess(starts, than: p.range.lowerBound - sameReportSpan)
      let to = SourceText.countLess(starts, than: p.range.lowerBound + sameReportSpan)
      var best: (index: Int, score: Double)? = nil
      for k in from..<to {
        let i = order[k]
        let s = sim.cosine(q, vectors[i])
        // The highest score; on a tie the commitment listed first.
        if s > 0, best == nil || s > best!.score || (s == best!.score && i < best!.index) { best = (i, s) }
      }
      let ok = (best?.score ?? 0) >= Self.threshold
      ctx.counted(held: ok)
      if !ok {
        var note: String? = nil
        if let b = best { note = "最相近的承诺：“\(commitments[b.index])”（相似度 \(format(b.score, digits: 2))）" }
        ctx.report("问题“\(p.text)”在计划部分没有找到对应的承诺", at: doc.original(p.range), note: note)
      }
    }
  }
}
