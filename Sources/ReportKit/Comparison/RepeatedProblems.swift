/// Problems of one year named again the next, matched by substance: what
/// the two sentences are concerned with (执法人员法律专业背景不足 and
/// 执法队伍专业化水平不高 are both about the law-enforcement staff's
/// expertise), not by how the shortcoming is worded.
extension Comparer {
  /// The least mean share of each concern held by the other.
  static let repeatedProblemScore = mentionScore
  /// The least similarity of the two clauses themselves (the earlier rule,
  /// for near-copies).
  static let copiedProblemScore = 0.6

  /// What the text at `s` is concerned with: it without the words that make
  /// it a problem (不足, 有待提高, 不够 …, from the problem-markers lexicon)
  /// or an ordinal (二是).
  func concern(_ s: AnalysisRange, in r: Report, _ x: StatementExtractor) -> String {
    let d = r.document
    var s = s
    s = AnalysisRange(
      s.lowerBound
        + d.analysis.units.withUnsafeBufferPointer {
          x.ordinalLength($0, s.lowerBound, s.upperBound)
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
    for h in environment.hedgeWords { out = out.replacingOccurrences(of: h, with: "，") }
    return out
  }

  /// The pairs of problems whose concerns hold each other's words (mean
  /// share at least `repeatedProblemScore`), or whose clauses are near
  /// copies.
  func repeatedProblems(_ older: Report, _ newer: Report, _ x: StatementExtractor, sim: TextSimilarity)
    -> [ProblemPair]
  {
    // Each problem's whole sentence, and the object it is about: the
    // sentence's first clause (部分村规民约内容陈旧 of 部分村规民约内容陈旧，有的条款
    // …，对村民的约束力不强, whose marked clause is only the last).
    //
    // A problem closing its paragraph on ： (我镇法治政府建设还存在一些短板，
    // 主要是：) introduces the items after it: it names no object of its
    // own, only the report's subject, and is matched as a near copy alone.
    func read(_ r: Report, _ p: Problem) -> (whole: String, object: String, own: String, introduces: Bool) {
      let d = r.document
      let whole = d.sentence(at: p.range.lowerBound)
      // The item of the sentence the problem stands in: between ；or ：
      // (一是…；二是…).
      let u = d.analysis.units
      func stop(_ c: UInt16) -> Bool { c == 0xFF1B || c == 0xFF1A }
      var lo = p.range.lowerBound
      while lo > whole.lowerBound && !stop(u[lo - 1]) { lo -= 1 }
      // A label before ： inside the marked clause (存在问题：执法装备不足)
      // names the part, not the concern: the item starts after it.
      var k = p.range.lowerBound
      while k < p.range.upperBound - 1 && !stop(u[k]) { k += 1 }
      if k < p.range.upperBound - 1 { lo = k + 1 }
      var hi = p.range.upperBound
      while hi < whole.upperBound && !stop(u[hi]) { hi += 1 }
      let s = AnalysisRange(lo, hi)
      let first = TextSpans.clauses(d, s).first ?? s
      let introduces =
        hi < u.count && u[hi] == 0xFF1A
        && d.paragraph(at: lo).map { TextSpans.trim(d, d.paragraphs[$0].analysisRange).upperBound == hi + 1 } == true
      // The marked clause from its item on.
      let own = AnalysisRange(max(p.range.lowerBound, lo), p.range.upperBound)
      return (concern(s, in: r, x), concern(first, in: r, x), concern(own, in: r, x), introduces)
    }
    let a = older.problems.map { read(older, $0) }
    let b = newer.problems.map { read(newer, $0) }
    var out: [ProblemPair] = []
    for (i, p) in older.problems.enumerated() {
      for (j, q) in newer.problems.enumerated() {
        let copied = sim.similarity(p.text, q.text)
        // The object of one named in the other (as a plan is named in a review).
        let same =
          a[i].introduces || b[j].introduces
          ? 0 : max(sim.coverage(a[i].object, in: b[j].whole), sim.coverage(b[j].object, in: a[i].whole))
        // Or the two marked clauses (行政处罚决定书说理不充分, 行政处罚决定书对…阐述
        // 仍不够充分) name one object, each holding the other's words on
        // average: a clause later in the sentence than its first.
        let own =
          a[i].introduces || b[j].introduces
          ? 0 : (sim.coverage(a[i].own, in: b[j].own) + sim.coverage(b[j].own, in: a[i].own)) / 2
        if copied >= Self.copiedProblemScore || max(same, own) >= Self.repeatedProblemScore {
          out.append(ProblemPair(earlier: i, later: j, score: max(copied, same, own)))
        }
      }
    }
    return out
  }
}
