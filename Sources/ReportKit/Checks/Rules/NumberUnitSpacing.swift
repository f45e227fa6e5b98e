/// 数字与单位间空格一致（number-unit-spacing）。
///
/// 检查什么：一份报告里阿拉伯数字与其后的单位之间，有的加空格（“6 场次”），有的
/// 不加（“9份”）。按多数的写法提示少数的一方。
///
/// 为什么：国家标准不强制空格，但同一文件中应统一（GB/T 15835-2011 的“得体、统一”原则；
/// 公文习惯不加空格）。低级别，可关闭。
struct NumberUnitSpacing: Rule {
  static let id = "number-unit-spacing"
  static let name = "数字与单位间空格一致"
  static let defaultSeverity = Severity.info
  static let standard: String? = "GB/T 15835-2011"
  static let explanation = "同一报告中数字与单位之间加不加空格应统一；以多数写法为准提示少数。"
  static let triggeringExamples = ["全年举办培训 6 场次，培训干部 560 人次，审查合同⟦9份⟧。"]
  static let nonTriggeringExamples = ["全年举办培训6场次，培训干部560人次，审查合同9份。"]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    // One pass to count, one to report: no copies of the figures.
    func considered(_ q: Quantity) -> Bool { !q.chineseNumerals && !q.isPercent && q.unitCategory != "permille" }
    var spaced = 0
    var count = 0
    for q in report.quantities where considered(q) {
      count += 1
      if q.spaceBeforeUnit { spaced += 1 }
    }
    let tight = count - spaced
    guard spaced > 0 && tight > 0 else {
      for _ in 0..<count { ctx.counted(held: true) }
      return
    }
    let spacedIsNorm = spaced > tight
    for q in report.quantities where considered(q) {
      let ok = q.spaceBeforeUnit == spacedIsNorm
      ctx.counted(held: ok)
      if !ok {
        ctx.report(
          spacedIsNorm
            ? "数字与单位之间没有空格，而本报告其他 \(spaced) 处都有空格" : "数字与单位之间有空格，而本报告其他 \(tight) 处都没有空格",
          at: doc.original(q.range))
      }
    }
  }
}
