/// Aims of all, written with no figure (政策措施全部开展公平竞争审查, 拟签订的合同
/// 全部交法律顾问审核, 涉企文件一律进行合法性审查): a share of 100% of what the
/// verb after the word of all is done to. The review sentence about the
/// same work (the clause without its word of all, at `minSubjectScore`)
/// answers it by
/// - the plan's own verb negated (公平竞争审查尚未开展): not met, 0;
/// - a word of all of its own with the planned work after it
///   (均经法律顾问审查): met, 100%;
/// - a whole and a part of it counted in one unit, the part's clause
///   holding words of the plan's work that the whole's does not (签订合同46份，
///   经法律顾问审核44份: 44/46): the share against 100%;
/// - none of these: the next sentence found; else the plan's verb negated
///   in next year's problems (尚未开展): not met; else not reported.
/// Not in a 政府工作报告, whose 全部 and 一律 are policies, not shares
/// counted.
extension Comparer {
  struct AllAim {
    /// The plan clause holding the aim.
    var clause: AnalysisRange
    /// The word of all (全部, 一律, 均).
    var word: AnalysisRange
  }

  /// The aims of all of a report's plan commitments: a clause with no figure
  /// and a word of all (a word of its own, by the segmenter: 均 of 平均 is
  /// none) with at least two characters of work after it.
  func allAims(_ r: Report) -> [(aim: AllAim, commitment: Int)] {
    let d = r.document
    guard d.metadata.kind != .governmentWork else { return [] }
    var out: [(aim: AllAim, commitment: Int)] = []
    var segmenter: Segmenter? = nil
    for (ci, c) in r.commitments.enumerated() {
      guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
      for clause in TextSpans.clauses(d, c.range) where r.quantities(in: clause).isEmpty {
        if let w = wordOfAll(d.text(clause), workAfter: 2, &segmenter) {
          let at = AnalysisRange(clause.lowerBound + w.word.lowerBound, clause.lowerBound + w.word.upperBound)
          out.append((AllAim(clause: clause, word: at), ci))
        }
      }
    }
    return out
  }

  /// The first word of all in `text` that is a word of its own by the
  /// segmenter (均 of 平均 is none) with at least `workAfter` units after it;
  /// the segmenter is made on the first text holding such a word at all.
  func wordOfAll(_ text: String, workAfter: Int, _ segmenter: inout Segmenter?) -> (
    units: [UInt16], word: Range<Int>
  )? {
    guard environment.allWords.contains(where: text.contains) else { return nil }
    if segmenter == nil { segmenter = environment.makeSegmenter() }
    let u = Array(text.utf16)
    var tokens: [Token] = []
    segmenter!.segment(u, into: &tokens)
    let w = tokens.first { t in
      t.kind == .word && t.range.upperBound + workAfter <= u.count
        && environment.allWords.contains(String(decoding: u[t.range], as: UTF16.self))
    }
    return w.map { (u, $0.range) }
  }

  /// The paragraphs of a report's problems, each read whole (its heading
  /// sentence, 公平竞争审查尚未开展。, names the work in fewer words than the
  /// plan), and their index: made once per pair, when an aim of all asks.
  func problemParagraphs(_ r: Report, sim: TextSimilarity) -> (ranges: [AnalysisRange], index: TextSimilarity.Index) {
    let d = r.document
    let ranges = d.paragraphs.filter { $0.role == .problems }.map { TextSpans.trim(d, $0.analysisRange) }
    return (ranges, sim.index(ranges.map { d.text($0) }))
  }

