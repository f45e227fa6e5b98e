/// 同一指标两个数值（same-metric-different-values）。
///
/// 检查什么：工作回顾里两处计数说的像是同一件事（“解答群众法律咨询 262 人次”与
/// “解答法律咨询服务 1100 多人次”：单位相同，所计之事的字面高度相似），数值却不同。
/// 警告会同时指出两处。
///
/// 为什么：口径可能不同（一处是宣传活动中的咨询，一处是全年），也可能是抄错；
/// 两种情况读者都需要报告说清楚。
struct SameMetricDifferentValues: Rule {
  static let id = "same-metric-different-values"
  static let name = "同一指标两个数值"
  static let defaultSeverity = Severity.warning
  static let explanation = "同一份报告里，单位相同、所计之事高度相似的两个计数数值不同时给出警告（口径可能不同，需说明）。"
  static let triggeringExamples = [
    "一、工作回顾\n全年解答群众法律咨询 262 人次。接待办理法律援助 11 件次，解答法律咨询服务⟦1100 多人次⟧。"
  ]
  static let nonTriggeringExamples = [
    "一、工作回顾\n全年解答群众法律咨询 262 人次。发放宣传资料 18000 余份。"
  ]

  /// Subjects at least this alike (Dice over their words) count as one metric.
  static let threshold = 0.6

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities.filter { q in
      q.isCount && q.subject.count >= 3 && !(q.section.map { doc.sections[$0].role.isPlan } ?? false)
    }
    let segmenter = report.makeSegmenter()
    let words = qs.map { segmenter.words($0.subject) }
    for i in qs.indices {
      for j in qs.indices where j > i {
        let a = qs[i]
        let b = qs[j]
        guard a.baseUnit == b.baseUnit, a.unitCategory == b.unitCategory else { continue }
        let sim = dice(words[i], words[j])
        guard sim >= Self.threshold else { continue }
        let ok = a.normalizedValue == b.normalizedValue
        ctx.counted(held: ok)
        if !ok {
          ctx.report(
            "“\(b.subject)”\(doc.text(b.range)) 与前文“\(a.subject)”\(doc.text(a.range)) 像是同一指标却数值不同，请说明口径",
            at: doc.original(b.range), related: [RelatedSpan(range: doc.original(a.range), label: "前文数值")],
            note: "所计之事的相似度 \(format(sim, digits: 2))（阈值 \(Self.threshold)）")
        }
      }
    }
  }
}
