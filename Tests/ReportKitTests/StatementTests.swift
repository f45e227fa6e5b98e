import Foundation
import Testing

@testable import ReportKit

@Suite struct SeedStatementTests {
  let report = try! Analyzer().analyze(path: Paths.seed)

  @Test func threeHeadingCommitmentsWithTheirSubCommitments() {
    let cs = report.commitments
    let headings = cs.indices.filter { cs[$0].isHeading }
    #expect(headings.map { report.text(of: cs[$0]) } == ["进一步加强法治政府建设的组织领导", "进一步提高依法行政意识", "进一步提升行政执法水平"])
    #expect(headings.allSatisfy { cs[$0].parent == nil && cs[$0].intensity == "进一步" })
    let subs = cs.filter { !$0.isHeading }
    #expect(subs.count >= 12)
    #expect(subs.allSatisfy { $0.parent != nil })
    func parentText(_ text: String) -> String? {
      cs.first { report.text(of: $0).hasPrefix(text) }?.parent.map { report.text(of: cs[$0]) }
    }
    #expect(parentText("充分发挥法治政府建设工作领导小组的作用") == "进一步加强法治政府建设的组织领导")
    #expect(parentText("加强对干部的法治教育培训") == "进一步提高依法行政意识")
    #expect(parentText("建立健全依法行政考核机制") == "进一步提高依法行政意识")
    #expect(parentText("规范行政执法程序") == "进一步提升行政执法水平")
  }

  @Test func aSentenceWithSeveralPromisesSplits() {
    let cs = report.commitments.map(report.text(of:))
    #expect(cs.contains { $0.hasPrefix("加强对干部的法治教育培训") })
    #expect(cs.contains { $0.hasPrefix("提高干部对依法行政重要性的认识") })
    #expect(cs.contains { $0.hasPrefix("增强法治观念和依法行政意识") })
    let c = report.commitments.first { report.text(of: $0).hasPrefix("建立健全依法行政考核机制") }
    #expect(c?.verb == "建立健全")
    #expect(c.map(report.object(of:))?.hasPrefix("依法行政考核机制") == true)
  }

  @Test func problemsIncludeTheTwoAdmissions() {
    let ps = report.problems.map(\.text)
    #expect(ps.count >= 2)
    #expect(ps.contains { $0.contains("依法行政意识有待进一步提高") })
    #expect(ps.contains { $0.contains("法治观念和依法行政意识还不够强") })
    #expect(report.problems.allSatisfy { p in p.section.map { report.document.sections[$0].role } == .problems })
  }

  @Test func theProblemIsCoveredByTheMatchingCommitment() {
    let sim = TextSimilarity()
    let commitments = report.commitments.map(report.text(of:))
    sim.addToCollection(commitments)
    let best = sim.bestMatches("如依法行政意识有待进一步提高", in: commitments, k: 1).first
    #expect(best.map { commitments[$0.index] } == "进一步提高依法行政意识")
    let audit = Auditor().audit(report)
    let uncovered = audit.findings.filter { $0.ruleID == "problem-without-commitment" }.map {
      report.document.source.string($0.range)
    }
    #expect(!uncovered.contains { $0.contains("依法行政意识有待进一步提高") })
  }

  @Test func categories() {
    let d = report.document
    func cat(_ title: String) -> String? {
      d.sections.indices.first { d.sections[$0].title.hasPrefix(title) }.map { report.sectionCategories[$0].name }
    }
    #expect(cat("加强组织领导") == "组织领导")
    #expect(cat("规范行政执法") == "行政执法")
    #expect(cat("落实矛盾纠纷多元化解机制") == "矛盾纠纷化解")
    #expect(cat("深化政务公开") == "政务公开")
    let rate = report.quantities.first { $0.subject == "结案率" }
    #expect(rate?.category.name == "矛盾纠纷化解")
    #expect(CategoryIndex(lexicons: .builtin).category(of: "天气晴朗", taxonomy: .fazhi) == .other)
  }

