import Foundation

/// Similarity of short Chinese texts (a problem and a commitment, a
/// commitment and next year's review), over segmented words with the
/// stop-word lexicon removed, plus character bigrams so that 提高 … 意识 and
/// 意识 … 提高 still meet. Cosine over TF-IDF weights, where the IDF comes
/// from the texts the index was built on.
///
/// One piece for every matching the tool does: problem coverage,
/// commitment follow-up and repeated problems (compare). Features are
/// interned as integers and vectors kept sorted, so a comparison is one merge.
public final class TextSimilarity {
  let segmenter: Segmenter
  private let stopWords: Set<String>
  private var ids: [UInt64: Int32] = [:]
  let stopKeys: Set<UInt64>
  private var documentFrequency: [Int32] = []

  private var documents = 0
  /// Vectors already computed, by text (cleared when the collection grows).
  private var cache: [String: Vector] = [:]
  /// The features of the texts added to the collection, as ids with the
  /// word flag in the top bit: their vectors need not segment them again.
  private var added: [String: (features: [UInt32], units: [UInt16], words: [Range<Int>])] = [:]

  struct Vector {
    var ids: [Int32]
    var weights: [Double]
    var norm: Double
    /// The text's canonical units and its words of two or more units (for
    /// words held by their characters), when the vector was made from a text.
    var units: [UInt16] = []
    var words: [Range<Int>] = []
  }

  /// The collection as the coverage search (TextSimilarity+Coverage.swift)
  /// reads it: the id of a feature key some added text holds, and a key's
  /// inverse document frequency weight.
  func featureID(_ key: UInt64) -> Int32? { ids[key] }
  func idf(_ key: UInt64) -> Double {
    let n = Double(max(documents, 1))
    let df = ids[key].map { Double(documentFrequency[Int($0)]) } ?? 0
    return log((n + 1) / (df + 1)) + 1
  }

  public convenience init(lexicons: Lexicons = .builtin) {
    self.init(trie: WordTrie(lexicons.words(.domainWords)), stopWords: lexicons.words(.stopWords))
  }

  /// Synonyms (synonyms.txt: the group's word, then a synonym), read as
  /// the group's word before the features are taken.
  private let synonymTrie: WordTrie
  private let synonymTargets: [[UInt16]]

  /// Whether a one-character stop word (的, 须, 经) ends a run of bigrams:
  /// 项须 and 须经 in 事项须经审查 are no content of either side.
  private let functionWordsSplitBigrams: Bool

  public init(
    trie: WordTrie, stopWords: [String], synonyms: [(String, String)] = [], functionWordsSplitBigrams: Bool = false
  ) {
    synonymTrie = WordTrie(synonyms.map(\.1))
    synonymTargets = synonyms.map { Array($0.0.utf16) }
    segmenter = Segmenter(trie: trie)
    self.stopWords = Set(stopWords)
    stopKeys = Set(stopWords.map { Self.hash(Array($0.utf16), 0..<$0.utf16.count) })
    self.functionWordsSplitBigrams = functionWordsSplitBigrams
  }

  /// The starts of the character bigrams taken from `u`: two Han
  /// characters, the pair no stop word, and (with
  /// `functionWordsSplitBigrams`) neither character a one-character stop
  /// word of the segmentation.
  func bigramStarts(_ u: [UInt16], _ tokens: [Token]) -> [Int] {
    var function: [Bool] = []
    if functionWordsSplitBigrams {
      function = Array(repeating: false, count: u.count)
      for t in tokens where t.range.count == 1 && stopKeys.contains(Self.hash(u, t.range)) {
        function[t.range.lowerBound] = true
      }
    }
    var out: [Int] = []
    var i = 0
    while i + 1 < u.count {
      if Self.isHan(u[i]) && Self.isHan(u[i + 1]) && (function.isEmpty || (!function[i] && !function[i + 1]))
        && !stopKeys.contains(Self.hash(u, i..<(i + 2)))
      {
        out.append(i)
      }
      i += 1
    }
    return out
  }

