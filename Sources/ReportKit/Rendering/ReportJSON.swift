import Foundation

/// The JSON form of one analysed report (`analyze FILE --format json`).
/// Documented in docs/json.md; `schemaVersion` changes when a field does.
public struct ReportJSON: Codable, Sendable {
  public static let schemaVersion = 2

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
    public var category: String
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

  /// A figure's row. Its JSON fields, their names and order are declared
  /// once, in `visitFields`; both writers follow it (and a test holds the
  /// stored properties to it).
  public struct QuantityJSON: Codable, Sendable, JSONFieldTable {
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
    public var category: String

    init(_ q: Quantity, _ doc: Document) {
      let span = doc.source.span(doc.original(q.range))
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
      category = q.category.name
    }

    func visitFields<V: JSONFieldVisitor>(_ v: inout V) {
      v.field("text", text)
      v.field("start", start)
      v.field("end", end)
      v.field("line", line)
      v.field("column", column)
      v.field("value", value)
      v.field("high", high)
      v.field("approx", approx)
      v.field("unit", unit)
      v.field("unitCategory", unitCategory)
      v.field("normalizedValue", normalizedValue)
      v.field("normalizedHigh", normalizedHigh)
      v.field("baseUnit", baseUnit)
      v.field("change", change)
      v.field("subject", subject)
      v.field("scope", scope)
      v.field("section", section)
      v.field("sectionRole", sectionRole)
      v.field("category", category)
    }

    public func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
  }

  /// A commitment's row, its fields declared once in `visitFields` (as for
  /// `QuantityJSON`).
  public struct CommitmentJSON: Codable, Sendable, JSONFieldTable {
    public var id: Int
    public var text: String
    public var span: Span
    public var isHeading: Bool
    public var parent: Int?
    public var verb: String?
    public var object: String
    public var intensity: String?
    /// Indices into `quantities`.
    public var quantities: [Int]
    public var deadline: String?
    public var measurable: Bool
    public var section: String?
    public var category: String

    func visitFields<V: JSONFieldVisitor>(_ v: inout V) {
      v.field("id", id)
      v.field("text", text)
      v.field("span", nested: span)
      v.field("isHeading", isHeading)
      v.field("parent", parent)
      v.field("verb", verb)
      v.field("object", object)
      v.field("intensity", intensity)
      v.field("quantities", nested: quantities)
      v.field("deadline", deadline)
      v.field("measurable", measurable)
      v.field("section", section)
      v.field("category", category)
    }

    public func encode(to encoder: Encoder) throws { try encodeFields(to: encoder) }
  }

  public struct ProblemJSON: Codable, Sendable {
    public var text: String
    public var span: Span
    public var marker: String?
    public var section: String?
    public var category: String
  }

  public struct TargetJSON: Codable, Sendable {
    public var metric: String
    public var text: String
    public var span: Span
    public var value: Double?
    public var high: Double?
    public var unit: String?
    public var approx: String?
    public var range: Bool
    public var horizon: String
    public var horizonYear: Int?
    public var category: String
    /// `floor`, `ceiling`, `band` or `amount` (Lexicons/metric-directions.txt).
    public var bound: String? = nil
    /// A plan clause outside the 主要预期目标 list.
    public var planClause: Bool? = nil
  }

  public var schemaVersion: Int
  public var file: String
  public var encoding: String
  /// `html` or `docx` when the text was extracted from a page or document
  /// (offsets are then into the extracted text); absent for plain text.
  public var inputFormat: String?
  public var metadata: Metadata
  public var counts: Counts
  public var sections: [SectionJSON]
  public var joins: [Join]
  public var quantities: [QuantityJSON]
  public var commitments: [CommitmentJSON]
  public var problems: [ProblemJSON]
  public var targets: [TargetJSON]
  /// Rows per category: sections, quantities, commitments, problems, targets.
  public var categories: [String: [String: Int]]

