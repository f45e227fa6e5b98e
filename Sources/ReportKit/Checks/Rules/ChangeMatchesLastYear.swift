/// 增减与上年数值相符（change-matches-last-year）。
///
/// 检查什么：一句话里写了本年数值、上年数值和二者之间的增减时，增减必须与两个数值相符：
/// “开展法治宣传活动 12 场次，比上年的 10 场次增长 50%”中 12 ÷ 10 − 1 = 20%，不是 50%；
/// “受理纠纷 246 起（上年 232 起），同比增长 6.0%”“较上年的 232 起增加 14 起”同样核对。
/// 只有上年数值写在句中时才核对；只写“比上年增长 Z%”的句子无从核对。
///
/// 为什么：增幅往往是照上年报告或统计表抄来的，本年数值改了而增幅没改就自相矛盾。
/// 件数、人次、场次等逐个计数的增幅是两数之比，报错误；金额、产量等的官方增速常按
/// 可比价或调整后的口径计算，不符时只给警告。
struct ChangeMatchesLastYear: Rule {
  static let id = "change-matches-last-year"
  static let name = "增减与上年数值相符"
  static let defaultSeverity = Severity.error
  static let explanation =
    "句中写了本年数值 Y、上年数值 X（“比上年的 X”“较上年的 X”“（上年 X）”）和增减时，“增长 Z%”必须等于 (Y − X) ÷ X，“增加 N”必须等于 Y − X（按所给小数位舍入），增减方向也必须与两数一致。金额、产量等可能按可比价计算的增速不符时只给警告。"
  static let triggeringExamples = [
    "全年共开展集中法治宣传活动 12 场次，比上年的 10 场次增长⟦50%⟧。",
    "全镇受理调解纠纷 246 起，较上年的 232 起增加⟦24 起⟧。",
    "全镇受理调解纠纷 246 起（上年 232 起），同比增长⟦8.0%⟧。",
    "全镇受理调解纠纷 220 起，比上年的 232 起增长⟦5.2%⟧。",
    "全镇受理调解纠纷 246 起，同比增长⟦8.0%⟧（上年 232 起）。",
  ]
  static let nonTriggeringExamples = [
    "全年共开展集中法治宣传活动 12 场次，比上年的 10 场次增长 20%。",
    "全镇受理调解纠纷 246 起，较上年的 232 起增加 14 起。",
    "全镇受理调解纠纷 246 起（上年 232 起），同比增长 6.0%。",
    // Rounded levels: 1.24 亿 over 1.06 亿 is 17%, written 1.2 亿 and 1.1 亿.
    "全年接待游客 1.2 亿人次，比上年的 1.1 亿人次增长 17%。",
    "全镇受理调解纠纷 220 起，比上年的 232 起下降 5.2%。",
    "全年共开展集中法治宣传活动 12 场次，比上年增长 20%。",
    "国内生产总值增长5.2%。",
    "全镇受理调解纠纷 246 起，同比增长 6.0%（上年 232 起）。",
    "受理案件 300 件，比上年增加 40 件，其中上年结转 12 件。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    let yearOnYear = ctx.environment.lexicons.words(.yearOnYearWords)
    let lastYear = ctx.environment.lexicons.words(.lastYearWords)
    let averageWords = ctx.environment.lastYearAverageWords
    for (i, z) in qs.enumerated() where z.change != nil && z.high == nil && i >= 1 {
      guard z.change != "增至", z.change != "降至" else { continue }
      guard let (y, x) = levels(doc, qs, i, yearOnYear: yearOnYear, lastYear: lastYear, averageWords: averageWords)
      else { continue }
      guard let check = StatedChangeCheck(stated: z, from: x, to: y) else { continue }
      let (ok, down, note) = (check.ok, check.down, check.note)
      ctx.counted(held: ok)
      guard !ok else { continue }
      let stated = doc.text(z.range)
      let amount = check.amount(z)
      let message =
        "增减与上年数值不符：\(doc.text(y.range)) 比上年的 \(doc.text(x.range)) \(down ? "下降" : "增长") \(amount)，报告写的是\(z.change ?? "") \(stated)"
      let related = [
        RelatedSpan(range: doc.original(y.range), label: "本年"),
        RelatedSpan(range: doc.original(x.range), label: "上年"),
      ]
      if z.isPercent && !countedCategories.contains(y.unitCategory) {
        ctx.reportUncertain(
          message, reason: "金额、产量等的增速可能按可比价或调整后的口径计算", at: doc.original(z.range), related: related,
          note: note)
      } else {
        ctx.report(message, at: doc.original(z.range), related: related, note: note)
      }
    }
  }

