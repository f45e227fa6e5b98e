import Foundation

/// Similarity of short Chinese texts (a problem and a commitment, a
/// commitment and next year's review), over segmented words with the
/// stop-word lexicon removed, plus character bigrams so that 提高 … 意识 and
/// 意识 … 提高 still meet. Cosine over TF-IDF weights, where the IDF comes
/// from the texts the index was built on.
///
/// One piece for every matching the tool does: problem coverage (issue 5),
/// commitment follow-up and repeated problems (compare).
public final class TextSimilarity {
  private let segmenter: Segmenter
  private let stopWords: Set<String>
  private var documentFrequency: [String: Int] = [:]
  private var documents = 0
  /// Weights already computed, by text (cleared when the collection grows).
  private var cache: [String: [String: Double]] = [:]

  public init(lexicons: Lexicons = .builtin) {
    segmenter = Segmenter(lexicons: lexicons)
    stopWords = Set(lexicons.words("stop-words"))
  }

  /// The features of a text: its content words (`w:` prefix) and the
  /// character bigrams inside Han runs (`b:` prefix).
  public func features(_ text: String) -> [String] {
    var out: [String] = []
    for w in segmenter.words(text) where !stopWords.contains(w) && !w.allSatisfy({ $0.isNumber }) {
      out.append("w:" + w)
    }
    let chars = Array(text.unicodeScalars.filter { $0.properties.isIdeographic })
    if chars.count >= 2 {
      for i in 0..<(chars.count - 1) {
        var s = String.UnicodeScalarView()
        s.append(chars[i])
        s.append(chars[i + 1])
        let g = String(s)
        if !stopWords.contains(g) { out.append("b:" + g) }
      }
    }
    return out
  }

  /// Adds texts to the collection the IDF weights come from.
  public func addToCollection(_ texts: [String]) {
    cache.removeAll()
    for t in texts {
      documents += 1
      for f in Set(features(t)) { documentFrequency[f, default: 0] += 1 }
    }
  }

  func weights(of text: String) -> [String: Double] {
    if let w = cache[text] { return w }
    let w = weights(features(text))
    cache[text] = w
    return w
  }

  func weights(_ feats: [String]) -> [String: Double] {
    var tf: [String: Double] = [:]
    for f in feats { tf[f, default: 0] += 1 }
    var out: [String: Double] = [:]
    let n = Double(max(documents, 1))
    for (f, c) in tf {
      let df = Double(documentFrequency[f] ?? 0)
      let idf = log((n + 1) / (df + 1)) + 1
      // Words count twice as much as bigrams.
      out[f] = (1 + log(c)) * idf * (f.hasPrefix("w:") ? 2 : 1)
    }
    return out
  }

  /// Cosine similarity of two texts, 0 to 1.
  public func similarity(_ a: String, _ b: String) -> Double {
    cosine(weights(of: a), weights(of: b))
  }

  /// The best matches of `query` among `candidates`: index and score, best
  /// first, at most `k`, scores above zero only.
  public func bestMatches(_ query: String, in candidates: [String], k: Int = 3) -> [(index: Int, score: Double)] {
    let q = weights(of: query)
    return candidates.enumerated().map { ($0.offset, cosine(q, weights(of: $0.element))) }
      .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(k).map { ($0.0, $0.1) }
  }

  func cosine(_ x: [String: Double], _ y: [String: Double]) -> Double {
    var dot = 0.0
    for (k, v) in x { if let w = y[k] { dot += v * w } }
    let nx = x.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let ny = y.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return nx == 0 || ny == 0 ? 0 : dot / (nx * ny)
  }
}
