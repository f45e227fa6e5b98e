/// Assigns categories from the categories lexicon: the category whose
/// keywords occur most often in a text; 其他 when none does.
struct CategoryIndex: Sendable {
  /// Per taxonomy: its name, the keyword trie, each keyword's category
  /// number, and the category names. (Two taxonomies: a list beats hashing
  /// the name on every call.)
  let tries: [(taxonomy: String, trie: WordTrie, categories: [Int], names: [String])]

  init(lexicons: Lexicons) {
    var k: [String: [(String, String)]] = [:]
    for r in lexicons.rows(.categories) where r.count >= 3 {
      k[r[0], default: []].append((r[1], r[2]))
    }
    tries = k.keys.sorted().map { taxonomy in
      let list = k[taxonomy]!
      let names = Array(Set(list.map(\.0))).sorted()
      let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
      return (taxonomy, WordTrie(list.map(\.1)), list.map { index[$0.0]! }, names)
    }
  }

  func category(of text: String, taxonomy: Taxonomy) -> String {
    let u = Array(text.utf16)
    return u.withUnsafeBufferPointer { category(of: $0, 0..<$0.count, taxonomy: taxonomy) }
  }

  /// The category of a range of UTF-16 units: the one whose keywords cover
  /// the most characters; ties go to the name that sorts first.
  func category(of p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, taxonomy: Taxonomy) -> String {
    guard let t = tries.first(where: { $0.taxonomy == taxonomy.rawValue }) else { return "其他" }
    // Scores on the stack: this runs for every figure and clause.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: t.names.count) { score -> String in
      score.initialize(repeating: 0)
      var any = false
      t.trie.forEachMatch(p, in: r) { v, _, len in
        score[t.categories[v]] += len
        any = true
      }
      guard any else { return "其他" }
      var best = 0
      for i in score.indices where score[i] > score[best] { best = i }
      return t.names[best]
    }
  }

  func category(of doc: Document, _ r: AnalysisRange, taxonomy: Taxonomy) -> String {
    doc.analysis.units.withUnsafeBufferPointer { category(of: $0, r.offsets, taxonomy: taxonomy) }
  }
}
