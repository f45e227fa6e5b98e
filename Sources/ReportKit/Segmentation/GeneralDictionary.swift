import Foundation

/// A general word list with frequencies, for the dictionary pass of the
/// segmenter (`HanRefiner.choosePath`): the dictionary of jieba, as Debian's
/// package `python3-jieba` installs it (MIT licence; `.ci/run` installs the
/// package, the repository holds no copy). Each line is `word frequency [tag]`.
///
/// Words seen fewer than `minimumFrequency` times are left out (they are
/// mostly rare compounds and names; keeping them costs start-up time and
/// recall). A word's score is the natural log of its share of all
/// occurrences, as in jieba.
///
/// The trie is the open-addressing kind of `WordTrie`: edges keyed by
/// (node, UTF-16 unit) in one table, so a step is a multiply and usually one
/// probe. Immutable once built; share it between segmenters.
public struct GeneralDictionary: Sendable {
  /// The tables lookups read: built here, or mapped from the cache file.
  /// Every index read from them is checked before use, so a damaged cache
  /// gives odd words, never a crash.
  ///
  /// A step of a walk reads one entry, which holds both the child and the
  /// score of the word ending there: the dictionary pass takes one step per
  /// character and position, and a second table for the scores doubled its
  /// cache misses.
  final class Table: @unchecked Sendable {
    /// Edge slots, two words each: the key (node << 16 | unit, plus one) in
    /// the low 40 bits of the first and the child node in the high 24, the
    /// child's score (`Float` bits) in the low 32 bits of the second.
    let slots: UnsafePointer<UInt64>
    let slotCount: Int
    /// The children of the root by unit, dense (every walk starts here):
    /// the child in the low 32 bits, its score's bits in the high 32.
    let root: UnsafePointer<UInt64>
    /// The number of nodes (a child at or past it is damage, and ends a
    /// walk). A word's score is read from the edge into its last node, so
    /// no table of scores by node is kept (cache format 4; format 2 kept one
    /// as well, which no walk read).
    let nodeCount: Int
    private let release: () -> Void

    init(
      slots: UnsafePointer<UInt64>, slotCount: Int, root: UnsafePointer<UInt64>, nodeCount: Int,
      release: @escaping () -> Void
    ) {
      self.slots = slots
      self.slotCount = slotCount
      self.root = root
      self.nodeCount = nodeCount
      self.release = release
    }

    /// A table over built arrays: edge slots (key | child << 40), the
    /// root's children by unit, and the scores by node (stored beside each
    /// edge into the node).
    convenience init(slots: [UInt64], root: [UInt32], scores: [Float]) {
      func bits(_ node: UInt32) -> UInt64 {
        Int(node) < scores.count ? UInt64(scores[Int(node)].bitPattern) : UInt64(Float(-Float.infinity).bitPattern)
      }
      let s = UnsafeMutablePointer<UInt64>.allocate(capacity: max(slots.count * 2, 1))
      for (i, v) in slots.enumerated() {
        s[2 * i] = v
        s[2 * i + 1] = v == 0 ? 0 : bits(UInt32(truncatingIfNeeded: v >> 40))
      }
      let r = UnsafeMutablePointer<UInt64>.allocate(capacity: 1 << 16)
      r.initialize(repeating: 0, count: 1 << 16)
      for u in 0..<min(root.count, 1 << 16) where root[u] != 0 { r[u] = UInt64(root[u]) | bits(root[u]) << 32 }
      self.init(
        slots: s, slotCount: slots.count, root: r, nodeCount: scores.count,
        release: {
          s.deallocate()
          r.deallocate()
        })
    }

    deinit { release() }

    /// The tables a walk reads, as values: a walk copies them once instead
    /// of reading the fields of the class again at every step.
    struct Walk {
      let slots: UnsafePointer<UInt64>
      let slotCount: Int
      /// `slotCount - 1` (slots are a power of two).
      let slotMask: Int
      let root: UnsafePointer<UInt64>
      let nodeCount: Int

      /// The child of `node` along `unit` and its score, or nil (indices
      /// checked).
      @inline(__always)
      func step(_ node: UInt32, _ unit: UInt16) -> (node: UInt32, score: Float)? {
        if node == 0 {
          let e = root[Int(unit)]
          let c = UInt32(truncatingIfNeeded: e)
          return c == 0 || c >= nodeCount ? nil : (c, Float(bitPattern: UInt32(truncatingIfNeeded: e >> 32)))
        }
        if slotCount == 0 { return nil }
        let k = GeneralDictionary.key(node, unit)
        var s = GeneralDictionary.slot(k, slotMask)
        var probes = 0
        while probes < slotCount {
          let v = slots[2 * s]
          if v & GeneralDictionary.keyBits == k {
            let c = UInt32(truncatingIfNeeded: v >> 40)
            return c < nodeCount ? (c, Float(bitPattern: UInt32(truncatingIfNeeded: slots[2 * s + 1]))) : nil
          }
          if v == 0 { return nil }
          s = (s + 1) & slotMask
          probes += 1
        }
        return nil
      }
    }

