import Foundation

/// Sets each year's plans and targets against the next year's review.
public struct Comparer {
  public var options: CompareOptions
  /// The lexicons and tools the reports were analysed with.
  public let environment: AnalysisEnvironment

  public init(options: CompareOptions = CompareOptions(), environment: AnalysisEnvironment = .builtin) {
    self.options = options
    self.environment = environment
  }

  public func compare(_ reports: [Report]) -> YearComparison {
    var notes: [String] = []
    let order = reports.indices.sorted {
      (reports[$0].document.metadata.reviewYear ?? 0, $0) < (reports[$1].document.metadata.reviewYear ?? 0, $1)
    }
    guard !reports.isEmpty else {
      return YearComparison(reports: [], order: [], pairs: [], series: [], notes: [])
    }
    let extractor = environment.statements
    var pairs: [ReportPair] = []
    for (a, b) in zip(order, order.dropFirst()) {
      let ma = reports[a].document.metadata
      let mb = reports[b].document.metadata
      if options.unit == nil, let ua = ma.unit, let ub = mb.unit, ua != ub {
        notes.append("\(reports[a].path)（\(ua)）与 \(reports[b].path)（\(ub)）不是同一单位，未配对；可用 --unit 指定")
        continue
      }
      guard let plan = ma.planYear, let review = mb.reviewYear else {
        notes.append("\(reports[a].path) 或 \(reports[b].path) 的年度未识别，未配对")
        continue
      }
      if plan != review {
        notes.append("\(reports[a].path) 计划 \(plan) 年，而 \(reports[b].path) 回顾 \(review) 年：年度不衔接，未配对")
        continue
      }
      pairs.append(pair(reports, a, b, extractor))
    }
    var limited = 0
    let series = series(reports, order, extractor, limited: &limited)
    if limited > 0 {
      notes.append(
        "\(limited) 个数字所在单位的同类指标超过 \(Self.maxSeriesCandidates) 组，逐年对照只比到前 \(Self.maxSeriesCandidates) 组")
    }
    return YearComparison(reports: reports, order: order, pairs: pairs, series: series, notes: notes)
  }