  /// The features of a text, as keys: its content words and the character
  /// bigrams inside Han runs (tagged apart by the top bit). Stop words and
  /// bare numbers are left out.
  func featureKeys(_ text: String) -> [(key: UInt64, word: Bool)] {
    let u = canonical(text)
    var tokens: [Token] = []
    segmenter.segment(u, into: &tokens)
    return featureKeys(u, tokens)
  }

  /// The features of canonical units and their segmentation.
  func featureKeys(_ u: [UInt16], _ tokens: [Token]) -> [(key: UInt64, word: Bool)] {
    var out: [(key: UInt64, word: Bool)] = []  // labelled as returned: no cast (a copy) on return
    out.reserveCapacity(tokens.count + u.count)
    for t in tokens where t.kind == .word {
      let k = Self.hash(u, t.range)
      if !stopKeys.contains(k) { out.append((k, true)) }
    }
    for i in bigramStarts(u, tokens) {
      out.append(((UInt64(u[i]) << 16 | UInt64(u[i + 1])) | 1 << 63, false))
    }
    return out
  }

  /// The features as readable strings (`w:` words, `b:` bigrams), for tests and notes.
  public func features(_ text: String) -> [String] {
    let u = canonical(text)
    var tokens: [Token] = []
    segmenter.segment(u, into: &tokens)
    var out = tokens.filter { $0.kind == .word }.map { String(decoding: u[$0.range], as: UTF16.self) }
      .filter { !stopWords.contains($0) }.map { "w:" + $0 }
    for i in bigramStarts(u, tokens) { out.append("b:" + String(decoding: u[i..<(i + 2)], as: UTF16.self)) }
    return out
  }

  /// The text's units with each synonym (longest first) replaced by its
  /// group's word.
  func canonical(_ text: String) -> [UInt16] {
    let u = Array(text.utf16)
    guard !synonymTargets.isEmpty else { return u }
    var out: [UInt16] = []
    out.reserveCapacity(u.count)
    u.withUnsafeBufferPointer { p in
      var i = 0
      while i < p.count {
        if let m = synonymTrie.longestMatch(p, from: i, limit: p.count) {
          out += synonymTargets[m.value]
          i += m.length
        } else {
          out.append(p[i])
          i += 1
        }
      }
    }
    return out
  }

  @inline(__always)
  static func isHan(_ c: UInt16) -> Bool { (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) }

  /// FNV-1a over UTF-16 units, top bit cleared (word keys).
  @inline(__always)
  static func hash(_ u: [UInt16], _ r: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in r {
      h = (h ^ UInt64(u[i])) &* 0x100_0000_01b3
    }
    return h & ~(1 << 63)
  }

  private func id(_ f: UInt64) -> Int32 {
    if let i = ids[f] { return i }
    let i = Int32(documentFrequency.count)
    ids[f] = i
    documentFrequency.append(0)
    return i
  }

  /// Adds texts to the collection the IDF weights come from.
  public func addToCollection(_ texts: [String]) {
    cache.removeAll()
    for t in texts {
      documents += 1
      let (fs, u, words) = read(t)
      for f in Set(fs.map { $0 & 0x7FFF_FFFF }) { documentFrequency[Int(f)] += 1 }
      added[t] = (fs, u, words)
      for c in u where Self.isHan(c) && lastText[Int(c)] != Int32(documents) {
        lastText[Int(c)] = Int32(documents)
        characterFrequency[Int(c)] += 1
      }
    }
  }

  /// Texts of the collection holding each Han character: how rare a
  /// morpheme is (参, 训 against 法, 人).
  private var characterFrequency = [Int32](repeating: 0, count: 0x10000)
  /// The last text each character was counted for.
  private var lastText = [Int32](repeating: 0, count: 0x10000)

  /// The distinct Han characters of some units.
  static func hanCharacters<C: Collection>(_ u: C) -> Set<UInt16> where C.Element == UInt16 {
    var out = Set<UInt16>()
    for c in u where isHan(c) { out.insert(c) }
    return out
  }

