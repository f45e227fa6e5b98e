/// Cuts text into words, numbers, punctuation and spaces.
///
/// The hot path works on UTF-16 units and does three things per run of text:
/// - digits, Latin letters, spaces and punctuation are cut by a byte-class
///   scanner (a number keeps its decimal point, thousands separators and a
///   trailing `%` or `‰`);
/// - in a run of Han characters the domain lexicon is matched first, leftmost
///   longest, and every match is one token, whatever ICU would have said
///   (ICU's dictionary splits 落/实习/近平 and 县/委);
/// - what is left between lexicon matches is cut as ICU's word break
///   iterator cuts it, one gap at a time; a gap of one character is a token
///   without a call. A gap of plain Han characters gets ICU's answer from
///   `CJKDictionaryBreaker` (ICU's dynamic programming over ICU's own
///   dictionary, without the iterator's per-call cost); any other gap is
///   handed to the iterator.
///
/// So the larger the share of the text the lexicon covers, the less ICU runs.
/// Not thread-safe (it owns an ICU iterator): give each task its own.
public final class Segmenter {
  public let lexicon: WordTrie
  private let icu = ICUWordBreaker()
  /// ICU's CJK dynamic programming over ICU's dictionary (nil when ICU's
  /// data does not give the dictionary: every gap then goes to `icu`;
  /// tests set it to nil to take that path).
  var breaker = CJKDictionaryBreaker()
  /// Whether plain Han gaps go to `breaker` (off only to test and measure
  /// that it gives ICU's iterator's answers).
  public var usesDictionaryBreaker = true
  /// Gaps cut by `breaker` so far.
  public private(set) var dictionaryBreaks = 0
  private let refiner: HanRefiner
  /// Whether the rules of `HanRefiner` run over ICU's answer (off only to
  /// measure ICU and the lexicon alone).
  public var refines = true
  /// Units handed to ICU so far (for measuring the lexicon's coverage).
  public private(set) var unitsSentToICU = 0
  /// Calls made to ICU so far.
  public private(set) var icuCalls = 0
  /// Gaps answered from the cache so far.
  public private(set) var cacheHits = 0

  /// ICU's answers for gaps of up to sixteen units, by content: the gap
  /// packed into four words, and the bit mask of its inner boundaries.
  /// Report text repeats its gaps (的重, 全面, 坚持 …) so most calls are saved.
  private let gapCache = PackedCache<UInt16>(width: 4, maximumSlots: 1 << 15)
  /// Whether short gaps are answered from the cache (off only to test that
  /// the cache changes nothing).
  public var cachesGaps = true

  /// The final cuts of whole Han runs of up to 16 units (after the lexicon,
  /// ICU, the rules and the dictionary pass), by content: bit k is a cut
  /// before unit k. A run between two punctuation marks (同时, 一是,
  /// 近年来, 全面推进依法治国) recurs often, and its answer never changes.
  private let runCache = PackedCache<UInt16>(width: 4, maximumSlots: 1 << 16)

  /// What one call of `segment` counts, written to the public counters once
  /// at its end (a stored property of a class costs an exclusivity check at
  /// every access; a local does not).
  private struct Counts {
    var unitsSentToICU = 0
    var icuCalls = 0
    var cacheHits = 0
    var dictionaryBreaks = 0
  }

  /// The switches of one call of `segment`, read once.
  private struct Switches {
    var refines: Bool
    var caches: Bool
    var breaker: CJKDictionaryBreaker?
  }

  /// Where one call of `segment` writes its tokens: raw memory with room
  /// for one token a unit (no token is shorter), handed to the caller's
  /// array in one copy at the end. An `Array.append` a token cost a
  /// uniqueness and a capacity check, and a call into the runtime.
  private struct TokenOut {
    let p: UnsafeMutablePointer<Token>
    var n = 0

    @inline(__always)
    mutating func add(_ start: Int, _ end: Int, _ kind: TokenKind) {
      p[n] = Token(start: start, end: end, kind: kind)
      n += 1
    }
  }
  /// The memory `TokenOut` writes to, grown to the longest range segmented.
  private var scratch = UnsafeMutablePointer<Token>.allocate(capacity: 1)
  private var scratchCapacity = 1

  /// The general word list of the dictionary pass (nil: none).
  public var dictionary: GeneralDictionary? { refiner.dictionary }

  deinit { scratch.deallocate() }

  public init(lexicons: Lexicons = .builtin, dictionary: GeneralDictionary? = .shared) {
    self.lexicon = WordTrie(lexicons.words(.domainWords))
    self.refiner = HanRefiner(dictionary: dictionary)
  }

