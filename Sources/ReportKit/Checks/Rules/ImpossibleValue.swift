/// 不可能的数值（impossible-value）。
///
/// 检查什么：结案率、覆盖率、合格率、占比、比例等不可能超过 100% 的比率写成了
/// 大于 100%。增长率、增速、涨幅等可以超过 100%，不在此列。
///
/// 为什么：超过 100% 的完成率、结案率一定是抄错或算错。
struct ImpossibleValue: Rule {
  static let id = "impossible-value"
  static let name = "不可能的数值"
  static let defaultSeverity = Severity.error
  static let explanation = "结案率、覆盖率、占比等不能超过 100%；增长率、增速、涨幅不受此限。"
  static let triggeringExamples = ["全年结案率⟦102.5%⟧。"]
  static let nonTriggeringExamples = ["全年结案率 97.8%。", "出口增长率120%。", "利用外资增长150%。"]

  static let growth = ["增长", "增速", "涨幅", "增幅", "提高", "增加", "利率", "倍"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for q in report.quantities where q.isPercent && q.change == nil {
      let s = q.subject
      guard s.hasSuffix("率") || s.hasSuffix("占比") || s.hasSuffix("比例") || s.hasSuffix("占") else {
        continue
      }
      if Self.growth.contains(where: { s.contains($0) }) { continue }
      let ok = q.value <= 100 && (q.high ?? 0) <= 100
      ctx.counted(held: ok)
      if !ok {
        ctx.report("“\(s)”不可能超过 100%，报告写的是 \(format(q.value))%", at: doc.original(q.range))
      }
    }
  }
}
