/// 计划全部无法衡量（unmeasurable-plan）。
///
/// 检查什么：计划部分的承诺没有一条带数字、期限或可数的对象（“开展培训不少于4次”
/// “年底前完成”），全是“加强”“提高”“进一步完善”。
///
/// 为什么：无法衡量的计划，下一年的报告无从对照是否完成。这是提示。
struct UnmeasurablePlan: Rule {
  static let id = "unmeasurable-plan"
  static let name = "计划全部无法衡量"
  static let defaultSeverity = Severity.info
  static let explanation = "计划部分的承诺若没有一条带数字、期限或可数对象，给出提示：下一年无从对照。"
  static let triggeringExamples = ["一、工作成效\n全年办件100件。\n⟦二、下一步工作安排⟧\n加强组织领导，提高依法行政意识。"]
  static let nonTriggeringExamples = ["一、工作成效\n全年办件100件。\n二、下一步工作安排\n加强组织领导，年底前开展培训不少于4次。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    // Each commitment counted once, under its top-level section.
    var count = [Int](repeating: 0, count: doc.sections.count)
    var measurable = [Bool](repeating: false, count: doc.sections.count)
    for c in report.commitments {
      guard var top = c.section else { continue }
      while let p = doc.sections[top].parent { top = p }
      count[top] += 1
      if c.measurable { measurable[top] = true }
    }
    for (i, s) in doc.sections.enumerated() where s.parent == nil && s.role == .plans && count[i] > 0 {
      ctx.counted(held: measurable[i])
      if !measurable[i] {
        ctx.report("计划部分的 \(count[i]) 条承诺都没有数字、期限或可数的对象，下一年无从对照", at: s.headingRange)
      }
    }
  }
}