  /// The JSON model of a report. With `rows: false` the four large arrays
  /// (quantities, commitments, problems, targets) are left empty; `stream`
  /// writes them row by row.
  public init(_ report: Report, rows: Bool = true) {
    let doc = report.document
    let src = doc.source
    let m = doc.metadata
    schemaVersion = Self.schemaVersion
    file = report.path
    encoding = report.encoding
    inputFormat = report.format == .text ? nil : report.format.rawValue
    metadata = Metadata(
      title: m.title, titleSpan: m.titleRange.map { src.span($0) }, unit: m.unit,
      kind: m.kind.rawValue, kindName: m.kind.chineseName, reviewYear: m.reviewYear,
      planYear: m.planYear, deliveredYear: m.deliveredYear)
    counts = Counts(
      characters: src.scalarOffset(src.units.count), lines: src.lineCount,
      paragraphs: doc.paragraphCount, sections: doc.sections.count, joins: doc.joins.count,
      quantities: report.quantities.count)
    func section(_ i: Int) -> SectionJSON {
      let s = doc.sections[i]
      return SectionJSON(
        title: s.title, number: s.marker?.number, marker: s.marker?.kind.rawValue,
        markerText: s.marker.map { src.string($0.range) }, level: s.rank,
        markdownLevel: s.markdownLevel, role: s.role.rawValue, roleFromTitle: s.roleFromTitle,
        category: (report.sectionCategories.indices.contains(i) ? report.sectionCategories[i] : .other).name,
        heading: src.span(s.headingRange), titleSpan: src.span(s.titleRange),
        children: s.children.map(section))
    }
    sections = doc.topLevel.map(section)
    quantities = rows ? report.quantities.map { QuantityJSON($0, doc) } : []
    commitments = rows ? report.commitments.indices.map { Self.commitment(report, $0) } : []
    problems = rows ? report.problems.map { Self.problem(report, $0) } : []
    targets = rows ? report.targets.map { Self.target(report, $0) } : []
    categories = report.categoryCounts().mapValues { c in
      let counts = [
        ("sections", c.sections), ("quantities", c.quantities), ("commitments", c.commitments),
        ("problems", c.problems), ("targets", c.targets),
      ]
      return Dictionary(uniqueKeysWithValues: counts.filter { $0.1 > 0 })
    }
    joins = doc.joins.map { j in
      Join(
        span: src.span(j.before.union(j.after)), before: src.string(j.before),
        after: src.string(j.after))
    }
  }

  static func span(_ report: Report, _ r: AnalysisRange) -> Span {
    report.document.source.span(report.document.original(r))
  }

  static func commitment(_ report: Report, _ i: Int) -> CommitmentJSON {
    let c = report.commitments[i]
    return CommitmentJSON(
      id: i, text: report.text(of: c), span: span(report, c.range), isHeading: c.isHeading, parent: c.parent,
      verb: c.verb, object: report.object(of: c), intensity: c.intensity, quantities: c.quantities,
      deadline: c.deadline,
      measurable: c.measurable, section: c.section.map { report.document.sections[$0].title }, category: c.category.name
    )
  }

  static func problem(_ report: Report, _ p: Problem) -> ProblemJSON {
    ProblemJSON(
      text: p.text, span: span(report, p.range), marker: p.marker,
      section: p.section.map { report.document.sections[$0].title }, category: p.category.name)
  }

  static func target(_ report: Report, _ t: Target) -> TargetJSON {
    TargetJSON(
      metric: t.metric, text: t.text, span: span(report, t.range), value: t.value, high: t.high, unit: t.unit,
      approx: t.approx?.rawValue, range: t.high != nil, horizon: t.horizon.rawValue, horizonYear: t.horizonYear,
      category: t.category.name, bound: t.bound?.rawValue, planClause: t.fromPlanClause ? true : nil)
  }

  /// Writes the same JSON as `encode(ReportJSON(report))`, but row by row,
  /// so that memory does not hold the whole document twice (a 14 MB report
  /// makes about 100 MB of JSON). `out` receives pieces in order.
  public static func stream(_ report: Report, to out: (String) -> Void) {
    let head = ReportJSON(report, rows: false)
    func json<T: Encodable>(_ v: T) -> String { RowJSONEncoder.encode(v) }
    func rows<T>(_ name: String, _ items: [T], last: Bool = false, _ make: (Int, T) -> String) {
      out("  \"\(name)\": [")
      for (i, x) in items.enumerated() { out((i == 0 ? "\n    " : ",\n    ") + make(i, x)) }
      out(items.isEmpty ? "]" : "\n  ]")
      out(last ? "\n" : ",\n")
    }
    let doc = report.document
    out("{\n")
    out("  \"schemaVersion\": \(head.schemaVersion),\n")
    out("  \"file\": \(json(head.file)),\n")
    out("  \"encoding\": \(json(head.encoding)),\n")
    if let f = head.inputFormat { out("  \"inputFormat\": \(json(f)),\n") }
    out("  \"metadata\": \(json(head.metadata)),\n")
    out("  \"counts\": \(json(head.counts)),\n")
    out("  \"sections\": \(json(head.sections)),\n")
    out("  \"joins\": \(json(head.joins)),\n")
    rows("quantities", report.quantities) { _, q in json(QuantityJSON(q, doc)) }
    rows("commitments", report.commitments) { i, _ in json(commitment(report, i)) }
    rows("problems", report.problems) { _, p in json(problem(report, p)) }
    rows("targets", report.targets) { _, t in json(target(report, t)) }
    out("  \"categories\": \(json(head.categories))\n")
    out("}\n")
  }

  /// Encodes values as JSON with Chinese text kept readable: pretty through
  /// `JSONEncoder` (sorted keys), compact through the faster `RowJSONEncoder`
  /// (keys in declaration order, dictionaries sorted).
  public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
    if !pretty { return RowJSONEncoder.encode(value) }
    let enc = JSONEncoder()
    // Sorted keys: the same input gives the same bytes in every run.
    enc.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    guard let data = try? enc.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
