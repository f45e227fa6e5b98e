/// The two offset spaces of a report, as two types, so that passing one
/// where the other is meant does not compile:
///
/// - `AnalysisRange`: UTF-16 offsets into the analysis text
///   (`Document.analysis`: folded, paragraphs joined). Figures, statements,
///   sentences, clauses, sections and paragraphs are found and asked about
///   here.
/// - `SourceRange`: UTF-16 offsets into the decoded text as read
///   (`Document.source`). Findings, headings and everything rendered are here.
///
/// `Document.original(_:)` is the one way from the first to the second.
/// Both hold two `Int32` (8 bytes, half of a `Range<Int>`): inputs are
/// limited far below 2³¹ units (`InputReader.maxBytes`), and the analysis
/// text's map back already stores offsets as `Int32`.
public struct TextRange<Space: OffsetSpace>: Hashable, Sendable, Sequence, CustomStringConvertible {
  @usableFromInline let lower: Int32
  @usableFromInline let upper: Int32

  /// A range of these offsets, `lowerBound <= upperBound`.
  @inlinable public init(_ offsets: Range<Int>) {
    lower = Int32(truncatingIfNeeded: offsets.lowerBound)
    upper = Int32(truncatingIfNeeded: offsets.upperBound)
  }

  @inlinable public var lowerBound: Int { Int(lower) }
  @inlinable public var upperBound: Int { Int(upper) }

  /// A range from `lower` to `upper` (end exclusive).
  @inlinable public init(_ lower: Int, _ upper: Int) { self.init(lower..<upper) }

  /// An empty range at `offset`.
  @inlinable public init(at offset: Int) { self.init(offset..<offset) }

  /// The plain offsets, for slicing a buffer of this space.
  @inlinable public var offsets: Range<Int> { lowerBound..<upperBound }

  @inlinable public var count: Int { upperBound - lowerBound }

  @inlinable public var isEmpty: Bool { upperBound == lowerBound }

  /// Whether offset `i` lies inside.
  @inlinable public func contains(_ i: Int) -> Bool { i >= lowerBound && i < upperBound }

  /// Whether `r` lies wholly inside.
  @inlinable public func contains(_ r: Self) -> Bool { r.lowerBound >= lowerBound && r.upperBound <= upperBound }

  /// Whether the two share an offset.
  @inlinable public func overlaps(_ r: Self) -> Bool {
    lowerBound < r.upperBound && r.lowerBound < upperBound && !isEmpty && !r.isEmpty
  }

  /// The range starting at the earlier start and ending at the later end.
  @inlinable public func union(_ r: Self) -> Self {
    Self(Swift.min(lowerBound, r.lowerBound)..<Swift.max(upperBound, r.upperBound))
  }

  @inlinable public func makeIterator() -> Range<Int>.Iterator { offsets.makeIterator() }

  @inlinable public var underestimatedCount: Int { count }

  public var description: String { "\(Space.name) \(lower)..<\(upper)" }
}

/// The text a `TextRange` counts offsets in; it has no values, only a type.
public protocol OffsetSpace: Sendable {
  static var name: String { get }
}

/// The analysis text (`Document.analysis`).
public enum AnalysisSpace: OffsetSpace { public static let name = "analysis" }

/// The decoded source text (`Document.source`).
public enum SourceSpace: OffsetSpace { public static let name = "source" }

/// UTF-16 offsets into the analysis text (see `TextRange`).
public typealias AnalysisRange = TextRange<AnalysisSpace>

/// UTF-16 offsets into the decoded source text (see `TextRange`).
public typealias SourceRange = TextRange<SourceSpace>
