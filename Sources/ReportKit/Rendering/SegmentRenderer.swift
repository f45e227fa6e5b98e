/// Output of `analyze segment`.
public enum SegmentRenderer {
  /// The SIGHAN bakeoff format: the words of each input line separated by two
  /// spaces, one output line per input line; spaces are dropped.
  public static func sighan(_ units: [UInt16], _ tokens: [Token]) -> String {
    sighanBytes(units, tokens) { String(decoding: $0, as: UTF8.self) }
  }

  /// The SIGHAN format as UTF-8 bytes, handed to `body` (valid only during
  /// the call). Written into one buffer of the largest size the text can
  /// take (three bytes a unit, two spaces a token), without a String or an
  /// array's growth checks between: `analyze segment` writes these bytes as
  /// they are.
  public static func sighanBytes<R>(
    _ units: [UInt16], _ tokens: [Token], _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let capacity = units.count * 3 + tokens.count * 2 + 1
    let out = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer { out.deallocate() }
    var n = 0
    var lineHasWord = false
    units.withUnsafeBufferPointer { u in
      tokens.withUnsafeBufferPointer { ts in
        for t in ts {
          switch t.kind {
          case .newline:
            out[n] = 0x0A
            n += 1
            lineHasWord = false
          case .space:
            continue
          default:
            if lineHasWord {
              out[n] = 0x20
              out[n + 1] = 0x20
              n += 2
            }
            n = writeUTF8(u, Int(t.start)..<Int(t.end), to: out, at: n)
            lineHasWord = true
          }
        }
      }
    }
    if let last = tokens.last, last.kind != .newline {
      out[n] = 0x0A
      n += 1
    }
    return try body(UnsafeBufferPointer(start: out, count: n))
  }

  /// Writes `u[r]` as UTF-8 at `out + n` (a lone surrogate becomes U+FFFD,
  /// three bytes for its one unit; a pair takes four for two), and returns
  /// the new end.
  @inline(__always)
  static func writeUTF8(
    _ u: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, to out: UnsafeMutablePointer<UInt8>, at start: Int
  ) -> Int {
    var n = start
    var i = r.lowerBound
    while i < r.upperBound {
      let c = UInt32(u[i])
      i += 1
      if c >= 0x800 && (c < 0xD800 || c > 0xDFFF) {
        // Three bytes: nearly every Han character and punctuation mark.
        out[n] = UInt8(0xE0 | (c >> 12))
        out[n + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
        out[n + 2] = UInt8(0x80 | (c & 0x3F))
        n += 3
      } else if c < 0x80 {
        out[n] = UInt8(c)
        n += 1
      } else if c < 0x800 {
        out[n] = UInt8(0xC0 | (c >> 6))
        out[n + 1] = UInt8(0x80 | (c & 0x3F))
        n += 2
      } else if c >= 0xD800 && c <= 0xDBFF && i < r.upperBound && u[i] >= 0xDC00 && u[i] <= 0xDFFF {
        let v = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i]) - 0xDC00)
        i += 1
        out[n] = UInt8(0xF0 | (v >> 18))
        out[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
        out[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
        out[n + 3] = UInt8(0x80 | (v & 0x3F))
        n += 4
      } else {
        let v = c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c
        out[n] = UInt8(0xE0 | (v >> 12))
        out[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
        out[n + 2] = UInt8(0x80 | (v & 0x3F))
        n += 3
      }
    }
    return n
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
