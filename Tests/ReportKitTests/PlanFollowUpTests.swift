import Foundation
import Testing

@testable import ReportKit

/// Plans of one year against the next year's report, on small reports
/// written for the tests (not the Corpus/towns pairs the rules were tuned on).
@Suite struct PlanFollowUpTests {
  /// A town report: review, problems and plan parts.
  static func report(_ town: String, _ year: Int, review: String, problems: String, plan: String) -> String {
    """
    \(town)\(year)年法治政府建设工作情况报告

    一、\(year)年工作情况
    \(review)

    二、存在的问题
    \(problems)

    三、\(year + 1)年工作计划
    \(plan)
    """
  }

  static func compare(_ a: String, _ b: String, lexicons: Lexicons = .builtin) throws -> (YearComparison, ReportPair) {
    let an = Analyzer(lexicons: lexicons)
    let r1 = try an.analyze(bytes: Array(a.utf8), path: "a.txt")
    let r2 = try an.analyze(bytes: Array(b.utf8), path: "b.txt")
    let result = Comparer().compare([r1, r2])
    return (result, try #require(result.pairs.first))
  }

  @Test func planSentencesCommitWithoutAListedVerb() throws {
    let plan = MarkedText(
      """
      \(Self.report("石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。", plan: ""))\
      （一）⟦完善学法制度⟧。⟦机关干部年度法律考试通过率不低于92%⟧。⟦村级事务须经集体讨论后方可实施⟧。\
      ⟦“法治示范户”增加到60户以上⟧。2025年是规划收官之年。
      """)
    let r = try analyze(plan.text)
    let got = r.commitments.map { r.text(of: $0) }
    for m in plan.ranges {
      let marked = plan.text.scalars(m)
      #expect(got.contains { $0.hasPrefix(marked) }, "\(marked)")
    }
    #expect(!r.commitments.contains { r.text(of: $0).contains("收官之年") })
  }

  @Test func aListOfIndicatorsIsReadRowByRow() throws {
    // Rows of name：figure, one a line, without sentence marks: each row a
    // paragraph, a commitment and a target of the name before its ：.
    let rows = ["行政执法案卷评查合格率：95%以上", "行政复议纠错率：5%以内", "涉企行政检查次数：比上年减少20%以上"]
    let text = Self.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。",
      plan: "2025年主要指标：\n" + rows.joined(separator: "\n") + "\n\n（一）加强宣传。全年开展送法进村活动不少于12场。")
    let r = try analyze(text)
    let got = r.commitments.map { r.text(of: $0) }
    for row in rows { #expect(got.contains(row), "\(row)") }
    let subjects = r.quantities.filter { $0.unit == "%" }.map(\.subject)
    #expect(subjects == ["行政执法案卷评查合格率", "行政复议纠错率", "涉企行政检查次数"])
    // Lines of a paragraph that wraps still run on.
    let wrapped = try analyze(
      Self.report(
        "石桥镇", 2024, review: "全年召开会议3次，全镇行政执法案卷\n评查合格率达到95%。", problems: "宣传形式单一。", plan: "抓好宣传。"))
    #expect(wrapped.document.paragraphs.contains { wrapped.document.text($0.analysisRange).contains("案卷评查合格率") })
  }

  @Test func measurableCommitmentsAreJudgedOnTheFigureOfTheirSubject() throws {
    let a = Self.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。",
      plan: """
        （一）严格考核。组织新任干部参加任前法律考试，通过率不低于95%。每季度抽查一次行政许可档案，档案抽查通过率达到90%。
        （二）加强宣传。全年开展送法进村活动不少于12场。行政诉讼案件控制在2件以内。
        """)
    let b = Self.report(
      "石桥镇", 2025,
      review: """
        （一）考核从严。上下半年两次抽查行政许可档案，抽查档案50卷，通过44卷，通过率88%。\
        安排新任干部参加任前法律考试，应考40人，通过39人，通过率97.5%。
        （二）宣传深入。全年举办送法进村活动14场。
        """, problems: "宣传形式单一。", plan: "继续抓好宣传。")
    let (result, pair) = try Self.compare(a, b)
    let older = result.reports[pair.earlier]
    func outcome(_ prefix: String) -> TargetOutcome? {
      pair.targets.first { older.document.text($0.target.range).hasPrefix(prefix) }
    }
    #expect(outcome("通过率不低于95%")?.status == .met)
    #expect(outcome("通过率不低于95%")?.outcome?.value == 97.5)
    #expect(outcome("档案抽查通过率达到90%")?.status == .notMet)
    #expect(outcome("档案抽查通过率达到90%")?.outcome?.value == 88)
    #expect(outcome("全年开展送法进村活动不少于12场")?.status == .met)
    #expect(outcome("行政诉讼案件控制在2件以内")?.status == .notReported)
    // The commitment with a figure of its subject is followed up, with the figure's sentence and the reason.
    let f = pair.commitments.first { older.text(of: older.commitments[$0.commitment]).contains("任前法律考试") }
    #expect(f?.status == .followedUp)
    #expect(f?.reason.contains("数字") == true)
    // Every output shows the judgement of the measurable commitment and the reasons.
    let text = ComparisonRenderer.text(result)
    #expect(text.contains("档案抽查通过率达到90%") && text.contains("依据") && text.contains("【小标题】严格考核"))
    #expect(!text.contains("【】"))
    #expect(ComparisonRenderer.text(result, markdown: true).contains("回顾报告了同一事项的数字"))
    #expect(ComparisonRenderer.html(result).contains("回顾报告了同一事项的数字"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(ComparisonRenderer.json(result).utf8)) as? [String: Any])
    let pairs = try #require(json["pairs"] as? [[String: Any]])
    let rows = try #require(pairs.first?["commitments"] as? [[String: Any]])
    #expect(rows.contains { ($0["reason"] as? String) == "回顾报告了同一事项的数字" })
    let targets = try #require(pairs.first?["targets"] as? [[String: Any]])
    #expect(
      targets.contains { ($0["status"] as? String) == "not_met" && ($0["note"] as? String)?.contains("88%") == true })
  }

  /// A figure of what the commitment's own figure counts answers it, in
  /// other words than the plan's: a rate by a count of what it is the rate
  /// of (出庭应诉率 by 出庭应诉3件), a count by a count of the same head word
  /// and unit kind (审计人员 … 1名). A figure of another thing does not.
  @Test func aFigureOfTheCommitmentsOwnSubjectAnswersIt() throws {
    let a = Self.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "宣传形式单一。",
      plan: """
        （一）规范应诉。行政机关负责人出庭应诉率达到100%。
        （二）充实队伍。通过公开招考充实具有财会专业背景的审计人员不少于2名。
        （三）丰富载体。组织法治文艺汇演不少于6场。
        """)
    let b = Self.report(
      "石桥镇", 2025,
      review: """
        （一）应诉有力。全年以镇政府为被告的行政诉讼案件4件，镇长、副镇长出庭应诉3件。
        （二）队伍充实。年内从县审计局调入会计学专业毕业的审计人员1名。
        （三）普法入心。举办村干部法治讲座5期，参训干部210人次。
        """, problems: "宣传形式单一。", plan: "继续抓好宣传。")
    let (result, pair) = try Self.compare(a, b)
    let older = result.reports[pair.earlier]
    let newer = result.reports[pair.later]
    func followUp(_ words: String) -> FollowUp? {
      pair.commitments.first { older.text(of: older.commitments[$0.commitment]).hasPrefix(words) }
    }
    let court = try #require(followUp("行政机关负责人出庭应诉率"))
    #expect(court.status == .followedUp)
    #expect(court.matches.first.map { newer.document.text($0.range).contains("出庭应诉3件") } == true)
    let staff = try #require(followUp("通过公开招考充实"))
    #expect(staff.status == .followedUp)
    #expect(staff.matches.first.map { newer.document.text($0.range).contains("审计人员1名") } == true)
    // 讲座 … 5期 counts events, but not 汇演.
    #expect(try #require(followUp("组织法治文艺汇演")).status != .followedUp)
  }

  @Test func seriesPairFiguresOfOneSubject() throws {
    func year(_ y: Int, _ exam: String, _ files: String, examFirst: Bool) -> String {
      let e = "组织干部参加法律知识考试，参考100人，合格率\(exam)%。"
      let f = "开展行政执法案卷评查，评查案卷30卷，合格率\(files)%。"
      return Self.report(
        "石桥镇", y, review: examFirst ? e + f : f + e, problems: "宣传形式单一。", plan: "抓好宣传。")
    }
    let (result, _) = try Self.compare(
      year(2024, "94.1", "88", examFirst: true), year(2025, "97.7", "92.5", examFirst: false))
    let rates = result.series.filter { $0.unit == "%" }.map { s in
      s.points.map { result.reports[$0.report].quantities[$0.quantity].value }
    }
    #expect(rates.contains([94.1, 97.7]))
    #expect(rates.contains([88, 92.5]))
    #expect(!rates.contains([94.1, 92.5]) && !rates.contains([88, 97.7]))
  }

  @Test func aProblemNamedAgainInOtherWordsIsRepeated() throws {
    let a = Self.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "执法人员法律专业背景不足。村级财务公开还不够及时。",
      plan: "抓好宣传。")
    let b = Self.report(
      "石桥镇", 2025, review: "全年召开会议4次。", problems: "一是执法队伍专业化水平不高。二是矛盾纠纷化解渠道偏少。",
      plan: "抓好宣传。")
    let (result, pair) = try Self.compare(a, b)
    let older = result.reports[pair.earlier]
    let newer = result.reports[pair.later]
    let pairs = pair.repeatedProblems.map { (older.problems[$0.earlier].text, newer.problems[$0.later].text) }
    #expect(pairs.contains { $0.0.contains("执法人员法律专业背景") && $0.1.contains("执法队伍专业化水平") })
    #expect(!pairs.contains { $0.0.contains("村级财务公开") })
  }

  @Test func aSentenceIntroducingTheProblemsRepeatsNone() throws {
    // The later problems part opens with a sentence closing on ： that
    // names the report's subject (法治政府建设) and no object of its own.
    let a = Self.report(
      "石桥镇", 2024, review: "全年召开会议3次。", problems: "村级法治阵地建设滞后，多数村没有固定的宣传场所。", plan: "抓好宣传。")
    let b = Self.report(
      "石桥镇", 2025, review: "全年召开会议4次。",
      problems: "对照上级要求，我镇法治政府建设还存在一些短板，主要是：\n1、执法队伍专业化水平不高。", plan: "抓好宣传。")
    let (result, pair) = try Self.compare(a, b)
    let newer = result.reports[pair.later]
    #expect(newer.problems.contains { newer.document.text($0.range).contains("短板") })
    #expect(!pair.repeatedProblems.contains { newer.problems[$0.later].text.contains("短板") })
  }

  @Test func synonymsComeFromALexiconUsersExtend() throws {
    var lexicons = Lexicons.builtin
    let plain = TextSimilarity(trie: WordTrie([]), stopWords: [], synonyms: lexicons.pairs(.synonyms))
    let before = plain.coverage("推广屏对屏调解", in: "全年开展视频调解120次")
    try lexicons.addUserFile(text: "# lexicon: synonyms\n视频调解\t屏对屏调解\n", path: "mine.txt")
    let extended = TextSimilarity(trie: WordTrie([]), stopWords: [], synonyms: lexicons.pairs(.synonyms))
    let after = extended.coverage("推广屏对屏调解", in: "全年开展视频调解120次")
    #expect(after > before)
    // Built-in groups: 举办 and 组织 read as 开展.
    #expect(plain.coverage("举办讲座", in: "开展讲座") == 1)
  }
}