  func pair(_ reports: [Report], _ a: Int, _ b: Int, _ extractor: StatementExtractor) -> ReportPair {
    let older = reports[a]
    let newer = reports[b]
    let sim = environment.makeSimilarity(synonyms: true)
    let reviewSentences = sentencesAndSubheadings(newer, where: { $0 == .review })
    let reviewTexts = reviewSentences.map { newer.document.text($0) }
    sim.addToCollection(reviewTexts + older.commitments.map(older.text(of:)))
    let reviewIndex = sim.index(reviewTexts)

    // Targets.
    var outcomes: [TargetOutcome] = []
    let year = yearSentences(newer)
    // Plan-clause targets of a town-style report that no metric of the
    // lexicon finds in the review are judged like measurable commitments.
    var bySubject: [TargetOutcome] = []
    // One named by its own words, not by a metric of the lexicon, goes by
    // its subject straight away: two figures of one word (通过率) are not one
    // metric.
    for t in older.targets where t.horizon == .thisYear {
      let town = t.fromPlanClause && t.quantity != nil && older.document.metadata.kind != .governmentWork
      if town && !extractor.metricNames(in: t.metric).contains(t.metric) {
        let o = commitmentOutcome(t, of: older, in: newer, sim: sim)
        bySubject.append(o)
        outcomes.append(o)
        continue
      }
      var o = outcome(
        t, of: older, in: newer, extractor: extractor, sim: sim, reviewSentences: reviewSentences,
        reviewIndex: reviewIndex, yearSentences: year)
      if o.status == .notReported, town {
        o = commitmentOutcome(t, of: older, in: newer, sim: sim)
        bySubject.append(o)
      }
      outcomes.append(o)
    }
    // Measurable commitments, judged like targets; an aim per period
    // (每季度至少1次) over the year, in place of its count read as a figure.
    let periodic = periodicAims(older)
    func perPeriodCount(_ o: TargetOutcome) -> Bool {
      guard let qi = o.target.quantity else { return false }
      let at = older.quantities[qi].numberRange.lowerBound
      return periodic.contains { $0.aim.count.contains(at) }
    }
    let periodicOutcomes = periodic.map {
      periodicOutcome(
        $0.aim, commitment: older.commitments[$0.commitment], of: older, in: newer, sim: sim,
        reviewSentences: reviewSentences, reviewIndex: reviewIndex)
    }
    if !periodic.isEmpty {
      outcomes.removeAll(where: perPeriodCount)
      bySubject.removeAll(where: perPeriodCount)
    }
    let byFigure = commitmentTargets(older).map { commitmentOutcome($0, of: older, in: newer, sim: sim) }.filter {
      !perPeriodCount($0)
    }
    // An aim of all (全部开展公平竞争审查) in a clause with no figure.
    var problemParagraphs: (ranges: [AnalysisRange], index: TextSimilarity.Index)? = nil
    let allOutcomes = allAims(older).map {
      allOutcome(
        $0.aim, commitment: older.commitments[$0.commitment], of: older, in: newer, sim: sim,
        reviewSentences: reviewSentences, reviewIndex: reviewIndex,
        problemParagraphs: {
          if problemParagraphs == nil { problemParagraphs = self.problemParagraphs(newer, sim: sim) }
          return problemParagraphs!
        })
    }
    // A change on the year before (比上年减少20%以上) not judged already.
    let targeted = Set(outcomes.compactMap(\.target.quantity))
    let changeOutcomes = changeAims(older).filter { !targeted.contains($0.aim.quantity) }.map {
      changeOutcome($0.aim, commitment: older.commitments[$0.commitment], of: older, in: newer, sim: sim)
    }
    // A deadline (6月底前完成…) where no figure, periodic aim, aim of all or
    // change of its clause is judged.
    let judged = outcomes + byFigure + periodicOutcomes + allOutcomes + changeOutcomes
    let deadlineOutcomes = deadlineAims(older).filter { a in
      !judged.contains { $0.target.range.overlaps(a.aim.clause) }
    }.map {
      deadlineOutcome(
        $0.aim, commitment: older.commitments[$0.commitment], of: older, in: newer, sim: sim,
        reviewSentences: reviewSentences, reviewIndex: reviewIndex)
    }
    outcomes += byFigure + periodicOutcomes + allOutcomes + changeOutcomes + deadlineOutcomes
    // What answers a commitment's follow-up: a deadline only when met (one
    // missed was put off or left undone, though the review speaks of it), an
    // aim of all when any share of it was done.
    let measured =
      byFigure + periodicOutcomes + allOutcomes.filter { ($0.value ?? 0) > 0 } + changeOutcomes
      + deadlineOutcomes.filter { $0.status == .met } + bySubject

    // Commitments.
    var follow: [FollowUp] = []
    // Clauses of next year's plan, to find commitments repeated word for word.
    // Pieces between ，；、 of at least 8 units, read on the units (splitting
    // Strings by Character cost a tenth of a compare).
    func split(_ r: Report, _ c: Commitment) -> [ArraySlice<UInt16>] {
      let u = r.document.analysis.units[c.range.offsets]
      return u.split(whereSeparator: { $0 == 0xFF0C || $0 == 0xFF1B || $0 == 0x3001 }).filter { $0.count >= 8 }
    }
    let nextPlan = Set(newer.commitments.flatMap { split(newer, $0) })
    let otherSentences = sentences(newer, where: { $0 != .review })
    let search = FollowUpSearch(
      sim: sim, reviewSentences: reviewSentences, reviewIndex: reviewIndex, otherSentences: otherSentences,
      otherTexts: { otherSentences.map { newer.document.text($0) } })
    for (i, c) in older.commitments.enumerated() {
      let copied = split(older, c).contains { nextPlan.contains($0) }
      let (status, matches, reason) = followUp(
        c, of: older, in: newer, search: search, measured: measured, copiedIntoNextPlan: copied)
      follow.append(
        FollowUp(
          commitment: i, matches: matches, status: status, repeatedWithoutFollowUp: copied && status != .followedUp,
          reason: reason))
    }
    // older heading is followed up when any of its sub-commitments is; the
    // last first, so that an item's lead-in (a heading under a heading) is
    // judged before the heading it stands under.
    for i in follow.indices.reversed() where older.commitments[follow[i].commitment].isHeading {
      let kids = follow.filter { older.commitments[$0.commitment].parent == follow[i].commitment }
      if kids.contains(where: { $0.status == .followedUp }) {
        if follow[i].status != .followedUp { follow[i].reason = "其下的承诺已落实" }
        follow[i].status = .followedUp
      } else if follow[i].status == .notMentioned && kids.contains(where: { $0.status == .mentionedOnly }) {
        follow[i].status = .mentionedOnly
        follow[i].reason = "其下的承诺被提及"
      }
    }

    let repeated = repeatedProblems(older, newer, extractor, sim: sim)
    return ReportPair(
      earlier: a, later: b, targets: outcomes, commitments: follow, repeatedProblems: repeated,
      copied: copied(older, newer))
  }

