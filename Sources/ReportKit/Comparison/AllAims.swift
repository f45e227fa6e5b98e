/// Aims of all, written without a figure (实现村（社区）法律顾问全覆盖,
/// 执法人员全部参加全省行政执法人员网上培训): a share of 100% of a town's plan,
/// judged against the next review's sentence about the same work (its words
/// without the word of all, at `minSubjectScore`):
/// - undone or put off (未, 没有, 推迟, 延期): not met;
/// - all done (全部, 均, 都 as words of their own, or 全覆盖): met;
/// - a share given as a percentage: judged against 100%;
/// - none of these: not reported.
/// Not in a 政府工作报告, whose aims stand in its target list; a clause with a
/// figure is left to its figure (年内完成全部18个村的修订).
extension Comparer {
  /// Words of a plan clause that aim at all of something.
  static let allAimWords = ["全覆盖", "全部"]

  struct AllAim {
    var clause: AnalysisRange
    /// The word of all as written in the clause.
    var word: String
  }

  /// The aims of all of a town report's plan commitments.
  func allAims(_ r: Report) -> [(aim: AllAim, commitment: Int)] {
    let d = r.document
    guard d.metadata.kind != .governmentWork else { return [] }
    var segmenter: Segmenter? = nil
    var out: [(aim: AllAim, commitment: Int)] = []
    for (ci, c) in r.commitments.enumerated() where !c.isHeading {
      guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
      for clause in TextSpans.clauses(d, c.range) {
        let text = d.text(clause)
        guard let w = Self.allAimWords.first(where: text.contains) else { continue }
        guard !c.quantities.contains(where: { clause.contains(r.quantities[$0].range.lowerBound) }) else { continue }
        if segmenter == nil { segmenter = environment.makeSegmenter() }
        guard w == "全覆盖" || segmenter!.words(text).contains(w) else { continue }
        out.append((AllAim(clause: clause, word: w), ci))
      }
    }
    return out
  }

  /// The outcome of an aim of all in the next review.
  func allOutcome(
    _ a: AllAim, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity,
    reviewSentences: [AnalysisRange], reviewIndex: TextSimilarity.Index
  ) -> TargetOutcome {
    let d = older.document
    let clauseText = d.text(a.clause)
    let target = Target(
      metric: clauseText, text: clauseText, range: a.clause, quantity: nil, value: 100, high: nil, unit: "%",
      approx: .atLeast, horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section,
      category: c.category, bound: .floor, fromPlanClause: true)
    let query = clauseText.replacingOccurrences(of: a.word, with: "")
    let later = newer.document
    var segmenter: Segmenter? = nil
    for m in sim.bestCoverage(query, in: reviewIndex, k: 3) where m.score >= Self.minSubjectScore {
      let s = reviewSentences[m.index]
      let text = later.text(s)
      let note = "目标 \(a.word)（100%）；实际“\(text.prefix(40))”（相似度 \(format(m.score, digits: 2))）"
      if Self.undoneWords.contains(where: text.contains) {
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .notMet, note: note, kind: .evidence)
      }
      if segmenter == nil { segmenter = environment.makeSegmenter() }
      let words = segmenter!.words(text)
      if text.contains("全覆盖") || words.contains(where: Self.allWords.contains) {
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .met, note: note, value: 100,
          kind: .evidence)
      }
      if let q = newer.quantities.first(where: { s.contains($0.range.lowerBound) && $0.isPercent && $0.change == nil }) {
        let (status, rule) = judge(target, 100, q.normalizedValue)
        return TargetOutcome(
          target: target, outcome: q, evidence: (s, m.score), status: status,
          note: "目标 \(rule)；实际 \(later.text(q.range))（相似度 \(format(m.score, digits: 2))）", kind: .figure)
      }
    }
    return TargetOutcome(
      target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项（目标 \(a.word)）",
      kind: .none)
  }
}
