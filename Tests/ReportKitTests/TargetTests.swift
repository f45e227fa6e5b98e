import Foundation
import Testing

@testable import ReportKit

/// The main expected targets of six State Council reports, written by hand
/// (Fixtures/targets/state-council-targets.tsv).
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct StateCouncilTargetTests {
  struct Row: Sendable {
    var year: Int
    var metric: String
    var text: String
    var value: Double?
    var high: Double?
    var unit: String?
    var approx: String?
  }

  static let rows: [Row] = {
    let url = Paths.fixtures.appendingPathComponent("targets/state-council-targets.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 7, let y = Int(f[0]) else { return nil }
      func opt(_ s: String) -> String? { s == "-" ? nil : s }
      return Row(
        year: y, metric: f[1], text: f[2], value: Double(f[3]), high: Double(f[4]), unit: opt(f[5]), approx: opt(f[6]))
    }
  }()

  static let years = Array(Set(rows.map(\.year))).sorted()

  @Test func atLeastFourYears() { #expect(Self.years.count >= 4) }

  /// Every quantitative target of the year is found with the right metric,
  /// value, range end and qualifier; qualitative ones are found as text.
  @Test(arguments: years)
  func targetList(_ year: Int) throws {
    let path = Paths.shared.appendingPathComponent("state-council/state-council-\(year).txt").path
    let r = try Analyzer().analyze(path: path)
    let got = r.targets.filter { $0.horizon == .thisYear }
    var missing: [String] = []
    for g in Self.rows where g.year == year {
      if let v = g.value {
        let hit = got.contains { t in
          t.metric == g.metric && t.value.map { abs($0 - v) <= 1e-6 * max(1, v) } == true
            && (g.high == nil || t.high == g.high)
            && (g.approx == nil || t.approx?.rawValue == g.approx || (g.approx == "at_least" && t.approx == .moreThan))
        }
        if !hit { missing.append("\(g.metric) \(g.text)") }
      } else {
        if !got.contains(where: { $0.value == nil && (g.text.contains($0.text) || $0.text.contains(g.text)) }) {
          missing.append("(定性) \(g.text)")
        }
      }
    }
    let quantitative = Self.rows.filter { $0.year == year && $0.value != nil }.count
    let found = Self.rows.filter { $0.year == year }.count - missing.count
    print("targets \(year): \(found)/\(Self.rows.filter { $0.year == year }.count); missing: \(missing)")
    #expect(missing.filter { !$0.hasPrefix("(定性)") }.count * 10 <= quantitative, "\(missing)")
    #expect(missing.count * 5 <= Self.rows.filter { $0.year == year }.count, "\(missing)")
  }
}
