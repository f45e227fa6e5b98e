/// Aims set per period of the year (每季度至少专题研究一次, 每月开展1次矛盾纠纷
/// 集中排查, 每半年更新一次权责清单), judged over the year against the next
/// review: the aim is the count per period times the periods in a year (one a
/// quarter is four), and the review answers it by
/// - the plan's own verb negated (四季度未开展, 有4个月没有更新): not met;
/// - a count per period of the same period (每季度…授课1次), or every period
///   said done (每个季度均安排): against the count per period;
/// - a count per unit (平均每村9.2次): against the year's aim;
/// - the year's counts (全年排查12轮; 上半年、下半年各1次 is two; 分别2次和1次
///   is three): their sum against the year's aim;
/// - none of these: not reported.
extension Comparer {
  struct PeriodicAim {
    /// The plan clause holding the aim.
    var clause: AnalysisRange
    /// 每季度 … 一次: the period's name and the count in one period.
    var period: String
    var periodsPerYear: Int
    var perPeriod: Double
    var unit: String
    /// The range of the count and its unit (一次, 1次).
    var count: AnalysisRange
    /// Where the period phrase (每季度, 每个月) starts and ends.
    var periodRange: AnalysisRange
  }

  /// The periodic aims of a report's plan commitments.
  func periodicAims(_ r: Report) -> [(aim: PeriodicAim, commitment: Int)] {
    let d = r.document
    var out: [(aim: PeriodicAim, commitment: Int)] = []
    d.analysis.units.withUnsafeBufferPointer { p in
      for (ci, c) in r.commitments.enumerated() {
        guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
        for clause in TextSpans.clauses(d, c.range) {
          var i = clause.lowerBound
          while i < clause.upperBound {
            guard let ph = frequency.periodPhrase(p, i, clause.upperBound) else {
              i += 1
              continue
            }
            // The first count with a unit of how often after the period.
            var k = ph.end
            var found: PeriodicAim? = nil
            while k < clause.upperBound && found == nil {
              if let n = Frequency.smallCount(p, k, clause.upperBound), n.value > 0,
                let u = frequency.frequencyUnit(p, k + n.length, clause.upperBound)
              {
                found = PeriodicAim(
                  clause: clause, period: String(decoding: ph.word, as: UTF16.self), periodsPerYear: ph.perYear,
                  perPeriod: n.value, unit: String(decoding: u, as: UTF16.self),
                  count: AnalysisRange(k, k + n.length + u.count), periodRange: AnalysisRange(i, ph.end))
              }
              k += 1
            }
            if let a = found { out.append((a, ci)) }
            break
          }
        }
      }
    }
    return out
  }

  /// What a periodic aim is matched by: its clause without the period, the
  /// count and the aim words around them.
  func periodicQuery(_ a: PeriodicAim, in r: Report) -> String {
    let d = r.document
    return d.text(AnalysisRange(a.clause.lowerBound, a.periodRange.lowerBound))
      + d.text(AnalysisRange(a.periodRange.upperBound, a.count.lowerBound))
      + d.text(AnalysisRange(a.count.upperBound, a.clause.upperBound))
  }

  /// How a review sentence answers a periodic aim: the value to judge
  /// against the year's aim (or against the count per period) and how it
  /// was read; nil when it states no count of how often.
  func periodicAnswer(_ a: PeriodicAim, plan: String, sentence s: AnalysisRange, in newer: Report) -> (
    status: TargetStatus, value: Double?, how: String
  )? {
    let d = newer.document
    let yearAim = a.perPeriod * Double(a.periodsPerYear)
    let planUnits = Array(plan.utf16)
    return d.analysis.units.withUnsafeBufferPointer { p -> (TargetStatus, Double?, String)? in
      // The plan's own verb negated: 未开展, 没有更新.
      if let neg = Self.negatedVerb(p, s, of: planUnits) {
        return (.notMet, nil, "“\(d.text(neg))”")
      }
      var total = 0.0
      var counts = 0
      var perUnit: Double? = nil
      var perPeriod: Double? = nil
      var everyPeriod = false
      for clause in TextSpans.clauses(d, s) {
        var j = clause.lowerBound
        var phrase: (word: [UInt16], perYear: Int, end: Int)? = nil
        var perOther = false  // 每村, 每人: a count per unit follows
        var each = false  // 各: one count for each period listed before it
        var listed = 1
        while j < clause.upperBound {
          if let ph = frequency.periodPhrase(p, j, clause.upperBound) {
            phrase = ph
            j = ph.end
            continue
          }
          if p[j] == 0x6BCF { perOther = true }  // 每 not before a period
          if p[j] == 0x5404 && j > clause.lowerBound {  // 各: the items listed before it
            each = true
            listed = Self.listedItems(p, AnalysisRange(clause.lowerBound, j))
          }
          if p[j] == 0x5747 || p[j] == 0x90FD, phrase.map({ $0.perYear >= a.periodsPerYear }) == true {
            everyPeriod = true  // 每个季度均…
          }
          if let n = Frequency.smallCount(p, j, clause.upperBound),
            frequency.frequencyUnit(p, j + n.length, clause.upperBound) != nil
          {
            if let ph = phrase, ph.perYear >= a.periodsPerYear {
              perPeriod = n.value * Double(ph.perYear) / Double(a.periodsPerYear)
            } else if perOther {
              perUnit = n.value
            } else {
              total += n.value * Double(each ? listed : 1)
              counts += 1
            }
            j += n.length
            continue
          }
          j += 1
        }
      }
      let text = d.text(s)
      // Months named for the occasions (于7月、9月、12月三次召开): a period
      // without its share is missed, whatever the year's count.
      let months = Self.months(p, s)
      if a.periodsPerYear > 1 && a.periodsPerYear <= 12 && !months.isEmpty && perPeriod == nil {
        var per = [Int](repeating: 0, count: a.periodsPerYear)
        for m in months { per[(m - 1) * a.periodsPerYear / 12] += 1 }
        if let short = per.firstIndex(where: { Double($0) < a.perPeriod }) {
          return (
            .notMet, Double(months.count),
            "第 \(short + 1) 个\(a.period)无（\(months.map { "\($0)月" }.joined(separator: "、"))）"
          )
        }
      }
      if let v = perPeriod {
        return (v >= a.perPeriod ? .met : .notMet, v * Double(a.periodsPerYear), "每\(a.period) \(format(v))\(a.unit)")
      }
      if let v = perUnit { return (v >= yearAim ? .met : .notMet, v, "平均 \(format(v))\(a.unit)") }
      if counts > 0 { return (total >= yearAim ? .met : .notMet, total, "全年 \(format(total))\(a.unit)") }
      if everyPeriod { return (.met, yearAim, "“\(text.prefix(24))”") }
      return nil
    }
  }

