/// The result of analysing one report.
public struct Report: Sendable {
  /// The path the report was read from, as given.
  public var path: String
  /// The encoding it was decoded from.
  public var encoding: String
  /// The report's structure and text.
  public var document: Document
  /// Every counted figure, in text order.
  public var quantities: [Quantity]
  /// The lexicons it was read with.
  public var lexicons: Lexicons
}

/// Reads reports: decoding, structure, and everything later stages add.
///
/// One `Analyzer` holds the lexicons and may be shared; it builds what is not
/// thread-safe (the ICU segmenter) per call.
public struct Analyzer: Sendable {
  public let lexicons: Lexicons
  let parser: DocumentParser
  let quantityExtractor: QuantityExtractor

  public init(lexicons: Lexicons = .builtin) {
    self.lexicons = lexicons
    self.parser = DocumentParser(lexicons: lexicons)
    self.quantityExtractor = QuantityExtractor(lexicons: lexicons)
  }

  /// Reads and analyses the file at `path`.
  public func analyze(path: String, encoding: String? = nil) throws -> Report {
    try analyze(bytes: InputReader.bytes(at: path), path: path, encoding: encoding)
  }

  /// Analyses the bytes of a report read from `path`.
  public func analyze(bytes: [UInt8], path: String, encoding: String? = nil) throws -> Report {
    let decoded = try TextDecoder.decode(bytes, path: path, encoding: encoding)
    let doc = parser.parse(decoded.units)
    let quantities = quantityExtractor.extract(doc)
    return Report(
      path: path, encoding: decoded.encoding, document: doc, quantities: quantities,
      lexicons: lexicons)
  }
}
