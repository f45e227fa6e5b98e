/// Reads reports: decoding, structure, and everything later stages add.
///
/// One `Analyzer` holds an `AnalysisEnvironment` and may be shared; it builds
/// what is not thread-safe (the ICU segmenter) per call.
public struct Analyzer: Sendable {
  /// The lexicons and what is built from them, handed on to the audit and
  /// the comparison.
  public let environment: AnalysisEnvironment
  public var lexicons: Lexicons { environment.lexicons }

  /// The largest input taken, in bytes (`InputReader.maxBytes` for the
  /// analysis; the audit and compare set `InputReader.maxAuditBytes`).
  public var maxInputBytes = InputReader.maxBytes

  public init(environment: AnalysisEnvironment) {
    self.environment = environment
  }

  public init(lexicons: Lexicons = .builtin) {
    self.init(environment: AnalysisEnvironment(lexicons: lexicons))
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
    let env = environment
    let doc = env.parser.parse(decoded.units)
    let roles = RoleIndex(doc)
    var quantities = env.quantityExtractor.extract(doc, roles: roles)
    let taxonomy: Taxonomy = doc.metadata.kind == .governmentWork ? .gov : .fazhi
    let cats = env.statements.categories
    // The sentence's category, once per sentence: a sentence listing
    // thousands of figures is scanned once, not once per figure.
    var lastSentence = AnalysisRange(0, 0)
    var lastSentenceCategory = Category.other
    for i in quantities.indices {
      // On the units themselves: no String made per figure, and no figure copied.
      let c = quantities[i].subjectRange.map { cats.category(of: doc, $0, taxonomy: taxonomy) } ?? .other
      if !c.isOther {
        quantities[i].category = c
        continue
      }
      let sentence = doc.sentence(at: quantities[i].range.lowerBound)
      if sentence != lastSentence {
        lastSentence = sentence
        lastSentenceCategory = cats.category(of: doc, sentence, taxonomy: taxonomy)
      }
      quantities[i].category = lastSentenceCategory
    }
    let sectionCategories = doc.sections.map { s in
      let c = cats.category(of: s.title, taxonomy: taxonomy)
      if !c.isOther { return c }
      let body = AnalysisRange(
        s.analysisRange.lowerBound, min(s.analysisRange.upperBound, s.analysisRange.lowerBound + 300))
      return cats.category(of: doc, body, taxonomy: taxonomy)
    }
    let commitments = env.statements.commitments(doc, quantities, taxonomy: taxonomy)
    let problems = env.statements.problems(doc, taxonomy: taxonomy)
    let targets = env.statements.targets(doc, quantities, taxonomy: taxonomy)
    return Report(
      path: path, encoding: decoded.encoding, format: decoded.format, document: doc, quantities: quantities,
      commitments: commitments, problems: problems, targets: targets, sectionCategories: sectionCategories,
      taxonomy: taxonomy, roles: roles)
  }
}
