import Foundation
import Testing

/// Every word list in Lexicons/ is read by the engine: adding one row to it
/// through `--lexicon` changes some output. A list nothing reads (or reads
/// under another name) fails here, and a new list without a case here fails
/// `everyListHasACase`.
@Suite(.enabled(if: CLI.binary != nil, "analyze is not built"))
struct LexiconOptionTests {
  /// A small report touching every list: a figure in a unit nobody uses (蛋),
  /// a figure in Chinese numerals, a sentence promising with a new marker, a
  /// problem-like sentence in the review, a part no title or sentence gives a
  /// role, a target of an unknown metric, plan clauses opening with new
  /// words, figures after new scope words, light verbs, verbs of making and
  /// comparisons, a change tied to last year by a new word, a last-year level
  /// named by a new word, a commitment verb after a new opening word, a plan
  /// figure marked by a new word, a plan metric after a new lead word, and a
  /// planned figure aimed at by a new word, a figure compared by a new word,
  /// a session of a meeting of a new name, figures whose subject ends in a new
  /// joining word, opens with a new adverb in 地, or is followed by a new
  /// direction word, a figure after a new approximation word, a target the
  /// next review says is met in new words, and a target's review figure in a
  /// paragraph opening with a new word of a longer period, and two levels
  /// joined by a new verb of direction, and parts of a total whose last opens
  /// with a new word for the rest, a share of a whole named by a new word, and a
  /// plan the review states as practice (a rule only by a new rule word);
  /// a total per village (村均) with a part larger than it, a change word
  /// read as a decrease, a target whose metric ends in a new change word,
  /// review figures met by new words (符合规划, 达成预期), a target admitted
  /// with a new word for it (指标), a sentence naming the year in new words
  /// inside a paragraph about five years, a plan clause opening with a new
  /// change word, a yearly average of a new change, a commitment answered
  /// with a new verb of work done (值守), and a target list whose lead-in
  /// names the plan year in a new word under a plan period's title; a rate
  /// planned at 100% and reviewed in words (悉数持证上岗), a count in a unit
  /// of occurrences (15轮 for 12场次), a problem named again with a new
  /// hedge (少量), a deadline aim the review says was put off (暂缓), a plan
  /// item opening on a new ordinal (其三), and aims per a new period (每旬)
  /// and in a new unit of how often (一遍); and stated changes that new words
  /// make averages or changes in other terms (期均, 逐年, 名义); a share
  /// above 100% under a new name of a share (利用度) and a rate above 100%
  /// under a new name of a rate that may pass it (回复率); a paragraph going on
  /// from a plan paragraph after a new connective (再者).
  static let report = """
    星河2024年法治政府建设情况报告

    一、主要工作
    三年来，全员劳动生产率提高6%。
    全年举办培训12场，参训人员达到300人次，收到9蛋，建成三个驿站。执法人员业务水平参差不齐。明日起推进普法宣传工作。本村举办讲座8场，举行比赛3场，荣获5项荣誉称号，调解纠纷较上年减少5起。受理纠纷 246 起，环比增长 8.0%（上年 232 起）。办理案件 246 件，同比增长 8.0%（上个年度 232 件）。结案率95%，胜过全省2个百分点。法律援助回复率达到105%，法律援助利用度达到110%。召开村委三次常委会。调解员由 30 人增补到 25 人。全村受理纠纷 232 起，其中婚姻家庭纠纷 100 起、邻里纠纷 80 起、剩下的纠纷 40 起。总装机达 9157 万千瓦，新能源装机达 4091 万千瓦、份额达 50%。志愿者合计120人，妥善地化解矛盾30起，投诉量回升3%，新建驿站大概5个。人均预期寿命目标基本达标。驿站夜间均有人值守。
    村均调解纠纷 30 起，其中邻里纠纷 50 起。投诉量由 200 件增加到 250 件，提升 25%。粮食产量1.4万亿斤，增加200亿斤。城镇新增就业1200万人，符合规划。城镇调查失业率5.1%，达成预期。森林覆盖率指标全面完成。
    五年来，驿站累计建成20个。本年度常住人口城镇化率达到66%。
    执法人员悉数持证上岗。举办法治讲座15轮。驿站挂牌工作暂缓实施。驿站服务人次由 200 人次增加到 300 人次，期均增长 10%。调解案件 300 件，比上年的 200 件逐年增长 10%。接待来访 120 人次，同比名义增长 5%。

    二、存在问题
    部分干部学法意识有待加强。个别村居法律顾问作用发挥不够。
    下一步，我们将加强驿站建设。
    再者，开展驿站普法活动2场。

    三、其他事项
    逐步完善法律顾问制度。逐步壮大公职律师队伍。

    四、下一步工作计划
    主要预期目标是：驿站数量增长5%左右，人均预期寿命提高0.5岁，全员劳动生产率提高5%，粮食产量1.3万亿斤以上，城镇新增就业1100万人以上，城镇调查失业率5.5%左右，森林覆盖率达到60%，常住人口城镇化率提高到65%。
    狠狠提升群众满意度。下大劲推进法律援助工作。搞好普法宣传工作，提升执法水平。驿站全年务求零事故。届时驿站12个。今年着手驿站数量增长6%。加强培训，参训人员扩增到400人次。确保驿站夜间有人值守。建成驿站12个，扩充3个。村级驿站年均新建5个。举办法治讲座不少于12场次。推动执法人员持证率达到100%。6月底前完成驿站挂牌工作。其三完善驿站管理制度。驿站巡查每旬一次。驿站督导每月一遍。

    五、“十五五”时期工作安排
    来年主要目标是：法律顾问覆盖率达到100%。

    """

