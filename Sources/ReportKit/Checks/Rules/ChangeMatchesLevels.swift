/// 增减幅度与前后数值相符（change-matches-levels）。
///
/// 检查什么：“从 X 增加到 Y，增长 Z%”一类句子里，Z 必须等于 (Y − X) ÷ X，
/// 误差不超过所给小数位的舍入误差（“由…到…”“从…提高到…”“降至”同样处理）；
/// “增加 N 件”必须等于 Y − X；“增加到”“减少到”等方向词必须与两端数值的大小一致
/// （“由 232 起增加到 220 起”是错的）。
///
/// 为什么：幅度与两端数值是分别写下的，改了一处而没改另一处就自相矛盾。
struct ChangeMatchesLevels: Rule {
  static let id = "change-matches-levels"
  static let name = "增减幅度与数值相符"
  static let defaultSeverity = Severity.error
  static let explanation =
    "“从 X 增加到 Y，增长 Z%”（或“由 X …到 Y”）中，Z 必须等于 (Y − X) ÷ X（按所给小数位舍入），“增加 N”必须等于 Y − X；“增加到”“减少到”等方向词必须与 X、Y 的大小一致。"
  static let triggeringExamples = [
    "受理案件从200件增加到250件，增长⟦30%⟧。",
    "办件量由 1120 件增加到 1430 件，增长⟦25.7%⟧。",
    "受理纠纷由 232 起⟦增加到⟧220 起。",
    "办件量由 1120 件增加到 1430 件，增加⟦300 件⟧。",
  ]
  static let nonTriggeringExamples = [
    "受理案件从200件增加到250件，增长25%。",
    "受理案件由200件下降到150件，下降25%。",
    "办件量由 1120 件增加到 1430 件，增长 27.7%。",
    "受理纠纷由 232 起减少到 220 起。",
    "办件量由 1120 件增加到 1430 件，增加 310 件。",
    "年龄从 18 岁到 60 岁。",
    "接待游客从 1.1 亿人次增加到 1.2 亿人次，增长 17%。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    let units = doc.analysis.units
    let (upJoins, downJoins) = (ctx.environment.upJoins, ctx.environment.downJoins)
    for (i, a) in qs.enumerated() where a.isCount || a.change != nil {
      // 从 or 由 right before the figure (a space may stand between).
      var s = a.range.lowerBound
      if s >= 1 && units[s - 1] == 0x20 { s -= 1 }
      guard s >= 1, units[s - 1] == 0x4ECE || units[s - 1] == 0x7531 else { continue }  // 从 由
      // The two figures after this one; all three stand close together, so
      // the test for a sentence end between them reads a few units only (the
      // sentence itself was read per figure, quadratic in a long input).
      let rest = qs[(i + 1)..<min(qs.count, i + 3)]
      guard let b = rest.first, b.baseUnit == a.baseUnit, a.normalizedValue > 0 else { continue }
      // The words joining the two levels (增加到, 下降至, 到): a direction
      // word must agree with the numbers (由 232 起增加到 220 起).
      let joinRange = AnalysisRange(a.range.upperBound, b.range.lowerBound)
      guard joinRange.count <= 12, !units[joinRange.offsets].contains(where: Punctuation.isSentenceEnd) else {
        continue
      }
      let join = doc.text(joinRange).filter { $0 != " " }
      guard join.count <= 6, join.hasSuffix("到") || join.hasSuffix("至") else { continue }
      let up = upJoins.contains { join.hasSuffix($0) }
      let downWord = downJoins.contains { join.hasSuffix($0) }
      if (up && b.normalizedValue < a.normalizedValue) || (downWord && b.normalizedValue > a.normalizedValue) {
        ctx.counted(held: false)
        ctx.report(
          "变化方向与数值不符：从 \(doc.text(a.range)) \(join) \(doc.text(b.range))，数值实际是\(up ? "减少" : "增加")",
          at: doc.original(trimmed(units, joinRange)),
          related: [
            RelatedSpan(range: doc.original(a.range), label: "起点"),
            RelatedSpan(range: doc.original(b.range), label: "终点"),
          ],
          note: "\(format(a.normalizedValue)) → \(format(b.normalizedValue))")
        continue
      }
      if up || downWord { ctx.counted(held: true) }
      // The stated change follows the second level directly, in the same or
      // the next clause, and is not a yearly average (年均增长).
      guard let z = rest.dropFirst().first,
        z.change != nil, z.isPercent || z.baseUnit == a.baseUnit, z.range.lowerBound - b.range.upperBound <= 20,
        !units[b.range.upperBound..<z.range.lowerBound].contains(where: Punctuation.isSentenceEnd),
        units[b.range.upperBound..<z.range.lowerBound].filter({ $0 == 0xFF0C || $0 == 0xFF1B }).count <= 1,
        !{
          // The six units before the change, made into text once for all the words.
          let before = doc.text(AnalysisRange(max(0, z.range.lowerBound - 6), z.range.lowerBound))
          return ctx.environment.levelsAverageWords.contains { before.contains($0) }
        }()
      else { continue }
      guard let check = StatedChangeCheck(stated: z, from: a, to: b) else { continue }
      let (ok, down, note) = (check.ok, check.down, check.note)
      ctx.counted(held: ok)
      if !ok {
        let stated = z.isPercent ? "\(format(z.normalizedValue, digits: z.decimals))%" : doc.text(z.range)
        let amount = check.amount(z)
        ctx.report(
          "幅度与数值不符：从 \(doc.text(a.range)) 到 \(doc.text(b.range)) 是\(down ? "下降" : "增长") \(amount)，报告写的是 \(stated)",
          at: doc.original(z.range),
          related: [
            RelatedSpan(range: doc.original(a.range), label: "起点"),
            RelatedSpan(range: doc.original(b.range), label: "终点"),
          ],
          note: note
        )
      }
    }
  }
}