  /// Every row is counted in its own category, once.
  @Test func categoryCountsCountEachRowOnce() {
    let counts = report.categoryCounts()
    #expect(counts.values.map(\.sections).reduce(0, +) == report.document.sections.count)
    #expect(counts.values.map(\.quantities).reduce(0, +) == report.quantities.count)
    #expect(counts.values.map(\.commitments).reduce(0, +) == report.commitments.count)
    #expect(counts.values.map(\.problems).reduce(0, +) == report.problems.count)
    #expect(counts.values.map(\.targets).reduce(0, +) == report.targets.count)
    #expect(counts["组织领导"]?.sections ?? 0 >= 1)
    let rate = report.quantities.first { $0.subject == "结案率" }
    #expect(counts[rate?.category.name ?? ""]?.quantities ?? 0 >= 1)
  }

  @Test func jsonCarriesTheRows() throws {
    let j = ReportJSON(report)
    #expect(j.commitments.count == report.commitments.count)
    #expect(j.problems.count == report.problems.count)
    let text = report.document.source.string(SourceRange(0, report.document.source.units.count))
    for c in j.commitments { #expect(text.scalars(c.span.start..<c.span.end) == c.span.text) }
    #expect(j.quantities.allSatisfy { !$0.category.isEmpty })
  }
}

@Suite struct SimilarityTests {
  @Test func sameWordsInAnotherOrderAreClose() {
    let s = TextSimilarity()
    #expect(s.similarity("依法行政意识有待进一步提高", "进一步提高依法行政意识") > 0.5)
    #expect(s.similarity("依法行政意识有待进一步提高", "加强经费保障和人员配备") < 0.2)
    #expect(s.similarity("", "加强") == 0)
  }

  @Test func bestMatchesAreOrdered() {
    let s = TextSimilarity()
    let m = s.bestMatches("提高执法水平", in: ["加强组织领导", "不断提升行政执法水平", "提高执法人员业务能力"], k: 3)
    #expect(m.first?.index == 1 || m.first?.index == 2)
    #expect(m.map(\.score) == m.map(\.score).sorted(by: >))
    #expect(!m.contains { $0.index == 0 && $0.score > m[0].score })
  }

  /// Searching an index gives exactly what comparing with every candidate
  /// gives: the same candidates, the same scores to the last bit.
  @Test func indexedSearchEqualsTheFullScan() throws {
    let r24 = try Analyzer().analyze(path: Paths.seed)
    let r25 = try Analyzer().analyze(path: Paths.corpus.appendingPathComponent("gaoxing-2025-fazhi.txt").path)
    let candidates = r25.document.paragraphs.flatMap { TextSpans.sentences(r25.document, $0.analysisRange) }
      .map { r25.document.text($0) }
    let queries = r24.commitments.map(r24.text(of:)) + r24.problems.map(\.text)
    let s = AnalysisEnvironment.builtin.makeSimilarity()
    s.addToCollection(candidates + queries)
    let index = s.index(candidates)
    #expect(candidates.count > 20 && queries.count > 20)
    for q in queries {
      let a = s.bestMatches(q, in: candidates, k: 3)
      let b = s.bestMatches(q, in: index, k: 3)
      #expect(a.map(\.index) == b.map(\.index) && a.map(\.score) == b.map(\.score), "\(q)")
    }
  }
}

@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct CorpusTargetTests {
  /// Targets come from plan passages only: in every provincial report the
  /// first 生产总值增长 figure is last year's outcome and must not be a target.
  @Test(arguments: Paths.sharedReports())
  func targetsComeOnlyFromPlans(_ path: String) throws {
    let r = try Analyzer().analyze(path: path)
    let d = r.document
    #expect(!r.targets.isEmpty, "no targets")
    for t in r.targets {
      let role = t.section.map { d.sections[$0].role }
      #expect(role == .plans || role == .targets)
    }
    let firstGrowth = r.quantities.first { $0.subject.contains("生产总值") && $0.change == "增长" }
    if let g = firstGrowth, let s = g.section, d.sections[s].role == .review {
      #expect(!r.targets.contains { $0.quantity.map { r.quantities[$0].range } == g.range })
    }
  }

  @Test(arguments: Paths.sharedReports().filter { $0.contains("state-council") })
  func everyStateCouncilReportHasGDPAndJobsTargets(_ path: String) throws {
    let r = try Analyzer().analyze(path: path)
    let thisYear = r.targets.filter { $0.horizon == .thisYear }
    let metrics = Set(thisYear.map(\.metric))
    // The 2020 report set no growth target, and says so.
    if !path.hasSuffix("2020.txt") { #expect(metrics.contains("国内生产总值增长"), "\(metrics)") }
    #expect(metrics.contains("居民消费价格涨幅"), "\(metrics)")
  }
}
