import Foundation
import Testing

@testable import ReportKit

/// Plans found by what paragraphs do (a paragraph opening 下一步，我们将…
/// wherever it stands), a part of a plan part taking its role, and aims
/// per period and by deadline judged over the year: on small reports
/// written for the tests.
@Suite struct PlanParagraphTests {
  static func roles(_ text: String) throws -> [(String, SectionRole)] {
    let r = try analyze(text)
    return r.document.paragraphs.map { (r.document.text($0.analysisRange), $0.role) }
  }

  static func role(of prefix: String, in rows: [(String, SectionRole)]) throws -> SectionRole {
    try #require(rows.first { $0.0.hasPrefix(prefix) }).1
  }

  @Test func aParagraphOpeningAPlanPlansWhereverItStands() throws {
    // A report with no parts: its paragraphs review, but those that plan.
    let rows = try Self.roles(
      """
      云岭街道2024年法治政府建设年度报告

      2024年，街道全年召开专题会议3次，审查合同28份。

      计划生育服务工作有序开展，为今后工作打下了基础。

      下一步，我们将严格落实第一责任人职责，每季度至少专题研究一次法治建设工作。

      在新的一年里，街道要组织干部参加法律知识考试。

      2025年，我们将完善法律顾问服务台账。
      """)
    #expect(try Self.role(of: "2024年，街道", in: rows) == .review)
    #expect(try Self.role(of: "计划生育", in: rows) == .review)
    #expect(try Self.role(of: "下一步", in: rows) == .plans)
    #expect(try Self.role(of: "在新的一年里", in: rows) == .plans)
    #expect(try Self.role(of: "2025年", in: rows) == .plans)
  }

  @Test func labelsOfATopicPartNameWhatTheirParagraphsDo() throws {
    // A report whose parts are topics, each with its results, problems and
    // plans under labels before a colon.
    let rows = try Self.roles(
      """
      枫林乡2024年法治政府建设年度报告

      一、行政执法
      工作成效：全年办理行政处罚案件36件，执法人员全部持证上岗。
      存在问题：执法记录仪配备不足。
      下步打算：为执法人员每人配备1台执法记录仪。
      执法人员全年参加培训2次。

      二、普法宣传
      工作成效：全年开展法治讲座8场。
      """)
    #expect(try Self.role(of: "工作成效：全年办理", in: rows) == .review)
    #expect(try Self.role(of: "下步打算", in: rows) == .plans)
    // Not a label: the paragraph has none, and the topic names no role.
    #expect(try Self.role(of: "执法人员全年", in: rows) == .other)
    #expect(try Self.role(of: "工作成效：全年开展", in: rows) == .review)
  }

  @Test func aTitleIsAboutItsHeadWhenTwoRolePhrasesTie() throws {
    // 工作计划 (plans) and 落实情况 (review) are as long: the title is about
    // its head, what was done of the plan.
    let r = try analyze(
      """
      松溪镇2025年法治政府建设工作报告

      一、2025年主要工作
      全年办理行政处罚案件12件。

      二、上年度工作计划落实情况
      年初计划的普法活动全部完成。

      三、2026年工作计划
      全年开展普法活动不少于10场。
      """)
    func role(_ end: String) -> SectionRole? { r.document.sections.first { $0.title.hasSuffix(end) }?.role }
    #expect(role("上年度工作计划落实情况") == .review)
    #expect(role("2026年工作计划") == .plans)
  }

  @Test func aClosingPlanParagraphOfAReviewPartPlansAndIntroducesItsItems() throws {
    let text = """
      石门镇2024年法治政府建设情况报告

      一、2024年工作情况
      全年举办普法活动12场。
      下一步，我们将重点做好以下工作：
      一是每月开展一次矛盾纠纷排查。
      二是年底前完成村规民约修订。

      二、存在的问题
      宣传形式单一。
      """
    let rows = try Self.roles(text)
    #expect(try Self.role(of: "全年举办", in: rows) == .review)
    #expect(try Self.role(of: "下一步", in: rows) == .plans)
    #expect(try Self.role(of: "一是", in: rows) == .plans)
    #expect(try Self.role(of: "二是", in: rows) == .plans)
    #expect(try Self.role(of: "宣传形式", in: rows) == .problems)
    let r = try analyze(text)
    #expect(r.commitments.contains { r.text(of: $0).contains("矛盾纠纷排查") })
    #expect(!r.commitments.contains { r.text(of: $0).contains("普法活动12场") })
  }