  public init(words: [String], dictionary: GeneralDictionary? = .shared) {
    self.lexicon = WordTrie(words)
    self.refiner = HanRefiner(dictionary: dictionary)
  }

  /// A segmenter over an already built domain-word trie (building one from
  /// thousands of words costs milliseconds; share it).
  public init(trie: WordTrie, dictionary: GeneralDictionary? = .shared) {
    self.lexicon = trie
    self.refiner = HanRefiner(dictionary: dictionary)
  }

  /// The character class of a UTF-16 unit.
  enum CharClass: UInt8 {
    case han, digit, latin, space, newline, other
  }

  @inline(__always)
  static func charClass(_ u: UInt16) -> CharClass {
    if u < 0x80 {
      if u >= 0x30 && u <= 0x39 { return .digit }
      if (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) { return .latin }
      if u == 0x20 || u == 0x09 { return .space }
      if u == 0x0A || u == 0x0D { return .newline }
      return .other
    }
    if u >= 0x4E00 && u <= 0x9FFF { return .han }
    if u >= 0x3400 && u <= 0x4DBF { return .han }
    if u >= 0xF900 && u <= 0xFAFF { return .han }
    if u == 0x3007 { return .han }
    if u >= 0xD800 && u <= 0xDFFF { return .han }
    if u >= 0xFF10 && u <= 0xFF19 { return .digit }
    if (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A) { return .latin }
    if u == 0x3000 || u == 0xA0 { return .space }
    return .other
  }

  /// `charClass` of every UTF-16 unit, one byte each: the scan of the text
  /// reads this instead of comparing ranges.
  struct ClassTable: @unchecked Sendable {
    let classes: UnsafeMutablePointer<CharClass>
    /// Filled by ranges, as `charClass` reads them (asking `charClass` for
    /// each of the 37,000 units outside the Han blocks cost a million
    /// instructions at the first `segment` of every process);
    /// `SegmentationRulesTests` checks every unit against `charClass`.
    init() {
      let t = UnsafeMutablePointer<CharClass>.allocate(capacity: 1 << 16)
      t.initialize(repeating: .other, count: 1 << 16)
      func fill(_ r: ClosedRange<Int>, _ c: CharClass) { (t + r.lowerBound).update(repeating: c, count: r.count) }
      fill(0x30...0x39, .digit)
      fill(0x41...0x5A, .latin)
      fill(0x61...0x7A, .latin)
      t[0x20] = .space
      t[0x09] = .space
      t[0x0A] = .newline
      t[0x0D] = .newline
      fill(0x4E00...0x9FFF, .han)
      fill(0x3400...0x4DBF, .han)
      fill(0xF900...0xFAFF, .han)
      t[0x3007] = .han
      fill(0xD800...0xDFFF, .han)
      fill(0xFF10...0xFF19, .digit)
      fill(0xFF21...0xFF3A, .latin)
      fill(0xFF41...0xFF5A, .latin)
      t[0x3000] = .space
      t[0xA0] = .space
      classes = t
    }
  }
  static let classTable = ClassTable()
  /// `classTable`, held here so that the scan reads no global.
  private let classes = Segmenter.classTable.classes

  @inline(__always)
  static func isDigit(_ u: UInt16) -> Bool {
    (u >= 0x30 && u <= 0x39) || (u >= 0xFF10 && u <= 0xFF19)
  }

  /// The length of a date unit after the digits `digits` (年 after a year
  /// of four digits, 月 after 1–12, 日 or 号 after 1–31), or nil.
  @inline(__always)
  static func dateUnit(_ p: UnsafeBufferPointer<UInt16>, _ digits: Range<Int>) -> Int? {
    let n = digits.count
    if n > 4 || digits.upperBound >= p.count { return nil }
    var v = 0
    for k in digits {
      let u = p[k]
      guard isDigit(u) else { return nil }
      v = v * 10 + Int(u >= 0xFF10 ? u - 0xFF10 : u - 0x30)
    }
    switch p[digits.upperBound] {
    case 0x5E74: return n == 4 ? 1 : nil  // 年
    case 0x6708: return n <= 2 && v >= 1 && v <= 12 ? 1 : nil  // 月
    case 0x65E5, 0x53F7: return n <= 2 && v >= 1 && v <= 31 ? 1 : nil  // 日 号
    default: return nil
    }
  }

  /// Segments `units[range]` and appends the tokens to `tokens`.
  public func segment(_ units: [UInt16], range: Range<Int>? = nil, into tokens: inout [Token]) {
    units.withUnsafeBufferPointer { p in
      segment(p, range: range ?? 0..<p.count, into: &tokens)
    }
  }

