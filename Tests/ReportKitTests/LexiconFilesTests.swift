import Foundation
import Testing

@testable import ReportKit

/// The lexicons in Lexicons/ are compiled into the binary through a generated
/// Swift file, so that `analyze` works from any folder. This test fails when the
/// generated file is out of date; `UPDATE_LEXICONS=1 swift test --filter
/// LexiconFilesTests` writes it anew.
@Suite struct LexiconFilesTests {
  static let generatedPath = Paths.repo.appendingPathComponent(
    "Sources/ReportKit/Lexicon/BuiltinLexiconText+Generated.swift")

  static func lexiconFiles() throws -> [(String, String)] {
    let dir = Paths.repo.appendingPathComponent("Lexicons")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { name in
      (String(name.dropLast(4)), try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
    }
  }

  static func generate(_ files: [(String, String)]) -> String {
    var out = """
      // Generated from Lexicons/*.txt by `UPDATE_LEXICONS=1 swift test --filter LexiconFilesTests`.
      // Do not edit: edit the .txt files and regenerate.

      enum BuiltinLexiconText {
        static let files: [(name: String, text: String)] = [

      """
    for (name, text) in files {
      var body = text
      if body.hasSuffix("\n") { body.removeLast() }
      let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n")
      out += "    (\n      \"\(name)\",\n      #\"\"\"\n\(indented)\n      \"\"\"#\n    ),\n"
    }
    out += "  ]\n}\n"
    return out
  }

  @Test func generatedFileIsUpToDate() throws {
    let expected = Self.generate(try Self.lexiconFiles())
    let current = (try? String(contentsOf: Self.generatedPath, encoding: .utf8)) ?? ""
    if ProcessInfo.processInfo.environment["UPDATE_LEXICONS"] != nil, current != expected {
      try expected.write(to: Self.generatedPath, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      current == expected,
      "Sources/ReportKit/Lexicon/BuiltinLexiconText+Generated.swift is out of date: run UPDATE_LEXICONS=1 swift test --filter LexiconFilesTests"
    )
  }

  @Test func lexiconFilesAreSortedAndUnique() throws {
    for (name, text) in try Self.lexiconFiles() {
      let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
      #expect(
        rows == rows.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }, "\(name).txt is not sorted")
      #expect(Set(rows).count == rows.count, "\(name).txt has duplicate rows")
    }
  }

  /// Every file in Lexicons/ has a `LexiconName`, and every name a file: a
  /// list the engine cannot ask for, or a name with no list, fails here.
  @Test func everyLexiconFileHasAName() throws {
    let files = Set(try Self.lexiconFiles().map(\.0))
    #expect(files == Set(LexiconName.allCases.map(\.rawValue)))
    #expect(Set(BuiltinLexiconText.files.map(\.name)) == files)
  }

  @Test func builtinLexiconsLoad() {
    let l = Lexicons.builtin
    #expect(l.words(.domainWords).contains("习近平"))
    #expect(l.units.contains { $0.text == "万元" && $0.factor == 10000 && $0.base == "元" })
    #expect(!l.pairs(.sectionRoles).isEmpty)
  }

  /// A command that loads some lists alone (`segment` loads domain-words)
  /// gets the rows `builtin` holds for them, and nothing else.
  @Test func builtinOnlySomeListsHoldsTheirRows() {
    let all = Lexicons.builtin
    for name in LexiconName.allCases {
      let one = Lexicons.builtin(only: [name])
      #expect(one.rows(name) == all.rows(name), "\(name.rawValue)")
      #expect(!one.rows(name).isEmpty)
      #expect(one.tables.count == 1)
    }
  }

  /// The trie read straight from a built-in file's bytes holds the words of
  /// its first column, each with the index of its last row.
  @Test func builtinTrieHoldsTheFirstColumn() {
    for name in [LexiconName.domainWords, .units, .stopWords, .synonyms] {
      let words = Lexicons.builtin.words(name)
      let trie = Lexicons.builtinTrie(name)
      #expect(trie.count == Set(words).count && trie.count > 0, "\(name.rawValue)")
      var last: [String: Int] = [:]
      for (i, w) in words.enumerated() { last[w] = i }
      for (w, i) in last {
        let u = Array(w.utf16)
        let m = u.withUnsafeBufferPointer { trie.longestMatch($0, from: 0, limit: $0.count) }
        #expect(m?.length == u.count && m?.value == i, "\(w)")
      }
    }
  }

  /// A trie built from words answers as the words say: each word is found
  /// whole with the index of its last occurrence, and a prefix only if it is
  /// a word itself (Han, Latin, a surrogate pair, a duplicate, an empty word).
  @Test func wordTrieFromWords() {
    let words = ["法治", "法治政府", "ab", "𠀀字", "法治", "", "政府"]
    let trie = WordTrie(words)
    #expect(trie.count == 5)
    for w in ["法治", "法治政府", "ab", "𠀀字", "政府"] { #expect(trie.contains(w), "\(w)") }
    for w in ["法", "法治政", "a", "𠀀", "字"] { #expect(!trie.contains(w), "\(w)") }
    let u = Array("法治政府".utf16)
    let m = u.withUnsafeBufferPointer { trie.longestMatch($0, from: 0, limit: 2) }
    #expect(m?.length == 2 && m?.value == 4)
  }

  @Test func userLexiconExtendsANamedList() throws {
    var l = Lexicons.builtin
    let before = l.words(.notQuantities).count
    try l.addUserFile(text: "# lexicon: not-quantities\n五个一\n", path: "mine.txt")
    #expect(l.words(.notQuantities).count == before + 1)
    try l.addUserFile(text: "高兴镇\n", path: "words.txt")
    #expect(l.words(.domainWords).contains("高兴镇"))
    #expect(throws: LexiconError.self) { try l.addUserFile(text: "# lexicon: nonsense\nx\n", path: "bad.txt") }
  }
}
