/// A unit or classifier that can follow a number, from `Lexicons/units.txt`.
public struct UnitEntry: Sendable, Equatable {
  /// The unit as written (`万元`, `人次`, `%`, `个百分点`).
  public var text: String
  /// Its category (`money`, `persons`, `events`, `percent`, `points` …).
  public var category: String
  /// The factor to the base unit (`万元` → 10000).
  public var factor: Double
  /// The base unit (`元`).
  public var base: String
}

/// Every word list the tool uses: the built-in lists from `Lexicons/`, compiled
/// into the binary, plus any files the user adds.
public struct Lexicons: Sendable {
  /// All tables by name.
  public private(set) var tables: [String: LexiconTable] = [:]

  public init() {}

  /// The lists shipped with the tool.
  public static let builtin: Lexicons = {
    var l = Lexicons()
    for (name, text) in BuiltinLexiconText.files {
      l.add(LexiconTable.parse(text, defaultName: name))
    }
    return l
  }()

  /// The built-in lists in `names` alone, as `builtin` holds them: a command
  /// that reads one list (`segment` reads only domain-words) parses that
  /// file, not all thirty.
  public static func builtin(only names: Set<LexiconName>) -> Lexicons {
    var l = Lexicons()
    for (name, text) in BuiltinLexiconText.files {
      guard let n = LexiconName(rawValue: name), names.contains(n) else { continue }
      l.add(LexiconTable.parse(text, defaultName: name))
    }
    return l
  }

  /// The trie of the first column of the built-in list `name`, as
  /// `WordTrie(builtin.words(name))` gives it, read straight from the file's
  /// bytes: no row of Strings is made and freed (for `segment`, whose
  /// start-up this was a fifth of).
  public static func builtinTrie(_ name: LexiconName) -> WordTrie {
    guard var text = BuiltinLexiconText.files.first(where: { $0.name == name.rawValue })?.text else {
      return WordTrie([])
    }
    let trie: WordTrie? = text.withUTF8 { b in
      var renamed = false
      var words: [Range<Int>] = []
      LexiconTable.scan(
        b, header: { renamed = renamed || !b[$0].elementsEqual(name.rawValue.utf8) },
        row: { words.append($0[0]) })
      return renamed ? nil : WordTrie(utf8: b, words: words)
    }
    // A file whose header names another list is read the long way.
    return trie ?? WordTrie(builtin.words(name))
  }

  /// Adds the rows of `table` to the lexicon of the same name.
  public mutating func add(_ table: LexiconTable) {
    tables[table.name, default: LexiconTable(name: table.name, rows: [])].rows += table.rows
  }

  /// Adds a user's lexicon file. Its `# lexicon: NAME` header names the list it
  /// extends; without one it extends `domain-words`.
  public mutating func addUserFile(text: String, path: String) throws {
    let table = LexiconTable.parse(text, defaultName: "domain-words")
    guard LexiconTable.knownNames.contains(table.name) else {
      throw LexiconError.unknownLexicon(path: path, name: table.name)
    }
    add(table)
  }

  /// The rows of one lexicon (empty when absent).
  public func rows(_ name: LexiconName) -> [[String]] { tables[name.rawValue]?.rows ?? [] }

  /// The first column of one lexicon.
  public func words(_ name: LexiconName) -> [String] { rows(name).map { $0[0] } }

  /// The units, from `units.txt` (`unit, category, factor, base`).
  public var units: [UnitEntry] {
    rows(.units).compactMap { r in
      guard r.count >= 2 else { return nil }
      let factor = r.count >= 3 ? Double(r[2]) ?? 1 : 1
      let base = r.count >= 4 ? r[3] : r[0]
      return UnitEntry(text: r[0], category: r[1], factor: factor, base: base)
    }
  }

  /// `(key, value)` pairs from a two-column lexicon.
  public func pairs(_ name: LexiconName) -> [(String, String)] {
    rows(name).compactMap { $0.count >= 2 ? ($0[0], $0[1]) : nil }
  }
}

/// A problem with a user's lexicon file.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
  case unknownLexicon(path: String, name: String)

  public var description: String {
    switch self {
    case .unknownLexicon(let path, let name):
      return "\(path): 不认识的词表名称“\(name)”（可用：\(LexiconTable.knownNames.joined(separator: "、"))）"
    }
  }
}
