/// The dynamic programming of ICU's CJK break engine (`CjkBreakEngine::
/// divideUpDictionaryRange` in ICU's dictbe.cpp), done in Swift over ICU's
/// own dictionary (`ICUDictionary`), for the gaps where it provably gives
/// ICU's answer: runs of plain Han characters.
///
/// ICU's engine, on a range of Han text: at each position, every dictionary
/// word starting there (up to 20 characters) is an edge costing the word's
/// value; when no one-character word starts there, the character alone is
/// an edge costing 255; the best segmentation is the path of least summed
/// cost, ties kept by the first edge that reached a position (positions
/// taken in order, shorter words first). On a text that is one such range
/// (a gap handed to `ubrk_setText` alone), its boundaries are the
/// iterator's. What ICU does besides, for other text, is not done here, so
/// a gap qualifies only if every unit is a BMP unified ideograph (U+4E00–
/// U+9FFF, U+3400–U+4DBF) or 〇 (U+3007): Han script, in ICU's dictionary
/// set, unchanged by NFKC (ICU normalises first), no surrogates (ICU counts
/// code points), no kana (ICU's katakana heuristic), no compatibility
/// ideographs (NFKC maps them). One more unit is taken, ○ (U+25CB, the zero
/// the segmenter keeps in Han numerals such as 二○○一年): it is no
/// dictionary character and its Word_Break is Other, so ICU's rules break
/// on both sides of it and hand the Han runs between to the engine one by
/// one; here too each ○ is a word and each run between is cut alone.
/// Any other gap goes to ICU's iterator.
/// `CJKDictionaryBreakerTests` checks the answers against ICU's iterator.
///
/// Not thread-safe (reused buffers): give each segmenter its own.
public final class CJKDictionaryBreaker {
  private let dictionary: ICUDictionary
  /// ICU's longest dictionary word, in characters (`maxWordSize`).
  static let maximumWordLength = 20
  /// ICU's cost of a character with no one-character word (`maxSnlp`).
  static let unknownCharacterCost: UInt32 = 255

  /// Best cost of the first k units, and where its last word starts.
  private var cost: UnsafeMutablePointer<UInt32>
  private var previous: UnsafeMutablePointer<Int32>
  private var capacity: Int
  /// The trie walk's state after the first character, by character
  /// (U+3400–U+9FFF; `TrieWalk.state` with bit 31 set once known): the
  /// dictionary's root is a branch over thousands of first characters,
  /// searched once per character instead of once per position.
  private let firstSteps: UnsafeMutablePointer<UInt32>
  private static let firstStepBase: UInt16 = 0x3400
  private static let firstStepCount = 0xA000 - 0x3400

  /// Nil when ICU's dictionary cannot be opened.
  public convenience init?() {
    guard let d = ICUDictionary.system else { return nil }
    self.init(dictionary: d)
  }

  public init(dictionary: ICUDictionary) {
    self.dictionary = dictionary
    capacity = 64
    cost = .allocate(capacity: capacity + 1)
    previous = .allocate(capacity: capacity + 1)
    firstSteps = .allocate(capacity: Self.firstStepCount)
    firstSteps.initialize(repeating: 0, count: Self.firstStepCount)
  }

  deinit {
    cost.deallocate()
    previous.deallocate()
    firstSteps.deallocate()
  }

  /// Starts `walk` with `u`, from `firstSteps` when it is known there.
  @inline(__always)
  private func first(_ u: UInt16, _ walk: inout TrieWalk) -> TrieWalk.Result {
    let k = Int(u &- Self.firstStepBase)
    guard k < Self.firstStepCount else { return walk.first(u) }
    let known = firstSteps[k]
    if known != 0 { return walk.resume(known) }
    let r = walk.first(u)
    firstSteps[k] = walk.state(r) | 1 << 31
    return r
  }

  /// Whether `count` units at `base` are a gap this breaker answers.
  @inline(__always)
  public static func handles(_ base: UnsafePointer<UInt16>, count: Int) -> Bool {
    for k in 0..<count {
      let u = base[k]
      // U+4E00–U+9FFF, U+3400–U+4DBF, 〇 or ○
      if u &- 0x4E00 > 0x9FFF - 0x4E00 && u &- 0x3400 > 0x4DBF - 0x3400 && u != 0x3007
        && u != Self.circle
      {
        return false
      }
    }
    return true
  }

  /// ○ (U+25CB), a word of its own between runs of Han.
  static let circle: UInt16 = 0x25CB

  /// ICU's boundaries of the `count` units at `base` (which `handles`
  /// must accept): calls `body` with each boundary after the first, the end
  /// included, in no particular order.
  @inline(__always)
  public func boundaries(_ base: UnsafePointer<UInt16>, count n: Int, _ body: (Int) -> Void) {
    var start = 0
    for k in 0..<n where base[k] == Self.circle {
      if start < k { cut(base + start, count: k - start) { body(start + $0) } }
      body(k + 1)
      start = k + 1
    }
    if start == 0 {
      cut(base, count: n, body)
    } else if start < n {
      cut(base + start, count: n - start) { body(start + $0) }
    }
  }

  /// The engine's boundaries of one run of Han (no ○) as a path through
  /// `previous`: calls `body` with each boundary after the first, the end
  /// included, from the end backwards.
  @inline(__always)
  private func cut(_ base: UnsafePointer<UInt16>, count n: Int, _ body: (Int) -> Void) {
    if n > capacity {
      cost.deallocate()
      previous.deallocate()
      capacity = max(n, capacity * 2)
      cost = .allocate(capacity: capacity + 1)
      previous = .allocate(capacity: capacity + 1)
    }
    let cost = self.cost
    let previous = self.previous
    cost[0] = 0
    (cost + 1).update(repeating: .max, count: n)
    let trie = dictionary.trie
    for i in 0..<n {
      let here = cost[i]
      let limit = min(Self.maximumWordLength, n - i)
      var walk = TrieWalk(trie)
      var oneCharacterWord = false
      var length = 1
      var result = first(base[i], &walk)
      while true {
        if result.hasValue {
          if length == 1 { oneCharacterWord = true }
          let c = here &+ UInt32(bitPattern: walk.value())
          if c < cost[i + length] {
            cost[i + length] = c
            previous[i + length] = Int32(i)
          }
          if result == .finalValue { break }
        } else if result == .noMatch {
          break
        }
        if length >= limit { break }
        result = walk.next(base[i + length])
        length += 1
      }
      if !oneCharacterWord {
        let c = here &+ Self.unknownCharacterCost
        if c < cost[i + 1] {
          cost[i + 1] = c
          previous[i + 1] = Int32(i)
        }
      }
    }
    var k = n
    while k > 0 {
      body(k)
      k = Int(previous[k])
    }
  }
}