  /// An admission about a target without a figure of its metric: a review
  /// sentence naming the metric (an alias of it) and saying 没有完成 (not met)
  /// or 完成/实现 … 目标 (met).
  func admission(_ t: Target, in newer: Report, extractor: StatementExtractor, reviewSentences: [AnalysisRange])
    -> TargetOutcome?
  {
    let d = newer.document
    for r in reviewSentences {
      let s = d.text(r)
      guard environment.admissionAims.contains(where: s.contains) else { continue }
      for clause in s.split(whereSeparator: { "，；".contains($0) }) {
        let c = String(clause)
        guard extractor.metricNames(in: c).contains(t.metric) else { continue }
        if let w = environment.notDoneWords.first(where: { c.contains($0) }) {
          return TargetOutcome(
            target: t, outcome: nil, evidence: (r, 1), status: .notMet, note: "回顾承认“\(w)”：\(c)", kind: .evidence)
        }
        if let w = environment.doneWords.first(where: { c.contains($0) }) {
          return TargetOutcome(
            target: t, outcome: nil, evidence: (r, 1), status: .met, note: "回顾称“\(w)”：\(c)", kind: .evidence)
        }
      }
    }
    return nil
  }

  /// The periods of the year and units of how often of the environment.
  var frequency: Frequency { environment.statements.frequency }

