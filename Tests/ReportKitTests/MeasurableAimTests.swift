import Foundation
import Testing

@testable import ReportKit

/// Levels and increases of a town's measurable plans, figures named by
/// their own words, and problems named again in a later clause: on small
/// reports written for the tests (not the Corpus/towns pairs).
@Suite struct MeasurableAimTests {
  typealias P = PlanFollowUpTests

  func outcome(_ pair: ReportPair, _ older: Report, _ text: String) -> TargetOutcome? {
    pair.targets.first { older.document.text($0.target.range).contains(text) }
  }

  @Test func aLevelIsAnsweredByTheLevelReachedNotTheYearsIncrease() throws {
    let a = P.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。",
      plan: "（一）加强普法。全镇“法律明白人”增加到150名以上。")
    let b = P.report(
      "石桥镇", 2025, review: "（一）普法深入。培养“法律明白人”34名，全镇“法律明白人”总数达到162名。",
      problems: "宣传形式单一。", plan: "继续抓好宣传。")
    let (result, pair) = try P.compare(a, b)
    let o = outcome(pair, result.reports[pair.earlier], "增加到150名")
    #expect(o?.status == .met)
    #expect(o?.outcome?.value == 162)
  }

  @Test func anIncreaseAgainstALevelNeedsTheEarlierLevel() throws {
    let plan = "（一）充实队伍。力争新增持证执法人员3名。"
    let later = P.report(
      "石桥镇", 2025, review: "（一）队伍充实。镇综合执法队持证执法人员达到11名。", problems: "宣传形式单一。", plan: "继续抓好宣传。")
    // The earlier review gives the base: 11 − 9 = 2, short of 3.
    let withBase = P.report(
      "石桥镇", 2024, review: "（一）队伍建设。镇综合执法队现有持证执法人员9名。", problems: "宣传形式单一。", plan: plan)
    let (r1, p1) = try P.compare(withBase, later)
    let o1 = outcome(p1, r1.reports[p1.earlier], "新增持证执法人员3名")
    #expect(o1?.status == .notMet)
    #expect(o1?.value == 2)
    #expect(o1?.note.contains("11名 − 9名") == true)
    // No base: the level alone says nothing of the increase.
    let noBase = P.report("石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。", plan: plan)
    let (r2, p2) = try P.compare(noBase, later)
    let o2 = outcome(p2, r2.reports[p2.earlier], "新增持证执法人员3名")
    #expect(o2?.status == .notReported)
    #expect(o2?.note.contains("算不出新增") == true)
    // An increase stated answers it straight away.
    let stated = P.report(
      "石桥镇", 2025, review: "（一）队伍充实。新增持证执法人员4名。", problems: "宣传形式单一。", plan: "继续抓好宣传。")
    let (r3, p3) = try P.compare(noBase, stated)
    #expect(outcome(p3, r3.reports[p3.earlier], "新增持证执法人员3名")?.status == .met)
  }

  @Test func aFigureIsNamedByItsOwnWords() throws {
    let c = Comparer()
    let r = try Analyzer().analyze(
      bytes: Array(
        P.report(
          "石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。",
          plan: "八要力争信访事项及时受理率达到100%、按期办结率不低于95%。\n行政复议纠错率：5%以内。"
        ).utf8), path: "a.txt")
    func own(_ number: String) -> String? {
      r.quantities.first { r.document.text($0.numberRange) == number }.map { c.ownIdentity(r, $0) }
    }
    #expect(own("95") == "按期办结率")
    #expect(own("100") == "力争信访事项及时受理率")
    #expect(own("5") == "行政复议纠错率")
  }

  @Test func aConcernNamedInALaterClauseRepeats() throws {
    let a = P.report(
      "石桥镇", 2024, review: "全年召开会议3次。",
      problems: "部分执法人员对新修订的法规掌握不够，行政处罚决定书说理不充分。村级财务公开还不够及时。", plan: "抓好宣传。")
    let b = P.report(
      "石桥镇", 2025, review: "全年召开会议4次。", problems: "行政处罚决定书对违法事实和裁量理由阐述仍不够充分。", plan: "抓好宣传。")
    let (result, pair) = try P.compare(a, b)
    let older = result.reports[pair.earlier]
    let texts = pair.repeatedProblems.map { older.problems[$0.earlier].text }
    #expect(texts.contains { $0.contains("行政处罚决定书说理") })
    #expect(!texts.contains { $0.contains("村级财务公开") })
  }
}
