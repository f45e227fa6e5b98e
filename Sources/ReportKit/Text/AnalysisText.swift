/// The view of a report that matching works on: markup removed, paragraphs
/// broken by page breaks joined, full-width digits, letters and number signs
/// folded to ASCII. Every unit keeps the UTF-16 offset of the original unit it
/// came from, so any span found here maps back to the original text.
public struct AnalysisText: Sendable {
  /// The normalized UTF-16 code units.
  public private(set) var units: [UInt16] = []
  /// For each unit, the UTF-16 offset of its original unit. A line break
  /// inserted between paragraphs points at the end of the paragraph it follows.
  public private(set) var origin: [Int32] = []

  public init() {}

  /// An empty view with room for about `capacity` units (reserving once:
  /// reserving exactly per append would copy the whole buffer every time).
  public init(capacity: Int) {
    units.reserveCapacity(capacity)
    origin.reserveCapacity(capacity)
  }

  /// Appends the original units of `range`, folded.
  public mutating func append(_ source: [UInt16], _ range: Range<Int>) {
    for i in range {
      units.append(Self.fold(source[i]))
      origin.append(Int32(i))
    }
  }

  /// Appends a separator that stands for no original text, placed at `at`.
  public mutating func appendBreak(at: Int) {
    units.append(0x0A)
    origin.append(Int32(at))
  }

  /// The original UTF-16 range of an analysis range.
  public func originalRange(_ r: Range<Int>) -> Range<Int> {
    if r.isEmpty {
      let o = r.lowerBound < origin.count ? Int(origin[r.lowerBound]) : Int(origin.last ?? 0) + 1
      return o..<o
    }
    return Int(origin[r.lowerBound])..<(Int(origin[r.upperBound - 1]) + 1)
  }

  /// The analysis text of a range, as a String.
  public func string(_ r: Range<Int>) -> String {
    units.withUnsafeBufferPointer { $0.string(r) }
  }

  /// Folds one UTF-16 unit: full-width digits, Latin letters, ％ ． － ＋ ／ and
  /// the ideographic space to ASCII. Chinese punctuation (，。；：（）) is kept,
  /// since sentences are split on it.
  @inline(__always)
  public static func fold(_ u: UInt16) -> UInt16 {
    switch u {
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return u - 0xFEE0
    case 0xFF05: return 0x25  // ％
    case 0xFF0E: return 0x2E  // ．
    case 0xFF0D: return 0x2D  // －
    case 0xFF0B: return 0x2B  // ＋
    case 0xFF0F: return 0x2F  // ／
    case 0x3000, 0x00A0: return 0x20
    default: return u
    }
  }
}
