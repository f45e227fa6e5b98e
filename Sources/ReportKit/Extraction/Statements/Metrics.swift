extension StatementExtractor {
  static let planLeads = ["今年", "全年", "力争", "确保", "同时", "要", "将", "拟", "并", "再", "也"]

  /// The metric of a plan clause: the canonical name when an alias opens the
  /// words (after 今年, 力争 …), else the words themselves: 海洋生产总值增长 is
  /// not 国内生产总值增长.
  func planMetric(_ words: String) -> String {
    var rest = Substring(words)
    var moved = true
    while moved {
      moved = false
      for w in Self.planLeads where rest.hasPrefix(w) {
        rest = rest.dropFirst(w.count)
        moved = true
      }
    }
    let offset = words.utf16.count - rest.utf16.count
    var best: (length: Int, value: Int, start: Int)? = nil
    for m in aliasTrie.matches(in: words) where best == nil || m.length > best!.length {
      best = (m.length, m.value, m.start)
    }
    guard let b = best, b.start <= offset else { return String(rest) }
    return aliases[b.value].canonical
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
