/// 比率与计数相符（rate-matches-counts）。
///
/// 检查什么：一句话里的比率（……率、占比、比例，或“其中 X 占 Y%”）与同一句中
/// 给出的计数是否相符。“受理调解纠纷 232 起，成功调解结案 227 起，结案率 97.8%”
/// 中 227 ÷ 232 = 97.84%，按报告给出的一位小数四舍五入为 97.8%，成立。
///
/// 为什么：比率往往是手算后抄进报告的，计数改了而比率没改，是最常见的自相矛盾。
/// 允许的误差是报告所给小数位的舍入误差；写了“约”“左右”的比率再放宽一位。
struct RateMatchesCounts: Rule {
  static let id = "rate-matches-counts"
  static let name = "比率与计数相符"
  static let defaultSeverity = Severity.error
  static let explanation = "一句话里的比率（率、占比、比例、“其中…占…%”）必须与同一句中的计数相符，误差不超过所给小数位的舍入误差。"
  static let triggeringExamples = [
    "全镇受理调解纠纷 232 起，成功调解结案 227 起，结案率⟦98.8%⟧。",
    "总办件量1854件，其中线上办件347件，占⟦20.1%⟧。",
  ]
  static let nonTriggeringExamples = [
    "全镇受理调解纠纷 232 起，成功调解结案 227 起，结案率 97.8%。",
    "总办件量1854件，其中线上办件347件，占18.7%。",
    "国内生产总值增长5.2%。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    for (i, q) in qs.enumerated() where q.isPercent && q.change == nil && q.high == nil {
      let subject = q.subject
      let isShare = subject.hasSuffix("占") || subject == "占" || precededBy(doc, q, "占")
      let isRate = subject.hasSuffix("率") || subject.hasSuffix("占比") || subject.hasSuffix("比例")
      guard isShare || isRate else { continue }
      let sentence = doc.sentence(at: q.range.lowerBound)
      let counts = qs[..<i].filter {
        sentence.contains($0.range.lowerBound) && $0.isCount && $0.baseUnit != ""
      }
      guard let num = counts.last else { continue }
      let same = counts.filter { $0.baseUnit == num.baseUnit }
      var den: Quantity?
      if isShare {
        // The total: the figure before 其中, else the first of its unit.
        let qi = doc.text(sentence).range(of: "其中").map { doc.text(sentence)[..<$0.lowerBound].utf16.count + sentence.lowerBound }
        den = same.last { qi != nil && $0.range.upperBound <= qi! } ?? (same.count >= 2 ? same.first : nil)
      } else {
        den = same.count >= 2 ? same[same.count - 2] : nil
      }
      guard var d = den, d.range != num.range else { continue }
      var n = num
      if n.normalizedValue > d.normalizedValue && q.value <= 100 { swap(&n, &d) }
      guard d.normalizedValue > 0 else { continue }
      let computed = n.normalizedValue / d.normalizedValue * 100
      let slack = q.approx == .exact ? q.decimals : max(0, q.decimals - 1)
      let ok = roundsTo(computed, q.value, decimals: slack)
      ctx.counted(held: ok)
      if !ok {
        let stated = doc.text(q.numberRange) + "%"
        ctx.report(
          "比率与计数不符：\(format(n.value)) ÷ \(format(d.value)) = \(format(computed, digits: 2))%，报告写的是 \(stated)",
          at: doc.original(q.range),
          related: [
            RelatedSpan(range: doc.original(n.range), label: "分子"),
            RelatedSpan(range: doc.original(d.range), label: "分母"),
          ],
          note: "\(format(n.value)) ÷ \(format(d.value)) × 100% = \(format(computed, digits: 4))%，按 \(q.decimals) 位小数应为 \(format((computed * pow10(q.decimals)).rounded() / pow10(q.decimals), digits: q.decimals))%")
      }
    }
  }

  func precededBy(_ doc: Document, _ q: Quantity, _ word: String) -> Bool {
    let s = q.range.lowerBound
    guard s >= 1 else { return false }
    return doc.text((s - 1)..<s) == word
  }

  func pow10(_ d: Int) -> Double {
    var v = 1.0
    for _ in 0..<d { v *= 10 }
    return v
  }
}
