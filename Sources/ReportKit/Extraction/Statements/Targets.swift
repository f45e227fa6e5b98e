/// How far ahead a target looks.
public enum TargetHorizon: String, Codable, Sendable {
  /// The year planned.
  case thisYear = "this_year"
  /// A yearly average over a five-year plan (年均, “十五五”).
  case fiveYearAverage = "five_year_average"
  /// By a named year (到2035年).
  case byYear = "by_year"
}

/// Which way a target binds (from its qualifier, else the metric-directions lexicon).
public enum TargetBound: String, Codable, Sendable {
  /// At or above is met (growth, new jobs, a cut written 下降3%以上).
  case floor
  /// At or below is met (prices, unemployment, caps written 以内/不超过).
  case ceiling
  /// Within the tolerance either side is met (M2 增长13%左右).
  case band
  /// An amount planned or arranged (赤字规模, 专项债券, 特别国债).
  case amount
}

/// A target a report sets for the year(s) ahead.
public struct Target: Sendable, Equatable {
  /// The canonical metric (国内生产总值增长), or the clause's own words.
  public var metric: String
  /// The clause as written.
  public var text: String
  public var range: AnalysisRange
  /// Index into `Report.quantities`; nil for a qualitative target.
  public var quantity: Int?
  public var value: Double?
  public var high: Double?
  public var unit: String?
  public var approx: Approximation?
  public var horizon: TargetHorizon
  public var horizonYear: Int?
  public var section: Int?
  public var category: Category
  /// Which way it binds; nil for a qualitative target or one no word decides.
  public var bound: TargetBound? = nil
  /// Whether it is a plan clause outside the 主要预期目标 list (赤字率拟按3%安排).
  public var fromPlanClause = false
}