  /// The end of the part of `p` that starts at `start` when a text is cut
  /// into parts of at least `units` units: just after the first line feed
  /// from there on, or the end of `p`. A line feed always ends a token and
  /// no state passes from one token to the next, so segmenting the parts one
  /// after another gives the tokens of segmenting the whole (a large file
  /// then needs only one part's tokens at a time).
  public static func partEnd(_ p: UnsafeBufferPointer<UInt16>, from start: Int, units: Int) -> Int {
    var k = min(start + max(units, 1), p.count)
    while k < p.count {
      if p[k - 1] == 0x0A { return k }
      k += 1
    }
    return p.count
  }

  /// Segments a buffer; tokens are offsets into `p`.
  public func segment(
    _ p: UnsafeBufferPointer<UInt16>, range: Range<Int>, into tokens: inout [Token]
  ) {
    var counts = Counts()
    let switches = Switches(
      refines: refines, caches: cachesGaps, breaker: usesDictionaryBreaker ? breaker : nil)
    if scratchCapacity < range.count {
      scratch.deallocate()
      scratchCapacity = max(range.count, scratchCapacity * 2)
      scratch = .allocate(capacity: scratchCapacity)
    }
    var out = TokenOut(p: scratch)
    defer {
      unitsSentToICU += counts.unitsSentToICU
      icuCalls += counts.icuCalls
      cacheHits += counts.cacheHits
      dictionaryBreaks += counts.dictionaryBreaks
      tokens.append(contentsOf: UnsafeBufferPointer(start: out.p, count: out.n))
    }
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let u = p[i]
      let cls = classes[Int(u)]
      switch cls {
      case .han:
        var j = i + 1
        // ○ (U+25CB) is a zero between Chinese numerals (二○○一年).
        while j < end
          && (classes[Int(p[j])] == .han
            || (p[j] == 0x25CB && HanRefiner.numeralChars.contains(p[j - 1])))
        {
          j += 1
        }
        segmentHan(p, i..<j, into: &out, &counts, switches)
        i = j
      case .digit:
        var j = i + 1
        while j < end {
          let c = p[j]
          if Self.isDigit(c) {
            j += 1
          } else if (c == 0x2E || c == 0xFF0E || c == 0x2C) && j + 1 < end && Self.isDigit(p[j + 1]) {
            j += 2
          } else {
            break
          }
        }
        if j < end && (p[j] == 0x25 || p[j] == 0xFF05 || p[j] == 0x2030) {
          j += 1
        } else if j < end, let unit = Self.dateUnit(p, i..<j) {
          j += unit  // 1998年, 12月, 31日: a date is one word
        }
        out.add(i, j, .number)
        i = j
      case .latin:
        var j = i + 1
        while j < end && classes[Int(p[j])] == .latin { j += 1 }
        out.add(i, j, .word)
        i = j
      case .space:
        var j = i + 1
        while j < end && classes[Int(p[j])] == .space { j += 1 }
        out.add(i, j, .space)
        i = j
      case .newline:
        var j = i + 1
        if u == 0x0D && j < end && p[j] == 0x0A { j += 1 }
        out.add(i, j, .newline)
        i = j
      case .other:
        var j = i + 1
        // Keep a run of the same dash or ellipsis mark together (——, ……).
        if u == 0x2014 || u == 0x2026 || u == 0x2500 {
          while j < end && p[j] == u { j += 1 }
        }
        out.add(i, j, .punctuation)
        i = j
      }
    }
  }

  /// The words of a packed key (a homogeneous tuple, laid out in order).
  @inline(__always)
  private static func withWords<T, R>(_ key: inout T, _ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
    let count = MemoryLayout<T>.size / MemoryLayout<UInt64>.size
    return withUnsafeMutablePointer(to: &key) {
      $0.withMemoryRebound(to: UInt64.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }
  }

  /// Segments one run of Han characters: the run cache, else the lexicon's
  /// words and ICU's cuts of the gaps between them as marks of the refiner
  /// (`HanRefiner.marks`), then the rules and the dictionary pass over those
  /// marks, and the tokens from the marks.
  @inline(__always)
  private func segmentHan(
    _ p: UnsafeBufferPointer<UInt16>, _ run: Range<Int>, into out: inout TokenOut,
    _ counts: inout Counts, _ switches: Switches
  ) {
    let lo = run.lowerBound
    let end = run.upperBound
    let n = run.count
    if n == 1 {
      out.add(lo, end, .word)
      return
    }
    var key: (UInt64, UInt64, UInt64, UInt64)? = nil
    if switches.caches && switches.refines && n <= 16 {
      let raw = UnsafeRawBufferPointer(p)
      // Han units are never 0, so the zero units after a short run mark
      // its length.
      var k: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      // The units' bytes as they lie (any layout names the content once,
      // and the first word, holding the first unit, is never zero).
      let bytes = UnsafeRawBufferPointer(rebasing: raw[(2 * lo)..<(2 * end)])
      withUnsafeMutableBytes(of: &k) { $0.copyMemory(from: bytes) }
      if let mask = Self.withWords(&k, { runCache.value(for: $0) }) {
        counts.cacheHits += 1
        var last = 0
        for j in 1...n where j == n || mask & (1 << UInt16(j)) != 0 {
          out.add(lo + last, lo + j, .word)
          last = j
        }
        return
      }
      key = k
    }
    let marks = refiner.begin(n)
    marks[0] = HanRefiner.cut
    marks[n] = HanRefiner.cut
    var gapStart = lo
    var i = lo
    var wholeWord = false
    while i < end {
      if let m = lexicon.longestMatch(p, from: i, limit: end), m.length >= 2 {
        if gapStart < i { segmentGap(p, gapStart..<i, marks: marks - lo, &counts, switches) }
        let a = i - lo
        let b = a + m.length
        for k in (a + 1)..<b { marks[k] = HanRefiner.locked }
        marks[a] |= HanRefiner.cut
        marks[b] |= HanRefiner.cut
        if m.length == n { wholeWord = true }
        i += m.length
        gapStart = i
      } else {
        i += 1
      }
    }
    if gapStart < end { segmentGap(p, gapStart..<end, marks: marks - lo, &counts, switches) }
    // A run that is one lexicon word is left as it is by every rule and by
    // the dictionary pass (no cut may fall inside it).
    if switches.refines && !wholeWord { refiner.refine(p, base: lo, n: n) }
    var last = 0
    var mask: UInt16 = 0
    for k in 1...n where marks[k] & HanRefiner.cut != 0 {
      out.add(lo + last, lo + k, .word)
      if k < n { mask |= 1 << UInt16(k) }
      last = k
    }
    if var k = key {
      Self.withWords(&k) { runCache.store(mask, for: $0) }
    }
  }

  /// Marks ICU's cuts of a gap between lexicon words: `marks` is indexed by
  /// offsets in `p`, and a cut is marked at the gap's start and before each
  /// of ICU's words in it (its end is marked by what follows).
  @inline(__always)
  private func segmentGap(
    _ p: UnsafeBufferPointer<UInt16>, _ gap: Range<Int>, marks: UnsafeMutablePointer<UInt8>,
    _ counts: inout Counts, _ switches: Switches
  ) {
    let n = gap.count
    marks[gap.lowerBound] |= HanRefiner.cut
    if n == 1 || (n == 2 && p[gap.lowerBound] >= 0xD800 && p[gap.lowerBound] <= 0xDBFF) {
      return
    }
    guard let base = p.baseAddress else { return }
    if n <= 16 && switches.caches {
      var key: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
      let raw = UnsafeRawBufferPointer(p)
      let bytes = UnsafeRawBufferPointer(rebasing: raw[(2 * gap.lowerBound)..<(2 * gap.upperBound)])
      withUnsafeMutableBytes(of: &key) { $0.copyMemory(from: bytes) }
      var mask: UInt16
      if let m = Self.withWords(&key, { gapCache.value(for: $0) }) {
        mask = m
        counts.cacheHits += 1
      } else {
        var m: UInt16 = 0
        gapBoundaries(base + gap.lowerBound, count: n, &counts, switches) { b in
          if b < n { m |= 1 << UInt16(b) }
        }
        Self.withWords(&key) { gapCache.store(m, for: $0) }
        mask = m
      }
      mask &= ~1
      while mask != 0 {
        let k = mask.trailingZeroBitCount
        marks[gap.lowerBound + k] |= HanRefiner.cut
        mask &= mask - 1
      }
      return
    }
    let at = marks + gap.lowerBound
    gapBoundaries(base + gap.lowerBound, count: n, &counts, switches) { b in
      if b > 0 && b < n { at[b] |= HanRefiner.cut }
    }
  }

  /// ICU's boundaries of a gap (each after the first, the end included, in
  /// any order): from `CJKDictionaryBreaker` when the gap is plain Han, else
  /// from ICU's iterator.
  @inline(__always)
  private func gapBoundaries(
    _ base: UnsafePointer<UInt16>, count n: Int, _ counts: inout Counts, _ switches: Switches,
    _ body: (Int) -> Void
  ) {
    if let breaker = switches.breaker, CJKDictionaryBreaker.handles(base, count: n) {
      counts.dictionaryBreaks += 1
      breaker.boundaries(base, count: n, body)
      return
    }
    counts.icuCalls += 1
    counts.unitsSentToICU += n
    icu.boundaries(base, count: n, body)
  }
}
