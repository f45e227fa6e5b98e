import Foundation
import Testing

@testable import ReportKit

@Suite struct TownshipCompareTests {
  static let result: YearComparison = {
    let a = Analyzer()
    let r24 = try! a.analyze(path: Paths.seed)
    let r25 = try! a.analyze(path: Paths.corpus.appendingPathComponent("gaoxing-2025-fazhi.txt").path)
    // Given in reverse order: compare sorts by year.
    return Comparer().compare([r25, r24])
  }()
  var pair: ReportPair { Self.result.pairs[0] }
  var earlier: Report { Self.result.reports[pair.earlier] }

  func status(_ prefix: String) -> FollowUp? {
    pair.commitments.first { earlier.text(of: earlier.commitments[$0.commitment]).hasPrefix(prefix) }
  }

  @Test func pairedInYearOrder() {
    #expect(Self.result.pairs.count == 1)
    #expect(earlier.document.metadata.reviewYear == 2024)
    #expect(Self.result.notes.isEmpty)
  }

  @Test func followedUpCommitments() {
    for p in ["充分发挥法治政府建设工作领导小组的作用", "加强对干部的法治教育培训", "建立健全依法行政考核机制", "规范推进行政合法性审查工作", "继续加强行政执法队伍建设"] {
      #expect(status(p)?.status == .followedUp, "\(p)")
      #expect((status(p)?.matches.first?.score ?? 0) > 0.4)
    }
    let headings = pair.commitments.filter { earlier.commitments[$0.commitment].isHeading }
    #expect(headings.count == 3 && headings.allSatisfy { $0.status == .followedUp })
  }

  @Test func notMentionedAndMentionedOnly() {
    #expect(status("加强对法治政府建设工作的经费保障和人员配备")?.status == .notMentioned)
    #expect(status("营造良好工作落实氛围")?.status == .notMentioned)
    #expect(status("规范行政执法程序")?.status == .notMentioned)
    #expect(status("督促各部门密切配合")?.status == .mentionedOnly)
  }

  @Test func repeatedWordForWordWithoutFollowUp() {
    let flagged = pair.commitments.filter(\.repeatedWithoutFollowUp).map {
      earlier.text(of: earlier.commitments[$0.commitment])
    }
    #expect(flagged.contains { $0.hasPrefix("加强对法治政府建设工作的经费保障和人员配备") })
    #expect(!flagged.contains { $0.hasPrefix("充分发挥") })
  }

  @Test func repeatedProblem() {
    let later = Self.result.reports[pair.later]
    let texts = pair.repeatedProblems.map { later.problems[$0.later].text }
    #expect(texts.contains { $0.contains("法治观念和依法行政意识还不够强") })
    #expect(!texts.contains { $0.contains("普法宣传的针对性") })
  }

  @Test func copiedSentences() {
    #expect(pair.copied.copiedSentences == 3)
    let later = Self.result.reports[pair.later]
    let texts = pair.copied.passages.map { later.document.text($0.later) }
    #expect(texts.contains { $0.hasPrefix("坚持和发展新时代“枫桥经验”") })
    #expect(pair.copied.share > 0.05 && pair.copied.share < 0.2)
  }

  @Test func yearOverYearFigures() {
    func values(_ metric: String) -> [Double]? {
      Self.result.series.first { $0.metric == metric }?.points.map {
        Self.result.reports[$0.report].quantities[$0.quantity].normalizedValue
      }
    }
    #expect(values("受理调解纠纷") == [232, 246])
    #expect(values("法治培训") == [6, 8])
    #expect(values("便民服务中心总办件量") == [1854, 2036])
    #expect(values("结案率") == [97.8, 98.0])
  }

  @Test func jsonAndMarkdown() throws {
    let json = ComparisonRenderer.json(Self.result)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let pairs = try #require(obj["pairs"] as? [[String: Any]])
    #expect((pairs.first?["commitments"] as? [Any])?.isEmpty == false)
    let md = ComparisonRenderer.text(Self.result, markdown: true)
    #expect(md.contains("| 承诺 | 结论 |"))
  }
}

