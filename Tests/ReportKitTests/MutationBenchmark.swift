import Foundation
import Testing

@testable import ReportKit

/// The kinds of error the mutation benchmark plants, one edit per copy.
enum PlantedKind: String, CaseIterable, Sendable {
  /// A rate that is the ratio of two counts of its sentence, changed by 3 points.
  case rate
  /// A count in a checkable relation (a rate's numerator, a part of a 其中
  /// list) changed so the relation no longer holds.
  case count
  /// A part of a 其中 list raised above its total.
  case partOverTotal = "part-over-total"
  /// A 其中 list closed by an inserted 其他 part that makes it not add up.
  case exhaustiveSum = "exhaustive-sum"
  /// A stated growth made wrong: one the text gives with both its levels
  /// (changed by 3 points), or 比上年的 X … 增长 Z% inserted after a count.
  case statedGrowth = "stated-growth"
  /// 由 X … 增加到 inserted before a count smaller than X.
  case changeDirection = "change-direction"
  /// The plan section's year moved one year on.
  case planYear = "plan-year"
  /// A heading given the number of the heading before it.
  case headingNumber = "heading-number"

  /// The rules that must report the edit.
  var rules: Set<String> {
    switch self {
    case .rate: return ["rate-matches-counts"]
    case .count: return ["rate-matches-counts", "parts-within-total"]
    case .partOverTotal, .exhaustiveSum: return ["parts-within-total"]
    case .statedGrowth: return ["change-matches-last-year", "change-matches-levels"]
    case .changeDirection: return ["change-matches-levels"]
    case .planYear: return ["plan-year-follows-review"]
    case .headingNumber: return ["heading-numbering"]
    }
  }

}

/// One planted edit: `range` (UTF-16 offsets of the original) is replaced by
/// `replacement`.
struct PlantedEdit: Sendable {
  var kind: PlantedKind
  var range: Range<Int>
  var replacement: String
  /// Whether the edit goes into a relation the text already holds (found by
  /// its numbers, not its wording), which the rules may not recognise; the
  /// other edits insert their own wording or edit the structure.
  var existing = false

  /// The wrong part of the replacement (UTF-16 offsets in it), when not all of it.
  var mark: Range<Int>? = nil

  /// Builds an edit whose replacement is `before` + `wrong` + `after`, with
  /// `wrong` the span the audit must point at.
  init(kind: PlantedKind, range: Range<Int>, _ before: String, wrong: String, _ after: String = "") {
    self.kind = kind
    self.range = range
    replacement = before + wrong + after
    mark = before.utf16.count..<(before.utf16.count + wrong.utf16.count)
  }

  init(kind: PlantedKind, range: Range<Int>, replacement: String, existing: Bool = false) {
    self.kind = kind
    self.range = range
    self.replacement = replacement
    self.existing = existing
  }

  /// The edited span in the copy: the wrong part of what was put in.
  var span: Range<Int> {
    let m = mark ?? 0..<max(1, replacement.utf16.count)
    return (range.lowerBound + m.lowerBound)..<(range.lowerBound + m.upperBound)
  }

  func apply(to units: [UInt16]) -> String {
    String(decoding: units[..<range.lowerBound] + Array(replacement.utf16) + units[range.upperBound...], as: UTF16.self)
  }
}

/// Plants single edits of known kinds into reports and audits each copy.
///
/// The places come from the numbers and the structure of the text, not from
/// the rules: a rate is checkable when two counts before it in its sentence
/// give it; a 其中 list when its parts do not exceed the figure before 其中.
struct MutationBenchmark {
  /// At most this many edits of one kind per report.
  var perReport: Int

  // MARK: Generators

  func edits(_ report: Report) -> [PlantedEdit] {
    var out: [PlantedEdit] = []
    out += limit(rateAndCountEdits(report))
    out += limit(listEdits(report))
    out += limit(growthEdits(report))
    out += limit(insertions(report))
    out += limit(planYearEdits(report))
    out += limit(headingEdits(report))
    return out
  }

