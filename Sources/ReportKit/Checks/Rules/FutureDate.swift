/// 日期晚于报告（future-date）。
///
/// 检查什么：回顾部分里写到具体月份的日期（2026年3月、2026年3月5日）晚于报告
/// 计划的年度，即报告写成之后的日期。
///
/// 为什么：回顾写的是已经发生的事，晚于报告的日期多半是年份笔误。
struct FutureDate: Rule {
  static let id = "future-date"
  static let name = "日期晚于报告"
  static let defaultSeverity = Severity.warning
  static let explanation = "回顾部分中写到月份的日期不应晚于报告的计划年度（报告写成之后）。"
  static let triggeringExamples = [
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n⟦2027年3月⟧被评为先进单位。\n二、2025年工作安排\n继续加强。"
  ]
  static let nonTriggeringExamples = [
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n2024年3月被评为先进单位。\n二、2025年工作安排\n继续加强。"
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    guard let limit = doc.metadata.deliveredYear ?? doc.metadata.planYear else { return }
    for p in doc.paragraphs {
      guard p.role == .review else { continue }
      guard doc.analysis.units[p.analysisRange.offsets].contains(0x6708) else { continue }  // 月
      let text = doc.text(p.analysisRange)
      for m in text.matches(of: /(\d{4})\s*年\s*(\d{1,2})\s*月/) {
        guard let y = Int(m.1) else { continue }
        let ok = y <= limit
        ctx.counted(held: ok)
        if !ok {
          let a = p.analysisRange.lowerBound + text[..<m.range.lowerBound].utf16.count
          let b = a + text[m.range].utf16.count
          ctx.report("回顾部分的日期 \(text[m.range]) 晚于报告（计划年度 \(limit) 年）", at: doc.original(AnalysisRange(a, b)))
        }
      }
    }
  }
}
