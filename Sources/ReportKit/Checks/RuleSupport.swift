import Foundation

extension Document {
  /// The analysis range of the sentence holding analysis offset `a`: from
  /// after the previous 。！？； or line break to the next one, inclusive.
  public func sentence(at a: Int) -> Range<Int> {
    // The first end at or after `a`, and the last one before it.
    let ends = sentenceEnds
    var lo = 0
    var hi = ends.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(ends[mid]) < a { lo = mid + 1 } else { hi = mid }
    }
    let s = lo > 0 ? Int(ends[lo - 1]) + 1 : 0
    let e = lo < ends.count ? Int(ends[lo]) + 1 : analysis.units.count
    return s..<e
  }

  /// The start of the sentence holding analysis offset `a`, read back at
  /// most `limit` units (a longer sentence is cut there).
  func sentenceStart(at a: Int, within limit: Int) -> Int {
    let u = analysis.units
    var s = a
    let floor = max(0, a - limit)
    while s > floor && !Punctuation.isSentenceEnd(u[s - 1]) { s -= 1 }
    return s
  }

  /// The original range of an analysis range.
  public func original(_ r: Range<Int>) -> Range<Int> { analysis.originalRange(r) }

  /// The analysis text of a range.
  public func text(_ r: Range<Int>) -> String { analysis.string(r) }
}

extension Quantity {
  /// Whether this figure counts things (not a share, a change or a duration).
  var isCount: Bool {
    change == nil && unitCategory != "percent" && unitCategory != "permille" && unitCategory != "permyriad"
      && unitCategory != "share"
      && unitCategory != "points" && unitCategory != "time"
  }

  var isPercent: Bool { unitCategory == "percent" }

  /// Whether this figure may stand in a part–total or rate relation: a count
  /// of one thing, not an age (0—6岁, 65岁以上), a range, a per-head or
  /// average figure (每千人 6.6批次, 人均, 户均) or a count of years.
  var isRelationCount: Bool {
    isCount && high == nil && baseUnit != "岁" && baseUnit != "年" && !isPerHead
  }

  /// Whether the figure is per head or an average (每千人口托位数, 人均, 户均, 平均).
  var isPerHead: Bool {
    // Most subjects hold neither 每 nor 均: one pass over the units first.
    var jun = false
    for u in subject.utf16 {
      if u == 0x6BCF { return true }  // 每
      if u == 0x5747 { jun = true }  // 均
    }
    return jun && perHeadWords.contains { subject.contains($0) }
  }
}

/// Words that make a figure per head or an average (均衡 does not).
let perHeadWords = ["人均", "户均", "亩均", "平均", "年均", "日均", "月均", "生均", "床均", "地均", "单均", "件均"]

extension RuleContext {
  /// Reports a finding whose relation the wording does not make certain: at
  /// most a warning, with the reason in the message.
  mutating func reportUncertain(
    _ message: String, reason: String, at range: Range<Int>, related: [RelatedSpan] = [], note: String? = nil
  ) {
    report(
      "\(message)（\(reason)，请核对）", at: range, related: related, note: note, severity: min(severity, .warning))
  }
}

/// Verbs that join a start level to an end level upwards (由 X 增加到 Y).
let increaseToWords = ["增加到", "增加至", "增长到", "增长至", "提高到", "提高至", "提升到", "提升至", "上升到", "上升至", "扩大到", "扩大至", "增至", "升至"]
/// Verbs that join a start level to an end level downwards (由 X 减少到 Y).
let decreaseToWords = [
  "减少到", "减少至", "下降到", "下降至", "降低到", "降低至", "缩小到", "缩小至", "回落到", "回落至", "压减到", "压减至", "缩减到", "缩减至", "降至", "减至",
]

/// Unit categories of things counted one by one (件, 人次, 场, 户 …): never
/// negative, and their year-on-year changes are plain ratios of the counts
/// (unlike money or output, whose official growth rates are in real terms
/// or on revised bases).
let countedCategories: Set<String> = ["items", "events", "persons", "documents", "cases", "households"]

/// Direction words that make a stated change a decrease.
let decreaseWords: Set<String> = ["下降", "降低", "减少", "回落", "下滑", "缩小"]

/// Words that tie a stated change to the year before (同比增长, 比上年下降).
let yearOnYearWords = ["比上年", "同比", "较上年", "比去年", "较去年", "比上一年", "较上一年"]

/// Formats a number for messages: integers plainly, others with up to `digits` decimals.
func format(_ v: Double, digits: Int = 2) -> String {
  if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
  var s = String(format: "%.\(digits)f", v)
  while s.hasSuffix("0") { s.removeLast() }
  if s.hasSuffix(".") { s.removeLast() }
  return s
}

/// A string's character bigrams (a single character counts as its own).
func bigrams(_ s: String) -> [String] {
  let c = Array(s)
  if c.count < 2 { return c.map { String($0) } }
  return (0..<(c.count - 1)).map { String(c[$0]) + String(c[$0 + 1]) }
}

/// Whether `v` rounds to `stated`, given the decimals the writer gave.
func roundsTo(_ v: Double, _ stated: Double, decimals: Int) -> Bool {
  let half = 0.5 * pow(10, Double(-decimals))
  return abs(v - stated) <= half + 1e-9
}

