/// Aims set as a change on the year before (涉企行政检查次数比上年减少20%以上,
/// 信访件数同比下降10%以上): a planned share of change against last year's
/// level, judged by the arithmetic of the two levels:
/// - the next review's level of the same subject (a count, `minSubjectScore`
///   of the subject's words), and the level of the plan's own report's
///   review in the same unit (the year before): (new − old) / old;
/// - or the next review's own change of the subject in percent, when it
///   states one in the same direction;
/// - none of these: not reported.
/// Not in a 政府工作报告, whose changes are growth targets of the targets list.
extension Comparer {
  struct ChangeAim {
    var clause: AnalysisRange
    /// The planned change's figure.
    var quantity: Int
    /// What changes (涉企行政检查次数), without the comparison.
    var subject: String
  }

  /// The change aims of a report's plan commitments: a percent figure that is
  /// a change, after a word comparing with the year before in its clause.
  func changeAims(_ r: Report) -> [(aim: ChangeAim, commitment: Int)] {
    let d = r.document
    guard d.metadata.kind != .governmentWork else { return [] }
    let yearOnYear = environment.lexicons.words(.yearOnYearWords).sorted { $0.count > $1.count }
    var out: [(aim: ChangeAim, commitment: Int)] = []
    for (ci, c) in r.commitments.enumerated() {
      guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
      for qi in c.quantities {
        let q = r.quantities[qi]
        guard q.isPercent, q.change != nil,
          let clause = TextSpans.clauses(d, c.range).first(where: { $0.contains(q.range.lowerBound) })
        else { continue }
        let before = d.text(AnalysisRange(clause.lowerBound, max(clause.lowerBound, q.numberRange.lowerBound)))
        guard let w = yearOnYear.first(where: before.contains), let at = before.range(of: w) else { continue }
        var subject = String(before[..<at.lowerBound])
        while let last = subject.last, "：:，、 ".contains(last) { subject.removeLast() }
        guard subject.count >= 2 else { continue }
        out.append((ChangeAim(clause: clause, quantity: qi, subject: subject), ci))
      }
    }
    return out
  }

  /// The outcome of a change aim in the next review.
  func changeOutcome(_ a: ChangeAim, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity)
    -> TargetOutcome
  {
    let d = older.document
    let q = older.quantities[a.quantity]
    let decrease = q.isDecrease
    let bound: TargetBound = q.approx == .atMost || q.approx == .lessThan ? .ceiling : .floor
    let target = Target(
      metric: a.subject, text: d.text(a.clause), range: a.clause, quantity: a.quantity, value: q.normalizedValue,
      high: nil, unit: "%", approx: bound == .floor ? .atLeast : .atMost, horizon: .thisYear,
      horizonYear: d.metadata.planYear, section: c.section, category: c.category, bound: bound, fromPlanClause: true)
    let way = decrease ? "减少" : "增加"
    // The best level of the subject in a report's review, in a unit if
    // given; named by the subject's words or, for last year's level, by the
    // words of this year's level's clause (全年涉企行政检查61次 for 全年对辖区企业
    // 开展各类行政检查85次).
    func level(in r: Report, unit: String?, alsoNamedBy other: String? = nil, floor: Double) -> (
      index: Int, score: Double
    )? {
      var best: (Int, Double)? = nil
      for (i, f) in r.quantities.enumerated() {
        guard !f.isPercent, f.change == nil, !f.baseUnit.isEmpty, unit.map({ f.baseUnit == $0 }) ?? true,
          r.document.role(at: f.range.lowerBound, section: f.section) == .review,
          !isStartOfChange(clauseIdentity(r, f))
        else { continue }
        let score = max(
          sim.coverage(a.subject, in: identity(r, f)), other.map { sim.coverage($0, in: clauseIdentity(r, f)) } ?? 0)
        if score >= floor && score > (best?.1 ?? 0) { best = (i, score) }
      }
      return best
    }
    // The next review's own change of the subject, in percent.
    var stated: (Int, Double)? = nil
    for (i, f) in newer.quantities.enumerated() {
      guard f.isPercent, f.change != nil, f.isDecrease == decrease,
        newer.document.role(at: f.range.lowerBound, section: f.section) == .review
      else { continue }
      let score = sim.coverage(a.subject, in: identity(newer, f))
      if score >= Self.minSubjectScore && score > (stated?.1 ?? 0) { stated = (i, score) }
    }
    if let (i, score) = stated {
      let f = newer.quantities[i]
      let (status, rule) = judge(target, q.normalizedValue, f.normalizedValue)
      return TargetOutcome(
        target: target, outcome: f, evidence: (newer.document.sentence(at: f.range.lowerBound), score), status: status,
        note: "目标 比上年\(way)\(rule)；实际\(way) \(newer.document.text(f.range))（相似度 \(format(score, digits: 2))）",
        value: f.normalizedValue, kind: .figure)
    }
    // Last year's level is the one of this year's unit whose words hold the
    // subject best, by any share: the level this year is found already.
    if let (n, score) = level(in: newer, unit: nil, floor: Self.minSubjectScore),
      let (o, _) = level(
        in: older, unit: newer.quantities[n].baseUnit, alsoNamedBy: clauseIdentity(newer, newer.quantities[n]),
        floor: .leastNonzeroMagnitude),
      older.quantities[o].normalizedValue > 0
    {
      let now = newer.quantities[n]
      let then = older.quantities[o]
      let change = (now.normalizedValue - then.normalizedValue) / then.normalizedValue * 100
      let v = decrease ? -change : change
      let (status, rule) = judge(target, q.normalizedValue, v)
      let shown = newer.document.text(now.range)
      let base = older.document.text(then.range)
      let how =
        decrease ? "(\(base) − \(shown)) / \(base)" : "(\(shown) − \(base)) / \(base)"
      return TargetOutcome(
        target: target, outcome: nil, evidence: (newer.document.sentence(at: now.range.lowerBound), score),
        status: status,
        note: "目标 比上年\(way)\(rule)；实际 \(how) = \(format(v, digits: 1))%（相似度 \(format(score, digits: 2))）", value: v,
        kind: .derived)
    }
    return TargetOutcome(
      target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项比上年的变化",
      kind: .none)
  }
}
