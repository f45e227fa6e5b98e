/// What an analysis reads besides the text: the lexicons and everything built
/// from them once (tries, extractors), and factories for what may not be
/// shared between threads (the ICU segmenter).
///
/// One environment is built per set of lexicons and handed on: the `Analyzer`
/// runs its extractors, the `Auditor` gives it to each rule through
/// `RuleContext.environment`, and the `Comparer` reads plans with it. A
/// `Report` holds only results.
public struct AnalysisEnvironment: Sendable {
  /// The lexicons everything here was built from.
  public let lexicons: Lexicons
  /// The domain-word trie (`Lexicons/domain-words.txt`).
  public let domainTrie: WordTrie
  let stopWords: [String]
  let parser: DocumentParser
  let quantityExtractor: QuantityExtractor
  let statements: StatementExtractor

  public init(lexicons: Lexicons = .builtin) {
    self.lexicons = lexicons
    domainTrie = WordTrie(lexicons.words(.domainWords))
    stopWords = lexicons.words(.stopWords)
    parser = DocumentParser(lexicons: lexicons)
    quantityExtractor = QuantityExtractor(lexicons: lexicons)
    statements = StatementExtractor(lexicons: lexicons)
  }

  /// The environment of the built-in lexicons, built once.
  public static let builtin = AnalysisEnvironment()

  /// A segmenter over the domain words (not thread-safe: one per use).
  public func makeSegmenter() -> Segmenter { Segmenter(trie: domainTrie) }

  /// A similarity index over the domain words and stop words (one per use).
  public func makeSimilarity() -> TextSimilarity { TextSimilarity(trie: domainTrie, stopWords: stopWords) }
}
