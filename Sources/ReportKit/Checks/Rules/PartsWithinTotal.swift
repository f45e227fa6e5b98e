/// 分项不超过总数（parts-within-total）。
///
/// 检查什么：“总办件量1854件，其中线上办件347件，延时服务55件……”这样的句子里，
/// “其中”之后与总数同单位的每一个分项都不能大于总数；分项之和大于总数时给出警告
/// （分项之间可能交叉）；句子说分项就是全部（“分别为”“共…其中…两类”）时，分项之和
/// 必须等于总数。
///
/// 为什么：分项与总数是报告里最容易核对、也最常抄错的一组关系。
struct PartsWithinTotal: Rule {
  static let id = "parts-within-total"
  static let name = "分项不超过总数"
  static let defaultSeverity = Severity.error
  static let explanation = "“其中”后的每个分项不得大于总数；分项之和大于总数时提示（可能交叉）；句中说明分项即全部（分别为、两类）时，分项之和必须等于总数。"
  static let triggeringExamples = [
    "全年总办件量1854件，其中线上办件⟦1900件⟧，代办181件。",
    "全年审查合同20份，其中镇级合同9份、村级合同⟦12份⟧，分别为两类。",
  ]
  static let nonTriggeringExamples = [
    "全年总办件量1854件，其中线上办件347件，延时服务55件，代办181件。",
    "全年审查合同21份，其中镇级合同9份、村级合同12份，分别为两类。",
    "全镇共受理调解纠纷 246 起，其中婚姻家庭纠纷 58 起、邻里纠纷 73 起、土地山林纠纷 41 起，成功调解结案 241 起，结案率 98.0%。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    var seen = Set<Int>()
    for q in qs {
      let sentence = doc.sentence(at: q.range.lowerBound)
      guard !seen.contains(sentence.lowerBound) else { continue }
      seen.insert(sentence.lowerBound)
      let text = doc.text(sentence)
      guard let r = text.range(of: "其中") else { continue }
      let at = sentence.lowerBound + text[..<r.lowerBound].utf16.count
      let inSentence = qs[StatementExtractor.indices(of: qs, in: sentence)].filter(\.isCount)
      guard let total = inSentence.last(where: { $0.range.upperBound <= at }) else { continue }
      let candidates = inSentence.filter { $0.range.lowerBound > at && $0.baseUnit == total.baseUnit }
      guard !candidates.isEmpty else { continue }
      // The list after 其中 keeps one separator (、 or ，); where it changes,
      // a new statement begins ("…土地山林纠纷 41 起，成功调解结案 241 起").
      var parts = [candidates[0]]
      var separator: UInt16? = nil
      for q in candidates.dropFirst() {
        let gap = doc.analysis.units[parts.last!.range.upperBound..<q.range.lowerBound]
        guard let s = gap.last(where: { $0 == 0x3001 || $0 == 0xFF0C || $0 == 0xFF1B }) else { break }
        if separator == nil { separator = s } else if s != separator { break }
        parts.append(q)
      }
      var allOK = true
      for p in parts {
        let ok = p.normalizedValue <= total.normalizedValue
        ctx.counted(held: ok)
        if !ok {
          allOK = false
          ctx.report(
            "分项大于总数：\(p.subject) \(doc.text(p.range)) 大于 \(total.subject) \(doc.text(total.range))",
            at: doc.original(p.range), related: [RelatedSpan(range: doc.original(total.range), label: "总数")],
            note: "\(format(p.normalizedValue)) > \(format(total.normalizedValue))")
        }
      }
      guard allOK, parts.count >= 2 else { continue }
      let sum = parts.reduce(0) { $0 + $1.normalizedValue }
      let whole = text.contains("分别为") || text.contains("两类") || text.contains("三类") || text.contains("四类")
      let sumText = parts.map { format($0.normalizedValue) }.joined(separator: " + ")
      let approximate = parts.contains { $0.approx != .exact } || total.approx != .exact
      if whole && !approximate {
        let ok = abs(sum - total.normalizedValue) < 1e-9 * max(1, sum)
        ctx.counted(held: ok)
        if !ok {
          ctx.report(
            "分项之和与总数不符：\(sumText) = \(format(sum))，总数为 \(format(total.normalizedValue))",
            at: doc.original(parts.last!.range),
            related: [RelatedSpan(range: doc.original(total.range), label: "总数")]
              + parts.dropLast().map { RelatedSpan(range: doc.original($0.range), label: "分项") },
            note: "\(sumText) = \(format(sum)) ≠ \(format(total.normalizedValue))")
        }
      } else if !approximate {
        let ok = sum <= total.normalizedValue
        ctx.counted(held: ok)
        if !ok {
          ctx.report(
            "分项之和大于总数：\(sumText) = \(format(sum))，总数为 \(format(total.normalizedValue))（分项可能交叉，请核对）",
            at: doc.original(parts.last!.range),
            related: [RelatedSpan(range: doc.original(total.range), label: "总数")],
            note: "\(sumText) = \(format(sum)) > \(format(total.normalizedValue))", severity: .warning)
        }
      }
    }
  }
}
