extension StatementExtractor {
  static let qizhong = Array("其中".utf16)
  static let qunian = Array("去年".utf16)
  static let biQunian = Array("比去年".utf16)
  static let guoqu = Array("过去".utf16)
  static let jinnian = Array("今年".utf16)
  static let planMarkerUnits = planMarkers.map { Array($0.utf16) }

  /// Whether `w` occurs in `u[r]`.
  static func find(_ u: [UInt16], _ w: [UInt16], in r: Range<Int>) -> Bool {
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

  static let planMarkers = ["拟", "预期", "安排", "今年", "力争", "确保", "发行", "要", "将", "计划", "目标"]

  /// Quantified plan clauses outside the target list, in plan parts of the
  /// plan year: a sentence that plans (拟, 预期, 安排, 要, 将 …) and does not
  /// look back (去年, 过去, the review year, unless it names the plan year
  /// too); in it, each clause with a figure and a word of the
  /// metric-directions lexicon, except a comparison (比去年增加8000亿元).
  func planClauses(_ doc: Document, _ quantities: [Quantity], taxonomy: Taxonomy, covered: [Range<Int>]) -> [Target] {
    var out: [Target] = []
    let review = doc.metadata.reviewYear.map { Array("\($0)年".utf16) }
    let plan = doc.metadata.planYear.map { Array("\($0)年".utf16) }
    let u = doc.analysis.units
    var figures = TextSpans.FigureCursor(quantities)
    var horizonOf: [Int: TargetHorizon] = [:]
    for (pi, para) in doc.paragraphs.enumerated() {
      guard let sec = para.section, doc.sections[sec].role.isPlan else { continue }
      if figures.indices(in: para.analysisRange).isEmpty { continue }
      let h = horizonOf[sec] ?? listHorizon(doc, sec, pi, lead: "").0
      horizonOf[sec] = h
      guard h == .thisYear else { continue }
      // A piece after ； goes on the plan of the piece before it
      // (赤字率拟按2.8%安排；财政赤字2.76万亿元), and so does a sentence
      // opening with 其中 (其中，中央财政赤字1.4万亿元).
      var planning = false
      var lastPlanned = false
      for sentence in TextSpans.sentences(doc, para.analysisRange) {
        // Word tests on the units: String.contains goes through Foundation
        // and cost a fifth of the analysis.
        func has(_ w: [UInt16]) -> Bool { Self.find(u, w, in: sentence) }
        let carried =
          planning
          || lastPlanned
            && Self.find(u, Self.qizhong, in: sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2))
        planning = false
        lastPlanned = false
        if covered.contains(where: { $0.overlaps(sentence) }) { continue }
        let looksBack = has(Self.qunian) && !has(Self.biQunian) || has(Self.guoqu) || review.map(has) == true
        if looksBack && !(has(Self.jinnian) || plan.map(has) == true) { continue }
        let plans = carried || Self.planMarkerUnits.contains(where: has)
        planning = plans && u[sentence.upperBound - 1] == 0xFF1B
        lastPlanned = plans
        guard plans, !figures.indices(in: sentence).isEmpty else { continue }
        for clause in TextSpans.clauses(doc, sentence) {
          let qi = figures.indices(in: clause)
          if qi.isEmpty { continue }
          if u[clause.lowerBound] == 0x6BD4 { continue }  // 比
          var hasWord = false
          doc.analysis.units.withUnsafeBufferPointer { p in
            directionTrie.forEachMatch(p, in: clause) { _, _, _ in hasWord = true }
          }
          guard hasWord else { continue }
          let t = doc.text(clause)
          let (horizon, year) = Self.clauseHorizon(t, else: (.thisYear, doc.metadata.planYear))
          for k in qi {
            let q = quantities[k]
            // A comparison inside the clause (比上年增长, 高0.2个百分点) is no plan.
            if u[max(clause.lowerBound, q.range.lowerBound - 6)..<q.range.lowerBound].contains(0x6BD4) { continue }
            let name = q.subject.isEmpty ? t : q.subject + (q.change ?? "")
            out.append(
              Target(
                metric: planMetric(name), text: t, range: clause, quantity: k, value: q.normalizedValue,
                high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: horizon, horizonYear: year,
                section: sec, category: categories.category(of: t, taxonomy: taxonomy), bound: bound(doc, clause, q),
                fromPlanClause: true))
          }
        }
      }
    }
    return out
  }
}
