import Foundation
import Testing

@testable import ReportKit

@Suite struct SeedStructureTests {
  let report = try! Analyzer().analyze(path: Paths.seed)
  var doc: Document { report.document }

  @Test func metadata() {
    let m = doc.metadata
    #expect(m.title == "高兴镇 2024 年法治政府建设工作报告")
    #expect(m.unit == "高兴镇")
    #expect(m.kind == .fazhi)
    #expect(m.reviewYear == 2024)
    #expect(m.planYear == 2025)
  }

  @Test func fiveTopLevelPartsWithRoles() {
    let top = doc.topLevel.map { doc.sections[$0] }
    #expect(top.map(\.marker?.number) == [1, 2, 3, 4, 5])
    #expect(top.map(\.role) == [.review, .problems, .leaders, .suggestions, .plans])
    #expect(
      top.map(\.title) == [
        "2024 年法治政府建设主要工作及成效", "存在的主要问题", "主要负责人履行职责情况", "有关意见建议", "2025年主要工作安排",
      ])
    #expect(top.allSatisfy { $0.roleFromTitle })
  }

  @Test func sevenSubsectionsOfPartOne() {
    let one = doc.sections[doc.topLevel[0]]
    let subs = one.children.map { doc.sections[$0] }
    #expect(subs.count == 7)
    #expect(subs.map(\.marker?.number) == Array(1...7))
    #expect(subs.allSatisfy { $0.marker?.kind == .chineseParen && $0.marker?.fullWidthBrackets == true })
    #expect(subs[0].title == "加强组织领导，压实法治政府建设责任")
    #expect(subs[3].title == "规范行政执法，提升执法水平")
    #expect(subs.allSatisfy { $0.role == .review })
    // Part 五's three sub-commitments use half-width brackets.
    let five = doc.sections[doc.topLevel[4]]
    let plans = five.children.map { doc.sections[$0] }
    #expect(plans.map(\.title) == ["进一步加强法治政府建设的组织领导", "进一步提高依法行政意识", "进一步提升行政执法水平"])
    #expect(plans.allSatisfy { $0.marker?.fullWidthBrackets == false && $0.role == .plans })
  }

  @Test func markdownLevelsAreKept() {
    let top = doc.topLevel.map { doc.sections[$0] }
    #expect(top.map(\.markdownLevel) == [2, 2, 3, 3, 3])
  }

  @Test func threeJoinedParagraphs() {
    let pairs = doc.joins.map { j -> String in
      let before = doc.source.string(SourceRange(j.before.upperBound - 2, j.before.upperBound))
      let after = doc.source.string(SourceRange(j.after.lowerBound, j.after.lowerBound + 2))
      return before + "|" + after
    }
    #expect(pairs == ["利益|的重", "办件|34", "力支|持。"])
  }

  @Test func joinedParagraphReadsAsOne() {
    let text = doc.analysis.string(AnalysisRange(0, doc.analysis.units.count))
    #expect(text.contains("群众切身利益的重大决策事项"))
    #expect(text.contains("其中线上办件347 件"))
    #expect(text.contains("提供有力支持。"))
    #expect(!text.contains("**"))
  }

  @Test func spansPointAtWhatTheyClaim() throws {
    let json = ReportJSON(report)
    let text = doc.source.string(SourceRange(0, doc.source.units.count))
    func check(_ s: ReportJSON.SectionJSON) {
      #expect(text.scalars(s.titleSpan.start..<s.titleSpan.end) == s.title)
      #expect(text.scalars(s.heading.start..<s.heading.end) == s.heading.text)
      #expect(s.heading.text.contains(s.title))
      s.children.forEach(check)
    }
    json.sections.forEach(check)
    #expect(json.metadata.titleSpan?.line == 3)
    #expect(json.metadata.titleSpan?.column == 3)
  }
}