  /// older passage is evidence of work done when it reports a figure or a result.
  func isEvidence(_ s: String) -> Bool {
    // A figure in digits (一件事, 每月一次 are no figures).
    if s.utf16.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0xFF10 && $0 <= 0xFF19) }) { return true }
    return environment.evidenceVerbs.contains { s.contains($0) }
  }

  func sentences(_ r: Report, where role: (SectionRole) -> Bool) -> [AnalysisRange] {
    let d = r.document
    var out: [AnalysisRange] = []
    for p in d.paragraphs where role(p.role) {
      out += r.sentences(in: p.analysisRange)
    }
    return out
  }

  func outcome(
    _ t: Target, of older: Report, in newer: Report, extractor: StatementExtractor, sim: TextSimilarity,
    reviewSentences: [AnalysisRange],
    reviewIndex: TextSimilarity.Index, yearSentences: [AnalysisRange]
  ) -> TargetOutcome {
    let d = newer.document
    guard let value = t.value else {
      return qualitativeOutcome(
        t, in: newer, extractor: extractor, sim: sim, reviewSentences: reviewSentences, reviewIndex: reviewIndex)
    }
    let candidates = newer.quantities.filter { q in
      guard d.role(at: q.range.lowerBound, section: q.section) == .review else { return false }
      return q.baseUnit == (t.unit ?? "") && extractor.metric(q.subject + (q.change ?? "")) == t.metric
        && Self.isYearFigure(q, d, yearSentences)
    }
    // A figure whose own subject ends in the metric's name (国内生产总值增长7.8%)
    // before one whose subject only mentions it (财政赤字占国内生产总值的比重…2.8%);
    // then one with a change word when the target has one; ties to the first.
    let wantsChange =
      t.quantity.map { older.quantities[$0].change != nil } == true
      || environment.metricChangeEndings.contains(where: t.metric.hasSuffix)
    // Then one the words just before it tie to the year (降到去年的1.5%, not
    // 从2009年的2.8%): a word naming the year under review
    // (Lexicons/review-year-words.txt) or the year's number.
    let yearWords =
      environment.reviewYearUnits + (d.metadata.reviewYear.map { [Array("\($0)年".utf16)] } ?? [])
    func tiedToYear(_ q: Quantity) -> Bool {
      let u = d.analysis.units
      let w = AnalysisRange(max(0, q.range.lowerBound - 6), q.range.lowerBound)
      return yearWords.contains { StatementExtractor.find(u, $0, in: w) }
    }
    func score(_ q: Quantity) -> Int {
      (extractor.metricNamesSubject(q.subject) ? 4 : 0) + (tiedToYear(q) ? 2 : 0)
        + ((q.change != nil) == wantsChange ? 1 : 0)
    }
    var pick: Quantity? = nil
    for q in candidates where pick == nil || score(q) > score(pick!) { pick = q }
    guard let q = pick else {
      if let f = statedFigure(t, in: newer, extractor: extractor, reviewSentences: yearSentences) {
        let (status, rule) = judge(t, value, f.value)
        return TargetOutcome(
          target: t, outcome: nil, evidence: (f.range, 1), status: status,
          note: "目标 \(rule)；实际 \(d.text(f.range))", value: f.value, kind: .stated)
      }
      if let a = admission(t, in: newer, extractor: extractor, reviewSentences: reviewSentences) { return a }
      return TargetOutcome(
        target: t, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告此指标", kind: .none)
    }
    let v = q.normalizedValue
    var (status, rule) = judge(t, value, v)
    let tol = t.unit == "%" || t.unit == "个百分点" ? options.rateTolerance : value * options.levelTolerance
    // An outcome that is itself approximate (超过, 约) cannot settle a close call.
    if q.approx != .exact && status == .notMet && abs(v - value) <= tol { status = .unclear }
    // The review's own verdict on the figure, in the clause after it
    // (增长13.6%，符合调控要求), decides over the arithmetic.
    if let verdict = verdict(after: q, in: d, yearSentences) {
      status = verdict.met ? .met : .notMet
      rule += "；回顾称“\(verdict.words)”"
    }
    return TargetOutcome(
      target: t, outcome: q, evidence: nil, status: status,
      note: "目标 \(rule)；实际 \(d.text(q.range))", value: v, kind: .figure)
  }

  /// The status of a figure `v` against a target of `value`, and the rule
  /// applied (written out with its arithmetic for the note).
  func judge(_ t: Target, _ value: Double, _ v: Double) -> (TargetStatus, String) {
    let isRate = t.unit == "%" || t.unit == "个百分点"
    let tol = isRate ? options.rateTolerance : value * options.levelTolerance
    let unit = t.unit ?? ""
    var status: TargetStatus
    var rule: String
    switch (t.approx ?? .exact, t.bound) {
    case (.about, .ceiling),
      (.exact, .ceiling) where t.high == nil:
      // A ceiling written with 左右 (居民消费价格涨幅3%左右): at or below is met.
      status = v <= value + tol + 1e-9 ? .met : .notMet
      rule = "\(format(value))\(unit)（上限类指标），不高于 \(format(value + tol))\(unit)"
    case (.about, .floor),
      (.exact, .floor) where t.high == nil:
      // A floor written with 左右 (国内生产总值增长8%左右): at or above is met.
      status = v >= value - tol - 1e-9 ? .met : .notMet
      rule = "\(format(value))\(unit)（下限类指标），不低于 \(format(value - tol))\(unit)"
    case (_, .amount) where t.high == nil:
      // An amount planned: met when the amount stated is the one planned, or more.
      status = v >= value - tol - 1e-9 ? .met : .notMet
      rule = "安排 \(format(value))\(unit)（计划数额类），实际数额不少于 \(format(value - tol))\(unit)"
    case (.about, _):
      status = abs(v - value) <= tol + 1e-9 ? .met : .notMet
      rule = "\(format(value))\(unit)左右，允许 ±\(format(tol))\(isRate ? "个百分点" : unit)"
    case (.atLeast, _), (.moreThan, _):
      status = v >= value - 1e-9 ? .met : .notMet
      rule = "不低于 \(format(value))\(unit)"
    case (.atMost, _), (.lessThan, _):
      status = v <= value + 1e-9 ? .met : .notMet
      rule = "不高于 \(format(value))\(unit)"
    case (.nearly, _), (.exact, _):
      if let h = t.high {
        let floor = t.bound == .floor
        status = v >= value - 1e-9 && (floor || v <= h + 1e-9) ? .met : .notMet
        rule =
          floor
          ? "\(format(value))–\(format(h))\(unit)（下限类指标），不低于 \(format(value))\(unit)"
          : "在 \(format(value))–\(format(h))\(unit) 之间"
      } else {
        status = abs(v - value) <= tol + 1e-9 ? .met : .notMet
        rule = "\(format(value))\(unit)，允许 ±\(format(tol))"
      }
    }
    return (status, rule)
  }

  /// A figure the review states right after the metric's name when the
  /// figure extractor kept none (农村贫困人口减少1109万, a count without a unit
  /// word): the number and scale (万, 亿) read after an alias of the metric,
  /// in a target without a unit or of %, followed by no other unit.
  func statedFigure(_ t: Target, in newer: Report, extractor: StatementExtractor, reviewSentences: [AnalysisRange])
    -> (value: Double, range: AnalysisRange)?
  {
    let unit = t.unit ?? ""
    guard unit.isEmpty || unit == "%" else { return nil }
    let d = newer.document
    let u = d.analysis.units
    for r in reviewSentences {
      var found: (Double, AnalysisRange)? = nil
      u.withUnsafeBufferPointer { p in
        extractor.aliasTrie.forEachMatch(p, in: r.offsets) { v, s, len in
          guard found == nil, extractor.aliases[v].canonical == t.metric else { return }
          let i = s + len
          guard let n = NumberReader.arabic(p, i, r.upperBound) else { return }
          let (f, e) = NumberReader.scale(p, n.end, r.upperBound)
          let next = e < r.upperBound ? p[e] : 0x3002
          let ok =
            unit == "%"
            ? next == 0x25 : "，。；、（".utf16.contains(next) || e == r.upperBound
          if ok { found = (n.value * f, AnalysisRange(s, unit == "%" ? e + 1 : e)) }
        }
      }
      if let f = found { return f }
    }
    return nil
  }

  /// Near-copied sentences: character 5-gram Jaccard ≥ 0.8 with a sentence
  /// of the earlier report.
  /// The most older sentences one shingle is looked up in (see `copied`).
  static let maxPostings = 64

  func copied(_ older: Report, _ newer: Report) -> CopiedText {
    let sa = sentences(older, where: { _ in true }).filter { $0.count >= 15 }
    let sb = sentences(newer, where: { _ in true }).filter { $0.count >= 15 }
    func shingles(_ d: Document, _ r: AnalysisRange) -> Set<UInt64> {
      let u = d.analysis.units
      var out = Set<UInt64>()
      guard r.count >= 5 else { return out }
      for i in r.lowerBound...(r.upperBound - 5) {
        var h: UInt64 = 1_469_598_103_934_665_603
        for k in 0..<5 { h = (h ^ UInt64(u[i + k])) &* 1_099_511_628_211 }
        out.insert(h)
      }
      return out
    }
    let shA = sa.map { shingles(older.document, $0) }
    // Identical sentences of the older report are indexed once (the first
    // stands for all), and a shingle lists at most `maxPostings` sentences:
    // a report repeating one sentence, or a table pasted as sentences, stays
    // linear (no five characters stand in more than 26 sentences of any
    // report in ../shared/corpus: 高质量发展, in the Zhejiang 2026 report).
    var index: [UInt64: [Int]] = [:]
    var seen: [[UInt16]: Int] = [:]
    for (i, s) in shA.enumerated() {
      let text = Array(older.document.analysis.units[sa[i].offsets])
      guard seen[text] == nil else { continue }
      seen[text] = i
      for h in s where index[h, default: []].count < Self.maxPostings { index[h, default: []].append(i) }
    }
    var passages: [(AnalysisRange, AnalysisRange, Double)] = []
    // A newer sentence written before gets the same answer again.
    var answered: [[UInt16]: (Int, Double)?] = [:]
    for r in sb {
      let text = Array(newer.document.analysis.units[r.offsets])
      if let known = answered[text] {
        if let (i, j) = known { passages.append((r, sa[i], j)) }
        continue
      }
      let s = shingles(newer.document, r)
      var counts: [Int: Int] = [:]
      for h in s { for i in index[h] ?? [] { counts[i, default: 0] += 1 } }
      // The most shared shingles; a tie goes to the earlier sentence.
      guard let (i, c) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
        answered[text] = .some(nil)
        continue
      }
      let j = Double(c) / Double(s.count + shA[i].count - c)
      if j >= 0.8 {
        passages.append((r, sa[i], j))
        answered[text] = (i, j)
      } else {
        answered[text] = .some(nil)
      }
    }
    passages.sort { $0.0.count > $1.0.count }
    return CopiedText(
      sentences: sb.count, copiedSentences: passages.count, passages: passages.map { ($0.0, $0.1, $0.2) })
  }
}
