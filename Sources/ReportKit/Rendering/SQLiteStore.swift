import CSQLite
import Foundation

/// A failure writing the batch database.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var message: String
  public var description: String { "\(path): 无法写入 SQLite 数据库（\(message)）" }
}

/// `analyze batch --sqlite FILE`: the analyses and audits of many reports in
/// one SQLite database (the system libsqlite3), one table per kind of row,
/// every row keyed by its report (`report_id` → `reports.id`).
///
/// Offsets (`start`, `end`) are Unicode scalar offsets into the report's text
/// (the extracted text for a page or a Word document), lines and columns
/// 1-based, as in the JSON. Sections are numbered in document order (`idx`),
/// and rows name their section by that number. The schema is `SQLiteStore.schema`.
/// Not thread-safe: one writer adds the reports in turn.
public final class SQLiteStore: @unchecked Sendable {
  public static let schema = """
    CREATE TABLE reports (
      id INTEGER PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT,
      title TEXT, unit TEXT, kind TEXT, review_year INTEGER, plan_year INTEGER, delivered_year INTEGER,
      characters INTEGER, quantities INTEGER, commitments INTEGER, problems INTEGER, targets INTEGER,
      errors INTEGER, warnings INTEGER);
    CREATE TABLE sections (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, parent INTEGER,
      depth INTEGER, title TEXT, role TEXT, category TEXT, line INTEGER, PRIMARY KEY (report_id, idx));
    CREATE TABLE quantities (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, text TEXT,
      value REAL, high REAL, unit TEXT, unit_category TEXT, normalized_value REAL, normalized_high REAL,
      base_unit TEXT, approx TEXT, change TEXT, subject TEXT, scope TEXT, category TEXT,
      section INTEGER, section_role TEXT, start INTEGER, "end" INTEGER, line INTEGER, "column" INTEGER,
      PRIMARY KEY (report_id, idx));
    CREATE TABLE commitments (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, text TEXT, verb TEXT,
      object TEXT, intensity TEXT, deadline TEXT, measurable INTEGER, is_heading INTEGER, parent INTEGER,
      category TEXT, section INTEGER, start INTEGER, "end" INTEGER, line INTEGER,
      PRIMARY KEY (report_id, idx));
    CREATE TABLE problems (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, text TEXT, marker TEXT,
      category TEXT, section INTEGER, start INTEGER, "end" INTEGER, line INTEGER,
      PRIMARY KEY (report_id, idx));
    CREATE TABLE targets (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, metric TEXT, text TEXT,
      value REAL, high REAL, unit TEXT, approx TEXT, horizon TEXT, horizon_year INTEGER, category TEXT,
      bound TEXT, plan_clause INTEGER NOT NULL, section INTEGER, start INTEGER, "end" INTEGER, line INTEGER,
      PRIMARY KEY (report_id, idx));
    CREATE TABLE findings (
      report_id INTEGER NOT NULL REFERENCES reports(id), idx INTEGER NOT NULL, rule TEXT, severity TEXT,
      message TEXT, note TEXT, start INTEGER, "end" INTEGER, line INTEGER, "column" INTEGER,
      PRIMARY KEY (report_id, idx));
    CREATE INDEX quantities_subject ON quantities(subject);
    CREATE INDEX targets_metric ON targets(metric);
    CREATE INDEX reports_unit ON reports(unit, review_year);
    """

  let path: String
  var db: OpaquePointer?
  var statements: [String: OpaquePointer] = [:]
  var nextID = 1

