/// Output of `analyze segment`.
public enum SegmentRenderer {
  /// The SIGHAN bakeoff format: the words of each input line separated by two
  /// spaces, one output line per input line; spaces are dropped.
  public static func sighan(_ units: [UInt16], _ tokens: [Token]) -> String {
    var out: [UInt16] = []
    out.reserveCapacity(units.count * 2)
    var lineHasWord = false
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
        out.append(contentsOf: units[t.range])
        lineHasWord = true
      }
    }
    if let last = tokens.last, last.kind != .newline { out.append(0x0A) }
    return String(decoding: out, as: UTF16.self)
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
        text: source.string(t.range), kind: t.kind.name, start: a.offset,
        end: source.scalarOffset(t.range.upperBound), line: a.line, column: a.column)
    }
    return ReportJSON.encode(SegmentJSON(schemaVersion: ReportJSON.schemaVersion, file: file, tokens: list))
  }
}