@Suite struct StructureTests {
  @Test func headingMarkers() {
    func marker(_ s: String) -> HeadingMarker? {
      let u = Array(s.utf16)
      return MarkerParser.parse(u, from: 0, to: u.count)
    }
    #expect(marker("一、总体情况")?.kind == .chineseComma)
    #expect(marker("十二、其他")?.number == 12)
    #expect(marker("（十一）牢牢守住")?.number == 11)
    #expect(marker("(三) 进一步")?.fullWidthBrackets == false)
    #expect(marker("1.加强")?.kind == .arabicDot)
    #expect(marker("2、加强")?.kind == .arabicDot)
    #expect(marker("（2）加强")?.kind == .arabicParen)
    #expect(marker("1.5万亿元") == nil)
    #expect(marker("2024年") == nil)
    #expect(marker("一是加强") == nil)
    #expect(marker("三项制度") == nil)
  }

  @Test func nonBMPTextKeepsScalarOffsets() throws {
    let r = try analyze("𠀀标题报告\n一、𠀀工作回顾\n全年培训𠀀干部。\n")
    let s = r.document.sections[0]
    let span = r.document.source.span(s.titleRange)
    #expect(span.text == "𠀀工作回顾")
    #expect(span.line == 2 && span.column == 3)
    #expect(span.start == 8)
  }

  @Test func crlfAndFullWidthAreHandled() throws {
    let r = try analyze("工作报告\r\n一、２０２４年工作回顾\r\n全年办件１８５４件。\r\n二、下一步工作打算\r\n继续加强。\r\n")
    let d = r.document
    #expect(d.sections.count == 2)
    #expect(d.source.lineCount == 5)
    let text = d.analysis.string(AnalysisRange(0, d.analysis.units.count))
    #expect(text.contains("1854件"))
    #expect(d.joins.isEmpty)
    #expect(d.metadata.reviewYear == 2024)
  }
}

@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct CorpusStructureTests {
  /// delivered year per file, from SOURCES.tsv
  static func deliveredYears() -> [String: Int] {
    let tsv = (try? String(contentsOf: Paths.shared.appendingPathComponent("SOURCES.tsv"), encoding: .utf8)) ?? ""
    var out: [String: Int] = [:]
    for line in tsv.split(separator: "\n").dropFirst() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count > 3, let y = Int(f[3].prefix(4)) else { continue }
      out[String(f[0])] = y
    }
    return out
  }

  @Test(arguments: Paths.sharedReports())
  func reportHasReviewAndPlanAndRightYears(_ path: String) throws {
    let r = try Analyzer().analyze(path: path)
    let d = r.document
    let key = path.components(separatedBy: "/").suffix(2).joined(separator: "/")
    let delivered = try #require(Self.deliveredYears()[key])
    #expect(d.metadata.kind == .governmentWork, "\(key)")
    #expect(d.metadata.reviewYear == delivered - 1, "\(key)")
    #expect(d.metadata.planYear == delivered, "\(key)")
    let roles = Set(d.topLevel.map { d.sections[$0].role })
    #expect(roles.contains(.review), "\(key) has no review part")
    #expect(roles.contains(.plans) || roles.contains(.targets), "\(key) has no plan part")
    #expect(d.metadata.unit != nil, "\(key) has no unit")
  }
}

@Suite struct TextConversionTests {
  @Test(arguments: ["", "a", "é°±", "高兴镇 2024 年", "𠀀中", "x\u{FF10}✓"])
  func unitsToStringRoundTrip(_ s: String) {
    let u = Array(s.utf16)
    let back = u.withUnsafeBufferPointer { $0.string(0..<$0.count) }
    #expect(back == s)
  }

  @Test func aLoneSurrogateFallsBackSafely() {
    let u: [UInt16] = [0x4E2D, 0xD840]
    let s = u.withUnsafeBufferPointer { $0.string(0..<2) }
    #expect(s == "中\u{FFFD}")
  }
}
