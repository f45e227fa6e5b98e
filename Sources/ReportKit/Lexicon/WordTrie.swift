/// A set of words over UTF-16 code units, for longest-match lookups in hot
/// loops. Edges live in one open-addressing hash table keyed by (node, unit), so a
/// step is one multiply and usually one probe.
public struct WordTrie: Sendable {
  /// Edge slots: the key (node << 16 | unit, plus one) in the low 40 bits and
  /// the child in the high 24, so a probe reads one word (0: empty).
  private var slots: [UInt64]
  private var mask: Int
  static let keyBits: UInt64 = (1 << 40) - 1
  /// Nodes are numbered in 24 bits; a word that would need more is left out.
  private static let maxNodes = 1 << 24
  /// For each node, the value of the word ending there plus one, or 0.
  private var terminal: [Int32] = [0]
  private var edgeCount = 0
  /// The number of words.
  public private(set) var count = 0

  /// A trie of `words`; each word's value is its index in `words`.
  ///
  /// The words are first transcoded into one buffer from their UTF-8
  /// storage (a word's `utf16` view, copied into an array of its own, cost
  /// more than the trie: a third of `segment`'s start-up).
  public init(_ words: [String]) {
    var units: [UInt16] = []
    var ends: [Int] = []
    units.reserveCapacity(words.count * 4)
    ends.reserveCapacity(words.count)
    for w in words {
      var w = w
      w.withUTF8 { Self.appendUTF16(of: $0, to: &units) }
      ends.append(units.count)
    }
    self.init(units: units, ends: ends)
  }

  /// A trie of the words at `words` in the UTF-8 bytes `b` (well formed);
  /// each word's value is its index in `words`.
  init(utf8 b: UnsafeBufferPointer<UInt8>, words: [Range<Int>]) {
    var units: [UInt16] = []
    var ends: [Int] = []
    units.reserveCapacity(words.count * 4)
    ends.reserveCapacity(words.count)
    for r in words {
      Self.appendUTF16(of: UnsafeBufferPointer(rebasing: b[r]), to: &units)
      ends.append(units.count)
    }
    self.init(units: units, ends: ends)
  }

  /// A trie of the words `units[ends[i - 1]..<ends[i]]`.
  private init(units: [UInt16], ends: [Int]) {
    var cap = 16
    while cap < units.count * 2 + 16 { cap <<= 1 }
    slots = [UInt64](repeating: 0, count: cap)
    mask = cap - 1
    units.withUnsafeBufferPointer { u in
      var start = 0
      for (i, end) in ends.enumerated() {
        insert(UnsafeBufferPointer(rebasing: u[start..<end]), value: Int32(i))
        start = end
      }
    }
  }

  /// A trie over saved tables (`slots`, `terminal` as `withTables` gives
  /// them), or nil unless they form a table lookups can walk: a power of
  /// two of slots with at least one empty, every child a node that exists.
  /// (`segment` keeps its domain trie in a cache file this way.)
  init?(slots: [UInt64], terminal: [Int32], count: Int) {
    let n = slots.count
    guard n >= 16, n & (n - 1) == 0, !terminal.isEmpty, terminal.count <= Self.maxNodes, count >= 0 else {
      return nil
    }
    var empty = 0
    var edges = 0
    for v in slots {
      if v == 0 {
        empty += 1
      } else {
        let c = Int(truncatingIfNeeded: v >> 40)
        if c == 0 || c >= terminal.count { return nil }
        edges += 1
      }
    }
    guard empty > 0 else { return nil }
    self.slots = slots
    self.mask = n - 1
    self.terminal = terminal
    self.edgeCount = edges
    self.count = count
  }

