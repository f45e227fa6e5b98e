/// A category of the taxonomy a report is read with: a name from the rows of
/// `categories.txt`, which users extend (an open set, so a struct, not an
/// enum), or `.other` when no keyword of any category occurs.
public struct Category: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The name as in `categories.txt` (其他 for `.other`).
  public let name: String

  public init(_ name: String) { self.name = name }

  /// No category's keyword occurs in the text.
  public static let other = Category("其他")

  public var isOther: Bool { self == .other }

  public var description: String { name }

  public static func < (a: Category, b: Category) -> Bool { a.name < b.name }
}

/// Assigns categories from the categories lexicon: the category whose
/// keywords occur most often in a text; `.other` when none does.
struct CategoryIndex: Sendable {
  /// Per taxonomy: its name, the keyword trie, each keyword's category
  /// number, and the category names. (Two taxonomies: a list beats hashing
  /// the name on every call.)
  let tries: [(taxonomy: String, trie: WordTrie, categories: [Int], names: [Category])]

  init(lexicons: Lexicons) {
    var k: [String: [(String, String)]] = [:]
    for r in lexicons.rows(.categories) where r.count >= 3 {
      k[r[0], default: []].append((r[1], r[2]))
    }
    tries = k.keys.sorted().map { taxonomy in
      let list = k[taxonomy]!
      let names = Array(Set(list.map(\.0))).sorted()
      let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
      return (taxonomy, WordTrie(list.map(\.1)), list.map { index[$0.0]! }, names.map(Category.init))
    }
  }

  func category(of text: String, taxonomy: Taxonomy) -> Category {
    let u = Array(text.utf16)
    return u.withUnsafeBufferPointer { category(of: $0, 0..<$0.count, taxonomy: taxonomy) }
  }

  /// The category of a range of UTF-16 units: the one whose keywords cover
  /// the most characters; ties go to the name that sorts first.
  func category(of p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, taxonomy: Taxonomy) -> Category {
    guard let t = tries.first(where: { $0.taxonomy == taxonomy.rawValue }) else { return .other }
    // Scores on the stack: this runs for every figure and clause.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: t.names.count) { score -> Category in
      score.initialize(repeating: 0)
      var any = false
      t.trie.forEachMatch(p, in: r) { v, _, len in
        score[t.categories[v]] += len
        any = true
      }
      guard any else { return .other }
      var best = 0
      for i in score.indices where score[i] > score[best] { best = i }
      return t.names[best]
    }
  }

  func category(of doc: Document, _ r: AnalysisRange, taxonomy: Taxonomy) -> Category {
    doc.analysis.units.withUnsafeBufferPointer { category(of: $0, r.offsets, taxonomy: taxonomy) }
  }
}
