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
    // Over UTF-8 bytes: splitting the String by Characters compared with
    // string literals cost about 150 M instructions at every start-up.
    var name = defaultName
    var rows: [[String]] = []
    var text = text
    text.withUTF8 { b in
      func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
      }
      scan(b, header: { name = string($0) }, row: { rows.append($0.map(string)) })
    }
    return LexiconTable(name: name, rows: rows)
  }

  /// Reads the UTF-8 bytes of a lexicon file: `header` gets the name in each
  /// `# lexicon: NAME` line, `row` the fields of each row whose first field
  /// is not empty (each field trimmed of spaces, tabs and U+3000); other
  /// comments and blank lines are skipped. Lines end at LF, CR LF or CR.
  static func scan(
    _ b: UnsafeBufferPointer<UInt8>, header: (Range<Int>) -> Void, row: (_ fields: [Range<Int>]) -> Void
  ) {
    func trimmed(_ r: Range<Int>) -> Range<Int> {
      var a = r.lowerBound
      var e = r.upperBound
      while true {
        if a < e && (b[a] == 0x20 || b[a] == 0x09) {
          a += 1
        } else if a + 3 <= e && b[a] == 0xE3 && b[a + 1] == 0x80 && b[a + 2] == 0x80 {
          a += 3
        } else {
          break
        }
      }
      while true {
        if e > a && (b[e - 1] == 0x20 || b[e - 1] == 0x09) {
          e -= 1
        } else if e - 3 >= a && b[e - 3] == 0xE3 && b[e - 2] == 0x80 && b[e - 1] == 0x80 {
          e -= 3
        } else {
          break
        }
      }
      return a..<e
    }
    let key = Array("lexicon:".utf8)
    var fields: [Range<Int>] = []
    let n = b.count
    var i = 0
    while i < n {
      var j = i
      while j < n && b[j] != 0x0A && b[j] != 0x0D { j += 1 }
      let line = trimmed(i..<j)
      i = j < n && b[j] == 0x0D && j + 1 < n && b[j + 1] == 0x0A ? j + 2 : j + 1
      if line.isEmpty { continue }
      if b[line.lowerBound] == 0x23 {  // #
        let body = trimmed((line.lowerBound + 1)..<line.upperBound)
        if body.count >= key.count && b[body.lowerBound..<(body.lowerBound + key.count)].elementsEqual(key) {
          header(trimmed((body.lowerBound + key.count)..<body.upperBound))
        }
        continue
      }
      fields.removeAll(keepingCapacity: true)
      var a = line.lowerBound
      while true {
        var e = a
        while e < line.upperBound && b[e] != 0x09 { e += 1 }
        fields.append(trimmed(a..<e))
        if e >= line.upperBound { break }
        a = e + 1
      }
      if !fields[0].isEmpty { row(fields) }
    }
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