  /// The weight of a Han character by its rarity in the collection.
  func characterWeight(_ c: UInt16) -> Double {
    let n = Double(max(documents, 1))
    return log((n + 1) / (Double(characterFrequency[Int(c)]) + 1)) + 1
  }

  /// How much of a word a text holds that does not hold the word whole:
  /// a word of two or more Han characters counts for the share of its
  /// characters the text holds, rare characters weighing most, and at
  /// most as half a word (a word weighs twice a bigram). So 参训 is partly
  /// held by 参加培训, 调解 by 调处, 应诉率 by 出庭率 … 诉讼, without a synonym row.
  static let morphemeCredit = 0.5
  /// How many of the best candidates of a search are scored again with
  /// morphemes.
  static let morphemeCandidates = 3

  /// A word's distinct Han characters, each with its position and weight
  /// (for `morphemeShare`).
  struct Morphemes {
    var units: [UInt16] = []
    var positions: [Int] = []
    var weights: [Double] = []
    var total = 0.0
  }

  func morphemes(_ u: [UInt16], _ r: Range<Int>) -> Morphemes {
    var m = Morphemes()
    for i in r where Self.isHan(u[i]) && !m.units.contains(u[i]) {
      let w = characterWeight(u[i])
      m.units.append(u[i])
      m.positions.append(i)
      m.weights.append(w)
      m.total += w
    }
    return m
  }

  /// The share of a word of `r` (by the rarity of its characters) that a
  /// text holds only by its characters: those for which `holds` is true
  /// and that no bigram of the word the text holds (`pairHeld(i)`: the
  /// bigram at `i`) already counts for; times `morphemeCredit`. 0 for a
  /// word of fewer than two Han characters, or when less than half of it
  /// is held so.
  func morphemeShare(
    _ m: Morphemes, _ r: Range<Int>, holds: (UInt16) -> Bool, pairHeld: (Int) -> Bool
  ) -> Double {
    guard m.units.count >= 2, m.total > 0 else { return 0 }
    var held = 0.0
    for k in m.units.indices {
      let i = m.positions[k]
      let covered = (i > r.lowerBound && pairHeld(i - 1)) || (i + 1 < r.upperBound && pairHeld(i))
      if !covered && holds(m.units[k]) { held += m.weights[k] }
    }
    // At least half of the word must be there (调 of 调解 in 调处; not 法 alone of 行政执法).
    guard held * 2 >= m.total else { return 0 }
    return Self.morphemeCredit * held / m.total
  }

  /// Whether a sorted array holds `x`.
  @inline(__always)
  static func sortedContains<T: Comparable>(_ a: [T], _ x: T) -> Bool {
    var lo = 0
    var hi = a.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo < a.count && a[lo] == x
  }

  /// Feature keys as ids, the word flag in the top bit.
  func features(keys: [(key: UInt64, word: Bool)]) -> [UInt32] {
    keys.map { UInt32(id($0.key)) | ($0.word ? 1 << 31 : 0) }
  }

  func vector(_ text: String) -> Vector {
    if let v = cache[text] { return v }
    var v: Vector
    if let a = added[text] {
      v = vector(features: a.features)
      (v.units, v.words) = (a.units, a.words)
    } else {
      let (fs, u, words) = read(text)
      v = vector(features: fs)
      (v.units, v.words) = (u, words)
    }
    cache[text] = v
    return v
  }

  /// A text's features, its canonical units and its words of two or more
  /// units, segmented once.
  func read(_ text: String) -> (features: [UInt32], units: [UInt16], words: [Range<Int>]) {
    let u = canonical(text)
    var tokens: [Token] = []
    segmenter.segment(u, into: &tokens)
    let words = tokens.filter { $0.kind == .word && $0.range.count >= 2 }.map(\.range)
    return (features(keys: featureKeys(u, tokens)), u, words)
  }

