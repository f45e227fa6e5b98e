/// 增减幅度与前后数值相符（change-matches-levels）。
///
/// 检查什么：“从 X 增加到 Y，增长 Z%”一类句子里，Z 必须等于 (Y − X) ÷ X，
/// 误差不超过所给小数位的舍入误差（“由…到…”“从…提高到…”“降至”同样处理）。
///
/// 为什么：幅度与两端数值是分别写下的，改了一处而没改另一处就自相矛盾。
struct ChangeMatchesLevels: Rule {
  static let id = "change-matches-levels"
  static let name = "增减幅度与数值相符"
  static let defaultSeverity = Severity.error
  static let explanation = "“从 X 增加到 Y，增长 Z%”中，Z 必须等于 (Y − X) ÷ X（按所给小数位舍入）。"
  static let triggeringExamples = [
    "受理案件从200件增加到250件，增长⟦30%⟧。"
  ]
  static let nonTriggeringExamples = [
    "受理案件从200件增加到250件，增长25%。",
    "受理案件由200件下降到150件，下降25%。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    for (i, a) in qs.enumerated() where a.isCount || a.change != nil {
      let s = a.range.lowerBound
      guard s >= 1, ["从", "由"].contains(doc.text((s - 1)..<s)) else { continue }
      let sentence = doc.sentence(at: s)
      // The figures after this one in its sentence (two binary searches: a
      // filter over all figures per figure was quadratic in a long input).
      let inSentence = StatementExtractor.indices(of: qs, in: sentence)
      let rest = qs[max(i + 1, inSentence.lowerBound)..<max(i + 1, inSentence.upperBound)]
      guard let b = rest.first(where: { $0.baseUnit == a.baseUnit }),
        let z = rest.first(where: { $0.isPercent && $0.change != nil && $0.range.lowerBound > b.range.lowerBound }),
        a.normalizedValue > 0,
        // The change follows the second level directly, in the same or the
        // next clause, and is not a yearly average (年均增长).
        !rest.contains(where: { $0.range.lowerBound > b.range.lowerBound && $0.range.lowerBound < z.range.lowerBound }),
        doc.analysis.units[b.range.upperBound..<z.range.lowerBound].filter({ $0 == 0xFF0C || $0 == 0xFF1B }).count <= 1,
        !["年均", "平均", "每年"].contains(where: {
          doc.text(max(0, z.range.lowerBound - 6)..<z.range.lowerBound).contains($0)
        })
      else { continue }
      var computed = (b.normalizedValue - a.normalizedValue) / a.normalizedValue * 100
      let down = decreaseWords.contains(z.change ?? "")
      if down { computed = -computed }
      let ok = roundsTo(computed, z.value, decimals: z.approx == .exact ? z.decimals : max(0, z.decimals - 1))
      ctx.counted(held: ok)
      if !ok {
        ctx.report(
          "幅度与数值不符：从 \(doc.text(a.range)) 到 \(doc.text(b.range)) 是\(down ? "下降" : "增长") \(format(computed, digits: 2))%，报告写的是 \(format(z.value, digits: z.decimals))%",
          at: doc.original(z.range),
          related: [
            RelatedSpan(range: doc.original(a.range), label: "起点"),
            RelatedSpan(range: doc.original(b.range), label: "终点"),
          ],
          note:
            "(\(format(b.value)) − \(format(a.value))) ÷ \(format(a.value)) × 100% = \(format(down ? -computed : computed, digits: 4))%"
        )
      }
    }
  }
}
