/// 不可能的数值（impossible-value）。
///
/// 检查什么：结案率、覆盖率、合格率、占比、比例等不可能超过 100% 的比率写成了
/// 大于 100% 或负数；人数、件数、场次、户数等计数写成了负数。增长率、增速、涨幅
/// 可以超过 100% 或为负，金额可以为负（亏损、赤字），不在此列。不在已知份额之列的
/// 其他“……率”（网上可办率、回复率）多半也是份额，超过 100% 时给警告。
/// 份额的名称在 `Lexicons/share-rates.txt`，可以超过 100% 的比率名称在
/// `Lexicons/may-exceed-rates.txt`（后者优先：拨备覆盖率）。
///
/// 比较的是数量本身（`normalizedValue`：-0.5万件是 -5000 件）。百分数的单位没有
/// 换算系数；成数（九成）只读一位数字，不会超过 100%，不在此列。
///
/// 为什么：超过 100% 的结案率、负的人数一定是抄错或算错。
struct ImpossibleValue: Rule {
  static let id = "impossible-value"
  static let name = "不可能的数值"
  static let defaultSeverity = Severity.error
  static let explanation =
    "结案率、覆盖率、合格率、占比、比重等整体中的份额不能超过 100% 或为负；人数、件数、场次等计数不能为负。增长率、完成率、金额等不受此限。其他“……率”（网上可办率、回复率）超过 100% 时给警告。"
  static let triggeringExamples = [
    "全年结案率⟦102.5%⟧。", "全年受理案件⟦-5件⟧。", "政务服务事项网上可办率达⟦105%⟧。", "按期办结率⟦101.2%⟧。",
    "群众来信回复率⟦103%⟧。", "全年受理案件⟦-0.5万件⟧。",
  ]
  static let nonTriggeringExamples = [
    "全年结案率 97.8%。", "出口增长率120%。", "投资完成率125.5%。", "居民消费价格上涨-0.2%。", "净利润-3亿元。",
    "资产负债率 105%。", "银行拨备覆盖率 210%。", "生猪出栏率 160%。", "消费对经济增长的贡献率 120%。", "政务服务事项网上可办率达 100%。",
    "群众满意率达九成以上。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    // Names of shares (Lexicons/share-rates.txt: 结案率, 占比) and of rates
    // that may pass 100% (may-exceed-rates.txt: 增长率, 完成率).
    let shares = ctx.environment.shareRates
    let mayExceed = ctx.environment.mayExceedRates
    for q in report.quantities where q.isPercent && q.change == nil {
      let s = q.subject
      // A name that may exceed 100% wins over the share it ends with
      // (拨备覆盖率 is provisions over bad loans, often 200%).
      guard !mayExceed.any(endingOf: s) else { continue }
      let known = shares.any(endingOf: s)
      // Any other …率 is most often a share too (网上可办率, 按期办结率): above
      // 100% it is reported as a warning, unless growth or a ratio of two
      // different things (增长率, 负债率) is meant.
      let other =
        !known && s.hasSuffix("率") && !s.contains("增") && !s.contains("涨") && !s.contains("超")
      guard known || other else { continue }
      let ok = q.normalizedValue <= 100 && (q.normalizedHigh ?? 0) <= 100 && q.normalizedValue >= 0
      ctx.counted(held: ok)
      if !ok {
        let bound = q.normalizedValue < 0 ? "不可能为负" : "不可能超过 100%"
        let message = "“\(s)”\(bound)，报告写的是 \(format(q.normalizedValue))%"
        if known {
          ctx.report(message, at: doc.original(q.range))
        } else {
          ctx.reportUncertain(message, reason: "“\(s)”作为整体中的份额时", at: doc.original(q.range))
        }
      }
    }
    for q in report.quantities where q.isCount && countedCategories.contains(q.unitCategory) {
      ctx.counted(held: q.normalizedValue >= 0)
      guard q.normalizedValue < 0 else { continue }
      let what = q.subject.isEmpty ? "计数" : "“\(q.subject)”"
      ctx.report("\(what)不可能为负，报告写的是 \(doc.text(q.range))", at: doc.original(q.range))
    }
  }
}