  /// This year's and last year's figures of the change at `i`: last year's
  /// right before the change (比上年的 10 场次增长, （上年 232 起），同比增长)
  /// with this year's before it, or right after it (同比增长 6.0%（上年 232 起）)
  /// with this year's before the change, which `yearOnYear` ties to last
  /// year (year-on-year-words.txt); not where `averageWords` make the
  /// change a yearly average (last-year-average-words.txt).
  func levels(
    _ doc: Document, _ qs: [Quantity], _ i: Int, yearOnYear: [String], lastYear: [String], averageWords: [String]
  ) -> (y: Quantity, x: Quantity)? {
    let z = qs[i]
    // Some figure around the change must share a unit with another.
    let unitBefore = i >= 2 && qs[i - 1].baseUnit == qs[i - 2].baseUnit
    let unitAround = i + 1 < qs.count && qs[i - 1].baseUnit == qs[i + 1].baseUnit
    guard unitBefore || unitAround else { return nil }
    let units = doc.analysis.units
    // The cheap tests first: this runs for every change in a report. The
    // three figures stand close together, so the test for a sentence end
    // between them reads a few units only.
    func fits(_ y: Quantity, _ x: Quantity) -> Bool {
      let from = min(y.range.lowerBound, x.range.lowerBound, z.range.lowerBound)
      let to = max(y.range.upperBound, x.range.upperBound, z.range.upperBound)
      return x.baseUnit == y.baseUnit && x.baseUnit != "" && (z.isPercent || z.baseUnit == x.baseUnit)
        && x.normalizedValue > 0 && x.isRelationCount && y.isRelationCount
        && !units[from..<to].contains(where: Punctuation.isSentenceEnd)
    }
    func words(_ a: Int, _ b: Int) -> String { a < b ? doc.text(AnalysisRange(a, b)).filter { $0 != " " } : "" }
    func breaks(_ a: Int, _ b: Int) -> Int {
      a < b ? doc.analysis.units[a..<b].filter { $0 == 0xFF0C || $0 == 0xFF1B }.count : 0
    }
    func namesLastYear(_ w: String) -> Bool { lastYear.contains { w.contains($0) } }
    if unitBefore {
      let y = qs[i - 2]
      let x = qs[i - 1]
      if x.range.lowerBound - y.range.upperBound <= 12, z.range.lowerBound - x.range.upperBound <= 8, fits(y, x) {
        let lead = words(y.range.upperBound, x.range.lowerBound)
        let tail = words(x.range.upperBound, z.range.lowerBound)
        if lead.count <= 8, namesLastYear(lead), tail.count <= 6,
          !averageWords.contains(where: { tail.contains($0) }), breaks(y.range.upperBound, z.range.lowerBound) <= 1
        {
          return (y, x)
        }
      }
    }
    if unitAround {
      let y = qs[i - 1]
      let x = qs[i + 1]
      if z.range.lowerBound - y.range.upperBound <= 12, x.range.lowerBound - z.range.upperBound <= 8, fits(y, x) {
        let lead = words(y.range.upperBound, z.range.lowerBound)
        let after = words(z.range.upperBound, x.range.lowerBound)
        if lead.count <= 8, yearOnYear.contains(where: { lead.contains($0) }), after.count <= 5,
          namesLastYear(after), breaks(y.range.upperBound, x.range.lowerBound) <= 1
        {
          return (y, x)
        }
      }
    }
    return nil
  }

}