    var walk: Walk {
      Walk(slots: slots, slotCount: slotCount, slotMask: slotCount - 1, root: root, nodeCount: nodeCount)
    }

    /// The child of `node` along `unit` and its score, or nil (indices
    /// checked).
    @inline(__always)
    func step(_ node: UInt32, _ unit: UInt16) -> (node: UInt32, score: Float)? { walk.step(node, unit) }

    /// The child of `node` along `unit`, or nil (indices checked).
    @inline(__always)
    func child(_ node: UInt32, _ unit: UInt16) -> UInt32? { step(node, unit)?.node }

    /// The slots' words, as they lie.
    var slotBuffer: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: slots, count: slotCount * 2) }
  }

  private(set) var table: Table
  /// Build-time storage (emptied once `table` is made).
  private var slots: [UInt64]
  private var mask: Int
  private var root: [UInt32]
  static var keyBits: UInt64 { WordTrie.keyBits }
  private static let maxNodes = 1 << 24
  private var scores: [Float] = [-.infinity]
  /// The number of words kept.
  public private(set) var count = 0
  /// The natural log of the total frequency (the score of a word seen once).
  public private(set) var logTotal: Float = 0
  /// Where the list was read from.
  public let source: String

  /// Words seen fewer times than this are left out.
  public static let minimumFrequency = 5

  /// Where the list is looked for: `$ANALYZE_GENERAL_DICTIONARY` first (an
  /// empty value turns the dictionary off), then Debian's python3-jieba.
  public static var searchPaths: [String] {
    // getenv, not ProcessInfo's environment: that builds a dictionary of
    // every variable (a million instructions at each start-up).
    if let v = getenv("ANALYZE_GENERAL_DICTIONARY") {
      let path = String(cString: v)
      return path.isEmpty ? [] : [path]
    }
    return [
      "/usr/lib/python3/dist-packages/jieba/dict.txt",
      "/usr/share/python3-jieba/dict.txt",
    ]
  }

  /// The dictionary of this process, read once on first use; nil when no list
  /// is installed (the segmenter then runs without the dictionary pass).
  /// The built trie is cached (`GeneralDictionary+Cache.swift`), as jieba
  /// caches its own: reading the cache takes a few milliseconds, parsing the
  /// list about fifty.
  public static let shared: GeneralDictionary? = {
    for path in searchPaths {
      if let d = loadCached(source: path) { return d }
      if let data = FileManager.default.contents(atPath: path),
        let d = GeneralDictionary(data: data, source: path), d.count > 0
      {
        d.writeCache()
        return d
      }
    }
    return nil
  }()

  /// A dictionary over tables read from the cache.
  init(table: Table, count: Int, logTotal: Float, source: String) {
    self.table = table
    self.slots = []
    self.mask = table.slotCount - 1
    self.root = []
    self.scores = []
    self.count = count
    self.logTotal = logTotal
    self.source = source
  }

  /// Parses a list in jieba's format (`word frequency [tag]` a line, UTF-8).
  /// Nil when the data is not such a list.
  public init?(data: Data, source: String) {
    self.source = source
    table = Table(slots: [], root: [], scores: [])
    slots = []
    mask = 0
    root = [UInt32](repeating: 0, count: 1 << 16)
    var total: Double = 0
    var pending: [(word: Range<Int>, frequency: Int)] = []
    var keptBytes = 0
    let ok: Bool = data.withUnsafeBytes { raw in
      let b = raw.bindMemory(to: UInt8.self)
      var i = 0
      let n = b.count
      while i < n {
        let start = i
        while i < n && b[i] != 0x20 && b[i] != 0x0A && b[i] != 0x0D { i += 1 }
        let wordEnd = i
        guard i < n, b[i] == 0x20, wordEnd > start else { return false }
        i += 1
        var f = 0
        var digits = 0
        while i < n && b[i] >= 0x30 && b[i] <= 0x39 {
          f = min(f &* 10 &+ Int(b[i] - 0x30), 1 << 40)
          digits += 1
          i += 1
        }
        guard digits > 0 else { return false }
        // The rest of the line (a part-of-speech tag) is skipped.
        if i < n && b[i] != 0x0A, let base = b.baseAddress {
          if let nl = memchr(base + i, 0x0A, n - i) {
            i = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
          } else {
            i = n
          }
        }
        i += 1
        total += Double(f)
        if f >= Self.minimumFrequency {
          pending.append((start..<wordEnd, f))
          keptBytes += wordEnd - start
        }
      }
      return true
    }
    guard ok, total > 0 else { return nil }
    logTotal = Float(log(total))
    // About one node per character (three bytes) of the kept words; the
    // table is kept at most half full.
    var cap = 1 << 10
    while cap < keptBytes * 2 / 3 + 16 { cap <<= 1 }
    slots = [UInt64](repeating: 0, count: cap)
    mask = cap - 1
    scores.reserveCapacity(cap / 2)
    data.withUnsafeBytes { raw in
      let b = raw.bindMemory(to: UInt8.self)
      var units: [UInt16] = []
      for (r, f) in pending {
        units.removeAll(keepingCapacity: true)
        var i = r.lowerBound
        var valid = true
        while i < r.upperBound {
          let c = b[i]
          var v: UInt32
          var len: Int
          if c < 0x80 {
            v = UInt32(c)
            len = 1
          } else if c >= 0xC0 && c < 0xE0 {
            v = UInt32(c & 0x1F)
            len = 2
          } else if c >= 0xE0 && c < 0xF0 {
            v = UInt32(c & 0x0F)
            len = 3
          } else if c >= 0xF0 && c < 0xF8 {
            v = UInt32(c & 0x07)
            len = 4
          } else {
            valid = false
            break
          }
          if i + len > r.upperBound {
            valid = false
            break
          }
          for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
          if v >= 0x10000 {
            units.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
            units.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
          } else {
            units.append(UInt16(v))
          }
          i += len
        }
        if valid && !units.isEmpty { insert(units, score: Float(log(Double(f))) - logTotal) }
      }
    }
    table = Table(slots: slots, root: root, scores: scores)
    slots = []
    root = []
    scores = []
  }

  private mutating func insert(_ units: [UInt16], score: Float) {
    var node: UInt32 = 0
    for u in units {
      if let c = builtChild(node, u) {
        node = c
      } else {
        if scores.count >= Self.maxNodes - 1 { return }
        let c = UInt32(scores.count)
        scores.append(-.infinity)
        if scores.count * 2 > slots.count { grow() }
        put(node, u, c)
        node = c
      }
    }
    if scores[Int(node)] == -.infinity { count += 1 }
    scores[Int(node)] = max(scores[Int(node)], score)
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for v in old where v != 0 {
      var t = slot(v & Self.keyBits)
      while slots[t] != 0 { t = (t + 1) & mask }
      slots[t] = v
    }
  }

  /// `WordTrie`'s edge keys and slots: one scheme for both tries.
  @inline(__always)
  static func key(_ node: UInt32, _ unit: UInt16) -> UInt64 { WordTrie.key(node, unit) }

  @inline(__always)
  static func slot(_ k: UInt64, _ mask: Int) -> Int { WordTrie.slot(k, mask) }

  @inline(__always)
  private func slot(_ k: UInt64) -> Int { Self.slot(k, mask) }

  private mutating func put(_ node: UInt32, _ unit: UInt16, _ c: UInt32) {
    if node == 0 {
      root[Int(unit)] = c
      return
    }
    let k = Self.key(node, unit)
    var s = slot(k)
    while slots[s] != 0 { s = (s + 1) & mask }
    slots[s] = k | UInt64(c) << 40
  }

  /// A child while building (over the build arrays).
  private func builtChild(_ node: UInt32, _ unit: UInt16) -> UInt32? {
    if node == 0 {
      let c = root[Int(unit)]
      return c == 0 ? nil : c
    }
    let k = Self.key(node, unit)
    var s = slot(k)
    while true {
      let v = slots[s]
      if v & Self.keyBits == k { return UInt32(truncatingIfNeeded: v >> 40) }
      if v == 0 { return nil }
      s = (s + 1) & mask
    }
  }

  /// The child of `node` along `unit`, or nil.
  @inline(__always)
  func child(_ node: UInt32, _ unit: UInt16) -> UInt32? { table.child(node, unit) }

  /// The score of `word`, or nil when it is not in the list: the score on
  /// the edge into its last node.
  public func score(of word: String) -> Float? {
    let walk = table.walk
    var node: UInt32 = 0
    var s: Float = -.infinity
    for u in word.utf16 {
      guard let step = walk.step(node, u), step.node != 0 else { return nil }
      node = step.node
      s = step.score
    }
    return s == -.infinity ? nil : s
  }
}