extension StatementExtractor {
  func targets(_ doc: Document, _ quantities: [Quantity], taxonomy: Taxonomy) -> [Target] {
    var out: [Target] = []
    let u = doc.analysis.units
    let paragraphs = doc.paragraphs
    var skipUntil = -1
    var covered: [AnalysisRange] = []
    // The parts holding the plan year's target list, and their parents.
    var yearParts = Set<Int>()
    for (pi, para) in paragraphs.enumerated() where pi > skipUntil {
      guard para.role.isPlan, let sec = para.section else { continue }
      // Cheap test first: a target list mentions 目标 or stands in the targets part.
      let hasMu = u[para.analysisRange.offsets].contains(0x76EE)
      guard hasMu || doc.sections[sec].role == .targets else { continue }
      var listStart: Int
      var before: String
      var listRanges: [AnalysisRange] = []
      if let head = Self.targetHead(u, para.analysisRange) {
        listStart = head.listStart
        before = doc.text(AnalysisRange(max(para.analysisRange.lowerBound, head.phraseStart - 40), head.phraseStart))
        if TextSpans.trim(doc, AnalysisRange(listStart, para.analysisRange.upperBound)).isEmpty {
          // The lead-in stands on its own line: the list is the following
          // lines of the same part that carry figures.
          var k = pi + 1
          while k < paragraphs.count, paragraphs[k].section == sec, k - pi <= 20,
            !TextSpans.indices(of: quantities, in: paragraphs[k].analysisRange).isEmpty
          {
            listRanges.append(paragraphs[k].analysisRange)
            k += 1
          }
          skipUntil = k - 1
        }
      } else {
        // A list without a heading phrase (the 2020 report): in the targets
        // part, a paragraph of figures with 左右/以上/以内 between semicolons.
        let loose = TextSpans.indices(of: quantities, in: para.analysisRange).map { quantities[$0] }.filter {
          [.about, .atLeast, .atMost].contains($0.approx)
        }
        guard doc.sections[sec].role == .targets, loose.count >= 3,
          u[para.analysisRange.offsets].filter({ $0 == 0xFF1B }).count >= 2
        else {
          continue
        }
        listStart = para.analysisRange.lowerBound
        before = doc.text(
          AnalysisRange(para.analysisRange.lowerBound, min(para.analysisRange.upperBound, listStart + 60)))
      }
      if listRanges.isEmpty {
        // The list runs to the end of its sentence, and on through the
        // following sentences of the paragraph while each is a list of figures.
        var end = u[listStart..<para.analysisRange.upperBound].firstIndex(of: 0x3002) ?? para.analysisRange.upperBound
        while end < para.analysisRange.upperBound {
          let next = end + 1
          let stop = u[next..<para.analysisRange.upperBound].firstIndex(of: 0x3002) ?? para.analysisRange.upperBound
          // An item list: at least half its clauses carry figures (not a
          // sentence explaining one, 提出居民消费价格涨幅控制在4%左右，综合考虑了…).
          let parts = TextSpans.clauses(doc, AnalysisRange(next, stop))
          let withFigures = parts.filter { !TextSpans.indices(of: quantities, in: $0).isEmpty }.count
          guard stop > next, withFigures > 0, withFigures * 2 >= parts.count else { break }
          end = stop
        }
        listRanges = [AnalysisRange(listStart, end)]
      }
      // The lead-in is the head phrase's own sentence.
      let lead = before.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == "！" }).last.map(String.init) ?? ""
      let (horizon, horizonYear) = listHorizon(doc, sec, lead: lead)
      if horizon == .thisYear {
        var s: Int? = sec
        while let i = s {
          yearParts.insert(i)
          s = doc.sections[i].parent
        }
      }
      for clause in listRanges.flatMap({ TextSpans.clauses(doc, $0) }) {
        let t = doc.text(clause)
        let qi = Array(TextSpans.indices(of: quantities, in: clause))
        let (clauseHorizon, clauseYear) =
          Self.mayNameHorizon(u, clause) ? self.clauseHorizon(t, else: (horizon, horizonYear)) : (horizon, horizonYear)
        let category = categories.category(of: t, taxonomy: taxonomy)
        if qi.isEmpty {
          // "在实际工作中努力争取更好结果" qualifies the list; it is no target.
          guard t.count >= 4, !t.contains("实际工作中"), !t.contains("更好结果") else { continue }
          out.append(
            Target(
              metric: leadingMetric(t), text: t, range: clause, quantity: nil, value: nil, high: nil, unit: nil,
              approx: nil,
              horizon: clauseHorizon, horizonYear: clauseYear, section: sec, category: category))
          continue
        }
        for k in qi {
          let q = quantities[k]
          let name = q.subject + (q.change ?? "")
          out.append(
            Target(
              metric: metric(name), text: t, range: clause, quantity: k, value: q.normalizedValue,
              high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: clauseHorizon,
              horizonYear: clauseYear, section: sec, category: category, bound: bound(doc, clause, q)))
        }
      }
      covered += listRanges
    }
    // A plan clause restating a listed target (经济增长预期目标定为7.5%左右) is
    // not a second target.
    let listed = Set(out.compactMap { t in t.value.map { "\(t.metric)\u{0}\($0)" } })
    out += planClauses(doc, quantities, taxonomy: taxonomy, covered: covered, yearParts: yearParts).filter {
      !listed.contains("\($0.metric)\u{0}\($0.value ?? .nan)")
    }
    return out
  }

  /// Which way a figure of a plan binds: its qualifier (以内/不超过 a ceiling,
  /// 以上/超过 a floor), else the longest metric-directions phrase of its
  /// clause, else a band when written 左右.
  func bound(_ doc: Document, _ clause: AnalysisRange, _ q: Quantity) -> TargetBound? {
    switch q.approx {
    case .atMost, .lessThan: return .ceiling
    case .atLeast, .moreThan: return .floor
    default: break
    }
    var best: (length: Int, value: Int)? = nil
    doc.analysis.units.withUnsafeBufferPointer { p in
      directionTrie.forEachMatch(p, in: clause) { v, _, len in
        if best == nil || len > best!.length { best = (len, v) }
      }
    }
    if let b = best { return directions[b.value] }
    return q.approx == .about ? .band : nil
  }

  /// Where a target list begins: after "主要预期目标…：", "主要目标…：" or
  /// "预期目标…：" (up to 12 characters between the phrase and the colon).
  static func targetHead(_ u: [UInt16], _ r: AnalysisRange) -> (phraseStart: Int, listStart: Int)? {
    var i = r.lowerBound + 2
    while i + 1 < r.upperBound {
      if u[i] == 0x76EE && u[i + 1] == 0x6807 {  // 目标
        let a = u[i - 2]
        let b = u[i - 1]
        let zhuyao = a == 0x4E3B && b == 0x8981  // 主要
        let yuqi = a == 0x9884 && b == 0x671F  // 预期
        if zhuyao || yuqi {
          var j = i + 2
          while j < r.upperBound && j - (i + 2) <= 12 {
            let c = u[j]
            if c == 0xFF1A || c == 0x3A { return (i - 2, j + 1) }  // ：
            if c == 0x3002 { break }
            j += 1
          }
        }
      }
      i += 1
    }
    return nil
  }
}