  /// The row added to each list, and what to run to see it.
  enum Probe {
    case summary, segment, compare, audit
    /// The summary of a short 政府工作报告 with this title and opening line
    /// (the reporting unit is read from the head).
    case governmentWork(title: String, opening: String)
  }
  static let cases: [(list: String, row: String, probe: Probe)] = [
    ("admin-divisions", "星河市\tprefecture\t-\t星河", .summary),
    ("admission-aims", "指标", .compare),
    ("aim-words", "floor\t扩增到", .compare),
    ("all-words", "悉数", .compare),
    ("approximation-words", "about\t大概", .summary),
    ("average-changes", "新建", .summary),
    ("categories", "fazhi\t测试类\t参训人员", .summary),
    ("change-openers", "扩充", .summary),
    ("change-words", "回升", .summary),
    ("commitment-markers", "务求", .summary),
    ("commitment-openers", "下大劲", .summary),
    ("commitment-verbs", "搞好", .summary),
    ("comparison-starts", "胜过", .summary),
    ("continuation-openers", "再者", .summary),
    ("decrease-words", "提升", .audit),
    ("division-levels", "街道", .governmentWork(title: "星河街道政府工作报告", opening: "我代表街道办事处，向大会报告工作。")),
    ("division-suffixes", "村", .governmentWork(title: "星河村政府工作报告", opening: "各位代表：")),
    ("domain-words", "法治政府建设情况报告", .segment),
    ("evidence-verbs", "值守", .compare),
    ("frequency-periods", "36\t旬", .summary),
    ("frequency-units", "遍", .summary),
    ("hedge-words", "少量", .compare),
    ("intensity-words", "狠狠\tstrong", .summary),
    ("last-year-average-words", "逐年", .audit),
    ("last-year-words", "上个年度", .audit),
    ("level-joins", "up\t增补到", .audit),
    ("levels-average-words", "期均", .audit),
    ("light-verbs", "举行", .summary),
    ("making-verbs", "荣获", .summary),
    ("may-exceed-rates", "回复率", .audit),
    ("meeting-words", "常委会", .summary),
    ("metric-aliases", "驿站指标\t驿站数量", .summary),
    ("metric-change-endings", "产量", .compare),
    ("metric-directions", "ceiling\t驿站数量增长", .summary),
    ("not-quantities", "三个驿站", .summary),
    ("occurrence-units", "轮", .compare),
    ("ordinal-words", "其三", .summary),
    ("outcome-words", "done\t1\t基本达标", .compare),
    ("per-head-words", "村均", .audit),
    ("plan-leads", "着手", .summary),
    ("plan-markers", "届时", .summary),
    ("plan-openers", "逐步", .summary),
    ("plan-period-words", "下一步", .summary),
    ("plan-year-words", "来年", .summary),
    ("problem-markers", "参差不齐", .summary),
    ("promise-markers", "明日起", .summary),
    ("proportion-words", "份额", .audit),
    ("rest-words", "剩下的", .audit),
    ("review-period-words", "三年", .compare),
    ("review-words", "逐步", .summary),
    ("review-year-words", "本年度", .compare),
    ("rule-words", "确保", .compare),
    ("scope-words", "本村", .summary),
    ("section-roles", "problems\t其他事项", .summary),
    ("series-change-asides", "名义", .compare),
    ("share-rates", "利用度", .audit),
    ("stop-words", "学法", .compare),
    ("subject-adverbs", "妥善地", .summary),
    ("subject-comparisons", "较上年", .summary),
    ("subject-trailers", "合计", .summary),
    ("synonyms", "普法\t培训", .compare),
    ("undone-words", "暂缓", .compare),
    ("units", "蛋\titems\t1\t蛋", .summary),
    ("verdict-aims", "规划", .compare),
    ("verdict-openers", "达成", .compare),
    ("year-on-year-words", "环比", .audit),
  ]

  @Test func everyListHasACase() throws {
    let dir = CLI.repo.appendingPathComponent("Lexicons")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
    #expect(Set(files.map { String($0.dropLast(4)) }) == Set(Self.cases.map(\.list)))
  }

  @Test(arguments: LexiconOptionTests.cases.map(\.list))
  func aRowAddedChangesTheOutput(list: String) throws {
    let c = try #require(Self.cases.first { $0.list == list })
    let file = try CLI.temp("星河2024.txt", Array(Self.report.utf8))
    // The next year's report: the problems repeated with other words around them.
    let next = try CLI.temp(
      "星河2025.txt",
      Array(
        Self.report.replacingOccurrences(of: "2024年", with: "2025年")
          .replacingOccurrences(of: "部分干部学法意识有待加强", with: "部分干部学法工作意识有待加强工作")
          .replacingOccurrences(of: "个别村居法律顾问", with: "少量法律顾问").utf8))
    let extra = try CLI.temp("\(list).txt", Array("# lexicon: \(list)\n\(c.row)\n".utf8))
    let args: [String]
    switch c.probe {
    case .summary: args = [file, "--format", "json"]
    case .segment: args = ["segment", file]
    case .compare: args = ["compare", "--format", "json", file, next]
    case .audit: args = ["audit", "--format", "json", "--fail-on", "never", file]
    case .governmentWork(let title, let opening):
      let text = "\(title)\n\n\(opening)\n\n一、2023年工作回顾\n全年举办培训12场。\n\n二、2024年工作安排\n推进普法宣传工作。\n"
      args = [try CLI.temp("政府工作报告.txt", Array(text.utf8)), "--format", "json"]
    }
    let before = try CLI.run(args)
    let after = try CLI.run(args + ["--lexicon", extra])
    #expect(before.status == 0 && after.status == 0, "\(after.err)")
    #expect(before.out != after.out, "adding “\(c.row)” to \(list) changed nothing")
  }
}