  /// The first `perReport` edits of each kind, spread over the report.
  func limit(_ edits: [PlantedEdit]) -> [PlantedEdit] {
    var out: [PlantedEdit] = []
    for kind in PlantedKind.allCases {
      let of = edits.filter { $0.kind == kind }
      guard !of.isEmpty else { continue }
      let step = max(1, of.count / perReport)
      out += stride(from: 0, to: of.count, by: step).prefix(perReport).map { of[$0] }
    }
    return out
  }

  /// Figures written in digits whose number can be rewritten.
  func digits(_ doc: Document, _ q: Quantity) -> (range: Range<Int>, value: Double, decimals: Int)? {
    let r = doc.original(q.numberRange)
    let t = doc.source.string(r)
    guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let v = Double(t) else { return nil }
    let decimals = t.firstIndex(of: ".").map { t.distance(from: $0, to: t.endIndex) - 1 } ?? 0
    return (r.offsets, v, decimals)
  }

  func written(_ v: Double, decimals: Int) -> String {
    decimals == 0 ? String(Int64(v.rounded())) : String(format: "%.\(decimals)f", v)
  }

  /// Counts that may stand in a relation: digits, a unit, exact, not a change.
  func counts(_ qs: ArraySlice<Quantity>) -> [Quantity] {
    qs.filter { $0.isCount && $0.high == nil && $0.baseUnit != "" && $0.approx == .exact && $0.value > 0 }
  }

  func rateAndCountEdits(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    let qs = report.quantities
    var out: [PlantedEdit] = []
    for (i, q) in qs.enumerated() where q.isPercent && q.change == nil && q.high == nil && q.approx == .exact {
      let sentence = doc.sentence(at: q.range.lowerBound)
      let inSentence = TextSpans.indices(of: qs, in: sentence)
      let before = counts(qs[inSentence.lowerBound..<i])
      // Two counts of one unit before the rate that give it.
      var pair: (n: Quantity, d: Quantity)?
      for (a, n) in before.enumerated().reversed() {
        for d in before[..<a] where d.baseUnit == n.baseUnit && d.normalizedValue >= n.normalizedValue {
          if roundsTo(n.normalizedValue / d.normalizedValue * 100, q.value, decimals: q.decimals) {
            pair = (n, d)
            break
          }
        }
        if pair != nil { break }
      }
      guard let (n, d) = pair, q.value >= 3.5, let rd = digits(doc, q), let nd = digits(doc, n), nd.decimals == 0
      else { continue }
      out.append(
        PlantedEdit(
          kind: .rate, range: rd.range, replacement: written(rd.value - 3, decimals: rd.decimals), existing: true))
      // The numerator moved so the rate is off by more than 3 points.
      let k = max(1, (nd.value * 0.05).rounded(.up))
      guard nd.value - k >= 0, (nd.value - k) / nd.value * n.normalizedValue / d.normalizedValue * 100 < q.value - 1
      else { continue }
      out.append(
        PlantedEdit(kind: .count, range: nd.range, replacement: written(nd.value - k, decimals: 0), existing: true))
    }
    return out
  }

  /// The 其中 lists of a report: a figure before 其中 (in its clause or the
  /// one before) and the figures of its unit after it, each no larger.
  func lists(_ report: Report) -> [(total: Quantity, parts: [Quantity])] {
    let doc = report.document
    let qs = report.quantities
    var out: [(Quantity, [Quantity])] = []
    var seen = Set<Int>()
    for q in qs {
      let sentence = doc.sentence(at: q.range.lowerBound)
      guard seen.insert(sentence.lowerBound).inserted else { continue }
      let text = doc.text(sentence)
      guard let r = text.range(of: "其中") else { continue }
      let at = sentence.lowerBound + text[..<r.lowerBound].utf16.count
      let inSentence = counts(qs[TextSpans.indices(of: qs, in: sentence)])
      guard let total = inSentence.last(where: { $0.range.upperBound <= at }),
        doc.analysis.units[total.range.upperBound..<at].filter({ $0 == 0xFF0C }).count <= 1
      else { continue }
      // The figures right after 其中, while they are counts of the total's unit.
      var parts: [Quantity] = []
      for p in qs[TextSpans.indices(of: qs, in: AnalysisRange(at, sentence.upperBound))] {
        guard p.isRelationCount, p.approx == .exact, p.baseUnit == total.baseUnit else { break }
        parts.append(p)
      }
      guard !parts.isEmpty, parts.allSatisfy({ $0.normalizedValue <= total.normalizedValue }) else { continue }
      out.append((total, parts))
    }
    return out
  }