  /// The outcome of an aim of all in the next review.
  func allOutcome(
    _ a: AllAim, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity,
    reviewSentences: [AnalysisRange], reviewIndex: TextSimilarity.Index,
    problemParagraphs: () -> (ranges: [AnalysisRange], index: TextSimilarity.Index)
  ) -> TargetOutcome {
    let d = older.document
    let text = d.text(a.clause)
    let target = Target(
      metric: text, text: text, range: a.clause, quantity: nil, value: 100, high: nil, unit: "%", approx: .atLeast,
      horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section, category: c.category, bound: .floor,
      fromPlanClause: true)
    let query =
      d.text(AnalysisRange(a.clause.lowerBound, a.word.lowerBound))
      + d.text(
        AnalysisRange(a.word.upperBound, a.clause.upperBound))
    // The work the word of all is said of: the clause after it.
    let work = Array(d.text(AnalysisRange(a.word.upperBound, a.clause.upperBound)).utf16)
    let later = newer.document
    var segmenter: Segmenter? = nil
    for m in sim.bestCoverage(query, in: reviewIndex, k: 3) where m.score >= Self.minSubjectScore {
      let s = reviewSentences[m.index]
      let similar = "（相似度 \(format(m.score, digits: 2))）"
      if let neg = later.analysis.units.withUnsafeBufferPointer({ Self.negatedVerb($0, s, of: Array(query.utf16)) }) {
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .notMet,
          note: "目标 全部（100%）；实际“\(later.text(neg))”\(similar)", value: 0, kind: .evidence)
      }
      // A word of all of its own, with the planned work after it in its
      // clause (均在提交会议前经司法所合法性审查 for 均须经合法性审查; not
      // 全部完成 for 一律取消).
      for c in TextSpans.clauses(later, s) {
        let clause = later.text(c)
        guard let w = wordOfAll(clause, workAfter: 0, &segmenter),
          !Self.hanPairs(Array(w.units[w.word.upperBound...])).isDisjoint(with: Self.hanPairs(work))
        else { continue }
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .met,
          note: "目标 全部（100%）；实际“\(clause)”即 100%\(similar)", value: 100, kind: .derived)
      }
      if let share = partOfWhole(work, in: s, of: newer) {
        let (status, rule) = judge(target, 100, share.value)
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: status,
          note: "目标 全部，\(rule)；实际 \(share.how)\(similar)", value: share.value, kind: .derived)
      }
    }
    // Nothing in the review, and next year's problems say the work is not
    // done (公平竞争审查尚未开展): not met.
    let (problems, index) = problemParagraphs()
    if !problems.isEmpty {
      for m in sim.bestCoverage(query, in: index, k: 3) where m.score >= Self.minSubjectScore {
        let s = problems[m.index]
        if let neg = later.analysis.units.withUnsafeBufferPointer({ Self.negatedVerb($0, s, of: Array(query.utf16)) }) {
          return TargetOutcome(
            target: target, outcome: nil, evidence: (s, m.score), status: .notMet,
            note: "目标 全部（100%）；下一年的问题中“\(later.text(neg))”（相似度 \(format(m.score, digits: 2))）", value: 0,
            kind: .evidence)
        }
      }
    }
    return TargetOutcome(
      target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项（目标 全部）",
      kind: .none)
  }

  /// A share a sentence gives in counts of one unit: a whole, then a part
  /// whose clause holds two characters in a row of the planned work that
  /// the whole's clause does not (经法律顾问审核44份 of 签订合同46份).
  func partOfWhole(_ work: [UInt16], in s: AnalysisRange, of r: Report) -> (value: Double, how: String)? {
    let d = r.document
    let figures = r.quantities[r.quantities(in: s)].filter { !$0.isPercent && $0.change == nil && !$0.baseUnit.isEmpty }
    let clauses = TextSpans.clauses(d, s)
    func clause(_ q: Quantity) -> AnalysisRange { clauses.first { $0.contains(q.range.lowerBound) } ?? s }
    func pairs(_ c: AnalysisRange) -> Set<UInt32> {
      var out = Set<UInt32>()
      let u = d.analysis.units
      var i = c.lowerBound
      while i + 1 < c.upperBound {
        out.insert(UInt32(u[i]) << 16 | UInt32(u[i + 1]))
        i += 1
      }
      return out
    }
    let planned = Self.hanPairs(work)
    for (k, part) in figures.enumerated() where k > 0 {
      guard let whole = figures[..<k].last(where: { $0.baseUnit == part.baseUnit }), whole.normalizedValue > 0,
        part.normalizedValue <= whole.normalizedValue
      else { continue }
      let own = pairs(clause(part)).intersection(planned).subtracting(pairs(clause(whole)))
      guard !own.isEmpty else { continue }
      let v = part.normalizedValue / whole.normalizedValue * 100
      return (v, "\(d.text(part.range))/\(d.text(whole.range)) = \(format(v, digits: 1))%")
    }
    return nil
  }

  /// The pairs of Han characters in a row of a text (法律, 律顾, 顾问).
  static func hanPairs(_ u: [UInt16]) -> Set<UInt32> {
    var out = Set<UInt32>()
    for i in 0..<max(0, u.count - 1) where TextSimilarity.isHan(u[i]) && TextSimilarity.isHan(u[i + 1]) {
      out.insert(UInt32(u[i]) << 16 | UInt32(u[i + 1]))
    }
    return out
  }

  /// The plan's own verb negated in a review sentence (尚未开展, 没有更新): a
  /// 未 or 没有 and the two characters after it, found in the plan's text.
  static func negatedVerb(_ p: UnsafeBufferPointer<UInt16>, _ s: AnalysisRange, of plan: [UInt16]) -> AnalysisRange? {
    var i = s.lowerBound
    while i < s.upperBound {
      let neg = p[i] == 0x672A ? 1 : (p[i] == 0x6CA1 && i + 1 < s.upperBound && p[i + 1] == 0x6709 ? 2 : 0)  // 未 没有
      // 未经 (未经审查不得签订) is “without”, the condition of a rule, not work undone.
      let without = neg == 1 && i + 1 < s.upperBound && p[i + 1] == 0x7ECF  // 经
      if neg > 0, !without, i + neg + 2 <= s.upperBound {
        let verb = Array(p[(i + neg)..<(i + neg + 2)])
        if plan.count >= 2, (0...(plan.count - 2)).contains(where: { plan[$0] == verb[0] && plan[$0 + 1] == verb[1] }) {
          return AnalysisRange(i, i + neg + 2)
        }
      }
      i += 1
    }
    return nil
  }
}
