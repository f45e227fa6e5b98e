import Foundation

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

  /// A planned figure's sentence words (`identity`) after a field's label
  /// (目标：, 措施：, 任务二 清理证明事项目标：): the label names the field, not
  /// the figure. A label with only an aim after it (行政复议纠错率：5%以内) is
  /// kept: it is the figure's name.
  func plannedIdentity(_ r: Report, _ q: Quantity) -> String {
    let id = identity(r, q)
    guard let colon = id.lastIndex(where: { $0 == "：" || $0 == ":" }) else { return id }
    let after = String(id[id.index(after: colon)...])
    return withoutAim(after).isEmpty ? id : after
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

  /// The aim of a figure a town's plan states bare (人民调解员业务培训2期,
  /// 建立工作站1个, 通过率百分之百): what the plan sets out to reach, a least.
  /// Not in a 政府工作报告, whose bare plan figures are amounts arranged
  /// (新增专项债券4.4万亿元) and whose aims stand in its target list.
  func bareAim(_ r: Report, _ q: Quantity) -> TargetBound? {
    r.document.metadata.kind != .governmentWork && (q.isPercent || q.isCount) ? .floor : nil
  }

  /// Targets from the figures of plan commitments that carry an aim and are
  /// not already targets of the report.
  func commitmentTargets(_ r: Report) -> [Target] {
    let taken = Set(r.targets.compactMap(\.quantity))
    let d = r.document
    var out: [Target] = []
    for c in r.commitments {
      guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
      for qi in c.quantities where !taken.contains(qi) {
        let q = r.quantities[qi]
        guard q.change == nil else { continue }
        let clause =
          TextSpans.clauses(d, c.range).first { $0.contains(q.range.lowerBound) } ?? c.range
        // A bare figure where a deadline is set (年底前为14个村配齐法律顾问)
        // says what the deadline is for: the deadline is the aim.
        let dated = c.deadline.map { d.text(clause).contains($0) } ?? false
        guard let bound = aim(r, q) ?? (dated ? nil : bareAim(r, q)) else { continue }
        // A forecast (预计今年高校毕业生超过1170万人) is no aim.
        if d.text(clause).hasPrefix("预计") { continue }
        let approx: Approximation =
          q.approx == .exact || q.approx == .about || q.approx == .nearly
          ? (bound == .floor ? .atLeast : .atMost) : q.approx
        out.append(
          Target(
            metric: q.subject.isEmpty ? d.text(clause) : qualifiedSubject(r, q), text: d.text(clause), range: clause,
            quantity: qi, value: q.normalizedValue, high: q.normalizedHigh, unit: q.baseUnit, approx: approx,
            horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section, category: c.category,
            bound: bound,
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

  /// The words that name a planned figure's own subject: those of its
  /// clause before its number, from after the last colon (④行政应诉：) and
  /// after an earlier figure of the clause (受理率达到100%、按期办结率), without
  /// an ordinal the item opens with (八要, 三是) or an aim it ends on
  /// (不低于, 保持在).
  func ownIdentity(_ r: Report, _ q: Quantity) -> String {
    let d = r.document
    let s = d.sentence(at: q.range.lowerBound)
    let c = TextSpans.clauses(d, s).last { $0.lowerBound <= q.numberRange.lowerBound } ?? s
    let end = max(c.lowerBound, q.numberRange.lowerBound)
    var lo = c.lowerBound
    let u = d.analysis.units
    // A label before a colon with nothing but an aim after it (行政复议纠错率：
    // 5%以内) is the figure's name.
    var label = lo
    for i in lo..<end where u[i] == 0xFF1A {  // ：
      label = lo
      lo = i + 1
    }
    if lo > label, withoutAim(d.text(AnalysisRange(lo, end))).isEmpty {
      return withoutAim(d.text(AnalysisRange(label, lo - 1)))
    }
    // The figures of the sentence before the number, found by binary search.
    for p in r.quantities[r.quantities(in: AnalysisRange(s.lowerBound, end))]
    where p.range.upperBound <= end && p.range.upperBound > lo {
      lo = p.range.upperBound
    }
    // The separators after that figure, and an ordinal: 一是, 八要, 十一要.
    while lo < end, u[lo] == 0x3001 || u[lo] == 0xFF0C || u[lo] == 0xFF1B { lo += 1 }  // 、，；
    var k = lo
    while k < end && StatementExtractor.isNumeral(u[k]) { k += 1 }
    if k > lo, k + 1 < end, u[k] == 0x662F || u[k] == 0x8981 { lo = k + 1 }  // 是 要
    return withoutAim(d.text(AnalysisRange(lo, end)))
  }

  /// A subject without the aim it ends on (不低于, 增加到): the aim says how
  /// much, not of what.
  func withoutAim(_ t: String) -> String {
    for a in environment.floorAims + environment.ceilingAims where t.hasSuffix(a) {
      return String(t.dropLast(a.count))
    }
    return t
  }

  /// A rate's name: up to its last 率 (合法性审查率 of 合法性审查率保持: the rest
  /// is the aim's verb).
  static func rateName(_ t: String) -> String {
    t.lastIndex(of: "率").map { String(t[...$0]) } ?? t
  }

  /// A rate named by what it counts, without its 率 (调解成功率 by 成功化解191起).
  static func unrated(_ t: String) -> String { t.hasSuffix("率") ? String(t.dropLast()) : t }

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
    let want = withoutAim(plannedIdentity(older, planned))
    let own = ownIdentity(older, planned)
    let plannedSubject = bareSubject(planned.subject)
    let level = !isIncrement(older, planned)
    var best: (Int, Double)? = nil
    // A level aimed at is answered first by a level stated as one (总数达到162名
    // over 培养34名 of the same sentence): a figure its clause reaches (达到, 增加到).
    var bestLevel: (Int, Double)? = nil
    // An increase aimed at (新增3名) is answered first by an increase.
    var bestOther: (Int, Double)? = nil
    for (i, q) in newer.quantities.enumerated() {
      guard d.role(at: q.range.lowerBound, section: q.section) == .review, q.change == nil,
        sameCountUnit(q.baseUnit, planned.baseUnit)
      else { continue }
      if planned.isPercent && !Self.sameRate(plannedSubject, bareSubject(q.subject))
        && !sameShare(plannedSubject, bareSubject(q.subject))
      {
        continue
      }
      if level && isIncrement(newer, q) { continue }
      // The level a change starts from (由8项减少到6项) is not the level reached.
      if isStartOfChange(clauseIdentity(newer, q)) { continue }
      // The figure's own clause and its whole sentence count half each.
      let words = identity(newer, q)
      let score = (sim.coverage(own, in: words) + sim.coverage(want, in: words)) / 2
      if score >= Self.minSubjectScore && score > (best?.1 ?? 0) { best = (i, score) }
      if score >= Self.minSubjectScore {
        if isStatedLevel(newer, q) {
          if score > (bestLevel?.1 ?? 0) { bestLevel = (i, score) }
        } else if score > (bestOther?.1 ?? 0) {
          bestOther = (i, score)
        }
      }
    }
    if let found = level ? (bestLevel ?? best) : (bestOther ?? best) { return found }
    // A compound unit (学时, 家次, 人次: a thing counted and its measure) names
    // what is counted: the one figure of it in the plan is answered by the
    // one figure of it in the review, when they share any words.
    guard planned.baseUnit.count >= 2,
      older.quantities.filter({
        $0.baseUnit == planned.baseUnit && older.document.role(at: $0.range.lowerBound, section: $0.section).isPlan
      }).count == 1
    else { return nil }
    let same = newer.quantities.indices.filter { i in
      let q = newer.quantities[i]
      return q.baseUnit == planned.baseUnit && q.change == nil
        && d.role(at: q.range.lowerBound, section: q.section) == .review
    }
    guard same.count == 1 else { return nil }
    let words = identity(newer, newer.quantities[same[0]])
    let score = (sim.coverage(own, in: words) + sim.coverage(want, in: words)) / 2
    return score > 0 ? (same[0], score) : nil
  }

  /// Whether the words before a figure make it the level a change starts
  /// from: they end on 由 or 从 (镇级证明事项由8项减少到6项), or on 由 or 从, a
  /// word of last year (last-year-words) and 的 (由上年的86次压减到61次).
  func isStartOfChange(_ before: String) -> Bool {
    var t = Array(before.utf16)
    if t.last == 0x7684,  // 的
      let w = environment.statements.lastYearUnits.first(where: { t.dropLast().suffix($0.count).elementsEqual($0) })
    {
      t.removeLast(1 + w.count)
    }
    return t.last == 0x7531 || t.last == 0x4ECE  // 由 从
  }

  /// Whether a figure is stated as the level reached (总数达到162名, 增加到13名):
  /// its clause reaches it by an aim word.
  func isStatedLevel(_ r: Report, _ q: Quantity) -> Bool {
    environment.floorAims.contains(where: clauseIdentity(r, q).hasSuffix)
  }

  /// Whether two base units count the same thing: equal, or two names of
  /// one occurrence of an event (场次, 场, 次: 普法活动15次 answers 不少于12场次).
  func sameCountUnit(_ a: String, _ b: String) -> Bool {
    a == b || (environment.occurrenceUnits.contains(a) && environment.occurrenceUnits.contains(b))
  }

  /// A figure's subject without the spaces, tabs and signs (≥, ≤) of a
  /// table cell around it, and without a modal or aim it ends on
  /// (考试合格率力争, 办结率确保: the commitment markers).
  func bareSubject(_ s: String) -> String {
    let edges = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "≥≤"))
    var t = s.trimmingCharacters(in: edges)
    while let m = environment.statements.commitmentMarkerWords.first(where: { t.count > $0.count && t.hasSuffix($0) }) {
      t = String(t.dropLast(m.count)).trimmingCharacters(in: edges)
    }
    return t
  }

  /// Whether a review rate names the planned one: the same last two
  /// characters (合格率, not 持证率), or a shorter name made of the plan's own
  /// characters (出庭率 for 负责人出庭应诉率, 办结率 for 按期办结率).
  static func sameRate(_ planned: String, _ review: String) -> Bool {
    let p = Array(planned)
    let r = Array(review)
    guard p.count >= 2, r.count >= 2 else { return false }
    if p.suffix(2) == r.suffix(2) { return true }
    guard r.count >= 3, p.last == r.last else { return false }
    return r[(r.count - 3)..<(r.count - 1)].allSatisfy { c in p.dropLast().contains(c) }
  }

  /// Whether a review share written as one (…表示满意的比例, …的占比) names a
  /// planned rate: the share's words before 的 and the proportion word hold
  /// the rate's own verb, the two characters before its 率 (满意 of
  /// 首次办理满意率).
  func sameShare(_ planned: String, _ review: String) -> Bool {
    let rate = Self.rateName(planned)
    guard rate.count >= 3, rate.hasSuffix("率"),
      let p = environment.proportionWords.first(where: { review.hasSuffix("的" + $0) })
    else { return false }
    let verb = String(rate.dropLast().suffix(2))
    return review.dropLast(p.count + 1).contains(verb)
  }

  /// A rate the review gives without writing it: the rate's own verb (the
  /// two characters before 率: 整改, 成功, 审查) after a word of all
  /// (全部, 均, 都) in a clause (重大事故隐患6处，全部整改到位: 100%), or a
  /// count whose clause holds that verb after an earlier count of the same
  /// unit in the sentence whose clause does not (调处各类矛盾纠纷141起，调处成功
  /// 135起: 135/141).
  struct DerivedRate {
    var value: Double
    /// From the sentence's start to the end of the clause or figure read.
    var range: AnalysisRange
    /// How the rate was read, for the note.
    var how: String
  }

  /// Whether the words between a whole and a later count say the count is
  /// part of it by the locative 中: 其中 (其中118份), a 中 closing the whole's
  /// clause (3件行政诉讼案件中，), or one before 已/有 (14个村（社区）中已有11个).
  static func saysPartOf(_ between: String) -> Bool {
    if between.contains("其中") { return true }
    let u = Array(between)
    for (i, c) in u.enumerated() where c == "中" && i > 0 {
      let next: Character? = i + 1 < u.count ? u[i + 1] : nil
      if next == "，" || next == "已" || next == "有" { return true }
    }
    return false
  }

  func derivedRates(_ plannedSubject: String, in newer: Report, sim: TextSimilarity? = nil) -> [DerivedRate] {
    let subject = Array(plannedSubject)
    guard subject.count >= 3, subject.last == "率" else { return [] }
    let verb = String(subject[(subject.count - 3)..<(subject.count - 1)])
    let d = newer.document
    var out: [DerivedRate] = []
    // Counts read from two figures of one sentence.
    let figures = newer.quantities.filter { q in
      guard d.role(at: q.range.lowerBound, section: q.section) == .review else { return false }
      return q.change == nil && !q.isPercent && !q.baseUnit.isEmpty
    }
    // Each figure's sentence, found once; a sentence's figures stand
    // together in text order, so the whole before a part is searched among
    // the figures of its own sentence only.
    let sentenceOf = figures.map { d.sentence(at: $0.range.lowerBound) }
    // Whether a text holds the rate's verb, as written or by a synonym
    // (化解 in 成功调处203件).
    let canonicalVerb = sim.map { String(decoding: $0.canonical(verb), as: UTF16.self) } ?? verb
    func holdsVerb(_ t: String) -> Bool {
      t.contains(verb)
        || (sim.map { String(decoding: $0.canonical(t), as: UTF16.self).contains(canonicalVerb) } ?? false)
    }
    func clause(of q: Quantity, in s: AnalysisRange) -> AnalysisRange {
      TextSpans.clauses(d, s).first { $0.contains(q.range.lowerBound) } ?? s
    }
    for (k, part) in figures.enumerated() {
      let s = sentenceOf[k]
      var j = k - 1
      while j >= 0, sentenceOf[j] == s, figures[j].baseUnit != part.baseUnit { j -= 1 }
      guard j >= 0, sentenceOf[j] == s else { continue }
      let whole = figures[j]
      guard whole.normalizedValue > 0, part.normalizedValue <= whole.normalizedValue else { continue }
      // The part is said of the whole by 中 (其中118份…; 3件行政诉讼案件中，…2件;
      // 14个村中已有11个): a part of it, whatever its verb. Else the part's
      // clause holds the rate's verb and the whole's clause does not
      // (调处各类矛盾纠纷141起，调处成功135起).
      let partClause = clause(of: part, in: s)
      let between = d.text(AnalysisRange(whole.range.upperBound, max(whole.range.upperBound, part.range.lowerBound)))
      // One of two or more parts (其中维持4件，被撤销1件) is told by its verb alone.
      let siblings = (k + 1..<figures.count).prefix { sentenceOf[$0] == s }
      let ofWhole = Self.saysPartOf(between) && !siblings.contains { figures[$0].baseUnit == part.baseUnit }
      guard ofWhole || (holdsVerb(d.text(partClause)) && !holdsVerb(clauseIdentity(newer, whole))) else { continue }
      out.append(
        DerivedRate(
          value: part.normalizedValue / whole.normalizedValue * 100,
          range: AnalysisRange(s.lowerBound, max(part.range.upperBound, partClause.upperBound)),
          how:
            "\(d.text(part.range))/\(d.text(whole.range)) = \(format(part.normalizedValue / whole.normalizedValue * 100, digits: 1))%"
        ))
    }
    // 全部 … verb: all of them. The verb may be written as a synonym (审查 /
    // 审核: the synonyms lexicon); the word of all must be a word of its own
    // before it, by the segmenter's words (均 of 平均 is none).
    var segmenter: Segmenter? = nil
    for r in sentencesAndSubheadings(newer, where: { $0 == .review }) {
      for c in TextSpans.clauses(d, r) {
        let shown = d.text(c)
        var text = shown
        if let sim, !text.contains(verb) {
          let read = String(decoding: sim.canonical(text), as: UTF16.self)
          guard read.contains(canonicalVerb) else { continue }
          text = read.replacingOccurrences(of: canonicalVerb, with: verb)
        }
        guard let v = text.range(of: verb) else { continue }
        let before = String(text[..<v.lowerBound])
        guard environment.allWords.contains(where: { before.contains($0) }) else { continue }
        if segmenter == nil { segmenter = environment.makeSegmenter() }
        guard segmenter!.words(before).contains(where: environment.allWords.contains) else { continue }
        out.append(DerivedRate(value: 100, range: AnalysisRange(r.lowerBound, c.upperBound), how: "“\(shown)”即 100%"))
      }
    }
    return out
  }

  /// The outcome of a commitment's target: the review figure of its subject
  /// judged against it (or a rate the review gives in counts), or not reported.
  func commitmentOutcome(_ t: Target, of older: Report, in newer: Report, sim: TextSimilarity) -> TargetOutcome {
    // A town's plan figure with no bound of its own binds as its aim word
    // says (一般隐患整改率达到98%: a least to reach, not 98% ± a tolerance).
    var t = t
    if t.bound == nil, t.approx == .exact || t.approx == nil, let qi = t.quantity,
      older.document.metadata.kind != .governmentWork, let b = aim(older, older.quantities[qi])
    {
      t.bound = b
      t.approx = b == .floor ? .atLeast : .atMost
    }
    let found = t.quantity.flatMap { sameSubjectFigure(older.quantities[$0], of: older, in: newer, sim: sim) }
    if let qi = t.quantity, let value = t.value, older.quantities[qi].isPercent {
      let planned = older.quantities[qi]
      // A rate worked out from counts is named by its counts' words, without
      // the rate's 率 (调解成功率 by 成功化解191起).
      let own = Self.unrated(Self.rateName(ownIdentity(older, planned)))
      let want = Self.unrated(Self.rateName(withoutAim(plannedIdentity(older, planned))))
      var best: (DerivedRate, Double)? = nil
      for r in derivedRates(Self.rateName(bareSubject(planned.subject)), in: newer, sim: sim) {
        let words = newer.document.text(r.range)
        let score = (sim.coverage(own, in: words) + sim.coverage(want, in: words)) / 2
        if score >= Self.minSubjectScore && score > (best?.1 ?? 0) { best = (r, score) }
      }
      if let (r, score) = best, score > found?.score ?? 0 {
        let (status, rule) = judge(t, value, r.value)
        return TargetOutcome(
          target: t, outcome: nil, evidence: (newer.document.sentence(at: r.range.lowerBound), score), status: status,
          note: "目标 \(rule)；实际 \(r.how)（相似度 \(format(score, digits: 2))）", value: r.value, kind: .derived)
      }
    }
    guard t.quantity != nil, let value = t.value, let (i, score) = found else {
      return TargetOutcome(
        target: t, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项的数字", kind: .none)
    }
    let q = newer.quantities[i]
    let sentence = newer.document.sentence(at: q.range.lowerBound)
    // An increase aimed at (新增3名) that the review answers only by the level
    // reached (达到11名): the increase is that level less the level of the
    // earlier review, when it states one; else it cannot be told.
    if let qi = t.quantity, isIncrement(older, older.quantities[qi]), isStatedLevel(newer, q) {
      guard let (b, _) = sameSubjectFigure(q, of: newer, in: older, sim: sim) else {
        return TargetOutcome(
          target: t, outcome: nil, evidence: (sentence, score), status: .notReported,
          note: "下一年回顾只报告了达到的总数 \(newer.document.text(q.range))，上一年回顾未报告基数，算不出新增", kind: .none)
      }
      let base = older.quantities[b]
      let added = q.normalizedValue - base.normalizedValue
      let (status, rule) = judge(t, value, added)
      return TargetOutcome(
        target: t, outcome: nil, evidence: (sentence, score), status: status,
        note:
          "目标 \(rule)；实际新增 \(newer.document.text(q.range)) − \(older.document.text(base.range)) = \(format(added))\(q.baseUnit)（相似度 \(format(score, digits: 2))）",
        value: added, kind: .derived)
    }
    let (status, rule) = judge(t, value, q.normalizedValue)
    return TargetOutcome(
      target: t, outcome: q, evidence: (sentence, score), status: status,
      note: "目标 \(rule)；实际 \(newer.document.text(q.range))（同一事项：\(identity(newer, q))，相似度 \(format(score, digits: 2))）",
      kind: .figure)
  }
}
