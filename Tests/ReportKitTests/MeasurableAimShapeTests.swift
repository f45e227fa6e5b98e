import Foundation
import Testing

@testable import ReportKit

/// The shapes a town's measurable plan is answered in (session 8): a rate
/// worked out from a part said of its whole, an aim of all, a change on the
/// year before, a deadline within a term, a share written 的比例, a level a
/// change starts from, a compound unit. On small reports written for the
/// tests (not the Corpus/towns pairs).
@Suite struct MeasurableAimShapeTests {
  typealias P = PlanFollowUpTests

  func judged(review: String, problems: String = "宣传形式单一。", plan: String, earlierReview: String = "全年召开会议3次。")
    throws -> (ReportPair, Report)
  {
    let a = P.report("石桥镇", 2024, review: earlierReview, problems: "宣传形式单一。", plan: plan)
    let b = P.report("石桥镇", 2025, review: review, problems: problems, plan: "继续抓好宣传。")
    let (result, pair) = try P.compare(a, b)
    return (pair, result.reports[pair.earlier])
  }

  func outcome(_ j: (ReportPair, Report), _ text: String) -> TargetOutcome? {
    j.0.targets.first { j.1.document.text($0.target.range).contains(text) }
  }

  @Test func aPartSaidOfItsWholeGivesTheRate() throws {
    let j = try judged(
      review: "（一）合同管理。全乡14个村全年签订集体经济合同132份，其中118份在签订前经乡法律顾问审查。",
      plan: "（一）规范合同。村集体经济合同审查率达到90%以上。")
    let o = outcome(j, "审查率达到90%")
    #expect(o?.status == .notMet)
    #expect(o?.note.contains("118份/132份") == true)
  }

  @Test func oneOfTwoPartsNeedsTheRatesVerb() throws {
    // 维持 and 撤销 are both parts of the 5件: neither says 纠错, so no rate is
    // made up from the first of them (4/5).
    let j = try judged(
      review: "（一）行政复议。全年镇政府作为被申请人的行政复议案件5件，其中维持4件，被撤销1件。",
      plan: "（一）预防争议。行政复议纠错率控制在5%以内。")
    let o = outcome(j, "纠错率控制在5%")
    #expect(o?.status == .notReported)
    #expect(o?.note.contains("4件/5件") != true)
  }

  @Test func anAimOfAllIsAShareOfAll() throws {
    let counted = try judged(
      review: "（一）依法决策。镇政府签订合同46份，经法律顾问审核44份。",
      plan: "（一）规范合同。镇政府签订的合同须全部提交法律顾问审核。")
    let o = outcome(counted, "全部提交法律顾问审核")
    #expect(o?.status == .notMet)
    #expect(o?.note.contains("44份/46份") == true)
    let all = try judged(
      review: "（一）依法决策。镇政府签订的合同均经法律顾问审核后签订。",
      plan: "（一）规范合同。镇政府签订的合同须全部提交法律顾问审核。")
    #expect(outcome(all, "全部提交法律顾问审核")?.status == .met)
    // Next year's problems say the work is not done.
    let undone = try judged(
      review: "（一）依法决策。全年召开会议4次。", problems: "公平竞争审查尚未开展。出台政策措施时还没有审查程序。",
      plan: "（一）优化营商环境。涉及经营主体的政策措施全部开展公平竞争审查。")
    #expect(outcome(undone, "全部开展公平竞争审查")?.status == .notMet)
    // 未经…不得 restates the rule: no work undone. A word of all with the
    // work after it answers before counts of other things (意见书9份 of 合同34份).
    let rule = try judged(
      review: "（一）依法决策。出台合同管理规定，明确合同未经合法性审查不得签订，全年签订合同34份，签订前全部交由法律顾问审查，法律顾问出具法律意见书9份。",
      plan: "（一）规范合同。修订合同管理办法，合同签订前一律经合法性审查。")
    let ruleOutcome = outcome(rule, "一律经合法性审查")
    #expect(ruleOutcome?.status == .met)
    #expect(ruleOutcome?.note.contains("9份/34份") == false)
    // A word of all said of other work answers nothing.
    let other = try judged(
      review: "（一）证明事项。对照办事指南逐条核对证明材料，梳理工作于8月底全部完成。",
      plan: "（一）清理证明事项。可通过部门间核查办理的证明事项一律取消。")
    #expect(outcome(other, "一律取消")?.status != .met)
  }

  @Test func aChangeOnTheYearBeforeIsWorkedOutFromTheTwoLevels() throws {
    let j = try judged(
      review: "（一）企业负担减轻。严格控制涉企检查频次，全年涉企行政检查61次。",
      plan: "（一）优化营商环境。涉企行政检查次数比上年减少20%以上。",
      earlierReview: "（一）营商环境。全年对辖区企业开展各类行政检查85次。")
    let o = outcome(j, "比上年减少20%")
    #expect(o?.status == .met)
    #expect(o?.note.contains("(85次 − 61次) / 85次 = 28.2%") == true)
    // The level this year is the one a change reaches, not the one it
    // starts from (由上年的86次压减到61次).
    let stated = try judged(
      review: "（一）企业负担减轻。推行联合检查，涉企行政检查由上年的86次压减到61次。",
      plan: "（一）优化营商环境。涉企行政检查次数比上年减少20%以上。",
      earlierReview: "（一）营商环境。全年对企业开展行政检查86次。")
    #expect(outcome(stated, "比上年减少20%")?.note.contains("(86次 − 61次) / 86次 = 29.1%") == true)
    // Short of the cut.
    let short = try judged(
      review: "（一）企业负担减轻。全年涉企行政检查80次。", plan: "（一）优化营商环境。涉企行政检查次数比上年减少20%以上。",
      earlierReview: "（一）营商环境。全年涉企行政检查85次。")
    #expect(outcome(short, "比上年减少20%")?.status == .notMet)
  }

  @Test func aDeadlineWithinATerm() {
    #expect(Comparer.relativeDeadline("自印发之日起15日内报县司法局备案") == "15日内")
    #expect(Comparer.relativeDeadline("发现后一个月内收回其执法证件") == "一个月内")
    #expect(Comparer.relativeDeadline("年初公布年度决策事项目录") == "年初")
    #expect(Comparer.relativeDeadline("每季度开展1次检查") == nil)
    #expect(Comparer.relativeDeadline("15名执法人员内部轮岗") == nil)
  }

  @Test func aShareWrittenOfItsVerbNamesTheRate() {
    let c = Comparer()
    #expect(c.sameShare("信访事项首次办理满意率", "群众对信访事项首次办理结果表示满意的比例"))
    #expect(!c.sameShare("信访事项首次办理满意率", "群众参与评议的比例"))
    #expect(!c.sameShare("信访事项首次办理满意率", "满意"))
  }

  @Test func theLevelReachedNotTheLevelAChangeStartsFrom() throws {
    let j = try judged(
      review: "（一）证明事项。全镇证明事项由8项减少到6项，新清单已公布。",
      plan: "（一）清理证明事项。全镇证明事项压减至5项以内。")
    let o = outcome(j, "压减至5项")
    #expect(o?.status == .notMet)
    #expect(o?.outcome?.value == 6)
  }

  @Test func aCompoundUnitNamesWhatIsCounted() throws {
    let j = try judged(
      review: "（一）队伍建设。组织执法人员参加业务轮训，执法人员全年人均参训32学时。",
      plan: "（一）加强培训。执法人员每人每年参加法律培训不少于40学时。")
    let o = outcome(j, "不少于40学时")
    #expect(o?.status == .notMet)
    #expect(o?.outcome?.value == 32)
  }
}
