import CICU

/// ICU's own Chinese/Japanese word dictionary (`cjdict`), opened through
/// ICU's data API (`udata_open` on the break-iterator package, as ICU's
/// break engine opens it) and read in place: a header of int32 indexes,
/// then a serialized `UCharsTrie` whose values are the words' costs.
///
/// Only the dictionary's data comes from here; `CJKDictionaryBreaker` runs
/// ICU's dynamic programming over it. The memory belongs to ICU's data
/// (mapped with libicudata) and stays open for the life of the process.
public struct ICUDictionary: @unchecked Sendable {
  /// The first unit of the trie.
  let trie: UnsafePointer<UInt16>

  /// The system ICU's `cjdict`, or nil when ICU's data cannot give it (the
  /// segmenter then asks ICU's iterator for every gap).
  public static let system: ICUDictionary? = ICUDictionary(package: breakIteratorPackage, name: "cjdict")

  /// ICU's package of break-iterator data, `icudt72l-brkitr` on ICU 72.
  public static var breakIteratorPackage: String { String(cString: cicu_brkitr_package()) }

  /// Indexes of the dictionary header (ICU's `DictionaryData`): the trie's
  /// byte offset, and the trie type (1: `UCharsTrie`; 0 is a `BytesTrie`,
  /// which the Thai-like dictionaries use).
  private static let trieOffsetIndex = 0
  private static let totalSizeIndex = 3
  private static let trieTypeIndex = 4
  private static let indexCount = 8

  /// Opens dictionary `name` (type `dict`) of ICU data package `package`;
  /// nil if ICU has no such item, or it is not a dictionary of UTF-16 words.
  public init?(package: String, name: String) {
    var status = U_ZERO_ERROR
    guard let file = udata_open(package, "dict", name, &status), status.rawValue <= 0 else {
      return nil
    }
    guard let raw = udata_getMemory(file) else {
      udata_close(file)
      return nil
    }
    let indexes = raw.assumingMemoryBound(to: Int32.self)
    let offset = Int(indexes[Self.trieOffsetIndex])
    let total = Int(indexes[Self.totalSizeIndex])
    guard indexes[Self.trieTypeIndex] & 7 == 1, offset >= Self.indexCount * 4, total > offset + 2,
      offset % 2 == 0, total - offset < 1 << 26
    else {
      udata_close(file)
      return nil
    }
    trie = (raw + offset).assumingMemoryBound(to: UInt16.self)
  }

  /// The cost of `word` if it is in the dictionary (for tests).
  public func cost(of word: [UInt16]) -> Int? {
    var w = TrieWalk(trie)
    for (k, u) in word.enumerated() {
      let r = k == 0 ? w.first(u) : w.next(u)
      if r == .noMatch { return nil }
      if k == word.count - 1 { return r.hasValue ? Int(w.value()) : nil }
      if r == .finalValue { return nil }
    }
    return nil
  }
}

/// One walk down the serialized `UCharsTrie` of ICU's dictionary, a unit at
/// a time (the format of ICU's ucharstrie.h: branch nodes searched by
/// binary then linear comparison, linear-match nodes of up to sixteen units,
/// values in one to three units, final or followed by more of the trie).
struct TrieWalk {
  enum Result: UInt8 {
    case noMatch = 0
    case noValue = 1
    case finalValue = 2
    case intermediateValue = 3
    var hasValue: Bool { rawValue >= 2 }
  }

  private let root: UnsafePointer<UInt16>
  private var pos: UnsafePointer<UInt16>
  /// Units left to match in the current linear-match node, minus one;
  /// negative when not inside one.
  private var remaining = -1

  // Node lead units (ucharstrie.h).
  private static let minLinearMatch: UInt16 = 0x30
  private static let minValueLead: UInt16 = 0x40
  private static let nodeTypeMask: UInt16 = 0x3F
  private static let valueIsFinal: UInt16 = 0x8000
  private static let minTwoUnitValueLead: Int = 0x4000
  private static let threeUnitValueLead: Int = 0x7FFF
  private static let minTwoUnitNodeValueLead: Int = 0x4040
  private static let threeUnitNodeValueLead: Int = 0x7FC0
  private static let minTwoUnitDeltaLead: Int = 0xFC00
  private static let threeUnitDeltaLead: Int = 0xFFFF
  private static let maxBranchLinearSubNodeLength = 5

  @inline(__always)
  init(_ trie: UnsafePointer<UInt16>) {
    root = trie
    pos = trie
  }

  @inline(__always)
  private static func valueResult(_ node: UInt16) -> Result {
    node & valueIsFinal != 0 ? .finalValue : .intermediateValue
  }

  /// The walk's state after a result (with the result in its low two
  /// bits), to resume it with `resume`: the position as an offset from the
  /// root (bits 6–30: `ICUDictionary` takes no trie of 2^25 units or more),
  /// and the units left of a linear-match node. Bit 31 is left to callers.
  @inline(__always)
  func state(_ result: Result) -> UInt32 {
    UInt32(pos - root) << 6 | UInt32(remaining + 1) << 2 | UInt32(result.rawValue)
  }