  func listEdits(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    var out: [PlantedEdit] = []
    for (total, parts) in lists(report) {
      // The first part raised to one and a half times the total.
      if let p = parts.first, let pd = digits(doc, p) {
        let factor = p.normalizedValue / pd.value
        let v =
          (total.normalizedValue * 1.5 / factor * pow(10, Double(pd.decimals))).rounded(.up)
          / pow(10, Double(pd.decimals))
        out.append(
          PlantedEdit(
            kind: .partOverTotal, range: pd.range, replacement: written(v, decimals: pd.decimals), existing: true))
      }
      // A part raised so the parts add up to more than the total.
      let sum = parts.reduce(0) { $0 + $1.normalizedValue }
      if parts.count >= 2, let p = parts.last, let pd = digits(doc, p), pd.decimals == 0 {
        let factor = p.normalizedValue / pd.value
        let v = pd.value + ((total.normalizedValue - sum) / factor).rounded(.up) + max(1, (pd.value * 0.1).rounded())
        out.append(PlantedEdit(kind: .count, range: pd.range, replacement: written(v, decimals: 0), existing: true))
      }
      // A 其他 part inserted after the last one, so that the parts, now the
      // whole, miss the total by a tenth.
      if let p = parts.last, let pd = digits(doc, p), sum < total.normalizedValue {
        let factor = p.normalizedValue / pd.value
        let rest = (total.normalizedValue - sum + max(total.normalizedValue * 0.1, factor)) / factor
        let sep = doc.analysis.units[parts.count >= 2 ? parts[parts.count - 2].range.upperBound : p.range.upperBound]
        let unit = doc.source.string(doc.original(AnalysisRange(p.numberRange.upperBound, p.range.upperBound)))
        let name = ["其他", "其余", "其他方面"][out.count % 3]
        let end = doc.original(p.range).upperBound
        out.append(
          PlantedEdit(
            kind: .exhaustiveSum, range: end..<end, sep == 0x3001 ? "、" : "，",
            wrong: name + written(rest.rounded(.up), decimals: 0) + unit))
      }
    }
    return out
  }

  /// Growths the text states with both levels before them (从 X 增加到 Y，增长
  /// Z%; Y，比上年的 X 增长 Z%), found by their numbers: Z made 3 points larger.
  func growthEdits(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    let qs = report.quantities
    var out: [PlantedEdit] = []
    for (i, z) in qs.enumerated() where i >= 2 && z.isPercent && z.change != nil && z.high == nil {
      let a = qs[i - 2]
      let b = qs[i - 1]
      guard a.isCount, b.isCount, a.baseUnit == b.baseUnit, a.baseUnit != "", a.high == nil, b.high == nil,
        a.range.lowerBound >= doc.sentence(at: z.range.lowerBound).lowerBound, let zd = digits(doc, z)
      else { continue }
      let sign: Double = z.isDecrease ? -1 : 1
      let decimals = z.approx == .exact ? z.decimals : max(0, z.decimals - 1)
      func holds(_ from: Quantity, _ to: Quantity) -> Bool {
        from.normalizedValue > 0
          && roundsTo(
            sign * (to.normalizedValue - from.normalizedValue) / from.normalizedValue * 100, z.value, decimals: decimals
          )
      }
      guard holds(a, b) || holds(b, a) else { continue }
      out.append(
        PlantedEdit(
          kind: .statedGrowth, range: zd.range, replacement: written(zd.value + 3, decimals: zd.decimals),
          existing: true))
    }
    return out
  }

