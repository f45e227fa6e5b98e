/// The result of analysing one report.
public struct Report: Sendable {
  /// The path the report was read from, as given.
  public var path: String
  /// The encoding it was decoded from.
  public var encoding: String
  /// What the file was (text, a web page, a Word document); the document's
  /// text, and so every offset, is the text extracted from a page or document.
  public var format: InputFormat = .text
  /// The report's structure and text.
  public var document: Document
  /// Every counted figure, in text order.
  public var quantities: [Quantity]
  /// The lexicons it was read with.
  public var lexicons: Lexicons
  public var commitments: [Commitment] = []
  public var problems: [Problem] = []
  public var targets: [Target] = []
  /// The category of each section, parallel to `document.sections`.
  public var sectionCategories: [String] = []
  /// The taxonomy the categories come from (`fazhi` or `gov`).
  public var taxonomy: String = "fazhi"
  /// The domain-word trie of the lexicons, built once per Analyzer.
  public var domainTrie = WordTrie([])

  /// A segmenter for this report's lexicons (not thread-safe: one per use).
  public func makeSegmenter() -> Segmenter { Segmenter(trie: domainTrie) }

  /// A similarity index over this report's lexicons.
  /// With `synonyms`, words of the synonyms lexicon count as the word of
  /// their group (举办 as 开展).
  public func makeSimilarity(synonyms: Bool = false) -> TextSimilarity {
    TextSimilarity(
      trie: domainTrie, stopWords: lexicons.words("stop-words"), synonyms: synonyms ? lexicons.pairs("synonyms") : [])
  }
}

/// Reads reports: decoding, structure, and everything later stages add.
///
/// One `Analyzer` holds the lexicons and may be shared; it builds what is not
/// thread-safe (the ICU segmenter) per call.
public struct Analyzer: Sendable {
  public let lexicons: Lexicons
  let parser: DocumentParser
  let quantityExtractor: QuantityExtractor
  let statements: StatementExtractor
  let domainTrie: WordTrie

  /// The largest input taken, in bytes (`InputReader.maxBytes` for the
  /// analysis; the audit and compare set `InputReader.maxAuditBytes`).
  public var maxInputBytes = InputReader.maxBytes

  public init(lexicons: Lexicons = .builtin) {
    self.lexicons = lexicons
    self.parser = DocumentParser(lexicons: lexicons)
    self.quantityExtractor = QuantityExtractor(lexicons: lexicons)
    self.statements = StatementExtractor(lexicons: lexicons)
    self.domainTrie = WordTrie(lexicons.words("domain-words"))
  }

  /// Reads and analyses the file at `path`: text, a web page or a Word
  /// document, found by content unless `format` forces one.
  public func analyze(path: String, encoding: String? = nil, format: InputFormat? = nil) throws -> Report {
    // The file's bytes are released once decoded, before the analysis grows.
    let decoded = try InputDocument.decode(
      InputReader.bytes(at: path, limit: maxInputBytes), path: path, encoding: encoding, format: format)
    return analyze(decoded: decoded, path: path)
  }

  /// Analyses the bytes of a report read from `path`.
  public func analyze(bytes: [UInt8], path: String, encoding: String? = nil, format: InputFormat? = nil) throws
    -> Report
  {
    analyze(decoded: try InputDocument.decode(bytes, path: path, encoding: encoding, format: format), path: path)
  }

  /// Analyses text already decoded.
  public func analyze(decoded: DecodedText, path: String) -> Report {
    let doc = parser.parse(decoded.units)
    var quantities = quantityExtractor.extract(doc)
    let taxonomy = doc.metadata.kind == .governmentWork ? "gov" : "fazhi"
    let cats = statements.categories
    // The sentence's category, once per sentence: a sentence listing
    // thousands of figures is scanned once, not once per figure.
    var lastSentence = 0..<0
    var lastSentenceCategory = "其他"
    for i in quantities.indices {
      let q = quantities[i]
      // On the units themselves: no String made per figure.
      let c = q.subjectRange.map { cats.category(of: doc, $0, taxonomy: taxonomy) } ?? "其他"
      if c != "其他" {
        quantities[i].category = c
        continue
      }
      let sentence = doc.sentence(at: q.range.lowerBound)
      if sentence != lastSentence {
        lastSentence = sentence
        lastSentenceCategory = cats.category(of: doc, sentence, taxonomy: taxonomy)
      }
      quantities[i].category = lastSentenceCategory
    }
    var report = Report(
      path: path, encoding: decoded.encoding, document: doc, quantities: quantities, lexicons: lexicons)
    report.taxonomy = taxonomy
    report.format = decoded.format
    report.domainTrie = domainTrie
    report.sectionCategories = doc.sections.map { s in
      let c = cats.category(of: s.title, taxonomy: taxonomy)
      if c != "其他" { return c }
      let body = s.analysisRange.lowerBound..<min(s.analysisRange.upperBound, s.analysisRange.lowerBound + 300)
      return cats.category(of: doc, body, taxonomy: taxonomy)
    }
    report.commitments = statements.commitments(doc, quantities, taxonomy: taxonomy)
    report.problems = statements.problems(doc, taxonomy: taxonomy)
    report.targets = statements.targets(doc, quantities, taxonomy: taxonomy)
    return report
  }
}
