/// The view of a report that matching works on: markup removed, paragraphs
/// broken by page breaks joined, full-width digits, letters and number signs
/// folded to ASCII. Every unit keeps the UTF-16 offset of the original unit it
/// came from, so any span found here maps back to the original text.
public struct AnalysisText: Sendable {
  /// The normalized UTF-16 code units.
  public private(set) var units: [UInt16] = []
  /// The map back to the original, one entry per appended piece: the
  /// analysis offset where the piece begins and the original offset of its
  /// first unit. Units within a piece map one to one (folding keeps lengths);
  /// a line break inserted between paragraphs is a piece of its own that
  /// points at the end of the paragraph it follows. (A map per unit would cost
  /// four bytes a character.)
  private var pieceStart: [Int32] = []
  private var pieceOrigin: [Int32] = []

  /// The length of the original text in UTF-16 units (set by the parser).
  public var sourceLength = Int.max

  public init() {}

  /// An empty view with room for about `capacity` units (reserving once:
  /// reserving exactly per append would copy the whole buffer every time).
  public init(capacity: Int) {
    units.reserveCapacity(capacity)
  }

  /// Appends the original units of `range`, folded.
  public mutating func append(_ source: [UInt16], _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    pieceStart.append(Int32(units.count))
    pieceOrigin.append(Int32(range.lowerBound))
    for i in range { units.append(Self.fold(source[i])) }
  }

  /// Appends a separator that stands for no original text, placed at `at`.
  public mutating func appendBreak(at: Int) {
    pieceStart.append(Int32(units.count))
    pieceOrigin.append(Int32(at))
    units.append(0x0A)
  }

  /// The original UTF-16 offset of analysis offset `a` (a < units.count).
  func origin(_ a: Int) -> Int {
    var lo = 0
    var hi = pieceStart.count
    while lo < hi {
      let m = (lo + hi) / 2
      if Int(pieceStart[m]) <= a { lo = m + 1 } else { hi = m }
    }
    let k = max(0, lo - 1)
    guard k < pieceStart.count else { return a }
    let base = Int(pieceOrigin[k])
    // A break piece has one unit; anything past it in the same piece is the break.
    return base + (a - Int(pieceStart[k]))
  }

  /// The original UTF-16 range of an analysis range.
  /// Never past `sourceLength`: a break appended after the last line of a
  /// text without a final line break stands at the end of the source, and a
  /// range ending on it ends there (found by Fuzz/run.sh parser).
  func originalRange(_ r: AnalysisRange) -> SourceRange {
    if r.isEmpty {
      let o = r.lowerBound < units.count ? origin(r.lowerBound) : (units.isEmpty ? 0 : origin(units.count - 1) + 1)
      let c = min(o, sourceLength)
      return SourceRange(c, c)
    }
    let upper = min(origin(r.upperBound - 1) + 1, sourceLength)
    return SourceRange(min(origin(r.lowerBound), upper), upper)
  }

  /// The analysis text of a range, as a String.
  public func string(_ r: AnalysisRange) -> String {
    units.withUnsafeBufferPointer { $0.string(r.offsets) }
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
