/// 分项不超过总数（parts-within-total）。
///
/// 检查什么：“总办件量1854件，其中线上办件347件，延时服务55件……”这样的句子里，
/// “其中”之后与总数同单位的每一个分项都不能大于总数；分项之和大于总数时给出警告
/// （分项之间可能交叉）；句子说分项就是全部（“分别为”“共…其中…两类”）时，分项之和
/// 必须等于总数；最后一项是“其他”“其余”时同样（按所给小数位舍入）。与“其中”隔着
/// 逗号的分项可能已是另一件事，大于总数只给警告；人均、每千人、年龄不作分项或总数。
///
/// 为什么：分项与总数是报告里最容易核对、也最常抄错的一组关系。
struct PartsWithinTotal: Rule {
  static let id = "parts-within-total"
  static let name = "分项不超过总数"
  static let defaultSeverity = Severity.error
  static let explanation =
    "“其中”后的每个分项不得大于总数；分项之和大于总数时提示（可能交叉）；句中说明分项即全部（分别为、两类，或最后一项是“其他”“其余”）时，分项之和必须等于总数（按所给小数位舍入）。与“其中”隔着逗号的分项、或“其中”前并列着几个同单位数值时，分项大于总数只给警告；年龄、人均与每千人等数值不作分项或总数。"
  static let triggeringExamples = [
    "全年总办件量1854件，其中线上办件⟦1900件⟧，代办181件。",
    "全年审查合同20份，其中镇级合同9份、村级合同⟦12份⟧，分别为两类。",
    // With 其他 the parts are the whole: 100 + 80 + 40 = 220, not 232.
    "全镇受理纠纷 232 起，其中婚姻家庭纠纷 100 起、邻里纠纷 80 起、其他纠纷⟦40 起⟧。",
  ]
  static let nonTriggeringExamples = [
    "全年总办件量1854件，其中线上办件347件，延时服务55件，代办181件。",
    "全年审查合同21份，其中镇级合同9份、村级合同12份，分别为两类。",
    "全镇共受理调解纠纷 246 起，其中婚姻家庭纠纷 58 起、邻里纠纷 73 起、土地山林纠纷 41 起，成功调解结案 241 起，结案率 98.0%。",
    "全镇受理纠纷 232 起，其中婚姻家庭纠纷 100 起、邻里纠纷 92 起、其他纠纷 40 起。",
    "全市就业 12.5 万人，其中高校毕业生 4.3 万人、其他 8.1 万人。",
    "改扩建学校 20 所、新建学校 30 所，其中农村学校 28 所、城镇学校 22 所，分别为两类。",
    // Per-thousand figures are never totals (a false error on a provincial report).
    "每千人食品抽检6.6批次，其中全年食品抽检超5万批次。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    // Each sentence once: figures come in text order, so a figure before
    // the end of the last sentence read is in it (reading its sentence again
    // per figure was quadratic in an input without sentence ends).
    var done = 0
    let units = doc.analysis.units
    for q in qs where q.range.lowerBound >= done {
      let sentence = doc.sentence(at: q.range.lowerBound)
      done = sentence.upperBound
      guard let at = TextSpans.find(Self.qizhong, in: units, sentence.offsets) else { continue }
      // Ages, ranges and per-head figures (每千人 6.6批次) are never parts or totals.
      let inSentence = qs[report.quantities(in: sentence)].filter(\.isRelationCount)
      // The total is the count right before 其中, in its clause or the one
      // before; a clause holding only the total's change or rate may stand
      // between (赤字 8000 亿元，赤字率下降到 1.5% 左右，其中中央财政赤字…).
      guard let total = inSentence.last(where: { $0.range.upperBound <= at }) else { continue }
      let gap = breaks(doc, total.range.upperBound, at)
      guard gap <= 1 || (gap == 2 && !report.quantities(in: AnalysisRange(total.range.upperBound, at)).isEmpty)
      else { continue }
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
      // A last part named 其他/其余 closes the list: the parts are all of it.
      let closed = parts.count >= 2 && ctx.environment.restWords.contains { parts.last!.subject.hasPrefix($0) }
      // 改扩建学校 20 所、新建学校 30 所，其中农村学校 40 所: when the total is
      // the last of figures of its unit joined by 、, 其中 may mean all of them.
      let joined =
        inSentence.last { $0.range.upperBound <= total.range.lowerBound && $0.baseUnit == total.baseUnit }
        .map { prev in
          let gap = doc.analysis.units[prev.range.upperBound..<total.range.lowerBound] as ArraySlice<UInt16>
          return gap.contains(0x3001) && !gap.contains(0xFF0C) && !gap.contains(0xFF1B)
        } ?? false
      var allOK = true
      for (k, p) in parts.enumerated() {
        let ok = p.normalizedValue <= total.normalizedValue
        ctx.counted(held: ok)
        if !ok {
          allOK = false
          let message = "分项大于总数：\(p.subject) \(doc.text(p.range)) 大于 \(total.subject) \(doc.text(total.range))"
          let related = [RelatedSpan(range: doc.original(total.range), label: "总数")]
          let note = "\(format(p.normalizedValue)) > \(format(total.normalizedValue))"
          // Certain for the part right after 其中 and for parts joined to it by
          // 、 (or closed by 其他); after a comma the figure may already be
          // another matter (…，其中人工造林 43 万亩，修复治理退化草原 517 万亩).
          if joined {
            ctx.reportUncertain(
              message, reason: "“其中”前并列着几个同单位的数，总数可能是它们之和", at: doc.original(p.range),
              related: related, note: note)
          } else if k == 0 || separator == 0x3001 || closed {
            ctx.report(message, at: doc.original(p.range), related: related, note: note)
          } else {
            ctx.reportUncertain(
              message, reason: "这一项与“其中”隔着逗号，可能已是另一件事", at: doc.original(p.range), related: related,
              note: note)
          }
        }
      }
      guard allOK, parts.count >= 2 else { continue }
      let sum = parts.reduce(0) { $0 + $1.normalizedValue }
      let whole = closed || Self.wholeWords.contains { TextSpans.find($0, in: units, sentence.offsets) != nil }
      let sumText = parts.map { format($0.normalizedValue) }.joined(separator: " + ")
      let approximate = parts.contains { $0.approx != .exact } || total.approx != .exact
      // The rounding the writer's decimals allow, over all figures.
      let tolerance = (parts + [total]).reduce(1e-9 * max(1, sum)) { $0 + halfUnit($1) }
      if whole && !approximate {
        let ok = abs(sum - total.normalizedValue) <= tolerance
        ctx.counted(held: ok)
        if !ok && !joined {
          ctx.report(
            "分项之和与总数不符：\(sumText) = \(format(sum))，总数为 \(format(total.normalizedValue))",
            at: doc.original(parts.last!.range),
            related: [RelatedSpan(range: doc.original(total.range), label: "总数")]
              + parts.dropLast().map { RelatedSpan(range: doc.original($0.range), label: "分项") },
            note: "\(sumText) = \(format(sum)) ≠ \(format(total.normalizedValue))")
        }
      } else if !approximate {
        let ok = sum <= total.normalizedValue + tolerance
        ctx.counted(held: ok)
        if !ok {
          ctx.report(
            "分项之和大于总数：\(sumText) = \(format(sum))，总数为 \(format(total.normalizedValue))（分项可能交叉，请核对）",
            at: doc.original(parts.last!.range),
            related: [RelatedSpan(range: doc.original(total.range), label: "总数")]
              + parts.dropLast().map { RelatedSpan(range: doc.original($0.range), label: "分项") },
            note: "\(sumText) = \(format(sum)) > \(format(total.normalizedValue))",
            severity: min(ctx.severity, .warning))
        }
      }
    }
  }

  static let qizhong = Array("其中".utf16)
  /// Words saying the parts are the whole (分别为, 共…其中…两类).
  static let wholeWords = ["分别为", "两类", "三类", "四类"].map { Array($0.utf16) }

  /// The number of clause breaks (，；) between two analysis offsets (、 joins
  /// a figure to its own change: 经营主体达 1163.7 万户、增长 6.3%，其中…).
  func breaks(_ doc: Document, _ a: Int, _ b: Int) -> Int {
    guard a < b else { return 0 }
    return doc.analysis.units[a..<b].filter { $0 == 0xFF0C || $0 == 0xFF1B }.count
  }
}
