extension StatementExtractor {
  static let qizhong = Array("其中".utf16)
  static let qunian = Array("去年".utf16)
  static let biQunian = Array("比去年".utf16)
  static let guoqu = Array("过去".utf16)
  static let jinnian = Array("今年".utf16)

  /// Whether `w` occurs in `u[r]`.
  static func find(_ u: [UInt16], _ w: [UInt16], in r: AnalysisRange) -> Bool {
    guard let first = w.first, r.count >= w.count else { return false }
    var i = r.lowerBound
    let last = r.upperBound - w.count
    while i <= last {
      if u[i] == first {
        var k = 1
        while k < w.count && u[i + k] == w[k] { k += 1 }
        if k == w.count { return true }
      }
      i += 1
    }
    return false
  }

  /// Quantified plan clauses outside the target list, in plan parts of the
  /// plan year: a sentence that plans (拟, 预期, 安排, 要, 将 …) and does not
  /// look back (去年, 过去, the review year, unless it names the plan year
  /// too); in it, each clause with a figure and a word of the
  /// metric-directions lexicon, except a comparison (比去年增加8000亿元).
  func planClauses(_ doc: Document, _ quantities: [Quantity], taxonomy: Taxonomy, covered: [AnalysisRange]) -> [Target]
  {
    var out: [Target] = []
    let review = doc.metadata.reviewYear.map { Array("\($0)年".utf16) }
    let plan = doc.metadata.planYear.map { Array("\($0)年".utf16) }
    let u = doc.analysis.units
    var figures = TextSpans.FigureCursor(quantities)
    var horizonOf: [Int: TargetHorizon] = [:]
    for para in doc.paragraphs {
      guard let sec = para.section, doc.sections[sec].role.isPlan else { continue }
      if figures.indices(in: para.analysisRange).isEmpty { continue }
      let h = horizonOf[sec] ?? listHorizon(doc, sec, lead: "").0
      horizonOf[sec] = h
      guard h == .thisYear else { continue }
      // A piece after ； goes on the plan of the piece before it
      // (赤字率拟按2.8%安排；财政赤字2.76万亿元), and so does a sentence
      // opening with 其中 (其中，中央财政赤字1.4万亿元).
      var planning = false
      var lastPlanned = false
      // A sentence looking back (过去一年，我们的各项工作取得了很大成绩) makes the
      // sentences after it in its paragraph look back too, until one plans
      // with a plan word (今年, 要, 拟 …).
      var recounting = false
      for sentence in TextSpans.sentences(doc, para.analysisRange) {
        // Word tests on the units: String.contains goes through Foundation
        // and cost a fifth of the analysis.
        func has(_ w: [UInt16]) -> Bool { Self.find(u, w, in: sentence) }
        let carried =
          planning
          || lastPlanned
            && Self.find(
              u, Self.qizhong, in: AnalysisRange(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 2))
            )
        planning = false
        lastPlanned = false
        if covered.contains(where: { $0.overlaps(sentence) }) { continue }
        let looksBack = has(Self.qunian) && !has(Self.biQunian) || has(Self.guoqu) || review.map(has) == true
        if looksBack && !(has(Self.jinnian) || plan.map(has) == true) {
          recounting = true
          continue
        }
        // An imperative sentence of the plan part plans too: a commitment
        // verb (加强, 完善, 推进 …) makes it one.
        let hasVerb = { (r: AnalysisRange) -> Bool in
          var found = false
          u.withUnsafeBufferPointer { p in self.verbs.forEachMatch(p, in: r) { _, _, _ in found = true } }
          return found
        }
        let withFigures = !figures.indices(in: sentence).isEmpty
        let marked = carried || planMarkerUnits.contains(where: has)
        if recounting && !marked { continue }
        recounting = false
        let plans = marked || withFigures && hasVerb(sentence)
        planning = plans && u[sentence.upperBound - 1] == 0xFF1B
        lastPlanned = plans
        guard plans, withFigures else { continue }
        var clausePlanned = false
        var lastFigure: Quantity? = nil
        for clause in TextSpans.clauses(doc, sentence) {
          let qi = figures.indices(in: clause)
          let previous = clausePlanned
          clausePlanned = false
          if qi.isEmpty { continue }
          if u[clause.lowerBound] == 0x6BD4 { continue }  // 比
          // The clause names which way its figure binds (增长, 赤字率 …), or
          // plans it with a verb (新开工700万套, 改造农村危房260万户) or a plan
          // word (今年先发行1万亿元); one opening with 其中 goes on the plan of
          // the clause before it (其中各类棚户区470万套以上).
          var hasWord = false
          u.withUnsafeBufferPointer { p in
            directionTrie.forEachMatch(p, in: clause) { _, _, _ in hasWord = true }
          }
          let byDirection = hasWord
          if !hasWord {
            let opensWithQizhong = Self.find(
              u, Self.qizhong, in: AnalysisRange(clause.lowerBound, min(clause.upperBound, clause.lowerBound + 2)))
            hasWord =
              hasVerb(clause) || planMarkerUnits.contains { Self.find(u, $0, in: clause) }
              || (previous && opensWithQizhong)
          }
          // 预计 forecasts (预计今年高校毕业生超过1170万人): no plan.
          guard hasWord, !Self.find(u, Self.yuji, in: clause) else { continue }
          // A bare change after a planned figure of the same unit is the
          // difference against last year (农村危房改造366万户，增加100万户).
          if previous, let last = lastFigure, Self.opensWithChange(u, clause),
            quantities[qi.lowerBound].baseUnit == last.baseUnit
          {
            continue
          }
          clausePlanned = true
          lastFigure = quantities[qi.upperBound - 1]
          let t = doc.text(clause)
          let (horizon, year) =
            Self.mayNameHorizon(u, clause)
            ? Self.clauseHorizon(t, else: (.thisYear, doc.metadata.planYear)) : (.thisYear, doc.metadata.planYear)
          var category: Category? = nil
          for k in qi {
            let q = quantities[k]
            // A comparison inside the clause (比上年增长, 高0.2个百分点) is no plan.
            if u[max(clause.lowerBound, q.range.lowerBound - 6)..<q.range.lowerBound].contains(0x6BD4) { continue }
            // Planned by a verb alone, a figure is an amount to reach, not a
            // span of time (15分钟生活圈, 再延长30年), an ordinal, a class (30万吨级)
            // or a figure inside a quoted name (“3个100万”).
            if !byDirection && !Self.isPlannedAmount(q, u, clause) { continue }
            // The level a change starts from (由25元提高到40元) is no plan.
            if Self.isStartingPoint(q, u, clause) { continue }
            let name = q.subject.isEmpty ? t : q.subject + (q.change ?? "")
            // A figure whose clause names nothing but a verb before it is of
            // the sentence's topic (…发行超长期特别国债，…，今年先发行1万亿元).
            let metrics =
              onlyVerbBefore(u, clause, q) && !names(u, clause)
              ? (topic(u, AnalysisRange(sentence.lowerBound, clause.lowerBound)).map { [$0] } ?? planMetrics(name))
              : planMetrics(name)
            let c = category ?? categories.category(of: t, taxonomy: taxonomy)
            category = c
            for metric in metrics {
              out.append(
                Target(
                  metric: metric, text: t, range: clause, quantity: k, value: q.normalizedValue,
                  high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: horizon, horizonYear: year,
                  section: sec, category: c, bound: bound(doc, clause, q),
                  fromPlanClause: true))
            }
          }
        }
      }
    }
    return out
  }

  /// Whether a figure is where a change starts: 由 or 从 before it with no
  /// other figure between, and 到 or 至 after it in the clause.
  static func isStartingPoint(_ q: Quantity, _ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    var i = q.range.lowerBound - 1
    var from = false
    while i >= clause.lowerBound {
      let c = u[i]
      if c == 0x7531 || c == 0x4ECE {  // 由 从
        from = true
        break
      }
      if (0x30...0x39).contains(c) { return false }
      i -= 1
    }
    guard from else { return false }
    for j in q.range.upperBound..<clause.upperBound where u[j] == 0x5230 || u[j] == 0x81F3 { return true }  // 到 至
    return false
  }

  static let changeOpeners = ["增加", "减少", "提高", "增长", "下降"].map { Array($0.utf16) }

  /// Whether a clause opens with a change word followed by a figure
  /// (增加100万户): a change with no subject of its own.
  static func opensWithChange(_ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    let s = clause.lowerBound
    for w in changeOpeners where clause.count > w.count && Array(u[s..<(s + w.count)]) == w {
      let c = u[s + w.count]
      return (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c)
    }
    return false
  }

  static let notAmounts: Set<String> = ["time", "ordinal"]
  static let yuji = Array("预计".utf16)

  /// Whether a figure planned by a verb is an amount: not a duration or an
  /// ordinal, not followed by 级, not inside a quotation opened in its clause.
  static func isPlannedAmount(_ q: Quantity, _ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    if notAmounts.contains(q.unitCategory) { return false }
    if q.range.upperBound < clause.upperBound && u[q.range.upperBound] == 0x7EA7 { return false }  // 级
    var open = 0
    for i in clause.lowerBound..<q.range.lowerBound {
      if u[i] == 0x201C { open += 1 } else if u[i] == 0x201D { open = max(0, open - 1) }
    }
    return open == 0
  }

  /// Whether the words of the clause before the figure are only a lead
  /// (今年, 再 …) and a short verb (发行, 安排): at most three characters after
  /// the leads.
  func onlyVerbBefore(_ u: [UInt16], _ clause: AnalysisRange, _ q: Quantity) -> Bool {
    var i = clause.lowerBound
    var moved = true
    while moved {
      moved = false
      for w in planLeadUnits where i + w.count <= q.range.lowerBound && u[i..<(i + w.count)].elementsEqual(w) {
        i += w.count
        moved = true
      }
    }
    return q.range.lowerBound - i <= 3
  }

  /// The metric last named in a range: the alias ending last, the longest
  /// of those (超长期特别国债, not 特别国债).
  func topic(_ u: [UInt16], _ r: AnalysisRange) -> String? {
    var best: (end: Int, length: Int, value: Int)? = nil
    u.withUnsafeBufferPointer { p in
      aliasTrie.forEachMatch(p, in: r) { v, s, len in
        if best == nil || s + len > best!.end || (s + len == best!.end && len > best!.length) {
          best = (s + len, len, v)
        }
      }
    }
    return best.map { aliases[$0.value].canonical }
  }
}
