/// The decoded text of one report, with what is needed to turn internal
/// UTF-16 offsets into the positions users see: Unicode scalar offsets and
/// 1-based line and column, counted in scalars.
public struct SourceText: Sendable {
  /// The decoded text as UTF-16 code units (the BOM removed).
  public let units: [UInt16]
  /// UTF-16 offsets at which each line begins. Lines end at LF, CRLF or a lone CR.
  public let lineStarts: [Int]
  /// UTF-16 offsets of every low surrogate, that is of every second unit of a
  /// surrogate pair. Empty for the usual all-BMP report, where UTF-16 offsets
  /// and scalar offsets are the same.
  let lowSurrogates: [Int]

  public init(units: [UInt16]) {
    self.units = units
    var starts = [0]
    var lows: [Int] = []
    units.withUnsafeBufferPointer { p in
      var i = 0
      let n = p.count
      while i < n {
        let u = p[i]
        if u == 0x0A {
          starts.append(i + 1)
        } else if u == 0x0D {
          if i + 1 < n && p[i + 1] == 0x0A { i += 1 }
          starts.append(i + 1)
        } else if u >= 0xDC00 && u <= 0xDFFF && i > 0 && p[i - 1] >= 0xD800 && p[i - 1] <= 0xDBFF {
          lows.append(i)
        }
        i += 1
      }
    }
    self.lineStarts = starts
    self.lowSurrogates = lows
  }

  /// The number of lines (a final line break does not start a further line).
  public var lineCount: Int {
    if let last = lineStarts.last, last == units.count, lineStarts.count > 1 {
      return lineStarts.count - 1
    }
    return lineStarts.count
  }

  /// The Unicode scalar offset of UTF-16 offset `u`.
  @inline(__always)
  public func scalarOffset(_ u: Int) -> Int {
    if lowSurrogates.isEmpty { return u }
    return u - Self.countLess(lowSurrogates, than: u)
  }

  /// The 0-based index of the line holding UTF-16 offset `u`.
  public func lineIndex(_ u: Int) -> Int {
    max(0, Self.countLess(lineStarts, than: u + 1) - 1)
  }

  /// The position of UTF-16 offset `u`, in scalars, with 1-based line and column.
  public func position(_ u: Int) -> Position {
    let line = lineIndex(u)
    let s = scalarOffset(u)
    return Position(offset: s, line: line + 1, column: s - scalarOffset(lineStarts[line]) + 1)
  }

  /// The output span of a UTF-16 range of this text.
  public func span(_ r: SourceRange) -> Span {
    let a = position(r.lowerBound)
    let b = position(r.upperBound)
    return Span(
      start: a.offset, end: b.offset, line: a.line, column: a.column, endLine: b.line,
      endColumn: b.column, text: string(r))
  }

  /// The text of a UTF-16 range.
  public func string(_ r: SourceRange) -> String {
    let c = r.offsets.clamped(to: 0..<units.count)
    return units.withUnsafeBufferPointer { $0.string(c) }
  }

  /// The UTF-16 range of line `index` (0-based), without its line break.
  public func lineRange(_ index: Int) -> SourceRange {
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : units.count
    if end > start && units[end - 1] == 0x0A { end -= 1 }
    if end > start && units[end - 1] == 0x0D { end -= 1 }
    return SourceRange(start, end)
  }

  /// The UTF-16 offset of a scalar offset (the inverse of `scalarOffset`).
  public func utf16Offset(ofScalar s: Int) -> Int {
    if lowSurrogates.isEmpty { return s }
    var u = s
    for low in lowSurrogates {
      if low <= u { u += 1 } else { break }
    }
    return u
  }

  static func countLess(_ sorted: [Int], than value: Int) -> Int {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}

/// A place in the text as users see it.
public struct Position: Equatable, Sendable {
  /// Unicode scalar offset from the start of the decoded text.
  public var offset: Int
  /// 1-based line.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int
}

/// A range of the decoded text as reported: Unicode scalar offsets (end
/// exclusive) and 1-based line and column counted in scalars.
public struct Span: Codable, Equatable, Sendable {
  public var start: Int
  public var end: Int
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int
  public var text: String
}