  /// Calls `body` with the trie's tables as they lie (edge slots, then the
  /// value plus one of the word ending at each node, or 0).
  func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>) -> R) -> R {
    slots.withUnsafeBufferPointer { s in terminal.withUnsafeBufferPointer { body(s, $0) } }
  }

  /// Appends the UTF-16 units of well-formed UTF-8 (a String's storage).
  private static func appendUTF16(of b: UnsafeBufferPointer<UInt8>, to out: inout [UInt16]) {
    var i = 0
    let n = b.count
    while i < n {
      let c = UInt32(b[i])
      if c < 0x80 {
        out.append(UInt16(c))
        i += 1
      } else if c < 0xE0 {
        out.append(UInt16((c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)))
        i += 2
      } else if c < 0xF0 {
        out.append(UInt16((c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)))
        i += 3
      } else {
        let v =
          (c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
        out.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
        out.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
        i += 4
      }
    }
  }

  private mutating func insert(_ units: UnsafeBufferPointer<UInt16>, value: Int32) {
    if units.isEmpty { return }
    var node: UInt32 = 0
    for u in units {
      if let c = child(node, u) {
        node = c
      } else {
        if terminal.count >= Self.maxNodes - 1 { return }
        let c = UInt32(terminal.count)
        terminal.append(0)
        put(node, u, c)
        node = c
      }
    }
    if terminal[Int(node)] == 0 { count += 1 }
    terminal[Int(node)] = value + 1
  }

  /// The key of the edge from `node` along `unit` (never 0). The general
  /// word list's trie (`GeneralDictionary`) and its cache file use the same
  /// keys, slots and layout.
  @inline(__always)
  static func key(_ node: UInt32, _ unit: UInt16) -> UInt64 {
    (UInt64(node) << 16 | UInt64(unit)) &+ 1
  }

  /// The first slot probed for key `k` in a table of `mask + 1` slots.
  @inline(__always)
  static func slot(_ k: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  @inline(__always)
  private func slot(_ k: UInt64) -> Int { Self.slot(k, mask) }

  private mutating func put(_ node: UInt32, _ unit: UInt16, _ c: UInt32) {
    let k = Self.key(node, unit)
    var s = slot(k)
    while slots[s] != 0 { s = (s + 1) & mask }
    slots[s] = k | UInt64(c) << 40
    edgeCount += 1
  }

  /// The child of `node` along `unit`, or nil.
  @inline(__always)
  public func child(_ node: UInt32, _ unit: UInt16) -> UInt32? {
    let k = Self.key(node, unit)
    var s = slot(k)
    while true {
      let found = slots[s]
      if found & Self.keyBits == k { return UInt32(truncatingIfNeeded: found >> 40) }
      if found == 0 { return nil }
      s = (s + 1) & mask
    }
  }

  /// The length and value of the longest word that starts at `start` and ends
  /// at or before `limit`, or nil.
  @inline(__always)
  public func longestMatch(_ p: UnsafeBufferPointer<UInt16>, from start: Int, limit: Int) -> (
    length: Int, value: Int
  )? {
    var node: UInt32 = 0
    var i = start
    var best: (Int, Int)? = nil
    while i < limit {
      guard let c = child(node, p[i]) else { break }
      node = c
      i += 1
      let t = terminal[Int(node)]
      if t != 0 { best = (i - start, Int(t - 1)) }
    }
    return best
  }

  /// `forEachMatch` over an analysis range.
  @inline(__always)
  public func forEachMatch(
    _ p: UnsafeBufferPointer<UInt16>, in range: AnalysisRange, _ body: (Int, Int, Int) -> Void
  ) {
    forEachMatch(p, in: range.offsets, body)
  }

  /// Calls `body(value, start, length)` for every word occurring in
  /// `p[range]`, at every start, shorter words first.
  @inline(__always)
  public func forEachMatch(
    _ p: UnsafeBufferPointer<UInt16>, in range: Range<Int>, _ body: (Int, Int, Int) -> Void
  ) {
    for start in range {
      var node: UInt32 = 0
      var i = start
      while i < range.upperBound {
        guard let c = child(node, p[i]) else { break }
        node = c
        i += 1
        let t = terminal[Int(node)]
        if t != 0 { body(Int(t - 1), start, i - start) }
      }
    }
  }

  /// The values of the words occurring in `text`, with their start offsets
  /// (UTF-16), in order.
  public func matches(in text: String) -> [(value: Int, start: Int, length: Int)] {
    let u = Array(text.utf16)
    var out: [(Int, Int, Int)] = []
    u.withUnsafeBufferPointer { p in forEachMatch(p, in: 0..<p.count) { out.append(($0, $1, $2)) } }
    return out
  }

  /// Whether `word` is in the set.
  public func contains(_ word: String) -> Bool {
    let u = Array(word.utf16)
    return u.withUnsafeBufferPointer { p in longestMatch(p, from: 0, limit: p.count)?.length == p.count }
  }
}

extension UnsafeBufferPointer where Element == UInt16 {
  /// Whether `word` stands at `index` (no allocation; out of range is false).
  @inline(__always)
  func has(_ word: [UInt16], at index: Int) -> Bool {
    guard index >= 0, index + word.count <= count else { return false }
    var k = 0
    while k < word.count {
      if self[index + k] != word[k] { return false }
      k += 1
    }
    return true
  }
}

extension UnsafeBufferPointer where Element == UInt16 {
  /// The text of `r` as a String. Text without surrogates (nearly all of a
  /// report) is written straight into the String's UTF-8 storage, which is
  /// several times faster than `String(decoding:as:)`'s validating transcoder.
  @inline(__always)
  func string(_ r: Range<Int>) -> String {
    if r.isEmpty { return "" }
    var ok = true
    let s = String(unsafeUninitializedCapacity: r.count * 3) { out in
      var n = 0
      for i in r {
        let c = self[i]
        if c < 0x80 {
          out[n] = UInt8(c)
          n += 1
        } else if c < 0x800 {
          out[n] = UInt8(0xC0 | (c >> 6))
          out[n + 1] = UInt8(0x80 | (c & 0x3F))
          n += 2
        } else if c >= 0xD800 && c <= 0xDFFF {
          ok = false
          return 0
        } else {
          out[n] = UInt8(0xE0 | (c >> 12))
          out[n + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
          out[n + 2] = UInt8(0x80 | (c & 0x3F))
          n += 3
        }
      }
      return n
    }
    return ok ? s : String(decoding: UnsafeBufferPointer(rebasing: self[r]), as: UTF16.self)
  }
}
