import Foundation
import Testing

@testable import ReportKit

/// `analyze batch --sqlite`: one database with a table per kind of row, keyed
/// by report.
@Suite struct SQLiteStoreTests {
  static func tempDB() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("analyze-\(UUID().uuidString).db").path
  }

  @Test func rowsMatchTheAnalysis() throws {
    let path = Self.tempDB()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let report = try Analyzer().analyze(path: Paths.seed)
    let audit = Auditor().audit(report)
    let store = try SQLiteStore(path: path)
    #expect(try store.add(audit) == 1)
    try store.finish()
    func count(_ table: String) throws -> Int {
      Int(try SQLiteStore.query(path, "SELECT count(*) FROM \(table) WHERE report_id = 1")[0][0] ?? "") ?? -1
    }
    #expect(try count("quantities") == report.quantities.count)
    #expect(try count("sections") == report.document.sections.count)
    #expect(try count("commitments") == report.commitments.count)
    #expect(try count("problems") == report.problems.count)
    #expect(try count("targets") == report.targets.count)
    #expect(try count("findings") == audit.findings.count)
    let unit = try SQLiteStore.query(path, "SELECT unit, kind, review_year, format FROM reports")
    #expect(unit == [["高兴镇", "fazhi", "2024", "text"]])
    // A figure's row: its text at its scalar offsets, its value, unit and section.
    let text = String(decoding: report.document.source.units, as: UTF16.self)
    let rows = try SQLiteStore.query(
      path,
      "SELECT q.text, q.start, q.\"end\", q.value, q.unit, s.title FROM quantities q JOIN sections s ON s.report_id = q.report_id AND s.idx = q.section ORDER BY q.idx"
    )
    #expect(rows.count == 30)
    for (q, row) in zip(report.quantities, rows) {
      let start = Int(row[1]!)!
      let end = Int(row[2]!)!
      #expect(text.scalars(start..<end) == row[0])
      #expect(Double(row[3]!) == q.value && row[4] == q.unit)
      #expect(row[5] == q.section.map { report.document.sections[$0].title })
    }
  }

  /// A target's row carries its kind of bound and whether it is a plan
  /// clause outside the target list (赤字率拟按3%安排).
  @Test func targetBoundsAndPlanClauses() throws {
    let path = Self.tempDB()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let report = try BoundOutcomeTests.report(2024, review: "过去一年，地区生产总值增长6%。", plan: BoundOutcomeTests.plan2024)
    let store = try SQLiteStore(path: path)
    #expect(try store.add(Auditor().audit(report)) == 1)
    try store.finish()
    let rows = try SQLiteStore.query(path, "SELECT metric, bound, plan_clause FROM targets ORDER BY idx")
    #expect(rows.count == report.targets.count)
    for (t, row) in zip(report.targets, rows) {
      #expect(row == [t.metric, t.bound?.rawValue, t.fromPlanClause ? "1" : "0"])
    }
    let planned = try SQLiteStore.query(
      path, "SELECT metric FROM targets WHERE plan_clause = 1 AND bound = 'amount' ORDER BY metric")
    #expect(planned == [["地方政府专项债券"], ["赤字率"]])
  }

  @Test func unwritablePathIsAnError() {
    #expect(throws: DatabaseError.self) { try SQLiteStore(path: "/nonexistent-dir/x.db") }
  }
}

/// The README's queries on the database of ../shared/corpus.
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct CorpusDatabaseTests {
  @Test func readmeQueriesAnswer() async throws {
    let path = SQLiteStoreTests.tempDB()
    defer { try? FileManager.default.removeItem(atPath: path) }
    let store = try SQLiteStore(path: path)
    let files = try ReportFinder.files([Paths.shared.path])
    let runner = BatchRunner(analyzer: Analyzer(), jobs: 2, keepResults: true)
    await runner.run(files) { item in
      if case .audited(_, _, let result) = item { try? store.add(result) }
    }
    try store.finish()
    let reports = try SQLiteStore.query(path, "SELECT count(*), count(DISTINCT unit) FROM reports")
    #expect(reports == [["\(files.count)", "\(files.count - 15 + 1)"]])  // 15 State Council years, one unit
    // The GDP growth target of every province (README).
    let gdp = try SQLiteStore.query(
      path,
      """
      SELECT r.unit, r.plan_year, t.value, t.high, t.approx
      FROM targets t JOIN reports r ON r.id = t.report_id
      WHERE r.kind = 'governmentWork' AND r.unit <> '国务院' AND t.horizon = 'this_year'
        AND t.metric = '国内生产总值增长' AND t.value IS NOT NULL
      ORDER BY r.unit
      """)
    let provinces = Set(gdp.map { $0[0]! })
    #expect(provinces.count >= 20)
    let divisions = AdminDivisions()
    for row in gdp {
      let place = String(row[0]!.dropLast("人民政府".count))
      #expect(divisions.division(named: place)?.level == "province", "\(row[0]!)")
      let v = Double(row[2]!)!
      #expect((3.0...8.0).contains(v), "\(row)")
    }
    // The figures of one metric across years (README): State Council reviews.
    let jobs = try SQLiteStore.query(
      path,
      """
      SELECT r.review_year, q.normalized_value FROM quantities q JOIN reports r ON r.id = q.report_id
      WHERE r.unit = '国务院' AND q.section_role = 'review' AND q.subject = '城镇新增就业' AND q.approx = 'exact'
        AND q.normalized_value < 20000000
      ORDER BY r.review_year
      """)
    #expect(jobs.count >= 14)
    #expect(jobs.allSatisfy { (10_000_000.0...15_000_000.0).contains(Double($0[1]!)!) })
  }
}
