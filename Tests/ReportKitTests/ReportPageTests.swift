import Foundation
import Testing

@testable import ReportKit

/// `analyze FILE --format html`: the page marks every figure, commitment,
/// target and problem in place, with marks that always nest.
@Suite struct ReportPageTests {
  /// The marks of `html` are balanced and properly nested (no `<mark>` closed
  /// out of order), counting `<strong>` too.
  static func nestsProperly(_ html: String) -> Bool {
    var stack: [String] = []
    for m in html.matches(of: /<(\/?)(mark|strong)\b[^>]*>/) {
      if m.1.isEmpty {
        stack.append(String(m.2))
      } else if stack.popLast() != String(m.2) {
        return false
      }
    }
    return stack.isEmpty
  }

  @Test func everyFigureOfTheSampleIsMarkedOnce() throws {
    let report = try Analyzer().analyze(path: Paths.seed)
    let page = ReportPageRenderer.render(report, audit: Auditor().audit(report))
    #expect(Self.nestsProperly(page))
    let ids = Set(page.matches(of: /data-kind="quantity" data-id="q(\d+)"/).map { Int($0.1)! })
    #expect(ids == Set(0..<report.quantities.count))
    #expect(report.quantities.count == 30)
    let problems = Set(page.matches(of: /data-kind="problem" data-id="p(\d+)"/).map { Int($0.1)! })
    #expect(problems.count == report.problems.count && !problems.isEmpty)
    // The section tree links to every heading.
    for i in report.document.sections.indices {
      #expect(page.contains("href=\"#s\(i)\"") && page.contains("id=\"s\(i)\""))
    }
    // No script: the page works with JavaScript off.
    #expect(!page.contains("<script"))
  }

  @Test func targetsOfAGovernmentWorkReportAreMarked() throws {
    let text =
      "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2025年工作回顾\n全年国内生产总值增长5%。\n"
      + "二、2026年经济社会发展总体要求和政策取向\n今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n"
    let report = try analyze(text)
    let page = ReportPageRenderer.render(report)
    #expect(Self.nestsProperly(page))
    #expect(!report.targets.isEmpty)
    #expect(page.contains("data-kind=\"target\""))
    #expect(page.contains("data-kind=\"quantity\" data-id=\"q1\" title=\"5 % · 约数"))
  }

  @Test func crossingSpansAreSplitAndTextIsEscaped() {
    let units = Array("一<b>&二三四五\n".utf16)
    let src = SourceText(units: units)
    let spans = [
      ReportPageRenderer.MarkSpan(
        range: SourceRange(0, 6), kind: .problem, id: "p0", title: "a\"b", data: [], order: 0),
      ReportPageRenderer.MarkSpan(range: SourceRange(4, 8), kind: .quantity, id: "q0", title: "x", data: [], order: 3),
    ]
    let html = ReportPageRenderer.marked(src, SourceRange(0, units.count - 1), spans)
    #expect(Self.nestsProperly(html))
    #expect(html.contains("&lt;b&gt;") && html.contains("&amp;") && html.contains("title=\"a&quot;b\""))
    // The quantity is cut where the problem ends: two pieces with one id.
    #expect(html.matches(of: /data-id="q0"/).count == 2)
  }

  static func checkComparePage(_ result: YearComparison) -> (targets: Int, commitments: Int) {
    let page = ComparisonRenderer.html(result)
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n") && !page.contains("<script"))
    let model = ComparisonRenderer.model(result)
    let targets = model.pairs.reduce(0) { $0 + $1.targets.count }
    let commitments = model.pairs.reduce(0) { $0 + $1.commitments.count }
    // One row per target, classed by its status; one status cell per commitment.
    #expect(page.matches(of: /<tr class="target (met|not_met|not_reported|unclear)">/).count == targets)
    #expect(
      page.matches(of: /<td><span class="status (followed_up|mentioned_only|not_mentioned)">/).count == commitments)
    return (targets, commitments)
  }

  @Test func comparePageColoursEachStatus() throws {
    let a = Analyzer()
    let older = try a.analyze(path: Paths.corpus.appendingPathComponent("gaoxing-2024-fazhi.txt").path)
    let newer = try a.analyze(path: Paths.corpus.appendingPathComponent("gaoxing-2025-fazhi.txt").path)
    let n = Self.checkComparePage(Comparer(options: CompareOptions()).compare([older, newer]))
    #expect(n.commitments > 0)
  }

  @Test(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
  func comparePageOfAStateCouncilPairHasItsTargets() throws {
    let a = Analyzer()
    let dir = Paths.shared.appendingPathComponent("state-council")
    let older = try a.analyze(path: dir.appendingPathComponent("state-council-2024.txt").path)
    let newer = try a.analyze(path: dir.appendingPathComponent("state-council-2025.txt").path)
    let n = Self.checkComparePage(Comparer(options: CompareOptions()).compare([older, newer]))
    #expect(n.targets > 0)
  }
}
