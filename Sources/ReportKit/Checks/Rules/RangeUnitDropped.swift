/// 范围两端都写单位（range-unit-dropped）。
///
/// 检查什么：数值范围省略了前一数值的 %、‰ 或万、亿，如“15～30%”，会被读成
/// “15 到 30%”。应写“15%～30%”。省略“次”“个”等量词的“3～5次”不在此列。
///
/// 依据：GB/T 15835-2011 5.1.3，省略前一数值的附加符号会造成歧义时不应省略。
struct RangeUnitDropped: Rule {
  static let id = "range-unit-dropped"
  static let name = "范围两端都写单位"
  static let defaultSeverity = Severity.info
  static let standard: String? = "GB/T 15835-2011 5.1.3"
  static let explanation = "数值范围前一数值后的 %、‰、万、亿 不应省略（写 15%～30%，不写 15～30%）。"
  static let triggeringExamples = ["增幅为⟦15～30%⟧。"]
  static let nonTriggeringExamples = ["增幅为15%～30%。", "每年开展3～5次。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    for q in report.quantities where q.high != nil {
      let ambiguous =
        q.unitCategory == "percent" || q.unitCategory == "permille" || q.unit.hasPrefix("万")
        || q.unit.hasPrefix("亿")
      guard ambiguous else { continue }
      let ok = !q.rangeUnitDropped
      ctx.counted(held: ok)
      if !ok {
        let sign = q.isPercent ? "%" : q.unitCategory == "permille" ? "‰" : String(q.unit.prefix(1))
        ctx.report("范围的前一数值省略了“\(sign)”，易生歧义，应两端都写出", at: doc.original(q.range))
      }
    }
  }
}
