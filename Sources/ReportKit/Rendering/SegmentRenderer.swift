/// Output of `analyze segment`.
public enum SegmentRenderer {
  /// The SIGHAN bakeoff format: the words of each input line separated by two
  /// spaces, one output line per input line; spaces are dropped.
  public static func sighan(_ units: [UInt16], _ tokens: [Token]) -> String {
    sighanBytes(units, tokens) { String(decoding: $0, as: UTF8.self) }
  }

  /// The SIGHAN format as UTF-8 bytes, handed to `body` (valid only during
  /// the call): `SighanWriter` over all the tokens at once.
  public static func sighanBytes<R>(
    _ units: [UInt16], _ tokens: [Token], _ body: (UnsafeBufferPointer<UInt8>) throws -> R
  ) rethrows -> R {
    let writer = SighanWriter()
    units.withUnsafeBufferPointer { u in
      tokens.withUnsafeBufferPointer { writer.append(u, $0) }
    }
    writer.finish()
    return try body(writer.bytes)
  }

  /// Writes the SIGHAN format a part of the text at a time into one buffer
  /// that is reused: hand it the tokens of consecutive parts (`append`),
  /// take the bytes (`bytes`, then `clear`), and `finish` after the last
  /// part. The buffer grows to the largest size a part can take (three
  /// bytes a unit, two spaces a token), so a word is written without an
  /// array's growth checks, a String or a Data copy between; a large file
  /// goes out in parts whose buffer stays in cache.
  public final class SighanWriter {
    private var out: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var n = 0
    private var lineHasWord = false
    /// Whether the last token so far was a line break (or there was none).
    private var endsLine = true

    public init() {
      capacity = 1 << 12
      out = .allocate(capacity: capacity)
    }

    deinit { out.deallocate() }

    /// The bytes written since the last `clear` (valid until the next call).
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: out, count: n) }

    /// Forgets the bytes written (the line state is kept).
    public func clear() { n = 0 }

    /// Writes the words of `tokens`, offsets into `u`, after what is there.
    public func append(_ u: UnsafeBufferPointer<UInt16>, _ tokens: UnsafeBufferPointer<Token>) {
      guard let last = tokens.last else { return }
      var need = n + 1
      if let first = tokens.first { need += (Int(last.end) - Int(first.start)) * 3 + tokens.count * 2 }
      if need > capacity {
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: max(need, capacity * 2))
        bigger.update(from: out, count: n)
        out.deallocate()
        out = bigger
        capacity = max(need, capacity * 2)
      }
      let out = self.out
      var n = self.n
      var lineHasWord = self.lineHasWord
      for t in tokens {
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
      self.n = n
      self.lineHasWord = lineHasWord
      endsLine = last.kind == .newline
    }

    /// Ends the last line if the text did not.
    public func finish() {
      if !endsLine {
        if n + 1 > capacity {
          let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: n + 1)
          bigger.update(from: out, count: n)
          out.deallocate()
          out = bigger
          capacity = n + 1
        }
        out[n] = 0x0A
        n += 1
        endsLine = true
      }
    }
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
        // Three bytes: nearly every Han character and punctuation mark,
        // stored as one little-endian word whose fourth byte the next write
        // covers (the writer keeps a byte to spare after the largest size).
        let w = (0xE0 | (c >> 12)) | (0x80 | ((c >> 6) & 0x3F)) << 8 | (0x80 | (c & 0x3F)) << 16
        UnsafeMutableRawPointer(out + n).storeBytes(of: UInt32(littleEndian: w), as: UInt32.self)
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
