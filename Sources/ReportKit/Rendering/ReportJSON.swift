import Foundation

/// The JSON form of one analysed report (`analyze FILE --format json`).
/// Documented in docs/json.md; `schemaVersion` changes when a field does.
public struct ReportJSON: Codable, Sendable {
  public static let schemaVersion = 1

  public struct Metadata: Codable, Sendable {
    public var title: String?
    public var titleSpan: Span?
    public var unit: String?
    public var kind: String
    public var kindName: String
    public var reviewYear: Int?
    public var planYear: Int?
    public var deliveredYear: Int?
  }

  public struct SectionJSON: Codable, Sendable {
    public var title: String
    public var number: Int?
    public var marker: String?
    public var markerText: String?
    public var level: Int
    public var markdownLevel: Int?
    public var role: String
    public var roleFromTitle: Bool
    public var heading: Span
    public var titleSpan: Span
    public var children: [SectionJSON]
  }

  public struct Join: Codable, Sendable {
    /// From the last character before the break to the first after it.
    public var span: Span
    public var before: String
    public var after: String
  }

  public struct Counts: Codable, Sendable {
    public var characters: Int
    public var lines: Int
    public var paragraphs: Int
    public var sections: Int
    public var joins: Int
    public var quantities: Int
  }

  public struct QuantityJSON: Codable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int
    public var value: Double
    public var high: Double?
    public var approx: String
    public var unit: String
    public var unitCategory: String
    public var normalizedValue: Double
    public var normalizedHigh: Double?
    public var baseUnit: String
    public var change: String?
    public var subject: String
    public var scope: String?
    public var section: String?
    public var sectionRole: String?

    init(_ q: Quantity, _ doc: Document) {
      let span = doc.source.span(doc.analysis.originalRange(q.range))
      text = span.text
      start = span.start
      end = span.end
      line = span.line
      column = span.column
      value = q.value
      high = q.high
      approx = q.approx.rawValue
      unit = q.unit
      unitCategory = q.unitCategory
      normalizedValue = q.normalizedValue
      normalizedHigh = q.normalizedHigh
      baseUnit = q.baseUnit
      change = q.change
      subject = q.subject
      scope = q.scope
      section = q.section.map { doc.sections[$0].title }
      sectionRole = q.section.map { doc.sections[$0].role.rawValue }
    }
  }

  public var schemaVersion: Int
  public var file: String
  public var encoding: String
  public var metadata: Metadata
  public var counts: Counts
  public var sections: [SectionJSON]
  public var joins: [Join]
  public var quantities: [QuantityJSON]

  public init(_ report: Report) {
    let doc = report.document
    let src = doc.source
    let m = doc.metadata
    schemaVersion = Self.schemaVersion
    file = report.path
    encoding = report.encoding
    metadata = Metadata(
      title: m.title, titleSpan: m.titleRange.map { src.span($0) }, unit: m.unit,
      kind: m.kind.rawValue, kindName: m.kind.chineseName, reviewYear: m.reviewYear,
      planYear: m.planYear, deliveredYear: m.deliveredYear)
    counts = Counts(
      characters: src.scalarOffset(src.units.count), lines: src.lineCount,
      paragraphs: doc.paragraphs.count, sections: doc.sections.count, joins: doc.joins.count,
      quantities: report.quantities.count)
    func section(_ i: Int) -> SectionJSON {
      let s = doc.sections[i]
      return SectionJSON(
        title: s.title, number: s.marker?.number, marker: s.marker?.kind.rawValue,
        markerText: s.marker.map { src.string($0.range) }, level: s.rank,
        markdownLevel: s.markdownLevel, role: s.role.rawValue, roleFromTitle: s.roleFromTitle,
        heading: src.span(s.headingRange), titleSpan: src.span(s.titleRange),
        children: s.children.map(section))
    }
    sections = doc.topLevel.map(section)
    quantities = report.quantities.map { QuantityJSON($0, doc) }
    joins = doc.joins.map { j in
      Join(
        span: src.span(j.before.lowerBound..<j.after.upperBound), before: src.string(j.before),
        after: src.string(j.after))
    }
  }

  /// Encodes values as pretty JSON with Chinese text kept readable.
  public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    guard let data = try? enc.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
