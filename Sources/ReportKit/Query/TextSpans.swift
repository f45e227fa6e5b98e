/// Sentences, clauses and figure ranges of the analysis text: the spans
/// extractors, rules and the comparison all read (see `Punctuation` for
/// where each ends).
enum TextSpans {
  /// Splits an analysis range into clauses (，；。！？), trimmed.
  static func clauses(_ doc: Document, _ r: AnalysisRange) -> [AnalysisRange] {
    let u = doc.analysis.units
    var out: [AnalysisRange] = []
    var s = r.lowerBound
    var quote = 0
    for i in r {
      let c = u[i]
      if c == 0x201C || c == 0x300A || c == 0xFF08 { quote += 1 }
      if c == 0x201D || c == 0x300B || c == 0xFF09 { quote = max(0, quote - 1) }
      if Punctuation.isClauseEnd(c) && (quote == 0 || Punctuation.isFullStop(c)) {
        if i > s { out.append(AnalysisRange(s, i)) }
        s = i + 1
        if Punctuation.isFullStop(c) { quote = 0 }
      }
    }
    if r.upperBound > s { out.append(AnalysisRange(s, r.upperBound)) }
    return out.map { Self.trim(doc, $0) }.filter { !$0.isEmpty }
  }

  /// Splits an analysis range into sentences (。！？； and line breaks, each
  /// kept with its sentence), trimmed.
  static func sentences(_ doc: Document, _ r: AnalysisRange) -> [AnalysisRange] {
    let u = doc.analysis.units
    var out: [AnalysisRange] = []
    var s = r.lowerBound
    for i in r where Punctuation.isSentenceEnd(u[i]) {
      if i > s { out.append(AnalysisRange(s, i + 1)) }
      s = i + 1
    }
    if r.upperBound > s { out.append(AnalysisRange(s, r.upperBound)) }
    return out.map { Self.trim(doc, $0) }.filter { !$0.isEmpty }
  }

  static func trim(_ doc: Document, _ r: AnalysisRange) -> AnalysisRange {
    let u = doc.analysis.units
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && (u[a] == 0x20 || u[a] == 0x0A) { a += 1 }
    while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x0A || u[b - 1] == 0x3002) { b -= 1 }
    return AnalysisRange(a, b)
  }

  /// Where `word` (its UTF-16 units) starts in `r` of the units `u`: the
  /// first place, or the last with `last`; nil when it is not there.
  ///
  /// A scan of the buffer the caller already holds. Building a string of
  /// the span and searching it with Foundation's `range(of:)` cost about 500
  /// instructions a character (the text is bridged and folded cluster by
  /// cluster): 30% of the audit of a long line. The match is of units, as
  /// the analysis text is already folded.
  static func find(_ word: [UInt16], in u: [UInt16], _ r: Range<Int>, last: Bool = false) -> Int? {
    guard let first = word.first, r.count >= word.count else { return nil }
    let starts = r.lowerBound...(r.upperBound - word.count)
    let matches = { (i: Int) -> Bool in
      guard u[i] == first else { return false }
      var k = 1
      while k < word.count && u[i + k] == word[k] { k += 1 }
      return k == word.count
    }
    return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
  }

  /// The indices of the figures starting inside `r` (figures are in text
  /// order, so two binary searches find them).
  static func indices(of quantities: [Quantity], in r: AnalysisRange) -> Range<Int> {
    func firstAtOrAfter(_ x: Int) -> Int {
      var lo = 0
      var hi = quantities.count
      while lo < hi {
        let m = (lo + hi) / 2
        if quantities[m].range.lowerBound < x { lo = m + 1 } else { hi = m }
      }
      return lo
    }
    return firstAtOrAfter(r.lowerBound)..<firstAtOrAfter(r.upperBound)
  }

  /// Finds the figures inside ranges that mostly come in text order: walks
  /// on from the last answer, and searches only when a range goes back (a
  /// binary search per clause was a cache miss per step in a long report).
  struct FigureCursor {
    let quantities: [Quantity]
    /// The first figure starting at or after the last range's start.
    var next = 0

    init(_ quantities: [Quantity]) { self.quantities = quantities }

    mutating func indices(in r: AnalysisRange) -> Range<Int> {
      if next > 0 && quantities[next - 1].range.lowerBound >= r.lowerBound {
        next = TextSpans.indices(of: quantities, in: r).lowerBound
      }
      while next < quantities.count && quantities[next].range.lowerBound < r.lowerBound { next += 1 }
      var end = next
      while end < quantities.count && quantities[end].range.lowerBound < r.upperBound { end += 1 }
      return next..<end
    }
  }

  /// Whether a line reads as a row of a list of indicators: a name, ： and
  /// a value of at most 12 units holding a digit, with no clause mark
  /// besides the ： (行政复议纠错率：5%以内).
  static func isIndicatorRow(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
    var colon: Int? = nil
    for i in r {
      switch u[i] {
      case 0xFF1A: if colon != nil { return false } else { colon = i }
      case 0xFF0C, 0x3002, 0xFF1B, 0xFF01, 0xFF1F, 0x2C: return false
      default: break
      }
    }
    guard let c = colon, c > r.lowerBound else { return false }
    var end = r.upperBound
    while end > c + 1 && (u[end - 1] == 0x20 || u[end - 1] == 0x3000) { end -= 1 }
    let value = (c + 1)..<end
    return !value.isEmpty && value.count <= 12
      && value.contains { (0x30...0x39).contains(u[$0]) || (0xFF10...0xFF19).contains(u[$0]) }
  }
}