  /// The vector of a text's features (ids with the word flag).
  func vector(features: [UInt32]) -> Vector {
    var tf: [Int32: (count: Double, word: Bool)] = [:]
    for f in features { tf[Int32(f & 0x7FFF_FFFF), default: (0, f >> 31 == 1)].count += 1 }
    let n = Double(max(documents, 1))
    let sorted = tf.keys.sorted()
    var weights: [Double] = []
    weights.reserveCapacity(sorted.count)
    var norm = 0.0
    for k in sorted {
      let (c, word) = tf[k]!
      let df = Double(documentFrequency[Int(k)])
      // Words count twice as much as bigrams.
      let w = (1 + log(c)) * (log((n + 1) / (df + 1)) + 1) * (word ? 2 : 1)
      weights.append(w)
      norm += w * w
    }
    return Vector(ids: sorted, weights: weights, norm: norm.squareRoot())
  }

  /// Cosine similarity of two texts, 0 to 1.
  public func similarity(_ a: String, _ b: String) -> Double {
    cosine(vector(a), vector(b))
  }

  /// The best matches of `query` among `candidates`: index and score, best
  /// first, at most `k`, scores above zero only.
  public func bestMatches(_ query: String, in candidates: [String], k: Int = 3) -> [(index: Int, score: Double)] {
    let q = vector(query)
    var scored: [(Int, Double)] = []
    for (i, c) in candidates.enumerated() {
      let s = cosine(q, vector(c))
      if s > 0 { scored.append((i, s)) }
    }
    return scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(k).map { ($0.0, $0.1) }
  }

  /// Candidates indexed by feature, so that a search touches only the
  /// candidates sharing a feature with the query (comparing every commitment
  /// with every review sentence grew with the square of the reports' length:
  /// a pair of 1 MB volumes took 32 s).
  public struct Index {
    let vectors: [Vector]
    /// Feature id → the candidates holding it, with their weights, in
    /// candidate order.
    let postings: [Int32: [(candidate: Int32, weight: Double)]]
    /// Each candidate's Han characters (for words held only by their
    /// characters).
    let characterSets: [[UInt16]]
  }

  /// Indexes `candidates` (their vectors are weighted by the collection as
  /// it stands: add every text first).
  public func index(_ candidates: [String]) -> Index {
    let vectors = candidates.map(vector)
    var postings: [Int32: [(candidate: Int32, weight: Double)]] = [:]
    for (c, v) in vectors.enumerated() {
      for (k, id) in v.ids.enumerated() { postings[id, default: []].append((Int32(c), v.weights[k])) }
    }
    let sets = vectors.map { Self.hanCharacters($0.units).sorted() }
    return Index(vectors: vectors, postings: postings, characterSets: sets)
  }

  /// The same answer as `bestMatches(_:in:k:)` over the indexed candidates:
  /// scores are summed in feature order, as the merge in `cosine` sums them.
  public func bestMatches(_ query: String, in index: Index, k: Int = 3) -> [(index: Int, score: Double)] {
    let q = vector(query)
    guard q.norm > 0 else { return [] }
    var dots: [Int: Double] = [:]
    for (i, id) in q.ids.enumerated() {
      for (c, w) in index.postings[id] ?? [] { dots[Int(c), default: 0] += q.weights[i] * w }
    }
    var scored: [(Int, Double)] = []
    for (c, dot) in dots {
      let n = index.vectors[c].norm
      guard n > 0 else { continue }
      let s = dot / (q.norm * n)
      if s > 0 { scored.append((c, s)) }
    }
    return scored.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }.prefix(k).map { ($0.0, $0.1) }
  }

  func cosine(_ x: Vector, _ y: Vector) -> Double {
    guard x.norm > 0, y.norm > 0 else { return 0 }
    var i = 0
    var j = 0
    var dot = 0.0
    while i < x.ids.count && j < y.ids.count {
      let a = x.ids[i]
      let b = y.ids[j]
      if a == b {
        dot += x.weights[i] * y.weights[j]
        i += 1
        j += 1
      } else if a < b {
        i += 1
      } else {
        j += 1
      }
    }
    return dot / (x.norm * y.norm)
  }
}