@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct StateCouncilOutcomeTests {
  struct Row: Sendable {
    var year: Int
    var metric: String
    var value: Double?
    var status: String
    var numeric: Bool
  }

  static let rows: [Row] = {
    let url = Paths.fixtures.appendingPathComponent("targets/state-council-outcomes.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 7, let y = Int(f[0]) else { return nil }
      return Row(year: y, metric: f[1], value: Double(f[3]), status: f[5], numeric: f[6] == "numeric")
    }
  }()

  /// Plan years of the hand-written gold, each compared with the next year's report.
  static let years = [2011, 2012, 2013, 2014, 2016, 2017, 2018, 2019, 2020, 2021, 2024, 2025]
  /// The plan years whose report is on the check side of ../shared/corpus/SPLIT.tsv.
  static let checkYears: Set<Int> = [2012, 2014, 2016, 2018, 2020, 2022, 2025]

  func compare(_ a: Int, _ b: Int) throws -> ReportPair {
    let an = Analyzer()
    let ra = try an.analyze(path: Paths.shared.appendingPathComponent("state-council/state-council-\(a).txt").path)
    let rb = try an.analyze(path: Paths.shared.appendingPathComponent("state-council/state-council-\(b).txt").path)
    let result = Comparer().compare([ra, rb])
    return try #require(result.pairs.first)
  }

  /// The hand-written statuses and outcome values of twelve plan years (2012,
  /// 2014, 2016, 2018, 2020 and 2025 on the check side of SPLIT.tsv, the
  /// others develop). A row agrees when the status is the annotated one and,
  /// for an annotated figure, the outcome figure is that figure. Agreement is
  /// printed per split, for all rows and for numeric targets; the numeric
  /// targets must reach 0.9 on each split.
  @Test func statusesAgreeWithTheHandWrittenOnes() throws {
    var misses: [String] = []
    var all: Set<TargetStatus> = []
    // split -> (agree, rows) for all rows and for numeric targets
    var bySplit: [String: (Int, Int)] = [:]
    var numeric: [String: (Int, Int)] = [:]
    for a in Self.years {
      let p = try compare(a, a + 1)
      for g in Self.rows where g.year == a {
        let got = p.targets.first { $0.target.metric == g.metric }
        if let s = got?.status { all.insert(s) }
        let side = Self.checkYears.contains(a) ? "check" : "develop"
        let valueAgrees: Bool = {
          guard let v = g.value, g.status == "met" || g.status == "not_met" else { return true }
          guard let w = got?.value else { return false }
          return abs(v - w) <= 1e-6 * max(1, abs(v))
        }()
        let ok = got?.status.rawValue == g.status && valueAgrees
        bySplit[side, default: (0, 0)].1 += 1
        if g.numeric { numeric[side, default: (0, 0)].1 += 1 }
        if ok {
          bySplit[side, default: (0, 0)].0 += 1
          if g.numeric { numeric[side, default: (0, 0)].0 += 1 }
        } else {
          misses.append(
            "\(a) \(g.metric): \(got?.status.rawValue ?? "-") \(got?.value.map { "\($0)" } ?? "") ≠ \(g.status) \(g.value.map { "\($0)" } ?? "")"
          )
        }
      }
    }
    print("outcome agreement, all rows: \(bySplit); numeric targets: \(numeric)\n" + misses.joined(separator: "\n"))
    #expect(Set(Self.rows.map(\.year)).count >= 12)
    for (side, n) in numeric {
      #expect(n.0 * 10 >= n.1 * 9, "\(side): \(n.0)/\(n.1) \(misses)")
    }
    #expect(all.isSuperset(of: [.met, .notMet, .notReported, .unclear]))
  }

  @Test func gapsAndOtherUnitsAreNotPaired() throws {
    let an = Analyzer()
    let r22 = try an.analyze(path: Paths.shared.appendingPathComponent("state-council/state-council-2022.txt").path)
    let r24 = try an.analyze(path: Paths.shared.appendingPathComponent("state-council/state-council-2024.txt").path)
    let gap = Comparer().compare([r22, r24])
    #expect(gap.pairs.isEmpty)
    #expect(gap.notes.first?.contains("年度不衔接") == true)
    let seed = try an.analyze(path: Paths.seed)
    let r25 = try an.analyze(path: Paths.shared.appendingPathComponent("state-council/state-council-2025.txt").path)
    let units = Comparer().compare([seed, r25])
    #expect(units.pairs.isEmpty)
    #expect(units.notes.first?.contains("不是同一单位") == true)
  }
}

