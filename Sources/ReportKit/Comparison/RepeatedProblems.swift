/// Problems of one year named again the next, matched by substance: what
/// the two sentences are concerned with (执法人员法律专业背景不足 and
/// 执法队伍专业化水平不高 are both about the law-enforcement staff's
/// expertise), not by how the shortcoming is worded.
extension Comparer {
  /// The least mean share of each concern held by the other.
  static let repeatedProblemScore = 0.28
  /// The least similarity of the two clauses themselves (the earlier rule,
  /// for near-copies).
  static let copiedProblemScore = 0.6

  /// What a problem is concerned with: its clause without the words that
  /// make it a problem (不足, 有待提高, 不够 …, from the problem-markers
  /// lexicon) or an ordinal (二是).
  func concern(_ p: Problem, in r: Report, _ x: StatementExtractor) -> String {
    let d = r.document
    var s = p.range
    s = AnalysisRange(
      s.lowerBound
        + d.analysis.units.withUnsafeBufferPointer {
          StatementExtractor.ordinalLength($0, s.lowerBound, s.upperBound)
        }, s.upperBound)
    var cut: [AnalysisRange] = []
    d.analysis.units.withUnsafeBufferPointer { u in
      x.problemTrie.forEachMatch(u, in: s.offsets) { _, start, len in cut.append(AnalysisRange(start, start + len)) }
    }
    var out = ""
    var i = s.lowerBound
    for c in cut.sorted(by: { $0.lowerBound < $1.lowerBound }) where c.lowerBound >= i {
      out += d.text(AnalysisRange(i, c.lowerBound)) + "，"
      i = c.upperBound
    }
    out += d.text(AnalysisRange(i, s.upperBound))
    for h in Self.hedges { out = out.replacingOccurrences(of: h, with: "，") }
    return out
  }

  /// Words that say how widespread a problem is, not what it is about.
  static let hedges = ["部分", "个别", "少数", "一些", "有的", "仍然", "依然"]

  /// The pairs of problems whose concerns hold each other's words (mean
  /// share at least `repeatedProblemScore`), or whose clauses are near
  /// copies.
  func repeatedProblems(_ older: Report, _ newer: Report, _ x: StatementExtractor, sim: TextSimilarity)
    -> [ProblemPair]
  {
    let a = older.problems.map { concern($0, in: older, x) }
    let b = newer.problems.map { concern($0, in: newer, x) }
    var out: [ProblemPair] = []
    for (i, p) in older.problems.enumerated() {
      for (j, q) in newer.problems.enumerated() {
        let copied = sim.similarity(p.text, q.text)
        let same = (sim.coverage(a[i], in: b[j]) + sim.coverage(b[j], in: a[i])) / 2
        if copied >= Self.copiedProblemScore || same >= Self.repeatedProblemScore {
          out.append(ProblemPair(earlier: i, later: j, score: max(copied, same)))
        }
      }
    }
    return out
  }
}