  @Test func aPartOfAPlanPartPlansWhateverItsTitleSays() throws {
    let r = try analyze(
      """
      石门镇2024年法治政府建设情况报告

      一、2024年工作情况
      全年举办普法活动12场。

      二、2025年工作计划
      （一）领导干部履行推进法治建设第一责任人职责
      领导干部年度述法实现全覆盖。
      """)
    let sub = try #require(r.document.sections.first { $0.title.hasPrefix("领导干部") })
    #expect(sub.role == .plans)
  }

  static func pair(plan: String, review: String) throws -> (YearComparison, ReportPair) {
    try PlanFollowUpTests.compare(
      PlanFollowUpTests.report("石门镇", 2024, review: "全年举办普法活动12场。", problems: "宣传形式单一。", plan: plan),
      PlanFollowUpTests.report("石门镇", 2025, review: review, problems: "宣传形式单一。", plan: "继续开展普法。"))
  }

  static func status(_ c: (YearComparison, ReportPair), _ words: String) throws -> TargetStatus {
    let older = c.0.reports[c.1.earlier]
    return try #require(c.1.targets.first { older.document.text($0.target.range).contains(words) }).status
  }

  @Test func anAimPerPeriodIsJudgedOverTheYear() throws {
    let plan = "（一）镇党委每季度至少专题研究一次法治建设工作。"
    // Two in a year against one a quarter.
    let twice = try Self.pair(plan: plan, review: "镇党委上半年、下半年各专题研究法治建设工作1次。")
    #expect(try Self.status(twice, "每季度") == .notMet)
    let every = try Self.pair(plan: plan, review: "镇党委每个季度均专题研究法治建设工作，全年4次。")
    #expect(try Self.status(every, "每季度") == .met)
    // Three in the year, none in the first half: a half-year aim missed.
    let months = try Self.pair(
      plan: "（一）镇党委每半年专题研究法治建设工作不少于1次。", review: "镇党委于7月、9月、12月三次专题研究法治建设工作。")
    #expect(try Self.status(months, "每半年") == .notMet)
    let none = try Self.pair(plan: plan, review: "全年调解纠纷30起。")
    #expect(try Self.status(none, "每季度") == .notReported)
  }

  @Test func aDeadlineIsWhenNotHowMuch() throws {
    let plan = "（一）年底前完成全镇村规民约修订工作。"
    let done = try Self.pair(plan: plan, review: "10月，全镇村规民约修订工作全部完成。")
    #expect(try Self.status(done, "村规民约") == .met)
    let late = try Self.pair(plan: "（一）6月底前完成全镇村规民约修订工作。", review: "10月，全镇村规民约修订工作全部完成。")
    #expect(try Self.status(late, "村规民约") == .notMet)
    let putOff = try Self.pair(plan: plan, review: "全镇村规民约修订工作因故推迟。")
    #expect(try Self.status(putOff, "村规民约") == .notMet)
    // A term extended to a date is no deadline to meet.
    let term = try Self.pair(plan: "（一）将村级法律服务补贴执行期限延长到今年年底。", review: "村级法律服务补贴全部发放到位。")
    let older = term.0.reports[term.1.earlier]
    #expect(!term.1.targets.contains { older.document.text($0.target.range).contains("延长") })
  }

  @Test func aStatementOfPracticeAnswersARuleNotAVerblessAim() throws {
    let c = try Self.pair(
      plan: "（一）涉法事项须经法律顾问审查后方可决定。（二）群众对法律服务的满意度力争明显提升。",
      review: "凡涉及法律问题的决定事项，会前均先提交法律顾问审查把关。群众对法律服务的满意度保持较高水平。")
    let older = c.0.reports[c.1.earlier]
    func status(_ words: String) throws -> FollowUpStatus {
      try #require(c.1.commitments.first { older.text(of: older.commitments[$0.commitment]).contains(words) }).status
    }
    #expect(try status("须经法律顾问") == .followedUp)
    #expect(try status("满意度") != .followedUp)
  }
}
