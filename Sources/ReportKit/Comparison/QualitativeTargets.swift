/// The evidence shown for a qualitative target (居民收入增长和经济增长同步,
/// 国际收支保持基本平衡): the review's figure of the target's metric when the
/// metric-aliases lexicon names one, else the review sentence holding the
/// largest share of the target's words (rare words weighing most).
extension Comparer {
  func qualitativeOutcome(
    _ t: Target, in newer: Report, extractor: StatementExtractor, sim: TextSimilarity, reviewSentences: [AnalysisRange],
    reviewIndex: TextSimilarity.Index
  ) -> TargetOutcome {
    let d = newer.document
    // A figure of the metric the target names (居民人均可支配收入实际增长5.1%).
    if extractor.metricNames(in: t.text).contains(t.metric) {
      let figure = newer.quantities.first { q in
        guard d.role(at: q.range.lowerBound, section: q.section) == .review else { return false }
        return extractor.metric(q.subject + (q.change ?? "")) == t.metric
      }
      if let q = figure {
        return TargetOutcome(
          target: t, outcome: nil, evidence: (d.sentence(at: q.range.lowerBound), 1), status: .unclear,
          note: "定性目标；回顾中同一指标的数字：\(d.text(q.range))（\(t.metric)）", kind: .evidence)
      }
    }
    guard let best = sim.bestCoverage(t.text, in: reviewIndex, k: 1).first else {
      return TargetOutcome(
        target: t, outcome: nil, evidence: nil, status: .unclear, note: "定性目标，回顾中未找到相近语句", kind: .none)
    }
    return TargetOutcome(
      target: t, outcome: nil, evidence: (reviewSentences[best.index], best.score), status: .unclear,
      note: "定性目标，最相近的回顾语句含目标词语的 \(format(best.score * 100, digits: 0))%", kind: .evidence)
  }
}
