import Foundation
import Testing

@testable import ReportKit

/// The hand-written gold of figures in whole paragraphs of reports other
/// than the seed (Fixtures/quantities/gold-other-reports.tsv; the annotation
/// rule is at its top). Precision and recall of value+unit, and how often the
/// approximation and subject of a found figure are right, on the develop and
/// check halves of ../shared/corpus/SPLIT.tsv. The figures are printed.
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct QuantityGoldTests {
  struct Row {
    var report: String
    var line: Int
    var text: String
    var value: Double
    var unit: String
    var approx: String
    var subject: String?
  }

  struct Score {
    var gold = 0
    var found = 0
    var right = 0  // value and unit right
    var approxSubjectRight = 0
    var misses: [String] = []
    var precision: Double { found == 0 ? 0 : Double(right) / Double(found) }
    var recall: Double { gold == 0 ? 0 : Double(right) / Double(gold) }
    var approxSubject: Double { right == 0 ? 0 : Double(approxSubjectRight) / Double(right) }
  }

  static func rows() throws -> [Row] {
    try fixtureRows("gold-other-reports.tsv").map { r in
      Row(
        report: r[0], line: Int(r[1])!, text: r[2], value: Double(r[3])!, unit: r[4] == "-" ? "" : r[4],
        approx: r[5], subject: r[6] == "-" ? nil : r[6])
    }
  }

  static func roles() throws -> [String: String] {
    let text = try String(contentsOf: Paths.shared.appendingPathComponent("SPLIT.tsv"), encoding: .utf8)
    var out: [String: String] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let f = line.split(separator: "\t")
      if f.count >= 2 { out[String(f[0])] = String(f[1]) }
    }
    return out
  }

  static func subjectRight(_ got: String, _ want: String) -> Bool {
    got.contains(want) && got.count <= 2 * want.count + 6
  }

  static func score() throws -> [String: Score] {
    let roles = try roles()
    var scores: [String: Score] = [:]
    let x = QuantityExtractor()
    let byParagraph = Dictionary(grouping: try rows()) { "\($0.report)\t\($0.line)" }
    for (_, gold) in byParagraph {
      let report = gold[0].report
      let role = try #require(roles[report], "\(report) not in SPLIT.tsv")
      let file = try String(contentsOf: Paths.shared.appendingPathComponent(report), encoding: .utf8)
      let lines = file.split(separator: "\n", omittingEmptySubsequences: false)
      let text = String(lines[gold[0].line - 1])
      var got = x.extract(text: text)
      var s = scores[role] ?? Score()
      s.gold += gold.count
      s.found += got.count
      for g in gold {
        // The first unmatched figure written the same way.
        guard let k = got.firstIndex(where: { text.scalars($0.range) == g.text }) else {
          s.misses.append("\(report):\(g.line) missed \(g.text)")
          continue
        }
        let q = got.remove(at: k)
        guard abs(q.normalizedValue - g.value) <= 1e-6 * max(1, abs(g.value)), q.baseUnit == g.unit else {
          s.misses.append("\(report):\(g.line) \(g.text): \(q.normalizedValue) \(q.baseUnit)")
          continue
        }
        s.right += 1
        let subjectOK = g.subject.map { Self.subjectRight(q.subject, $0) } ?? true
        // Without section roles a plan's 以上 reads more_than; at_least in the gold accepts it.
        let approxOK = q.approx.rawValue == g.approx || (g.approx == "at_least" && q.approx == .moreThan)
        if approxOK && subjectOK {
          s.approxSubjectRight += 1
        } else {
          s.misses.append(
            "\(report):\(g.line) \(g.text): \(q.approx.rawValue) “\(q.subject)” ≠ \(g.approx) “\(g.subject ?? "-")”")
        }
      }
      for q in got { s.misses.append("\(report):\(gold[0].line) spurious \(text.scalars(q.range))") }
      scores[role] = s
    }
    return scores
  }

  @Test func goldIsLargeAndCoversBothHalves() throws {
    let rows = try Self.rows()
    #expect(rows.count >= 130)
    #expect(Set(rows.map(\.report)).count >= 7)
    let roles = try Self.roles()
    #expect(rows.allSatisfy { roles[$0.report] != nil && !$0.report.hasPrefix("seed/") })
  }

  /// Floors set a little under what was measured when the gold was written,
  /// so that a regression fails; the numbers are printed.
  @Test func precisionRecallAndSubjects() throws {
    let scores = try Self.score()
    for (role, s) in scores.sorted(by: { $0.key < $1.key }) {
      print(
        String(
          format: "gold %@: %d figures, %d found; value+unit precision %.3f recall %.3f; approx+subject %.3f",
          role, s.gold, s.found, s.precision, s.recall, s.approxSubject))
      print(s.misses.map { "  " + $0 }.joined(separator: "\n"))
    }
    let check = try #require(scores["check"])
    let develop = try #require(scores["develop"])
    // Issue 13's bar, on the half the rules were not written on.
    #expect(check.precision >= 0.97 && check.recall >= 0.97)
    #expect(develop.precision >= 0.97 && develop.recall >= 0.97)
    #expect(check.approxSubject >= 0.9 && develop.approxSubject >= 0.9)
  }
}