  /// How many items a list before 各 names: one more than its separators
  /// (上半年、下半年; 上半年和下半年), or the span of a range (一至四季度: four).
  static func listedItems(_ p: UnsafeBufferPointer<UInt16>, _ r: AnalysisRange) -> Int {
    var n = 1
    var i = r.lowerBound
    while i < r.upperBound {
      let c = p[i]
      if c == 0x3001 || c == 0x548C || c == 0x4E0E || c == 0x53CA { n += 1 }  // 、和与及
      if c == 0x81F3, i > r.lowerBound, let a = Frequency.smallCount(p, i - 1, i),  // 一至四
        let b = Frequency.smallCount(p, i + 1, r.upperBound), b.value > a.value
      {
        n = max(n, Int(b.value - a.value) + 1)
      }
      i += 1
    }
    return n
  }

  /// The months a sentence names (7月、9月、12月), 1 to 12.
  static func months(_ p: UnsafeBufferPointer<UInt16>, _ s: AnalysisRange) -> [Int] {
    var out: [Int] = []
    var i = s.lowerBound
    while i < s.upperBound {
      let startsNumber = i == s.lowerBound || !(p[i - 1] >= 0x30 && p[i - 1] <= 0x39)
      if startsNumber, let n = Frequency.smallCount(p, i, s.upperBound), i + n.length < s.upperBound,
        p[i + n.length] == 0x6708, n.value >= 1, n.value <= 12, n.value == n.value.rounded()  // 月
      {
        out.append(Int(n.value))
        i += n.length + 1
        continue
      }
      i += 1
    }
    return out
  }

  /// The outcome of a periodic aim in the next review.
  func periodicOutcome(
    _ a: PeriodicAim, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity,
    reviewSentences: [AnalysisRange], reviewIndex: TextSimilarity.Index
  ) -> TargetOutcome {
    let d = older.document
    let yearAim = a.perPeriod * Double(a.periodsPerYear)
    let qi = older.quantities.indices.first { a.count.contains(older.quantities[$0].numberRange.lowerBound) }
    let target = Target(
      metric: d.text(a.clause), text: d.text(a.clause), range: a.clause, quantity: qi, value: yearAim, high: nil,
      unit: a.unit, approx: .atLeast, horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section,
      category: c.category, bound: .floor, fromPlanClause: true)
    let rule = "每\(a.period)\(format(a.perPeriod))\(a.unit)，全年 \(format(yearAim))\(a.unit)"
    let query = periodicQuery(a, in: older)
    for m in sim.bestCoverage(query, in: reviewIndex, k: 3) where m.score >= Self.minSubjectScore {
      let s = reviewSentences[m.index]
      guard let ans = periodicAnswer(a, plan: query, sentence: s, in: newer) else { continue }
      return TargetOutcome(
        target: target, outcome: nil, evidence: (s, m.score), status: ans.status,
        note: "目标 \(rule)；实际 \(ans.how)（相似度 \(format(m.score, digits: 2))）", value: ans.value,
        kind: ans.value == nil ? .evidence : .derived)
    }
    return TargetOutcome(
      target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项的次数（目标 \(rule)）",
      kind: .none)
  }
}
