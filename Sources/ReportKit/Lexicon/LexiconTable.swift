/// One lexicon file parsed: its rows of TAB-separated fields, comments and blank
/// lines dropped.
public struct LexiconTable: Sendable {
  /// The lexicon's name, the file name without `.txt` (`units`, `domain-words` …).
  public var name: String
  /// The rows, each with at least one non-empty field.
  public var rows: [[String]]

  /// The names of the lexicons the tool knows, in the order they load.
  public static let knownNames = LexiconName.allCases.map(\.rawValue)

  /// Parses the text of a lexicon file. A header line `# lexicon: NAME` names the
  /// lexicon a user file extends; otherwise `defaultName` is used.
  public static func parse(_ text: String, defaultName: String) -> LexiconTable {
    var name = defaultName
    var rows: [[String]] = []
    for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    {
      let line = raw.trimmingSpaces()
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        let body = line.dropFirst().trimmingSpaces()
        if body.hasPrefix("lexicon:") {
          name = String(body.dropFirst("lexicon:".count).trimmingSpaces())
        }
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        String($0.trimmingSpaces())
      }
      if fields.first?.isEmpty == false { rows.append(fields) }
    }
    return LexiconTable(name: name, rows: rows)
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> SubSequence {
    var s = self[...]
    while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" { s = s.dropLast() }
    return s
  }
}
