extension StatementExtractor {
  /// The end of a quoted plan name (“十五五”).
  static let planNameClose = Array("五”".utf16)

  /// The horizon of a target list: its lead-in's own words first (今年, the
  /// plan year, 明年 make it this year's; 五年, a five-year plan, 规划 or 纲要 a
  /// plan period's); else the year of the part it stands in, from the
  /// innermost title naming one: the plan year makes it this year's (even
  /// beside a plan period, 十五五时期目标任务和2026年工作安排), a plan period
  /// alone the period's, unless the part holds the plan year's target list
  /// (`yearParts`: 全力推动“十五五”开好局 holding 今年…主要预期目标 plans the year);
  /// else this year.
  func listHorizon(_ doc: Document, _ sec: Int, lead: String, yearParts: Set<Int> = []) -> (TargetHorizon, Int?) {
    let plan = doc.metadata.planYear
    // On UTF-16 units: Foundation's String.contains cost thousands of
    // instructions a call, and this runs for every plan part.
    let planYear = plan.map { Array("\($0)年".utf16) }
    func has(_ t: [UInt16], _ w: [UInt16]) -> Bool {
      guard t.count >= w.count else { return false }
      for k in 0...(t.count - w.count) {
        var m = 0
        while m < w.count && t[k + m] == w[m] { m += 1 }
        if m == w.count { return true }
      }
      return false
    }
    func namesYear(_ t: [UInt16]) -> Bool {
      yearWordUnits.contains { has(t, $0) } || planYear.map { has(t, $0) } == true
    }
    func namesPeriod(_ t: [UInt16]) -> Bool { periodWordUnits.contains { has(t, $0) } }
    let leadUnits = Array(lead.utf16)
    if namesYear(leadUnits) { return (.thisYear, plan) }
    if namesPeriod(leadUnits) { return (.fiveYearAverage, nil) }
    var s: Int? = sec
    while let i = s {
      let title = Array(doc.sections[i].title.utf16)
      if namesYear(title) { return (.thisYear, plan) }
      if namesPeriod(title) || has(title, Self.planNameClose) {
        return yearParts.contains(i) ? (.thisYear, plan) : (.fiveYearAverage, nil)
      }
      s = doc.sections[i].parent
    }
    return (.thisYear, plan)
  }

  /// Whether a clause holds a word `clauseHorizon` reads (到, 期间, 年均):
  /// a test on the units, so that most clauses skip the String search.
  static func mayNameHorizon(_ u: [UInt16], _ r: AnalysisRange) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = u[i]
      if c == 0x5230 { return true }  // 到
      if i + 1 < r.upperBound {
        let d = u[i + 1]
        if (c == 0x671F && d == 0x95F4) || (c == 0x5E74 && d == 0x5747) { return true }  // 期间, 年均
      }
      i += 1
    }
    return false
  }

  /// Whether a range names a metric (an alias of one).
  func names(_ u: [UInt16], _ r: AnalysisRange) -> Bool {
    var found = false
    u.withUnsafeBufferPointer { p in aliasTrie.forEachMatch(p, in: r) { _, _, _ in found = true } }
    return found
  }

  /// A clause's own horizon: by a year (到2025年 …), a yearly average over a
  /// plan period, or else the one given.
  func clauseHorizon(_ t: String, else given: (TargetHorizon, Int?)) -> (TargetHorizon, Int?) {
    if t.contains("到"), let m = t.firstMatch(of: Self.byYear), let y = Int(m.1) { return (.byYear, y) }
    if saysPeriodAverage(t) { return (.fiveYearAverage, nil) }
    return given
  }

  /// Whether a clause sets a yearly average over a plan period: 期间, or
  /// 年均 before a change (年均增长, 年均下降 …). 年均浓度 is the yearly mean.
  func saysPeriodAverage(_ t: String) -> Bool {
    if t.contains("期间") { return true }
    var rest = Substring(t)
    while let r = rest.range(of: "年均") {
      let after = rest[r.upperBound...]
      if averageChanges.contains(where: { after.hasPrefix($0) }) {
        return true
      }
      rest = after
    }
    return false
  }
}
