/// 不可能的数值（impossible-value）。
///
/// 检查什么：结案率、覆盖率、合格率、占比、比例等不可能超过 100% 的比率写成了
/// 大于 100% 或负数；人数、件数、场次、户数等计数写成了负数。增长率、增速、涨幅
/// 可以超过 100% 或为负，金额可以为负（亏损、赤字），不在此列。
///
/// 为什么：超过 100% 的结案率、负的人数一定是抄错或算错。
struct ImpossibleValue: Rule {
  static let id = "impossible-value"
  static let name = "不可能的数值"
  static let defaultSeverity = Severity.error
  static let explanation =
    "结案率、覆盖率、合格率、占比、比重等整体中的份额不能超过 100% 或为负；人数、件数、场次等计数不能为负。增长率、完成率、金额等不受此限。"
  static let triggeringExamples = ["全年结案率⟦102.5%⟧。", "全年受理案件⟦-5件⟧。"]
  static let nonTriggeringExamples = [
    "全年结案率 97.8%。", "出口增长率120%。", "投资完成率125.5%。", "居民消费价格上涨-0.2%。", "净利润-3亿元。",
  ]

  /// Rates that are shares of a whole. 完成率 is not among them: a plan can be
  /// over-fulfilled.
  static let shares = [
    "结案率", "覆盖率", "合格率", "达标率", "参保率", "普及率", "知晓率", "满意率", "满意度", "通过率", "入学率",
    "办结率", "受理率", "成功率", "调解率", "到位率", "上线率", "公开率", "占比", "比重", "失业率", "就业率",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for q in report.quantities where q.isPercent && q.change == nil {
      let s = q.subject
      guard Self.shares.contains(where: { s.hasSuffix($0) }) else { continue }
      let ok = q.value <= 100 && (q.high ?? 0) <= 100 && q.value >= 0
      ctx.counted(held: ok)
      if !ok {
        let bound = q.value < 0 ? "不可能为负" : "不可能超过 100%"
        ctx.report("“\(s)”\(bound)，报告写的是 \(format(q.value))%", at: doc.original(q.range))
      }
    }
    for q in report.quantities where q.isCount && countedCategories.contains(q.unitCategory) {
      ctx.counted(held: q.value >= 0)
      guard q.value < 0 else { continue }
      let what = q.subject.isEmpty ? "计数" : "“\(q.subject)”"
      ctx.report("\(what)不可能为负，报告写的是 \(doc.text(q.range))", at: doc.original(q.range))
    }
  }
}