  /// Creates the database at `path` anew (an existing file is replaced).
  public init(path: String) throws {
    self.path = path
    try? FileManager.default.removeItem(atPath: path)
    if sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) != SQLITE_OK {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "无法打开"
      sqlite3_close(db)
      db = nil
      throw DatabaseError(path: path, message: message)
    }
    try exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    try exec(Self.schema)
    try exec("BEGIN")
  }

  deinit {
    for (_, s) in statements { sqlite3_finalize(s) }
    if let d = db { sqlite3_close(d) }
  }

  func exec(_ sql: String) throws {
    var err: UnsafeMutablePointer<CChar>? = nil
    if sqlite3_exec(db, sql, nil, nil, &err) != SQLITE_OK {
      let message = err.map { String(cString: $0) } ?? "SQL 错误"
      sqlite3_free(err)
      throw DatabaseError(path: path, message: message)
    }
  }

  /// A value bound to a statement's parameter.
  enum Value {
    case int(Int?)
    case real(Double?)
    case text(String?)
  }

  static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Inserts one row into `table` (columns in schema order).
  func insert(_ table: String, _ values: [Value]) throws {
    let stmt: OpaquePointer
    if let s = statements[table] {
      stmt = s
    } else {
      let sql =
        "INSERT INTO \(table) VALUES (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")"
      var s: OpaquePointer? = nil
      guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK, let p = s else {
        throw DatabaseError(path: path, message: String(cString: sqlite3_errmsg(db)))
      }
      statements[table] = p
      stmt = p
    }
    for (i, v) in values.enumerated() {
      let k = Int32(i + 1)
      switch v {
      case .int(let x?): sqlite3_bind_int64(stmt, k, Int64(x))
      case .real(let x?): sqlite3_bind_double(stmt, k, x)
      case .text(let x?): sqlite3_bind_text(stmt, k, x, -1, Self.transient)
      default: sqlite3_bind_null(stmt, k)
      }
    }
    let rc = sqlite3_step(stmt)
    sqlite3_reset(stmt)
    sqlite3_clear_bindings(stmt)
    if rc != SQLITE_DONE { throw DatabaseError(path: path, message: String(cString: sqlite3_errmsg(db))) }
  }

  /// Adds one audited report and all its rows; returns its id.
  @discardableResult
  public func add(_ result: AuditResult) throws -> Int {
    let report = result.report
    let doc = report.document
    let src = doc.source
    let m = doc.metadata
    let id = nextID
    nextID += 1
    func span(_ analysis: AnalysisRange) -> Span { src.span(doc.original(analysis)) }
    let errors = result.findings.filter { $0.severity == .error }.count
    let warnings = result.findings.filter { $0.severity == .warning }.count
    try insert(
      "reports",
      [
        .int(id), .text(report.path), .text(report.format.rawValue), .text(report.encoding), .text(m.title),
        .text(m.unit), .text(m.kind.rawValue), .int(m.reviewYear), .int(m.planYear), .int(m.deliveredYear),
        .int(src.scalarOffset(src.units.count)), .int(report.quantities.count), .int(report.commitments.count),
        .int(report.problems.count), .int(report.targets.count), .int(errors), .int(warnings),
      ])
    for (i, s) in doc.sections.enumerated() {
      try insert(
        "sections",
        [
          .int(id), .int(i), .int(s.parent), .int(s.depth), .text(s.title), .text(s.role.rawValue),
          .text(i < report.sectionCategories.count ? report.sectionCategories[i].name : nil),
          .int(src.position(s.headingRange.lowerBound).line),
        ])
    }
    for (i, q) in report.quantities.enumerated() {
      let sp = span(q.range)
      try insert(
        "quantities",
        [
          .int(id), .int(i), .text(sp.text), .real(q.value), .real(q.high), .text(q.unit), .text(q.unitCategory),
          .real(q.normalizedValue), .real(q.normalizedHigh), .text(q.baseUnit), .text(q.approx.rawValue),
          .text(q.change), .text(q.subject.isEmpty ? nil : q.subject), .text(q.scope), .text(q.category.name),
          .int(q.section), .text(q.section.map { doc.sections[$0].role.rawValue }), .int(sp.start), .int(sp.end),
          .int(sp.line), .int(sp.column),
        ])
    }
    for (i, c) in report.commitments.enumerated() {
      let sp = span(c.range)
      try insert(
        "commitments",
        [
          .int(id), .int(i), .text(report.text(of: c)), .text(c.verb), .text(report.object(of: c)),
          .text(c.intensity), .text(c.deadline), .int(c.measurable ? 1 : 0), .int(c.isHeading ? 1 : 0),
          .int(c.parent), .text(c.category.name), .int(c.section), .int(sp.start), .int(sp.end), .int(sp.line),
        ])
    }
    for (i, p) in report.problems.enumerated() {
      let sp = span(p.range)
      try insert(
        "problems",
        [
          .int(id), .int(i), .text(p.text), .text(p.marker), .text(p.category.name), .int(p.section), .int(sp.start),
          .int(sp.end), .int(sp.line),
        ])
    }
    for (i, t) in report.targets.enumerated() {
      let sp = span(t.range)
      try insert(
        "targets",
        [
          .int(id), .int(i), .text(t.metric), .text(t.text), .real(t.value), .real(t.high), .text(t.unit),
          .text(t.approx?.rawValue), .text(t.horizon.rawValue), .int(t.horizonYear), .text(t.category.name),
          .text(t.bound?.rawValue), .int(t.fromPlanClause ? 1 : 0), .int(t.section), .int(sp.start), .int(sp.end),
          .int(sp.line),
        ])
    }
    for (i, f) in result.findings.enumerated() {
      let sp = src.span(f.range)
      try insert(
        "findings",
        [
          .int(id), .int(i), .text(f.ruleID), .text(f.severity.rawValue), .text(f.message), .text(f.note),
          .int(sp.start), .int(sp.end), .int(sp.line), .int(sp.column),
        ])
    }
    return id
  }

  /// Commits the rows and closes the database.
  public func finish() throws {
    try exec("COMMIT")
    for (_, s) in statements { sqlite3_finalize(s) }
    statements = [:]
    sqlite3_close(db)
    db = nil
  }

  /// The rows `sql` returns, each column as text (nil for NULL): for tests and
  /// for reading a database back.
  public static func query(_ path: String, _ sql: String) throws -> [[String?]] {
    var db: OpaquePointer? = nil
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
      defer { sqlite3_close(db) }
      throw DatabaseError(path: path, message: db.map { String(cString: sqlite3_errmsg($0)) } ?? "无法打开")
    }
    defer { sqlite3_close(db) }
    var stmt: OpaquePointer? = nil
    guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
      throw DatabaseError(path: path, message: String(cString: sqlite3_errmsg(db)))
    }
    defer { sqlite3_finalize(stmt) }
    var rows: [[String?]] = []
    while sqlite3_step(stmt) == SQLITE_ROW {
      let n = sqlite3_column_count(stmt)
      rows.append(
        (0..<n).map { k in
          sqlite3_column_text(stmt, k).map { String(cString: $0) }
        })
    }
    return rows
  }
}
