/// Output of `analyze segment`.
public enum SegmentRenderer {
  /// The SIGHAN bakeoff format: the words of each input line separated by two
  /// spaces, one output line per input line; spaces are dropped.
  public static func sighan(_ units: [UInt16], _ tokens: [Token]) -> String {
    // Written as UTF-8 bytes directly: String(decoding:as: UTF16.self) over
    // the whole output took more time than the segmentation itself.
    var out: [UInt8] = []
    out.reserveCapacity(units.count * 3 + tokens.count * 2 + 1)
    var lineHasWord = false
    units.withUnsafeBufferPointer { u in
      for t in tokens {
        switch t.kind {
        case .newline:
          out.append(0x0A)
          lineHasWord = false
        case .space:
          continue
        default:
          if lineHasWord {
            out.append(0x20)
            out.append(0x20)
          }
          appendUTF8(u, t.range, to: &out)
          lineHasWord = true
        }
      }
    }
    if let last = tokens.last, last.kind != .newline { out.append(0x0A) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `u[r]` as UTF-8 (a lone surrogate becomes U+FFFD).
  @inline(__always)
  static func appendUTF8(_ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, to out: inout [UInt8]) {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = UInt32(u[i])
      i += 1
      if c < 0x80 {
        out.append(UInt8(c))
      } else if c < 0x800 {
        out.append(UInt8(0xC0 | (c >> 6)))
        out.append(UInt8(0x80 | (c & 0x3F)))
      } else if c >= 0xD800 && c <= 0xDBFF && i < r.upperBound && u[i] >= 0xDC00 && u[i] <= 0xDFFF {
        let v = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i]) - 0xDC00)
        i += 1
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        let v = c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
      }
    }
  }

  struct TokenJSON: Codable {
    var text: String
    var kind: String
    var start: Int
    var end: Int
    var line: Int
    var column: Int
  }

  struct SegmentJSON: Codable {
    var schemaVersion: Int
    var file: String
    var tokens: [TokenJSON]
  }

  /// JSON with each token's text, kind and span (spaces and line breaks omitted).
  public static func json(file: String, source: SourceText, tokens: [Token]) -> String {
    let list = tokens.compactMap { t -> TokenJSON? in
      if t.kind == .space || t.kind == .newline { return nil }
      let a = source.position(t.range.lowerBound)
      return TokenJSON(
        text: source.string(SourceRange(t.range)), kind: t.kind.name, start: a.offset,
        end: source.scalarOffset(t.range.upperBound), line: a.line, column: a.column)
    }
    return ReportJSON.encode(SegmentJSON(schemaVersion: ReportJSON.schemaVersion, file: file, tokens: list))
  }
}