  /// Wording inserted around counts of single things: a wrong growth against
  /// last year's figure after them, a wrong direction before them.
  func insertions(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    let units = doc.analysis.units
    var out: [PlantedEdit] = []
    var counter = 0
    for q in report.quantities
    where q.isRelationCount && countedCategories.contains(q.unitCategory) && q.approx == .exact
      && q.normalizedValue >= 10
      && q.decimals == 0
    {
      // Whole numbers written in digits, with their unit as written (万人).
      guard let d = digits(doc, q), d.decimals == 0, d.value >= 10 else { continue }
      let value = d.value
      let r = doc.original(q.range)
      let unit = doc.source.string(doc.original(AnalysisRange(q.numberRange.upperBound, q.range.upperBound)))
      // At the end of the figure's clause.
      guard q.range.upperBound < units.count, Punctuation.isClauseBreak(units[q.range.upperBound]) else {
        continue
      }
      // Last year's figure a fifth lower (the growth is 25%), the change
      // written 10 points or a tenth too high, in the ways reports write it.
      let y = doc.source.string(r)
      let last = (value / 1.25).rounded()
      let x = written(last, decimals: 0) + unit
      let z = written((value - last) / last * 100 + 10, decimals: 1) + "%"
      let n = written(value - last + max(1, (value * 0.1).rounded()), decimals: 0) + unit
      let end = r.upperBound..<r.upperBound
      let growth: [PlantedEdit] = [
        PlantedEdit(kind: .statedGrowth, range: end, "，比上年的 \(x)增长 ", wrong: z),
        PlantedEdit(kind: .statedGrowth, range: end, "，较上年的\(x)增加", wrong: n),
        PlantedEdit(kind: .statedGrowth, range: end, "（上年 \(x)），同比增长", wrong: z),
        PlantedEdit(kind: .statedGrowth, range: end, "，同比增长", wrong: z, "（上年为\(x)）"),
        PlantedEdit(kind: .statedGrowth, range: r.offsets, "由 \(x)增加到\(y)，增长 ", wrong: z),
        PlantedEdit(kind: .statedGrowth, range: r.offsets, "从\(x)提高到\(y)，增加", wrong: n),
      ]
      out.append(growth[counter % growth.count])
      // A direction word against the numbers before the figure.
      let s = q.range.lowerBound
      counter += 1
      guard s > 0, units[s - 1] != 0x4ECE, units[s - 1] != 0x7531, units[s - 1] != 0x5230, units[s - 1] != 0x81F3,
        !Punctuation.isClauseBreak(units[s - 1])
      else { continue }
      let higher = written(value + max(1, (value * 0.2).rounded()), decimals: 0) + unit
      let lower = written(value - max(1, (value * 0.2).rounded()), decimals: 0) + unit
      let start = r.lowerBound..<r.lowerBound
      let direction: [PlantedEdit] = [
        PlantedEdit(kind: .changeDirection, range: start, "由 \(higher)", wrong: "增加到"),
        PlantedEdit(kind: .changeDirection, range: start, "从\(higher)", wrong: "提高到"),
        PlantedEdit(kind: .changeDirection, range: start, "由\(lower)", wrong: "减少到"),
        PlantedEdit(kind: .changeDirection, range: start, "从 \(lower)", wrong: "下降至"),
        PlantedEdit(kind: .changeDirection, range: start, "由\(higher)", wrong: "上升至"),
      ]
      out.append(direction[counter % direction.count])
    }
    return out
  }

  func planYearEdits(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    guard let review = doc.metadata.reviewYear else { return [] }
    var out: [PlantedEdit] = []
    for s in doc.sections where s.parent == nil && s.role == .plans {
      let title = doc.source.string(s.titleRange)
      guard MetadataReader.years(in: s.title).first == review + 1,
        let r = title.range(of: String(review + 1))
      else { continue }
      let at = s.titleRange.lowerBound + title[..<r.lowerBound].utf16.count
      out.append(PlantedEdit(kind: .planYear, range: at..<(at + 4), replacement: String(review + 2)))
    }
    return out
  }

  /// Each heading after the first of its level given its predecessor's number.
  func headingEdits(_ report: Report) -> [PlantedEdit] {
    let doc = report.document
    var previous: [String: HeadingMarker] = [:]
    var out: [PlantedEdit] = []
    for s in doc.sections {
      guard let m = s.marker else { continue }
      let key = "\(s.parent ?? -1)/\(m.kind.rawValue)"
      if let p = previous[key], p.number + 1 == m.number {
        out.append(PlantedEdit(kind: .headingNumber, range: m.range.offsets, replacement: doc.source.string(p.range)))
      }
      previous[key] = m
    }
    return out
  }
}