  /// Resumes a walk saved by `state` and returns its result.
  @inline(__always)
  mutating func resume(_ state: UInt32) -> Result {
    pos = root + Int((state & 0x7FFF_FFFF) >> 6)
    remaining = Int((state >> 2) & 0xF) - 1
    return Result(rawValue: UInt8(state & 3))!
  }

  /// Starts a new word with `u`.
  @inline(__always)
  mutating func first(_ u: UInt16) -> Result {
    remaining = -1
    return nextNode(root, u)
  }

  /// Goes on with `u` (only after a result other than `.noMatch` or
  /// `.finalValue`).
  @inline(__always)
  mutating func next(_ u: UInt16) -> Result {
    if remaining >= 0 {
      guard pos.pointee == u else { return .noMatch }
      pos += 1
      remaining -= 1
      let node = pos.pointee
      return remaining < 0 && node >= Self.minValueLead ? Self.valueResult(node) : .noValue
    }
    return nextNode(pos, u)
  }

  /// The value of the word walked so far (only after a value result).
  @inline(__always)
  func value() -> Int32 {
    let lead = Int(pos.pointee)
    let p = pos + 1
    if lead & 0x8000 != 0 {
      let v = lead & 0x7FFF
      if v < Self.minTwoUnitValueLead { return Int32(v) }
      if v < Self.threeUnitValueLead { return Int32(((v - Self.minTwoUnitValueLead) << 16) | Int(p[0])) }
      return Int32(truncatingIfNeeded: (Int(p[0]) << 16) | Int(p[1]))
    }
    if lead < Self.minTwoUnitNodeValueLead { return Int32((lead >> 6) - 1) }
    if lead < Self.threeUnitNodeValueLead {
      return Int32((((lead & 0x7FC0) - Self.minTwoUnitNodeValueLead) << 10) | Int(p[0]))
    }
    return Int32(truncatingIfNeeded: (Int(p[0]) << 16) | Int(p[1]))
  }

  @inline(__always)
  private mutating func nextNode(_ start: UnsafePointer<UInt16>, _ u: UInt16) -> Result {
    var p = start
    var node = p.pointee
    p += 1
    while true {
      if node < Self.minLinearMatch {
        return branch(p, Int(node), u)
      } else if node < Self.minValueLead {
        guard p.pointee == u else { return .noMatch }
        p += 1
        remaining = Int(node - Self.minLinearMatch) - 1
        pos = p
        let n = p.pointee
        return remaining < 0 && n >= Self.minValueLead ? Self.valueResult(n) : .noValue
      } else if node & Self.valueIsFinal != 0 {
        return .noMatch
      } else {
        // An intermediate value before the node proper: skip it.
        let lead = Int(node)
        if lead >= Self.minTwoUnitNodeValueLead { p += lead < Self.threeUnitNodeValueLead ? 1 : 2 }
        node &= Self.nodeTypeMask
      }
    }
  }

  @inline(__always)
  private mutating func branch(_ start: UnsafePointer<UInt16>, _ lengthLead: Int, _ u: UInt16) -> Result {
    var p = start
    var length = lengthLead
    if length == 0 {
      length = Int(p.pointee)
      p += 1
    }
    length += 1
    // A binary search down to a few units…
    while length > Self.maxBranchLinearSubNodeLength {
      let unit = p.pointee
      p += 1
      var delta = Int(p.pointee)
      p += 1
      if delta >= Self.minTwoUnitDeltaLead {
        if delta == Self.threeUnitDeltaLead {
          delta = (Int(p[0]) << 16) | Int(p[1])
          p += 2
        } else {
          delta = ((delta - Self.minTwoUnitDeltaLead) << 16) | Int(p.pointee)
          p += 1
        }
      }
      if u < unit {
        length >>= 1
        p += delta
      } else {
        length -= length >> 1
      }
    }
    // …then a linear one: unit, value (or jump) pairs, and a last unit.
    repeat {
      if u == p.pointee {
        p += 1
        let node = p.pointee
        if node & Self.valueIsFinal != 0 {
          pos = p
          return .finalValue
        }
        p += 1
        var delta = Int(node)
        if delta >= Self.minTwoUnitValueLead {
          if delta < Self.threeUnitValueLead {
            delta = ((delta - Self.minTwoUnitValueLead) << 16) | Int(p.pointee)
            p += 1
          } else {
            delta = (Int(p[0]) << 16) | Int(p[1])
            p += 2
          }
        }
        p += delta
        pos = p
        let n = p.pointee
        return n >= Self.minValueLead ? Self.valueResult(n) : .noValue
      }
      p += 1
      let lead = Int(p.pointee & 0x7FFF)
      p += 1
      if lead >= Self.minTwoUnitValueLead { p += lead < Self.threeUnitValueLead ? 1 : 2 }
      length -= 1
    } while length > 1
    guard u == p.pointee else { return .noMatch }
    p += 1
    pos = p
    let n = p.pointee
    return n >= Self.minValueLead ? Self.valueResult(n) : .noValue
  }
}