@Suite struct StatedChangeTests {
  static func report(_ year: Int, _ body: String) throws -> Report {
    try analyze(
      "高兴镇\(year)年法治政府建设工作年度报告\n一、主要工作及成效\n\(body)\n二、\(year + 1)年工作计划\n继续加强法治宣传。\n",
      path: "\(year).txt")
  }

  /// "同比增长9.8%" after a figure is set against the figure of the year
  /// before: 1854 → 2036 is 9.82%, which the stated 9.8% matches; 232 → 246
  /// is 6.03%, not the 10% stated. A change not tied to the year before
  /// (年均增长) is left alone.
  @Test func statedChangesAgainstTheYearBefore() throws {
    let r24 = try Self.report(2024, "全年便民服务中心总办件量1854件。全年受理矛盾纠纷232起。全年培训干部300人次。")
    let r25 = try Self.report(
      2025, "全年便民服务中心总办件量2036件，同比增长9.8%。全年受理矛盾纠纷246起，比上年增长10%。全年培训干部330人次，年均增长5%。")
    let c = Comparer().compare([r24, r25])
    func stated(_ metric: String) -> StatedChange? {
      c.series.first { $0.metric.contains(metric) }?.statedChanges.first
    }
    let a = try #require(stated("办件量"))
    #expect(a.holds && abs(a.computed - 9.816) < 0.01)
    let b = try #require(stated("矛盾纠纷"))
    #expect(!b.holds && abs(b.computed - 6.034) < 0.01)
    #expect(c.series.contains { $0.metric.contains("培训") })
    #expect(stated("培训") == nil)
    let text = ComparisonRenderer.text(c)
    #expect(text.contains("报告称增长10%，按两年数值为 6.03%，⚠ 不符"))
    let json = try JSONSerialization.jsonObject(with: Data(ComparisonRenderer.json(c).utf8)) as? [String: Any]
    let points = (json?["series"] as? [[String: Any]])?.flatMap { ($0["points"] as? [[String: Any]]) ?? [] } ?? []
    #expect(points.compactMap { $0["statedChange"] }.count == 2)
  }
}

/// Kinds of bound and the outcomes they give, on two short reports of one
/// province.
@Suite struct BoundOutcomeTests {
  static func report(_ year: Int, review: String, plan: String, lexicons: Lexicons = .builtin) throws -> Report {
    let text =
      "某省人民政府工作报告\n——\(year + 1)年1月20日在某省人民代表大会上\n一、\(year)年工作回顾\n\(review)\n二、\(year + 1)年重点工作\n\(plan)\n"
    return try Analyzer(lexicons: lexicons).analyze(bytes: Array(text.utf8), path: "\(year).txt")
  }

  static let plan2024 =
    "今年主要预期目标是：地区生产总值增长8%左右，居民消费价格涨幅3%左右，农村贫困人口减少1000万以上。\n实施积极的财政政策。今年赤字率拟按3%安排，拟安排地方政府专项债券3900亿元。"

