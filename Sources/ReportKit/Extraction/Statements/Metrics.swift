extension StatementExtractor {
  /// The metric of a plan clause: the canonical name when an alias opens the
  /// words (after 今年, 力争 …), or ends them after words of that same name
  /// (地方专项债券 is 地方政府专项债券: 地方 is of the name); else the words
  /// themselves: 海洋生产总值增长 is not 国内生产总值增长.
  func planMetric(_ words: String) -> String {
    // The leads are stripped on the UTF-16 units (Substring.hasPrefix
    // compares Characters, and this runs for every figure of a plan clause).
    let units = Array(words.utf16)
    let offset = afterPlanLeads(units, from: 0, limit: units.count)
    var rest: String { String(decoding: units[offset...], as: UTF16.self) }
    let matches = aliasTrie.matches(in: words)
    var best: (length: Int, value: Int, start: Int)? = nil
    for m in matches where best == nil || m.length > best!.length {
      best = (m.length, m.value, m.start)
    }
    guard let b = best else { return rest }
    if b.start <= offset { return aliases[b.value].canonical }
    // An alias ending the words, after words of its own canonical name.
    let n = words.utf16.count
    for m in matches where m.start + m.length == n && m.start > offset {
      let canonical = aliases[m.value].canonical
      if Self.isSubsequence(units[offset..<m.start], of: Array(canonical.utf16)) { return canonical }
    }
    return rest
  }

  /// Where the words of `u[start..<limit]` begin after the plan leads (今年,
  /// 力争, 再 … of plan-leads.txt), stripped as often as they repeat.
  func afterPlanLeads(_ u: [UInt16], from start: Int, limit: Int) -> Int {
    var i = start
    var moved = true
    while moved {
      moved = false
      for w in planLeadUnits where i + w.count <= limit && u[i..<(i + w.count)].elementsEqual(w) {
        i += w.count
        moved = true
      }
    }
    return i
  }

  /// Whether the units `a` occur in `b` in order (not necessarily together).
  static func isSubsequence(_ a: ArraySlice<UInt16>, of b: [UInt16]) -> Bool {
    var j = 0
    for c in a {
      while j < b.count && b[j] != c { j += 1 }
      if j == b.count { return false }
      j += 1
    }
    return true
  }

  /// The metrics of a plan clause's subject: two metrics joined by 和, 与 or
  /// 及 under one predicate (广义货币M2和社会融资规模余额预期增长均为12%左右)
  /// are two targets; else the one metric of `planMetric`.
  func planMetrics(_ words: String) -> [String] {
    // 和 与 及
    guard words.utf16.contains(where: { $0 == 0x548C || $0 == 0x4E0E || $0 == 0x53CA }) else {
      return [planMetric(words)]
    }
    let u = Array(words.utf16)
    for (i, c) in u.enumerated() where i > 0 && (c == 0x548C || c == 0x4E0E || c == 0x53CA) {  // 和 与 及
      let left = String(decoding: u[..<i], as: UTF16.self)
      let right = String(decoding: u[(i + 1)...], as: UTF16.self)
      let a = planMetric(left)
      guard metricNames(in: left).contains(a) else { continue }
      // The right side opens with an alias: its longest opening alias names it.
      var b: (length: Int, value: Int)? = nil
      for m in aliasTrie.matches(in: right) where m.start == 0 && (b == nil || m.length > b!.length) {
        b = (m.length, m.value)
      }
      guard let bb = b else { continue }
      let second = aliases[bb.value].canonical
      if second != a { return [a, second] }
    }
    return [planMetric(words)]
  }

  /// The metric a clause without a figure is about: its first alias (居民收入和
  /// 经济增长基本同步 is about income, not growth), the longest of those
  /// starting there; else the words themselves.
  func leadingMetric(_ words: String) -> String {
    var best: (start: Int, length: Int, value: Int)? = nil
    for m in aliasTrie.matches(in: words)
    where best == nil || m.start < best!.start || (m.start == best!.start && m.length > best!.length) {
      best = (m.start, m.length, m.value)
    }
    return best.map { aliases[$0.value].canonical } ?? words
  }

  /// Whether a figure's subject ends in a metric's name (国内生产总值, not
  /// 财政赤字占国内生产总值的比重从2009年的): an alias ends within two characters
  /// of its end.
  func metricNamesSubject(_ subject: String) -> Bool {
    let n = subject.utf16.count
    return aliasTrie.matches(in: subject).contains { m in n - (m.start + m.length) <= 2 }
  }

  /// The canonical metrics whose aliases a text holds.
  func metricNames(in text: String) -> Set<String> {
    Set(aliasTrie.matches(in: text).map { aliases[$0.value].canonical })
  }

  /// The canonical name of a metric through the metric-aliases lexicon: the
  /// longest alias the words contain; else the words themselves.
  func metric(_ words: String) -> String {
    var best: (length: Int, value: Int)? = nil
    for m in aliasTrie.matches(in: words) where best == nil || m.length > best!.length { best = (m.length, m.value) }
    return best.map { aliases[$0.value].canonical } ?? words
  }
}