/// How far apart, in characters of the analysis text, two statements may
/// stand and still be read as parts of one report. The longest reports in
/// the corpus (State Council work reports) run to about 30,000 characters; a
/// longer input is a compiled volume, and pairing statements across all of it
/// made the pairwise rules quadratic (a 14 MB volume took 200 s to audit).
let sameReportSpan = 100_000

/// The Dice coefficient of two sorted lists of word ids (as multisets): the
/// same value as `dice` on the words, by one merge.
func dice(sorted x: [Int32], _ y: [Int32]) -> Double {
  if x.isEmpty || y.isEmpty { return 0 }
  var i = 0
  var j = 0
  var common = 0
  while i < x.count && j < y.count {
    if x[i] == y[j] {
      common += 1
      i += 1
      j += 1
    } else if x[i] < y[j] {
      i += 1
    } else {
      j += 1
    }
  }
  return 2 * Double(common) / Double(x.count + y.count)
}

/// The Dice coefficient of two word lists (as multisets).
func dice(_ x: [String], _ y: [String]) -> Double {
  if x.isEmpty || y.isEmpty { return 0 }
  var pool = y
  var common = 0
  for w in x {
    if let i = pool.firstIndex(of: w) {
      common += 1
      pool.remove(at: i)
    }
  }
  return 2 * Double(common) / Double(x.count + y.count)
}

extension Segmenter {
  /// The words of a short text (no spaces or punctuation).
  public func words(_ text: String) -> [String] {
    let u = Array(text.utf16)
    var t: [Token] = []
    segment(u, into: &t)
    return t.filter { $0.kind == .word || $0.kind == .number }.map {
      String(decoding: u[$0.range], as: UTF16.self)
    }
  }
}

/// `r` without the spaces at its ends.
func trimmed(_ u: [UInt16], _ r: Range<Int>) -> Range<Int> {
  var a = r.lowerBound
  var b = r.upperBound
  while a < b && u[a] == 0x20 { a += 1 }
  while b > a && u[b - 1] == 0x20 { b -= 1 }
  return a..<b
}

/// Half a unit of the last decimal the writer gave, in base units: the
/// rounding a figure may hide (0 for a whole count of single things, 232 起;
/// 500 for 12.5万人).
func halfUnit(_ q: Quantity) -> Double {
  guard q.value != 0 else { return 0 }
  let factor = abs(q.normalizedValue / q.value)
  if q.decimals == 0 && factor <= 1 { return 0 }
  return 0.5 * pow(10, Double(-q.decimals)) * factor
}

/// Whether a stated percentage agrees with `n` ÷ `d` × 100 − `minus` (a rate,
/// or with `minus` 100 a growth; `sign` −1 for a decrease), allowing for the
/// rounding of all three: 1.2 亿 over 1.1 亿 may be anything from 1.15 ÷ 1.15
/// to 1.25 ÷ 1.05.
func percentAgrees(
  _ n: Quantity, _ d: Quantity, stated: Double, decimals: Int, minus: Double = 0, sign: Double = 1
) -> Bool {
  let hn = halfUnit(n)
  let hd = halfUnit(d)
  let lowD = d.normalizedValue - hd
  guard lowD > 0 else { return true }
  let a = sign * ((n.normalizedValue - hn) / (d.normalizedValue + hd) * 100 - minus)
  let b = sign * ((n.normalizedValue + hn) / lowD * 100 - minus)
  let half = 0.5 * pow(10, Double(-decimals)) + 1e-9
  return stated + half >= min(a, b) && stated - half <= max(a, b)
}

/// A stated change `z` (a percentage or an amount, up or down by its word)
/// set against the change from level `a` to level `b`: whether it holds
/// within the rounding of all three, the change the levels give (signed by
/// the word), whether the word is a decrease, and the arithmetic. Nil when
/// an amount is approximate (no exact check is possible). `percentNoteValue`
/// picks the figure shown in a percentage's arithmetic.
struct StatedChangeCheck {
  var ok: Bool
  var computed: Double
  var down: Bool
  var note: String

  init?(stated z: Quantity, from a: Quantity, to b: Quantity, percentNoteValue: (Quantity) -> Double) {
    down = decreaseWords.contains(z.change ?? "")
    if z.isPercent {
      computed = (b.normalizedValue - a.normalizedValue) / a.normalizedValue * 100
      if down { computed = -computed }
      ok = percentAgrees(
        b, a, stated: z.value, decimals: z.approx == .exact ? z.decimals : max(0, z.decimals - 1), minus: 100,
        sign: down ? -1 : 1)
      let (x, y) = (percentNoteValue(a), percentNoteValue(b))
      note = "(\(format(y)) − \(format(x))) ÷ \(format(x)) × 100% = \(format(down ? -computed : computed, digits: 4))%"
    } else {
      // An absolute change: 由 1120 件增加到 1430 件，增加 310 件.
      guard z.approx == .exact, a.approx == .exact, b.approx == .exact else { return nil }
      computed = (b.normalizedValue - a.normalizedValue) * (down ? -1 : 1)
      ok = abs(computed - z.normalizedValue) <= halfUnit(a) + halfUnit(b) + halfUnit(z) + 1e-9
      note =
        "\(format(b.normalizedValue)) − \(format(a.normalizedValue)) = \(format(b.normalizedValue - a.normalizedValue))"
    }
  }

  /// The change the levels give, as the report would write it.
  func amount(_ z: Quantity) -> String {
    z.isPercent ? "\(format(computed, digits: 2))%" : "\(format(computed)) \(z.baseUnit)"
  }
}