  func outcomes(_ review2025: String, lexicons: Lexicons = .builtin) throws -> [String: TargetOutcome] {
    let a = try Self.report(2024, review: "过去一年，地区生产总值增长6%。", plan: Self.plan2024, lexicons: lexicons)
    let b = try Self.report(2025, review: review2025, plan: "今年主要预期目标是：地区生产总值增长5%左右。", lexicons: lexicons)
    let p = try #require(Comparer().compare([a, b]).pairs.first)
    return Dictionary(p.targets.map { ($0.target.metric, $0) }, uniquingKeysWith: { x, _ in x })
  }

  @Test func boundsOfTheTargets() throws {
    let r = try Self.report(2024, review: "过去一年，地区生产总值增长6%。", plan: Self.plan2024)
    let bound = Dictionary(r.targets.map { ($0.metric, $0.bound) }, uniquingKeysWith: { x, _ in x })
    #expect(bound["国内生产总值增长"] == .floor)
    #expect(bound["居民消费价格涨幅"] == .ceiling)
    #expect(bound["农村贫困人口减少"] == .floor)
    #expect(bound["赤字率"] == .amount)
    #expect(bound["地方政府专项债券"] == .amount)
    #expect(r.targets.filter(\.fromPlanClause).count == 2)
  }

  /// A growth target is a floor: 9.2% against 8%左右 is met; a price target a
  /// ceiling: 4.5% against 3%左右 is not; an amount in 亿元 against 万亿元 compares
  /// after normalizing.
  @Test func floorsCeilingsAndAmounts() throws {
    let o = try outcomes("地区生产总值增长9.2%，居民消费价格上涨4.5%，发行地方政府专项债券0.39万亿元，农村贫困人口减少1109万。")
    #expect(o["国内生产总值增长"]?.status == .met)
    #expect(o["居民消费价格涨幅"]?.status == .notMet)
    #expect(o["地方政府专项债券"]?.status == .met)
    #expect(o["农村贫困人口减少"]?.status == .met)
  }

  /// An admission without a figure is evidence.
  @Test func admissionWithoutAFigure() throws {
    let o = try outcomes("地区生产总值增长9.2%。物价涨幅目标没有完成，节能减排任务艰巨。")
    #expect(o["居民消费价格涨幅"]?.status == .notMet)
    #expect(o["国内生产总值增长"]?.status == .met)
  }

  /// The kind of bound is data: a user lexicon can make growth a band.
  @Test func boundFromAUserLexicon() throws {
    var lex = Lexicons.builtin
    try lex.addUserFile(text: "# lexicon: metric-directions\nband\t地区生产总值增长\n", path: "user.txt")
    let o = try outcomes("地区生产总值增长9.2%。", lexicons: lex)
    #expect(o["国内生产总值增长"]?.target.bound == .band)
    #expect(o["国内生产总值增长"]?.status == .notMet)
  }
}

/// Which review figure answers a target, and how plan clauses name their
/// metrics, on two short reports of one province (plan year 2025).
@Suite struct YearOutcomeTests {
  static let plan =
    "今年主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业1100万人以上，居民收入和经济增长基本同步。\n实施积极的财政政策。今年赤字率拟按1.5%安排，财政赤字9000亿元，安排地方专项债券8000亿元。今年广义货币M2和社会融资规模余额预期增长均为12%左右。海洋生产总值要增长5%。"

  func outcomes(_ review2025: String) throws -> [String: TargetOutcome] {
    let a = try BoundOutcomeTests.report(2024, review: "过去一年，地区生产总值增长6%。", plan: Self.plan)
    let b = try BoundOutcomeTests.report(2025, review: review2025, plan: "今年主要预期目标是：地区生产总值增长5%左右。")
    let p = try #require(Comparer().compare([a, b]).pairs.first)
    return Dictionary(p.targets.map { ($0.target.metric, $0) }, uniquingKeysWith: { x, _ in x })
  }

