import Foundation

/// Figures followed year by year across the reports, and the changes they state.
extension Comparer {
  /// Figures of one metric in the reviews of several years: the same
  /// canonical metric (or subjects whose bigram Dice is at least 0.75) and the
  /// same base unit.
  /// The most groups of other wording one figure is set against when
  /// looking for its series (see `series`).
  static let maxSeriesCandidates = 256

  /// Groups the figures into series; `limited` counts the figures whose
  /// search stopped at `maxSeriesCandidates` groups of their unit.
  func series(_ reports: [Report], _ order: [Int], _ x: StatementExtractor, limited: inout Int) -> [YearSeries] {
    struct Group {
      var key: String
      var grams: [String]
      var unit: String
      var points: [(Int, Int, Int)]
    }
    /// The groups of one unit in the order they were made, and which of
    /// them still lack a figure of the year at hand: `next[p]` leads to the
    /// first open place at or after `p` (a skip list with path compression),
    /// so that filled groups are passed over at no cost and a report that
    /// repeats one figure thousands of times stays linear.
    struct UnitGroups {
      var members: [Int] = []
      var next: [Int] = [0]
      var year: Int? = nil

      mutating func open(for y: Int) {
        guard year != y else { return }
        year = y
        next = Array(0...members.count)
      }

      mutating func find(_ p: Int) -> Int {
        var r = p
        while next[r] != r { r = next[r] }
        var q = p
        while next[q] != r {
          let n = next[q]
          next[q] = r
          q = n
        }
        return r
      }

      /// Marks place `p` as having the year's figure.
      mutating func close(_ p: Int) { next[p] = p + 1 }

      /// Adds a group made this year (so already closed).
      mutating func append(_ g: Int) {
        members.append(g)
        next[members.count - 1] = members.count
        next.append(members.count)
      }
    }
    var groups: [Group] = []
    var place: [Int] = []
    var byUnit: [String: UnitGroups] = [:]
    var exact: [String: Int] = [:]
    for ri in order {
      let r = reports[ri]
      guard let year = r.document.metadata.reviewYear else { continue }
      let shared = sharedBareSubjects(r, x)
      for (qi, q) in r.quantities.enumerated() {
        guard r.document.role(at: q.range.lowerBound, section: q.section) == .review, q.change == nil,
          !q.subject.isEmpty
        else {
          continue
        }
        let key = seriesKey(r, q, x, shared: shared)
        let unit = q.baseUnit
        byUnit[unit, default: UnitGroups()].open(for: year)
        // Reports come in year order, so a group has this year's figure
        // when its last point is of this year.
        var target: Int? = exact[unit + "\u{0}" + key]
        if let t = target, groups[t].points.last!.0 == year { target = nil }
        if target == nil {
          let g = bigrams(key)
          var p = byUnit[unit]!.find(0)
          var tried = 0
          while p < byUnit[unit]!.members.count {
            guard tried < Self.maxSeriesCandidates else {
              limited += 1
              break
            }
            tried += 1
            let i = byUnit[unit]!.members[p]
            if dice(groups[i].grams, g) >= 0.75 {
              target = i
              break
            }
            p = byUnit[unit]!.find(p + 1)
          }
        }
        if let t = target {
          groups[t].points.append((year, ri, qi))
          byUnit[unit]!.close(place[t])
        } else {
          groups.append(Group(key: key, grams: bigrams(key), unit: unit, points: [(year, ri, qi)]))
          place.append(byUnit[unit]!.members.count)
          byUnit[unit]!.append(groups.count - 1)
          exact[unit + "\u{0}" + key] = groups.count - 1
        }
      }
    }
    return groups.filter { $0.points.count >= 2 }.map {
      var s = YearSeries(
        metric: $0.key, unit: $0.unit, points: $0.points.map { (year: $0.0, report: $0.1, quantity: $0.2) })
      s.statedChanges = statedChanges(s, reports)
      return s
    }
  }

  /// The changes against the year before that the later reports of a series
  /// state right after its figure ("2036件，同比增长9.8%"), set against the
  /// figure of the year before. Only counts (件, 人次, 场 …: the official
  /// growth of money and output is in real terms or on revised bases, so
  /// 国内生产总值47.2万亿元，比上年增长9.2% does not follow from two reports'
  /// levels), exact on both sides, with a change tied to the year before by
  /// its words (同比, 比上年 …), in the same clause or the next.
  func statedChanges(_ s: YearSeries, _ reports: [Report]) -> [StatedChange] {
    var out: [StatedChange] = []
    let yearOnYearWords = environment.lexicons.words(.yearOnYearWords)
    for k in s.points.indices.dropFirst() where s.points[k].year == s.points[k - 1].year + 1 {
      let p = s.points[k - 1]
      let q = s.points[k]
      let before = reports[p.report].quantities[p.quantity]
      let r = reports[q.report]
      let level = r.quantities[q.quantity]
      let zi = q.quantity + 1
      guard countedCategories.contains(level.unitCategory), before.approx == .exact, level.approx == .exact,
        before.normalizedValue > 0, level.high == nil,
        zi < r.quantities.count
      else { continue }
      let z = r.quantities[zi]
      guard z.isPercent, z.change != nil, z.high == nil, z.range.lowerBound > level.range.upperBound,
        z.range.lowerBound - level.range.upperBound <= 16
      else { continue }
      let between = r.document.text(AnalysisRange(level.range.upperBound, z.range.lowerBound))
      guard !between.contains(where: { "。；！？\n".contains($0) }),
        yearOnYearWords.contains(where: between.contains),
        !environment.seriesChangeAsides.contains(where: between.contains)
      else { continue }
      let computed = (level.normalizedValue - before.normalizedValue) / before.normalizedValue * 100
      let stated = z.isDecrease ? -z.normalizedValue : z.normalizedValue
      let holds = roundsTo(
        computed, stated, decimals: z.approx == .exact ? z.decimals : max(0, z.decimals - 1))
      out.append(StatedChange(point: k, change: zi, stated: stated, computed: computed, holds: holds))
    }
    return out
  }
}
