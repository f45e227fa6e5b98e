/// Which sentences of a plan part commit to action when they do not open on
/// an action verb of the commitment-verbs lexicon.
extension StatementExtractor {
  /// 一是 … 十是, 首先, 其次, 最后: the ordinal an item of a plan opens with,
  /// as its length in units (0 when none).
  ///
  /// With `allKinds`, any kind of enumeration marker counts, not only
  /// words: a numeral and 是 or 要 (一是, 二要), a circled number (①), a
  /// bullet symbol (■ ● ◆ ▲ ★ □ ○ ◇ · • ▪ ► ✓) or a dash (——), a number in
  /// brackets ((1), （1）) or before 、 . ． ) ） (1、, 1., 1）), 第 and a
  /// numeral before ， or 、 (第一，). Without it
  /// (a 政府工作报告, which keeps its own rules; repeated problems) only 一是
  /// and the ordinal words.
  func ordinalLength(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int, allKinds: Bool = false) -> Int {
    guard i + 2 < end else { return 0 }
    let c = p[i]
    if Self.isNumeral(c) && p[i + 1] == 0x662F { return 2 }  // 一是
    if Self.isNumeral(c) && Self.isNumeral(p[i + 1]) && i + 3 < end && p[i + 2] == 0x662F { return 3 }  // 十一是
    guard allKinds else {
      for w in ordinalWords where i + w.count < end && p.has(w, at: i) { return w.count }
      return 0
    }
    if c == 0x7B2C {  // 第一, 第十二
      var k = i + 1
      while k < end && k < i + 4 && Self.isNumeral(p[k]) { k += 1 }
      if k > i + 1 && k < end && (p[k] == 0xFF0C || p[k] == 0x3001) { return k - i }
    }
    if Self.isNumeral(c) && p[i + 1] == 0x8981 { return 2 }  // 一要
    if Self.isNumeral(c) && Self.isNumeral(p[i + 1]) && i + 3 < end && p[i + 2] == 0x8981 { return 3 }  // 十一要
    if (0x2460...0x2473).contains(c) || (0x2776...0x2793).contains(c) { return 1 }  // ① ❶
    if Self.bullets.contains(c) { return c == 0x2014 && p[i + 1] == 0x2014 ? 2 : c == 0x2014 ? 0 : 1 }
    // A number in brackets, or before a list mark.
    if c == 0x28 || c == 0xFF08 {
      var k = i + 1
      while k < end && k < i + 4 && ((p[k] >= 0x30 && p[k] <= 0x39) || Self.isNumeral(p[k])) { k += 1 }
      if k > i + 1 && k < end && (p[k] == 0x29 || p[k] == 0xFF09) { return k + 1 - i }
    }
    var k = i
    while k < end && k < i + 2 && p[k] >= 0x30 && p[k] <= 0x39 { k += 1 }
    if k > i && k + 1 < end && Self.listMarks.contains(p[k]) && !(p[k + 1] >= 0x30 && p[k + 1] <= 0x39) {
      return k + 1 - i
    }
    for w in ordinalWords where i + w.count < end && p.has(w, at: i) { return w.count }
    return 0
  }

  /// ■ ● ◆ ▲ ★ □ ○ ◇ △ ☆ · • ▪ ► ✓ —
  static let bullets: Set<UInt16> = Set("■●◆▲★□○◇△☆·•▪►✓—".utf16)
  /// 、 . ． ) ）
  static let listMarks: Set<UInt16> = Set("、.．)）".utf16)

  /// 一 … 十.
  @inline(__always)
  static func isNumeral(_ c: UInt16) -> Bool {
    switch c {
    case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: return true
    default: return false
    }
  }

  /// Whether a range is a table row (cells split by tabs) with a digit in a
  /// cell after the first.
  func isTableRowWithFigure(_ p: UnsafeBufferPointer<UInt16>, _ r: AnalysisRange) -> Bool {
    guard let tab = r.first(where: { p[$0] == 0x09 }) else { return false }
    return (tab..<r.upperBound).contains { p[$0] >= 0x30 && p[$0] <= 0x39 }
  }

  /// Whether a word of `hosts` (by default `markerHosts`) covers the unit at
  /// `s` within `r` (要 of 主要, 比 of 比重).
  func insideWord(
    _ p: UnsafeBufferPointer<UInt16>, _ s: Int, _ r: AnalysisRange, hosts: WordTrie? = nil
  ) -> Bool {
    let hosts = hosts ?? markerHosts
    for j in max(r.lowerBound, s - 3)...s {
      if let m = hosts.longestMatch(p, from: j, limit: r.upperBound), j + m.length > s, m.length >= 2 {
        return true
      }
    }
    return false
  }

  /// Whether a clause of a plan part commits to action without opening on
  /// a listed verb: an action verb further in (法律顾问全程参与决策), a modal
  /// (涉法事项须经法律顾问审查后方可决定) or a quantified aim (“法律明白人”增加到
  /// 120名以上; 全年举办法治宣传活动不少于18场次), from the commitment-verbs and
  /// commitment-markers lexicons.
  func commits(_ doc: Document, _ clause: AnalysisRange) -> Bool {
    guard clause.count >= 4 else { return false }
    return doc.analysis.units.withUnsafeBufferPointer { p -> Bool in
      // A row of a table of planned indicators: cells split by tabs, one a figure.
      if isTableRowWithFigure(p, clause) { return true }
      // Or written as a name, ： and the aim (行政复议纠错率：5%以内).
      if TextSpans.isIndicatorRow(p, clause.offsets) { return true }
      var found = false
      commitmentMarkers.forEachMatch(p, in: clause) { _, s, len in
        if len > 1 || !insideWord(p, s, clause) { found = true }
      }
      if found { return true }
      // An aim per period (人民调解员业务培训每季度1次).
      if frequency.isPeriodicAim(p, clause.offsets) { return true }
      // A verb with something after it to act on.
      verbs.forEachMatch(p, in: clause) { _, s, len in
        if s + len + 2 <= clause.upperBound { found = true }
      }
      return found
    }
  }
}