  @Test func planMetrics() throws {
    let r = try BoundOutcomeTests.report(2024, review: "过去一年，地区生产总值增长6%。", plan: Self.plan)
    let metrics = Set(r.targets.map(\.metric))
    // An alias ending the words after words of its own name.
    #expect(metrics.contains("地方政府专项债券"))
    // Two metrics under one predicate are two targets of 12%.
    let twelve = Set(r.targets.filter { $0.value == 12 }.map(\.metric))
    #expect(twelve == ["广义货币增长", "社会融资规模增长"])
    // A qualitative item is about its first metric, not the longest.
    let income = r.targets.first { $0.text.hasPrefix("居民收入和经济增长") }
    #expect(income?.metric == "居民人均可支配收入增长")
    // Another thing's output is not the metric whose name ends the words.
    #expect(r.targets.contains { $0.value == 5 && $0.metric != "国内生产总值增长" })
  }

  /// Plan clauses read by grammar: an imperative sentence plans by its verb,
  /// a clause by a verb (新开工, 改造) or 其中 after a planned clause, a bare
  /// verb takes the sentence's metric; a forecast (预计), the level a change
  /// starts from (由25元), the difference after a planned figure (增加10万户)
  /// and the sentences after one looking back are no plans.
  @Test func planClausesByGrammar() throws {
    let plan = """
      今年主要预期目标是：地区生产总值增长5%左右。
      过去一年，各项工作取得了很大成绩。地区生产总值增长10.3%，居民消费价格涨幅控制在3.3%。
      加大保障性安居工程建设力度，新开工70万套以上，其中各类棚户区47万套以上。完善农村基础设施，改造农村危房26万户，增加10万户。
      从今年开始拟连续几年发行超长期特别国债，专项用于重大项目建设，今年先发行1000亿元。
      预计今年高校毕业生超过117万人。人均基本公共卫生服务经费标准由25元提高到30元。
      """
    let r = try BoundOutcomeTests.report(2024, review: "过去一年，地区生产总值增长6%。", plan: plan)
    let planned = r.targets.filter(\.fromPlanClause)
    let values = Set(planned.compactMap(\.value))
    #expect(values.isSuperset(of: [700_000, 470_000, 260_000, 100_000_000_000, 30]))
    #expect(planned.first { $0.value == 100_000_000_000 }?.metric == "超长期特别国债")
    #expect(values.isDisjoint(with: [10.3, 3.3, 1_170_000, 25, 100_000]))
  }

  /// A five-year paragraph's figures (年均增长7.1%, 城镇新增就业6600万人) are not
  /// the year's; the year's paragraph is.
  @Test func figuresOfALongerPeriodAreNotTheYears() throws {
    let o = try outcomes("五年来，地区生产总值年均增长7.1%，城镇新增就业6600万人以上。\n刚刚过去的2025年，地区生产总值增长6.9%，城镇新增就业1351万人。")
    #expect(o["国内生产总值增长"]?.value == 6.9)
    #expect(o["城镇新增就业"]?.value == 13_510_000)
    let period = try outcomes("五年来，地区生产总值年均增长7.1%，城镇新增就业6600万人以上。")
    #expect(period["国内生产总值增长"]?.status == .notReported)
    #expect(period["城镇新增就业"]?.status == .notReported)
  }

  /// Of two figures of the metric, the one tied to the year (降到去年的1.5%).
  @Test func theFigureTiedToTheYear() throws {
    let o = try outcomes("财政赤字占国内生产总值的比重从2020年的2.8%降到去年的1.5%左右。")
    #expect(o["赤字率"]?.value == 1.5)
  }

  /// The review's verdict decides over the arithmetic: 13.6% against 12%左右
  /// is outside the band, but 符合调控要求 says it is met.
  @Test func theReviewsVerdict() throws {
    #expect(try outcomes("广义货币M2增长13.6%，符合调控要求。")["广义货币增长"]?.status == .met)
    #expect(try outcomes("广义货币M2增长13.6%。")["广义货币增长"]?.status == .notMet)
    #expect(try outcomes("去年财政赤字控制在预算范围内。")["财政赤字"]?.status == .met)
    #expect(try outcomes("去年财政赤字有所增加。")["财政赤字"]?.status == .notReported)
  }
}
