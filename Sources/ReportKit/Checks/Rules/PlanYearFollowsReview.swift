/// 计划年度紧接回顾年度（plan-year-follows-review）。
///
/// 检查什么：计划部分的标题写明的年度应是回顾年度的下一年（回顾 2024 年，计划
/// 2025 年）；标题是“上半年”“半年”总结的报告里，不应出现“全年”的数字。
///
/// 为什么：年度写错是改旧稿时最常留下的痕迹；半年报告里的“全年”数字不可能是实数。
struct PlanYearFollowsReview: Rule {
  static let id = "plan-year-follows-review"
  static let name = "计划年度紧接回顾年度"
  static let defaultSeverity = Severity.warning
  static let explanation = "计划部分标题中的年度应为回顾年度的下一年；半年报告中不应出现“全年”数字。"
  static let triggeringExamples = [
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n全年办件100件。\n二、⟦2026年工作安排⟧\n继续加强。",
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n全年办件100件。\n二、⟦关于2026年工作⟧\n继续加强。",
  ]
  static let nonTriggeringExamples = [
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n全年办件100件。\n二、2025年工作安排\n继续加强。",
    "# 某镇 2024 年法治政府建设工作报告\n一、2024年工作成效\n全年办件100件。\n二、关于2025年工作\n继续加强。\n三、2035年远景目标\n基本实现。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let m = doc.metadata
    if let review = m.reviewYear {
      // A top-level section whose title names no role and only a year or
      // two after the review year is the plan too (关于 2027 年工作 when
      // 2025 is reviewed: its wrong year kept it from being read as the plan).
      for s in doc.sections
      where s.parent == nil && (s.role == .plans || (s.role == .other && !s.roleFromTitle)) {
        let years = MetadataReader.years(in: s.title)
        guard let y = years.first else { continue }
        if s.role == .other {
          guard s.title.contains("工作"), years.allSatisfy({ $0 > review + 1 && $0 <= review + 3 }) else { continue }
        }
        let ok = y == review + 1
        ctx.counted(held: ok)
        if !ok {
          ctx.report("计划部分写的是 \(y) 年，而报告回顾的是 \(review) 年，计划应为 \(review + 1) 年", at: s.titleRange)
        }
      }
    }
    if let title = m.title, title.contains("半年") {
      for q in report.quantities where (q.scope ?? "").contains("全年") {
        ctx.counted(held: false)
        ctx.report("半年报告中出现“全年”数字：\(q.subject) \(format(q.value))\(q.unit)", at: doc.original(q.range))
      }
    }
  }
}
