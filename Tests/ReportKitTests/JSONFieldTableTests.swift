import Foundation
import Testing

@testable import ReportKit

/// The JSON rows declare their fields once, in a table: the table names every
/// stored property, in declaration order, under the property's own name (the
/// name decoding reads), and writing a row writes those keys in that order.
@Suite struct JSONFieldTableTests {
  /// Records the names of the fields a row visits.
  struct NameRecorder: JSONFieldVisitor {
    var names: [String] = []
    mutating func field(_ k: String, _ v: String) { names.append(k) }
    mutating func field(_ k: String, _ v: Int) { names.append(k) }
    mutating func field(_ k: String, _ v: Double) { names.append(k) }
    mutating func field(_ k: String, _ v: Bool) { names.append(k) }
    mutating func field<T: JSONScalar>(_ k: String, _ v: T?) { names.append(k) }
    mutating func field<T: Encodable>(_ k: String, nested v: T) { names.append(k) }
  }

  func check<Row: JSONFieldTable>(_ row: Row) throws {
    var recorder = NameRecorder()
    row.visitFields(&recorder)
    let names = recorder.names
    let properties = Mirror(reflecting: row).children.compactMap(\.label)
    #expect(names == properties, "\(Row.self)")
    // The compact writer writes the table's keys in its order (nil fields left out).
    let written = RowJSONEncoder.encode(row)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
    let present = names.filter { object[$0] != nil }
    var at = written.startIndex
    for name in present {
      let r = try #require(written.range(of: "\"\(name)\":", range: at..<written.endIndex), "\(name)")
      at = r.upperBound
    }
    #expect(Set(object.keys) == Set(present))
  }

  @Test func quantityAndCommitmentRowsFollowTheirTables() throws {
    let report = try Analyzer().analyze(path: Paths.seed)
    let model = ReportJSON(report)
    let q = try #require(model.quantities.first)
    let c = try #require(model.commitments.first)
    try check(q)
    try check(c)
  }
}
