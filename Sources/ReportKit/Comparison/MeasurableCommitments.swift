/// Measurable commitments judged like targets: a figure a plan sentence
/// binds (不少于18场次, 合格率不低于96%, 增加到120名以上, 控制在3件以内) is set
/// against the figure of the same subject in next year's review.
///
/// A figure's subject is more than the head word of its unit phrase: two
/// 合格率 of one review (of the law exam, of the case-file review) are told
/// apart by the words before them in their sentence, read with the synonyms
/// lexicon (法治宣传活动 and 普法活动 are one subject).
extension Comparer {
  /// The least share of a planned figure's words that a review figure's
  /// words must hold to be of the same subject.
  static let minSubjectScore = 0.4

  /// The words of a figure's sentence before its number: what it counts, in
  /// the sentence's own words (组织机关干部参加年度法律知识考试，合格率).
  func identity(_ r: Report, _ q: Quantity) -> String {
    let s = r.document.sentence(at: q.range.lowerBound)
    return r.document.text(AnalysisRange(s.lowerBound, max(s.lowerBound, q.numberRange.lowerBound)))
  }

  /// The aim written right before a figure, if any: floor or ceiling.
  func aim(_ r: Report, _ q: Quantity) -> TargetBound? {
    switch q.approx {
    case .atLeast, .moreThan: return .floor
    case .atMost, .lessThan: return .ceiling
    default: break
    }
    let before = r.document.text(AnalysisRange(max(0, q.numberRange.lowerBound - 4), q.numberRange.lowerBound))
    if environment.floorAims.contains(where: before.hasSuffix) { return .floor }
    if environment.ceilingAims.contains(where: before.hasSuffix) { return .ceiling }
    // The value cell of a table of planned indicators, with no qualifier:
    // a least to reach (重大事故隐患整改率	100%).
    if before.hasSuffix("\t") { return .floor }
    return nil
  }

  /// Targets from the figures of plan commitments that carry an aim and are
  /// not already targets of the report.
  func commitmentTargets(_ r: Report) -> [Target] {
    let taken = Set(r.targets.compactMap(\.quantity))
    let d = r.document
    var out: [Target] = []
    // A part of a plan part plans too, whatever its own title says.
    func inPlan(_ s: Int?) -> Bool {
      var i = s
      while let k = i {
        if d.sections[k].role.isPlan { return true }
        i = d.sections[k].parent
      }
      return false
    }
    for c in r.commitments {
      guard let s = c.section, inPlan(s) else { continue }
      for qi in c.quantities where !taken.contains(qi) {
        let q = r.quantities[qi]
        guard q.change == nil, let bound = aim(r, q) else { continue }
        let clause =
          TextSpans.clauses(d, c.range).first { $0.contains(q.range.lowerBound) } ?? c.range
        // A forecast (预计今年高校毕业生超过1170万人) is no aim.
        if d.text(clause).hasPrefix("预计") { continue }
        let approx: Approximation =
          q.approx == .exact || q.approx == .about || q.approx == .nearly
          ? (bound == .floor ? .atLeast : .atMost) : q.approx
        out.append(
          Target(
            metric: q.subject.isEmpty ? d.text(clause) : qualifiedSubject(r, q), text: d.text(clause), range: clause,
            quantity: qi, value: q.normalizedValue, high: q.normalizedHigh, unit: q.baseUnit, approx: approx,
            horizon: .thisYear, horizonYear: d.metadata.planYear, section: s, category: c.category, bound: bound,
            fromPlanClause: true))
      }
    }
    return out
  }

  /// The words of a figure's own clause before its number (“法律明白人”增加到).
  func clauseIdentity(_ r: Report, _ q: Quantity) -> String {
    let s = r.document.sentence(at: q.range.lowerBound)
    let c = TextSpans.clauses(r.document, s).last { $0.lowerBound <= q.numberRange.lowerBound } ?? s
    return r.document.text(AnalysisRange(c.lowerBound, max(c.lowerBound, q.numberRange.lowerBound)))
  }

  /// Whether a figure is stated as an increase (新培育“法律明白人”30名), not a level.
  func isIncrement(_ r: Report, _ q: Quantity) -> Bool {
    let id = identity(r, q)
    let last = id.split(whereSeparator: { "，；、".contains($0) }).last.map(String.init) ?? id
    return last.contains("新") || last.hasSuffix("增加") || last.hasSuffix("增长")
  }

  /// The review figure of the same subject as a plan figure: same base
  /// unit; for a rate, the same last two characters of the subject (合格率,
  /// 持证率); a level aimed at (增加到120名) is not matched with an increase;
  /// the one whose sentence, up to the number, holds the largest share of
  /// the planned figure's words, those of its clause and of its sentence
  /// counting half each (at least `minSubjectScore`).
  func sameSubjectFigure(
    _ planned: Quantity, of older: Report, in newer: Report, sim: TextSimilarity
  ) -> (index: Int, score: Double)? {
    let d = newer.document
    // The aim (不低于, 增加到) says how much, not of what.
    func withoutAim(_ t: String) -> String {
      for a in environment.floorAims + environment.ceilingAims where t.hasSuffix(a) {
        return String(t.dropLast(a.count))
      }
      return t
    }
    let want = withoutAim(identity(older, planned))
    let own = withoutAim(clauseIdentity(older, planned))
    let tail = planned.subject.suffix(2)
    let level = !isIncrement(older, planned)
    var best: (Int, Double)? = nil
    for (i, q) in newer.quantities.enumerated() {
      guard let s = q.section, d.sections[s].role == .review, q.change == nil, q.baseUnit == planned.baseUnit
      else { continue }
      if planned.isPercent && (tail.count < 2 || q.subject.suffix(2) != tail) { continue }
      if level && isIncrement(newer, q) { continue }
      // The figure's own clause and its whole sentence count half each.
      let words = identity(newer, q)
      let score = (sim.coverage(own, in: words) + sim.coverage(want, in: words)) / 2
      if score >= Self.minSubjectScore && score > (best?.1 ?? 0) { best = (i, score) }
    }
    return best
  }

  /// The outcome of a commitment's target: the review figure of its subject
  /// judged against it, or not reported.
  func commitmentOutcome(_ t: Target, of older: Report, in newer: Report, sim: TextSimilarity) -> TargetOutcome {
    guard let qi = t.quantity, let value = t.value,
      let (i, score) = sameSubjectFigure(older.quantities[qi], of: older, in: newer, sim: sim)
    else {
      return TargetOutcome(
        target: t, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项的数字")
    }
    let q = newer.quantities[i]
    let (status, rule) = judge(t, value, q.normalizedValue)
    let sentence = newer.document.sentence(at: q.range.lowerBound)
    return TargetOutcome(
      target: t, outcome: q, evidence: (sentence, score), status: status,
      note: "目标 \(rule)；实际 \(newer.document.text(q.range))（同一事项：\(identity(newer, q))，相似度 \(format(score, digits: 2))）")
  }
}
