import Foundation

/// Sets each year's plans and targets against the next year's review.
public struct Comparer {
  public var options: CompareOptions

  public init(options: CompareOptions = CompareOptions()) { self.options = options }

  public func compare(_ reports: [Report]) -> YearComparison {
    var notes: [String] = []
    let order = reports.indices.sorted {
      (reports[$0].document.metadata.reviewYear ?? 0, $0) < (reports[$1].document.metadata.reviewYear ?? 0, $1)
    }
    guard let first = reports.first else {
      return YearComparison(reports: [], order: [], pairs: [], series: [], notes: [])
    }
    let extractor = StatementExtractor(lexicons: first.lexicons)
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
    let sim = older.makeSimilarity()
    let reviewSentences = sentences(newer, where: { $0 == .review })
    let reviewTexts = reviewSentences.map { newer.document.text($0) }
    sim.addToCollection(reviewTexts + older.commitments.map(older.text(of:)))
    let reviewIndex = sim.index(reviewTexts)

    // Targets.
    var outcomes: [TargetOutcome] = []
    let year = yearSentences(newer)
    for t in older.targets where t.horizon == .thisYear {
      outcomes.append(
        outcome(
          t, of: older, in: newer, extractor: extractor, sim: sim, reviewSentences: reviewSentences,
          reviewIndex: reviewIndex, yearSentences: year))
    }

    // Commitments.
    var follow: [FollowUp] = []
    // Clauses of next year's plan, to find commitments repeated word for word.
    let split: (String) -> [String] = { $0.split(whereSeparator: { "，；、".contains($0) }).map(String.init) }
    let nextPlan = Set(newer.commitments.flatMap { split(newer.text(of: $0)) }.filter { $0.count >= 8 })
    for (i, c) in older.commitments.enumerated() {
      let text = older.text(of: c)
      let best = sim.bestMatches(text, in: reviewIndex, k: 3).map { (reviewSentences[$0.index], $0.score) }
      let top = best.first?.1 ?? 0
      var status = FollowUpStatus.notMentioned
      if top >= 0.4, let r = best.first?.0, isEvidence(newer.document.text(r)) {
        status = .followedUp
      } else if top >= 0.25 {
        status = .mentionedOnly
      }
      let repeated = status != .followedUp && split(text).contains { $0.count >= 8 && nextPlan.contains($0) }
      follow.append(FollowUp(commitment: i, matches: best, status: status, repeatedWithoutFollowUp: repeated))
    }
    // older heading is followed up when any of its sub-commitments is.
    for i in follow.indices where older.commitments[follow[i].commitment].isHeading {
      let kids = follow.filter { older.commitments[$0.commitment].parent == follow[i].commitment }
      if kids.contains(where: { $0.status == .followedUp }) {
        follow[i].status = .followedUp
      } else if follow[i].status == .notMentioned && kids.contains(where: { $0.status == .mentionedOnly }) {
        follow[i].status = .mentionedOnly
      }
    }

    // Repeated problems.
    var repeated: [ProblemPair] = []
    for (i, p) in older.problems.enumerated() {
      for (j, q) in newer.problems.enumerated() {
        let s = sim.similarity(p.text, q.text)
        if s >= 0.6 { repeated.append(ProblemPair(earlier: i, later: j, score: s)) }
      }
    }
    return ReportPair(
      earlier: a, later: b, targets: outcomes, commitments: follow, repeatedProblems: repeated,
      copied: copied(older, newer))
  }

  static let changeWords = ["增长", "下降", "降低", "减少", "涨幅", "增加"]
  static let notDone = ["没有完成", "未完成", "未能完成", "没有实现", "未实现", "未能实现", "未达到", "没有达到"]
  static let done = ["超额完成", "全面完成", "完成", "实现", "达到", "符合", "范围内"]

