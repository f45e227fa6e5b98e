import Testing

@testable import ReportKit

/// What makes a plan clause's figure a target or not, read from grammar and
/// the lexicons rather than from phrases of the reports at hand.
@Suite struct PlanClauseRuleTests {
  func planned(_ plan: String, lexicons: Lexicons = .builtin) throws -> Set<Double> {
    let r = try BoundOutcomeTests.report(2024, review: "过去一年，地区生产总值增长6%。", plan: plan, lexicons: lexicons)
    return Set(r.targets.filter(\.fromPlanClause).compactMap(\.value))
  }

  /// A figure before a colon counts the items that follow (the report's own
  /// list), whatever it counts; the amounts in the items are planned.
  @Test func countBeforeAColonCountsTheItems() throws {
    let v = try planned("今年要重点做好9个方面工作：一是扩大内需，新建改建农村公路1500公里。今年要办好12件民生实事：新建学校30所。")
    #expect(v.isSuperset(of: [1500, 30]))
    #expect(v.isDisjoint(with: [9, 12]))
  }

  /// A share written in Chinese numerals (一半, 八成) is an amount planned,
  /// like 百分之五; a small count in Chinese numerals names a kind.
  @Test func chineseShareIsAnAmountChineseCountIsALabel() throws {
    let v = try planned("工程建设项目审批时间再压减一半。重点推进三个示范区建设，新建改建农村公路1500公里。")
    #expect(v.contains(50))
    #expect(!v.contains(3))
    #expect(v.contains(1500))
  }

  /// A sentence naming the year before through any word of last-year-words
  /// (上年, not only 去年) looks back; as the standard of a comparison (较上年,
  /// 比上年同期) it does not. A user's word extends the list.
  @Test func lastYearWordsComeFromTheLexicon() throws {
    let v = try planned("上年粮食产量达到1.4万亿斤。力争粮食产量较上年增加50亿斤。")
    #expect(!v.contains(1_400_000_000_000))
    #expect(v.contains(5_000_000_000))
    let plain = try planned("前一年粮食产量达到1.4万亿斤。")
    #expect(plain.contains(1_400_000_000_000))
    var lex = Lexicons.builtin
    try lex.addUserFile(text: "# lexicon: last-year-words\n前一年\n", path: "user.txt")
    let extended = try planned("前一年粮食产量达到1.4万亿斤。", lexicons: lex)
    #expect(!extended.contains(1_400_000_000_000))
  }

  /// A figure right after 每 is the measure of a rate, not an amount; the
  /// change it measures is planned.
  @Test func figureAfterMeiIsTheMeasureOfARate() throws {
    let v = try planned("今年小麦最低收购价每50公斤提高5到7元。")
    #expect(v.contains(5))
    #expect(!v.contains(50))
  }

  /// 比 inside a word of the domain lexicon (比重, 比例) names a share; on its
  /// own it compares (比去年增加): the figure it measures is no plan.
  @Test func shareNounsAreNoComparison() throws {
    let v = try planned("力争城镇污水处理比例达到95%以上。今年财政支出比去年增加2000亿元，用于民生。")
    #expect(v.contains(95))
    #expect(!v.contains(200_000_000_000))
  }
}
