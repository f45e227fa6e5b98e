/// Aims of change in a town's plan (涉企行政检查次数比上年减少20%以上), judged
/// against the next review's change of the same subject: a change it states
/// in the same direction (下降25%), or one worked out from the two levels it
/// gives (由上年的86次压减到61次: (86 − 61) ÷ 86 = 29.1%). The subject is the
/// figure's own words without the change word and the year it is set
/// against (比上年), matched at `minSubjectScore`. Not in a 政府工作报告, whose
/// aims of change stand in its target list.
extension Comparer {
  /// The plan figures stated as a change in percent, with their commitment.
  func changeAims(_ r: Report) -> [(quantity: Int, commitment: Int)] {
    let d = r.document
    guard d.metadata.kind != .governmentWork else { return [] }
    let taken = Set(r.targets.compactMap(\.quantity))
    var out: [(quantity: Int, commitment: Int)] = []
    for (ci, c) in r.commitments.enumerated() where d.role(at: c.range.lowerBound, section: c.section).isPlan {
      for qi in c.quantities where !taken.contains(qi) {
        let q = r.quantities[qi]
        if q.change != nil && q.isPercent { out.append((qi, ci)) }
      }
    }
    return out
  }

  /// What a change is of: a figure's own words without its change word and
  /// the year it is compared with (涉企行政检查次数 of 涉企行政检查次数比上年减少).
  func changeSubject(_ r: Report, _ q: Quantity) -> String {
    var t = ownIdentity(r, q)
    if let w = q.change, t.hasSuffix(w) { t = String(t.dropLast(w.count)) }
    for y in environment.lexicons.words(.lastYearWords) {
      for lead in ["比", "较", "同"] where t.hasSuffix(lead + y) {
        t = String(t.dropLast(lead.count + y.count))
      }
    }
    return t
  }

  /// The outcome of a planned change in the next review.
  func changeOutcome(
    _ qi: Int, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity
  ) -> TargetOutcome {
    let d = older.document
    let q = older.quantities[qi]
    let down = decreaseWords.contains(q.change ?? "")
    let clause = TextSpans.clauses(d, c.range).first { $0.contains(q.range.lowerBound) } ?? c.range
    let subject = changeSubject(older, q)
    let approx: Approximation = q.approx == .atMost || q.approx == .lessThan ? .atMost : .atLeast
    let target = Target(
      metric: subject, text: d.text(clause), range: clause, quantity: qi, value: q.normalizedValue, high: nil,
      unit: "%", approx: approx, horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section,
      category: c.category, bound: approx == .atMost ? .ceiling : .floor, fromPlanClause: true)
    let later = newer.document
    var best: (value: Double, score: Double, sentence: AnalysisRange, how: String, q: Quantity?)? = nil
    let review = newer.quantities.filter { later.role(at: $0.range.lowerBound, section: $0.section) == .review }
    for (k, b) in review.enumerated() {
      let s = later.sentence(at: b.range.lowerBound)
      if let w = b.change, b.isPercent, decreaseWords.contains(w) == down {
        // A change stated, in the plan's direction.
        let score = sim.coverage(subject, in: identity(newer, b))
        if score >= Self.minSubjectScore && score > (best?.score ?? 0) {
          best = (b.normalizedValue, score, s, later.text(b.range), b)
        }
        continue
      }
      // Two levels: 由 (从) A … 到 (至) B, of one unit, in one clause.
      guard k > 0, b.change == nil, !b.isPercent else { continue }
      let a = review[k - 1]
      guard a.change == nil, a.baseUnit == b.baseUnit, a.normalizedValue > 0,
        later.sentence(at: a.range.lowerBound) == s
      else { continue }
      let between = later.text(AnalysisRange(a.range.upperBound, max(a.range.upperBound, b.numberRange.lowerBound)))
      let before = clauseIdentity(newer, a)
      guard between.hasSuffix("到") || between.hasSuffix("至"), before.contains("由") || before.contains("从"),
        !between.contains("，")
      else { continue }
      let change = (b.normalizedValue - a.normalizedValue) / a.normalizedValue * 100
      let score = sim.coverage(subject, in: before + between)
      if score >= Self.minSubjectScore && score > (best?.score ?? 0) {
        let arithmetic =
          "(\(format(b.normalizedValue)) − \(format(a.normalizedValue))) ÷ \(format(a.normalizedValue)) × 100% = \(format(change, digits: 1))%"
        best = (down ? -change : change, score, s, arithmetic, nil)
      }
    }
    guard let found = best else {
      return TargetOutcome(
        target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项的增减", kind: .none)
    }
    let (status, rule) = judge(target, q.normalizedValue, found.value)
    return TargetOutcome(
      target: target, outcome: found.q, evidence: (found.sentence, found.score), status: status,
      note: "目标 \(q.change ?? "")\(rule)；实际 \(found.how)（相似度 \(format(found.score, digits: 2))）",
      value: found.value, kind: found.q == nil ? .derived : .figure)
  }
}
