/// 比率与计数相符（rate-matches-counts）。
///
/// 检查什么：一句话里的比率（……率、占比、比例，或“其中 X 占 Y%”）与同一句中
/// 给出的计数是否相符。“受理调解纠纷 232 起，成功调解结案 227 起，结案率 97.8%”
/// 中 227 ÷ 232 = 97.84%，按报告给出的一位小数四舍五入为 97.8%，成立。
///
/// 为什么：比率往往是手算后抄进报告的，计数改了而比率没改，是最常见的自相矛盾。
/// 允许的误差是报告所给小数位的舍入误差；写了“约”“左右”的比率再放宽一位。
/// 分母是“其中”前的总数、或紧挨在分子前一分句时才报错误；只能按位置推断时报警告。
/// 年龄（0—6岁、65岁以上）、人均与每千人的数值从不作为比率的计数。
struct RateMatchesCounts: Rule {
  static let id = "rate-matches-counts"
  static let name = "比率与计数相符"
  static let defaultSeverity = Severity.error
  static let explanation =
    "比率（“……率”紧跟在它所依据的两个计数之后，或“总数……，其中 X……，占 Y%”）必须与这些计数相符，误差不超过所给小数位的舍入误差。比率与计数隔得远、或率名与计数所计之事对不上时不核对；年龄（岁）、范围、人均与每千人等数值不作计数。分母只能按位置推断（与分子隔着其他分句或数值）、或率名与分子只有末两字相同时只给警告。"
  static let triggeringExamples = [
    "全镇受理调解纠纷 232 起，成功调解结案 227 起，结案率⟦98.8%⟧。",
    "总办件量1854件，其中线上办件347件，占⟦20.1%⟧。",
    "总办件量 1854 件，其中线上办件 347 件，占 ⟦20.1%⟧。",
    "总装机达9157万千瓦，新能源装机达4091万千瓦、占比达⟦47.4%⟧。",
    // The total stands before a 其中 list closed by a semicolon.
    "受理纠纷 205 起，其中婚姻家庭纠纷 61 起、邻里纠纷 52 起；调解成功 198 起，调解成功率⟦97.6%⟧。",
  ]
  static let nonTriggeringExamples = [
    "全镇受理调解纠纷 232 起，成功调解结案 227 起，结案率 97.8%。",
    "总办件量1854件，其中线上办件347件，占18.7%。",
    "总办件量 1854 件，其中线上办件 347 件，占 18.7%。",
    "国内生产总值增长5.2%。",
    "全镇共受理调解纠纷 246 起，其中婚姻家庭纠纷 58 起、邻里纠纷 73 起、土地山林纠纷 41 起，成功调解结案 241 起，结案率 98.0%。",
    "总装机达9157万千瓦，新能源装机达4091万千瓦、占比达44.7%。",
    "全产业链总产值达3420亿元，村集体经济经营性收入50万元以上的行政村占比达68%。",
    // Ages are not counts of a rate (a false error on a provincial report).
    "65岁以上老年人城乡社区规范健康管理服务率、0—6岁儿童健康管理率达到90%以上。",
    "全年完成食品抽检超5万批次，每千人食品抽检6.6批次，抽检合格率98.5%。",
    "受理纠纷 205 起，其中婚姻家庭纠纷 61 起、邻里纠纷 52 起；调解成功 198 起，调解成功率 96.6%。",
    // A 其中 list of another statement is not the rate's total.
    "受理信访 300 件，其中来信 100 件、来访 50 件；办理案件 232 件，结案 227 件，结案率 97.8%。",
  ]

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    let qs = report.quantities
    let units = doc.analysis.units
    let proportionWords = ctx.environment.proportionWords
    for (i, q) in qs.enumerated() where q.isPercent && q.change == nil && q.high == nil {
      let subject = q.subject
      let isShare = subject == "占" || precededBy(doc, q, "占")
      // 占比, 比重, 比例 after a figure: its share of the whole before it
      // (总装机达 9157 万千瓦，新能源装机达 4091 万千瓦、占比达 44.7%).
      let isProportion = proportionWords.contains { subject.hasSuffix($0) }
      let isRate = subject.hasSuffix("率") || isProportion
      guard isShare || isRate else { continue }
      // The sentence before the rate, read back at most `window` units (a
      // longer sentence is cut there: reading every sentence whole per rate
      // was quadratic in an input without sentence ends).
      let start = doc.sentenceStart(at: q.range.lowerBound, within: Self.window)
      // A rate may take its total from before a 其中 list that a semicolon
      // closes (受理纠纷 205 起，其中…；调解成功 198 起，调解成功率 96.6%): the
      // span reaches back over one semicolon.
      var spanStart = start
      if isRate && start > 0 && units[start - 1] == 0xFF1B {
        spanStart = doc.sentenceStart(at: start - 1, within: Self.window)
      }
      // The counts before the rate in its span (found by binary search).
      // Ages, ranges and per-head figures are never counts of a rate.
      let counts = qs[report.quantities(in: AnalysisRange(spanStart, q.range.lowerBound))].filter {
        $0.isRelationCount && $0.baseUnit != ""
      }
      guard let num = counts.last else { continue }
      // Nothing else may stand between the numerator and the rate.
      var k = i - 1
      var between = false
      while k >= 0 && qs[k].range.lowerBound > num.range.lowerBound {
        if !qs[k].isCount { between = true }
        k -= 1
      }
      guard !between else { continue }
      let same = counts.filter { $0.baseUnit == num.baseUnit }
      var den: Quantity?
      var uncertain: String? = nil
      if isShare {
        // "总数…，其中 X …，占 Y%": the total is the figure before 其中, and the
        // part must come after 其中.
        guard let at = TextSpans.find(PartsWithinTotal.qizhong, in: units, start..<q.range.lowerBound) else { continue }
        guard num.range.lowerBound > at, clauses(doc, num.range.upperBound, q.range.lowerBound) <= 1 else { continue }
        den = same.last { $0.range.upperBound <= at }
      } else {
        // "…232 起，…227 起，结案率 97.8%": the numerator is the figure just
        // before the rate, in its clause or the one before, and the rate
        // names what it counts (结案率 ← 成功调解结案).
        guard clauses(doc, num.range.upperBound, q.range.lowerBound) <= 1 else { continue }
        let stem = String(subject.dropLast())
        guard isProportion || relates(stem, num.subject) else { continue }
        // Certain only when the numerator's subject holds the whole stem (结案率
        // ← 成功调解结案); 不良贷款率 after 涉农贷款 shares only 贷款.
        if !isProportion && !num.subject.contains(stem) {
          uncertain = "率名“\(subject)”与分子“\(num.subject)”只有末两字相同"
        }
        // A bare 占比 belongs to the figure right before it: only punctuation
        // stands between (not 收入 50 万元以上的行政村占比达 68%).
        if isProportion {
          guard let named = q.subjectRange, named.lowerBound >= num.range.upperBound,
            units[num.range.upperBound..<named.lowerBound].allSatisfy({ $0 == 0x3001 || $0 == 0xFF0C || $0 == 0x20 })
          else { continue }
        }
        // (A 其中 list is looked for in the 300 characters before the
        // numerator: reading the whole span per rate was quadratic in an
        // input without sentence ends.)
        let from = max(spanStart, num.range.lowerBound - 300)
        if let at = TextSpans.find(PartsWithinTotal.qizhong, in: units, from..<num.range.lowerBound, last: true),
          let d = listTotal(doc, same, num, at: at)
        {
          // After a 其中 list the denominator is the list's total: the figure
          // right before 其中 (受理 246 起，其中…41 起，成功调解结案 241 起).
          den = d
        } else {
          // Otherwise the nearest earlier figure of the unit that is at least
          // the numerator; certain only when it stands in the clause right
          // before the numerator's with no other figure between.
          guard let d = same.dropLast().last(where: { $0.normalizedValue >= num.normalizedValue }) else { continue }
          den = d
          let gap = report.quantities(in: AnalysisRange(d.range.upperBound, num.range.lowerBound))
          if clauses(doc, d.range.upperBound, num.range.lowerBound) > 1 || !gap.isEmpty {
            uncertain = uncertain ?? "分母是按位置推断的，与分子之间隔着其他分句或数值"
          }
        }
      }
      guard let d = den, d.range != num.range, d.normalizedValue > 0 else { continue }
      let n = num
      let computed = n.normalizedValue / d.normalizedValue * 100
      let slack = q.approx == .exact ? q.decimals : max(0, q.decimals - 1)
      let ok = percentAgrees(n, d, stated: q.normalizedValue, decimals: slack)
      ctx.counted(held: ok)
      if !ok {
        let stated = doc.text(q.range)
        let nt = doc.text(n.range)
        let dt = doc.text(d.range)
        let message = "比率与计数不符：\(nt) ÷ \(dt) = \(format(computed, digits: 2))%，报告写的是 \(stated)"
        let related = [
          RelatedSpan(range: doc.original(n.range), label: "分子"),
          RelatedSpan(range: doc.original(d.range), label: "分母"),
        ]
        let note =
          "\(format(n.normalizedValue)) ÷ \(format(d.normalizedValue)) × 100% = \(format(computed, digits: 4))%，按 \(q.decimals) 位小数应为 \(format((computed * pow10(q.decimals)).rounded() / pow10(q.decimals), digits: q.decimals))%"
        if let reason = uncertain {
          ctx.reportUncertain(message, reason: reason, at: doc.original(q.range), related: related, note: note)
        } else {
          ctx.report(message, at: doc.original(q.range), related: related, note: note)
        }
      }
    }
  }

  /// The total of the 其中 list at `at` when the numerator closes that list
  /// or is the first figure of its unit after it: the figure right before
  /// 其中 (in its clause or the one before), at least the numerator. Nil when
  /// another statement of the unit stands between the list and the
  /// numerator (…其中 A 100 件、B 50 件；办理案件 232 件，结案 227 件).
  func listTotal(_ doc: Document, _ same: [Quantity], _ num: Quantity, at: Int) -> Quantity? {
    guard let total = same.last(where: { $0.range.upperBound <= at }),
      clauses(doc, total.range.upperBound, at) <= 1, total.normalizedValue >= num.normalizedValue
    else { return nil }
    // The parts: one separator (、 or ，) throughout, no semicolon.
    let parts = same.filter { $0.range.lowerBound > at && $0.range.lowerBound < num.range.lowerBound }
    var separator: UInt16? = nil
    for k in parts.indices.dropFirst() {
      let gap = doc.analysis.units[parts[k - 1].range.upperBound..<parts[k].range.lowerBound]
      guard let s = gap.last(where: { $0 == 0x3001 || $0 == 0xFF0C || $0 == 0xFF1B }), s != 0xFF1B,
        separator == nil || s == separator
      else { return nil }
      separator = s
    }
    return total
  }

  /// How far back a rate's sentence is read, in units.
  static let window = 400

  /// Whether a rate's stem (结案 of 结案率) names what a count counts: the
  /// count's subject holds the stem's last two characters.
  func relates(_ stem: String, _ subject: String) -> Bool {
    let tail = String(stem.suffix(2))
    return tail.count == 2 && subject.contains(tail)
  }

  /// The number of clause breaks (，；) between two analysis offsets.
  func clauses(_ doc: Document, _ a: Int, _ b: Int) -> Int {
    guard a < b else { return 0 }
    return doc.analysis.units[a..<b].filter { $0 == 0xFF0C || $0 == 0xFF1B || $0 == 0x3001 }.count
  }

  /// Whether the one-character `word` stands right before the figure (a
  /// space may stand between: 占 18.7%).
  func precededBy(_ doc: Document, _ q: Quantity, _ word: String) -> Bool {
    var s = q.range.lowerBound
    if s >= 1 && doc.analysis.units[s - 1] == 0x20 { s -= 1 }
    guard s >= 1 else { return false }
    return doc.text(AnalysisRange(s - 1, s)) == word
  }

  func pow10(_ d: Int) -> Double {
    var v = 1.0
    for _ in 0..<d { v *= 10 }
    return v
  }
}