  /// An admission about a target without a figure of its metric: a review
  /// sentence naming the metric (an alias of it) and saying 没有完成 (not met)
  /// or 完成/实现 … 目标 (met).
  func admission(_ t: Target, in newer: Report, extractor: StatementExtractor, reviewSentences: [Range<Int>])
    -> TargetOutcome?
  {
    let d = newer.document
    for r in reviewSentences {
      let s = d.text(r)
      guard s.contains("目标") || s.contains("任务") || s.contains("预算") || s.contains("要求") else { continue }
      for clause in s.split(whereSeparator: { "，；".contains($0) }) {
        let c = String(clause)
        guard extractor.metricNames(in: c).contains(t.metric) else { continue }
        if let w = Self.notDone.first(where: { c.contains($0) }) {
          return TargetOutcome(
            target: t, outcome: nil, evidence: (r, 1), status: .notMet, note: "回顾承认“\(w)”：\(c)")
        }
        if let w = Self.done.first(where: { c.contains($0) }) {
          return TargetOutcome(
            target: t, outcome: nil, evidence: (r, 1), status: .met, note: "回顾称“\(w)”：\(c)")
        }
      }
    }
    return nil
  }

  /// older passage is evidence of work done when it reports a figure or a result.
  func isEvidence(_ s: String) -> Bool {
    if s.contains(where: { $0.isNumber }) { return true }
    let done = ["完成", "建立", "出台", "制定", "举办", "召开", "开展", "印发", "实现", "成立", "取得", "新增", "组织"]
    return done.contains { s.contains($0) }
  }

  func sentences(_ r: Report, where role: (SectionRole) -> Bool) -> [Range<Int>] {
    let d = r.document
    var out: [Range<Int>] = []
    for p in d.paragraphs where role(p.section.map { d.sections[$0].role } ?? .other) {
      out += StatementExtractor.sentences(d, p.analysisRange)
    }
    return out
  }

