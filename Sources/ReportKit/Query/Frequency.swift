/// How often: periods of the year (每季度, 每个月, 每半年), small counts
/// written in digits or numerals (1, 一, 两, 十二) and units of how often (次,
/// 轮, 场次), read on the units. Used where a plan sets an aim per period
/// (每季度至少专题研究一次): by the plan-sentence reader (such a clause
/// commits) and by the comparer (judged over the year). The periods and
/// units are word lists (`Lexicons/frequency-periods.txt`,
/// `frequency-units.txt`), read when the statement extractor is built.
struct Frequency: Sendable {
  /// Periods of the year, with how many a year holds; longest first (每年
  /// counts only before a unit of how often: 每年开展评查2次以上).
  let periods: [(word: [UInt16], perYear: Int)]
  /// Units of how often (次, 轮, 期, 场次); longest first.
  let frequencyUnits: [[UInt16]]

  init(lexicons: Lexicons) {
    periods = QuantityExtractor.longestFirst(
      lexicons.pairs(.frequencyPeriods).compactMap { n, w in Int(n).map { (Array(w.utf16), $0) } }
    ) { $0.0.count }
    frequencyUnits = QuantityExtractor.longestFirst(lexicons.words(.frequencyUnits).map { Array($0.utf16) }) {
      $0.count
    }
  }

  /// A small count at `i`: digits (with a decimal point) or the numerals
  /// 一 … 九十九 (两 for 二), with its length.
  static func smallCount(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> (value: Double, length: Int)? {
    var j = i
    while j < end && p[j] >= 0x30 && p[j] <= 0x39 { j += 1 }
    if j > i {
      if j + 1 < end && p[j] == 0x2E && p[j + 1] >= 0x30 && p[j + 1] <= 0x39 {
        j += 1
        while j < end && p[j] >= 0x30 && p[j] <= 0x39 { j += 1 }
      }
      guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF16.self)) else {
        return nil
      }
      return (v, j - i)
    }
    // 一 … 九 (两 for 二); 零 is no count.
    func digit(_ c: UInt16) -> Int? { NumberReader.chineseDigit(c).flatMap { $0 == 0 ? nil : $0 } }
    let ten: UInt16 = 0x5341
    var value = 0
    j = i
    if j < end, let d = digit(p[j]) {
      value = d
      j += 1
    }
    if j < end && p[j] == ten {
      value = max(value, 1) * 10
      j += 1
      if j < end, let d = digit(p[j]) {
        value += d
        j += 1
      }
    }
    return j > i ? (Double(value), j - i) : nil
  }

  /// The frequency unit at `i`, if any.
  func frequencyUnit(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> [UInt16]? {
    frequencyUnits.first { i + $0.count <= end && p.has($0, at: i) }
  }

  /// The period phrase at `i` (每季度, 每个月, 每半年) with the periods a year holds.
  func periodPhrase(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> (
    word: [UInt16], perYear: Int, end: Int
  )? {
    guard i < end, p[i] == 0x6BCF else { return nil }  // 每
    var j = i + 1
    if j < end && p[j] == 0x4E2A { j += 1 }  // 个
    guard let w = periods.first(where: { j + $0.word.count <= end && p.has($0.word, at: j) }) else { return nil }
    return (w.word, w.perYear, j + w.word.count)
  }

  /// Whether a clause sets an aim per period: a period phrase, then a count
  /// with a unit of how often (每月开展一次排查, 每季度至少1次).
  func isPeriodicAim(_ p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound {
      if let ph = periodPhrase(p, i, r.upperBound) {
        var k = ph.end
        while k < r.upperBound {
          if let n = Self.smallCount(p, k, r.upperBound), n.value > 0,
            frequencyUnit(p, k + n.length, r.upperBound) != nil
          {
            return true
          }
          k += 1
        }
        return false
      }
      i += 1
    }
    return false
  }
}