  func outcome(
    _ t: Target, of older: Report, in newer: Report, extractor: StatementExtractor, sim: TextSimilarity,
    reviewSentences: [Range<Int>],
    reviewIndex: TextSimilarity.Index, yearSentences: [Range<Int>]
  ) -> TargetOutcome {
    let d = newer.document
    guard let value = t.value else {
      let best = sim.bestMatches(t.text, in: reviewIndex, k: 1).first
      return TargetOutcome(
        target: t, outcome: nil, evidence: best.map { (reviewSentences[$0.index], $0.score) }, status: .unclear,
        note: best.map { "定性目标，最相近的回顾语句相似度 \(format($0.score, digits: 2))" } ?? "定性目标，回顾中未找到相近语句")
    }
    let candidates = newer.quantities.filter { q in
      guard let s = q.section, d.sections[s].role == .review else { return false }
      return q.baseUnit == (t.unit ?? "") && extractor.metric(q.subject + (q.change ?? "")) == t.metric
        && Self.isYearFigure(q, d, yearSentences)
    }
    // A figure whose own subject ends in the metric's name (国内生产总值增长7.8%)
    // before one whose subject only mentions it (财政赤字占国内生产总值的比重…2.8%);
    // then one with a change word when the target has one; ties to the first.
    let wantsChange =
      t.quantity.map { older.quantities[$0].change != nil } == true
      || Self.changeWords.contains(where: t.metric.hasSuffix)
    // Then one the words just before it tie to the year (降到去年的1.5%, not
    // 从2009年的2.8%).
    let yearWords = [Array("去年".utf16)] + (d.metadata.reviewYear.map { [Array("\($0)年".utf16)] } ?? [])
    func tiedToYear(_ q: Quantity) -> Bool {
      let u = d.analysis.units
      let w = max(0, q.range.lowerBound - 6)..<q.range.lowerBound
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
          note: "目标 \(rule)；实际 \(d.text(f.range))", value: f.value)
      }
      if let a = admission(t, in: newer, extractor: extractor, reviewSentences: reviewSentences) { return a }
      return TargetOutcome(target: t, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告此指标")
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
      note: "目标 \(rule)；实际 \(d.text(q.range))", value: v)
  }

  /// The review's verdict on a figure: the clause right after it saying the
  /// figure 符合 (实现, 完成) a 要求/目标/预期 (met), or that the 目标 was
  /// 没有完成/未实现 (not met).
  func verdict(after q: Quantity, in d: Document, _ yearSentences: [Range<Int>]) -> (met: Bool, words: String)? {
    guard let s = yearSentences.first(where: { $0.contains(q.range.lowerBound) }) else { return nil }
    let u = d.analysis.units
    var i = q.range.upperBound
    guard i < s.upperBound, u[i] == 0xFF0C else { return nil }  // ，
    i += 1
    var j = i
    while j < s.upperBound, !"，；。".utf16.contains(u[j]) { j += 1 }
    let clause = d.text(i..<j)
    let aims = ["要求", "目标", "预期"]
    guard aims.contains(where: clause.contains) else { return nil }
    if Self.notDone.contains(where: clause.contains) { return (false, clause) }
    if clause.hasPrefix("符合") || clause.hasPrefix("实现") || clause.hasPrefix("完成") { return (true, clause) }
    return nil
  }

  /// The words of a period longer than the year: a paragraph opening with
  /// them (五年来, 过去五年, “十三五”时期) or a part titled with them
  /// (过去五年工作回顾) speaks of the period unless it names the year.
  static let periodWords = ["五年", "十五五", "十四五", "十三五", "十二五", "十一五"]
  /// Words naming the year under review without its number.
  static let pastYearWords = ["去年", "过去一年", "一年来"]

  /// The review sentences that speak of the year under review, not of a
  /// longer period: a sentence naming the year (2017年, 去年, 过去一年) is the
  /// year's; else a sentence of a paragraph whose first sentence names a
  /// period and not the year, or of a part whose nearest title naming a
  /// year or a period names a period (一、过去五年工作回顾), is the period's.
  func yearSentences(_ r: Report) -> [Range<Int>] {
    let d = r.document
    let year = d.metadata.reviewYear.map { "\($0)年" }
    func namesYear(_ s: String) -> Bool {
      (year.map { s.contains($0) } ?? false) || Self.pastYearWords.contains { s.contains($0) }
    }
    func namesPeriod(_ s: String) -> Bool { Self.periodWords.contains { s.contains($0) } }
    var titlePeriod: [Int: Bool] = [:]
    func periodPart(_ sec: Int) -> Bool {
      if let v = titlePeriod[sec] { return v }
      var s: Int? = sec
      var v = false
      while let i = s {
        let title = d.sections[i].title
        if namesYear(title) { break }
        if namesPeriod(title) {
          v = true
          break
        }
        s = d.sections[i].parent
      }
      titlePeriod[sec] = v
      return v
    }
    var out: [Range<Int>] = []
    for p in d.paragraphs {
      guard let sec = p.section, d.sections[sec].role == .review else { continue }
      let ss = StatementExtractor.sentences(d, p.analysisRange)
      guard let first = ss.first else { continue }
      let f = d.text(first)
      let period = !namesYear(f) && (namesPeriod(f) || periodPart(sec))
      for s in ss where !period || namesYear(d.text(s)) { out.append(s) }
    }
    return out
  }

  /// A review figure stands for the year: it lies in one of the year's
  /// sentences, and its clause does not make it a yearly average (年均增长7.1%).
  static func isYearFigure(_ q: Quantity, _ d: Document, _ yearSentences: [Range<Int>]) -> Bool {
    // Sentences are in text order: binary search for the last one starting at or before the figure.
    var lo = 0
    var hi = yearSentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if yearSentences[mid].lowerBound <= q.range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, yearSentences[lo - 1].contains(q.range.lowerBound) else { return false }
    let u = d.analysis.units
    var i = q.range.lowerBound - 1
    let start = yearSentences[lo - 1].lowerBound
    while i > start, !"，；：".utf16.contains(u[i]) {
      if u[i] == 0x5747 && u[i - 1] == 0x5E74 { return false }  // 年均
      i -= 1
    }
    return true
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
  func statedFigure(_ t: Target, in newer: Report, extractor: StatementExtractor, reviewSentences: [Range<Int>])
    -> (value: Double, range: Range<Int>)?
  {
    let unit = t.unit ?? ""
    guard unit.isEmpty || unit == "%" else { return nil }
    let d = newer.document
    let u = d.analysis.units
    for r in reviewSentences {
      var found: (Double, Range<Int>)? = nil
      u.withUnsafeBufferPointer { p in
        extractor.aliasTrie.forEachMatch(p, in: r) { v, s, len in
          guard found == nil, extractor.aliases[v].canonical == t.metric else { return }
          let i = s + len
          guard let n = NumberReader.arabic(p, i, r.upperBound) else { return }
          let (f, e) = NumberReader.scale(p, n.end, r.upperBound)
          let next = e < r.upperBound ? p[e] : 0x3002
          let ok =
            unit == "%"
            ? next == 0x25 : "，。；、（".utf16.contains(next) || e == r.upperBound
          if ok { found = (n.value * f, s..<(unit == "%" ? e + 1 : e)) }
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
    func shingles(_ d: Document, _ r: Range<Int>) -> Set<UInt64> {
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
      let text = Array(older.document.analysis.units[sa[i]])
      guard seen[text] == nil else { continue }
      seen[text] = i
      for h in s where index[h, default: []].count < Self.maxPostings { index[h, default: []].append(i) }
    }
    var passages: [(Range<Int>, Range<Int>, Double)] = []
    // A newer sentence written before gets the same answer again.
    var answered: [[UInt16]: (Int, Double)?] = [:]
    for r in sb {
      let text = Array(newer.document.analysis.units[r])
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

  /// Figures of one metric in the reviews of several years: the same
  /// canonical metric (or subjects whose bigram Dice is at least 0.75) and the
  /// same base unit.
  /// The most groups of other wording one figure is set against when
  /// looking for its series (see `series`).
  static let maxSeriesCandidates = 256

  /// Groups the figures into series; `limited` counts the figures whose
  /// search stopped at `maxSeriesCandidates` groups of their unit.
  func series(_ reports: [Report], _ order: [Int], _ x: StatementExtractor, limited: inout Int) -> [YearSeries] {
    struct Group {
      var key: String
      var grams: [String]
      var unit: String
      var points: [(Int, Int, Int)]
    }
    /// The groups of one unit in the order they were made, and which of
    /// them still lack a figure of the year at hand: `next[p]` leads to the
    /// first open place at or after `p` (a skip list with path compression),
    /// so that filled groups are passed over at no cost and a report that
    /// repeats one figure thousands of times stays linear.
    struct UnitGroups {
      var members: [Int] = []
      var next: [Int] = [0]
      var year: Int? = nil

      mutating func open(for y: Int) {
        guard year != y else { return }
        year = y
        next = Array(0...members.count)
      }

      mutating func find(_ p: Int) -> Int {
        var r = p
        while next[r] != r { r = next[r] }
        var q = p
        while next[q] != r {
          let n = next[q]
          next[q] = r
          q = n
        }
        return r
      }

      /// Marks place `p` as having the year's figure.
      mutating func close(_ p: Int) { next[p] = p + 1 }

      /// Adds a group made this year (so already closed).
      mutating func append(_ g: Int) {
        members.append(g)
        next[members.count - 1] = members.count
        next.append(members.count)
      }
    }
    var groups: [Group] = []
    var place: [Int] = []
    var byUnit: [String: UnitGroups] = [:]
    var exact: [String: Int] = [:]
    for ri in order {
      let r = reports[ri]
      guard let year = r.document.metadata.reviewYear else { continue }
      for (qi, q) in r.quantities.enumerated() {
        guard let s = q.section, r.document.sections[s].role == .review, q.change == nil, !q.subject.isEmpty else {
          continue
        }
        let key = x.metric(q.subject)
        let unit = q.baseUnit
        byUnit[unit, default: UnitGroups()].open(for: year)
        // Reports come in year order, so a group has this year's figure
        // when its last point is of this year.
        var target: Int? = exact[unit + "\u{0}" + key]
        if let t = target, groups[t].points.last!.0 == year { target = nil }
        if target == nil {
          let g = bigrams(key)
          var p = byUnit[unit]!.find(0)
          var tried = 0
          while p < byUnit[unit]!.members.count {
            guard tried < Self.maxSeriesCandidates else {
              limited += 1
              break
            }
            tried += 1
            let i = byUnit[unit]!.members[p]
            if dice(groups[i].grams, g) >= 0.75 {
              target = i
              break
            }
            p = byUnit[unit]!.find(p + 1)
          }
        }
        if let t = target {
          groups[t].points.append((year, ri, qi))
          byUnit[unit]!.close(place[t])
        } else {
          groups.append(Group(key: key, grams: bigrams(key), unit: unit, points: [(year, ri, qi)]))
          place.append(byUnit[unit]!.members.count)
          byUnit[unit]!.append(groups.count - 1)
          exact[unit + "\u{0}" + key] = groups.count - 1
        }
      }
    }
    return groups.filter { $0.points.count >= 2 }.map {
      var s = YearSeries(
        metric: $0.key, unit: $0.unit, points: $0.points.map { (year: $0.0, report: $0.1, quantity: $0.2) })
      s.statedChanges = statedChanges(s, reports)
      return s
    }
  }

  /// The changes against the year before that the later reports of a series
  /// state right after its figure ("2036件，同比增长9.8%"), set against the
  /// figure of the year before. Only counts (件, 人次, 场 …: the official
  /// growth of money and output is in real terms or on revised bases, so
  /// 国内生产总值47.2万亿元，比上年增长9.2% does not follow from two reports'
  /// levels), exact on both sides, with a change tied to the year before by
  /// its words (同比, 比上年 …), in the same clause or the next.
  func statedChanges(_ s: YearSeries, _ reports: [Report]) -> [StatedChange] {
    var out: [StatedChange] = []
    for k in s.points.indices.dropFirst() where s.points[k].year == s.points[k - 1].year + 1 {
      let p = s.points[k - 1]
      let q = s.points[k]
      let before = reports[p.report].quantities[p.quantity]
      let r = reports[q.report]
      let level = r.quantities[q.quantity]
      let zi = q.quantity + 1
      guard countedCategories.contains(level.unitCategory), before.approx == .exact, level.approx == .exact,
        before.normalizedValue > 0, level.high == nil,
        zi < r.quantities.count
      else { continue }
      let z = r.quantities[zi]
      guard z.isPercent, let word = z.change, z.high == nil, z.range.lowerBound > level.range.upperBound,
        z.range.lowerBound - level.range.upperBound <= 16
      else { continue }
      let between = r.document.text(level.range.upperBound..<z.range.lowerBound)
      guard !between.contains(where: { "。；！？\n".contains($0) }),
        yearOnYearWords.contains(where: between.contains),
        !["年均", "实际", "可比"].contains(where: between.contains)
      else { continue }
      let computed = (level.normalizedValue - before.normalizedValue) / before.normalizedValue * 100
      let stated = decreaseWords.contains(word) ? -z.value : z.value
      let holds = roundsTo(
        computed, stated, decimals: z.approx == .exact ? z.decimals : max(0, z.decimals - 1))
      out.append(StatedChange(point: k, change: zi, stated: stated, computed: computed, holds: holds))
    }
    return out
  }
}
