/// How exact a writer claims a figure to be.
public enum Approximation: String, Codable, Sendable, CaseIterable {
  /// No qualifier.
  case exact
  /// 约, 左右, 上下
  case about
  /// 多, 余, 逾, 超过; 以上 in a review
  case moreThan = "more_than"
  /// 不少于, 不低于; 以上 in a plan or target
  case atLeast = "at_least"
  /// 不到, 不足
  case lessThan = "less_than"
  /// 以内, 以下, 不超过
  case atMost = "at_most"
  /// 近, 将近
  case nearly
}

/// The unit of a figure as written, with its category, its base unit and
/// the factor of the scale words that open it: one object shared by the
/// figures written in the same unit, so a figure holds one reference instead
/// of three strings and a factor.
final class FigureUnit: Sendable, Equatable {
  let text: String
  let category: String
  let base: String
  let scale: Double

  init(text: String, category: String, base: String, scale: Double = 1) {
    self.text = text
    self.category = category
    self.base = base
    self.scale = scale
  }

  /// Whether this unit is the one given.
  @inline(__always)
  func matches(text: String, category: String, base: String, scale: Double) -> Bool {
    self.scale == scale && self.text == text && self.category == category && self.base == base
  }

  static func == (a: FigureUnit, b: FigureUnit) -> Bool {
    a === b || a.matches(text: b.text, category: b.category, base: b.base, scale: b.scale)
  }
}

/// A counted figure in a report: how many of what, how exact, and where.
///
/// Stored compactly (a report of one sentence listing 200,000 figures holds
/// 200,000 of them): the unit's strings and scale in one shared `FigureUnit`,
/// optional numbers and the section as plain numbers with flags. The public
/// fields read and write as before.
public struct Quantity: Sendable, Equatable {
  /// The analysis-text range of the whole figure: approximation words, the
  /// number, its scale, its unit.
  public var range: AnalysisRange
  /// The range of the number itself (for a range, of both numbers).
  public var numberRange: AnalysisRange
  /// The number in the unit as written: 5.2 for 5.2万亿元 (unit 万亿元),
  /// 1000 for 超千亿元 (unit 亿元), 560 for 560人. The scale words belong to
  /// `unit`; `normalizedValue` carries the scale (schema version 2; before
  /// it, `value` carried the scale words).
  public var value: Double
  /// The value in the base unit (1.3万亿斤 → 1.3e12; 2.5亿元 → 2.5e8).
  public var normalizedValue: Double
  /// `high` and `normalizedHigh`, 0 when absent (see `hasHigh`).
  var storedHigh: Double
  var storedNormalizedHigh: Double
  /// The unit as written, its category, base unit and scale.
  var unitForm: FigureUnit
  /// A direction word when the figure is a change, not a level (增长, 下降 …).
  public var change: String?
  /// What was counted: the phrase governing the number in its clause.
  public var subject: String
  /// Words that limit the scope (全年, 全镇, 线下 …).
  public var scope: String?
  /// The figure's category, from the categories lexicon (其他 when unknown).
  public var category: Category = .other
  /// `section`, -1 when none.
  var storedSection: Int32
  var storedDecimals: Int32
  /// The analysis range of the subject, if it was found.
  public var subjectRange: AnalysisRange?
  public var approx: Approximation
  /// Whether the figure is written in Chinese numerals.
  public var chineseNumerals: Bool
  /// Whether a space stands between the number and its unit ("6 场次").
  public var spaceBeforeUnit: Bool
  /// For a range: whether the first number lacks the unit the second has (15～30%).
  public var rangeUnitDropped: Bool
  var hasHigh: Bool
  var hasNormalizedHigh: Bool
  /// What the extractor marks while it reads the figure, one bit each (see
  /// `isPerHead`, `isDecrease`): one byte keeps the figure in its stride.
  var marks: UInt8 = 0

  init(
    range: AnalysisRange, numberRange: AnalysisRange, value: Double, high: Double?, decimals: Int,
    approx: Approximation, unit: FigureUnit, normalizedValue: Double, normalizedHigh: Double?,
    change: String?, subject: String, subjectRange: AnalysisRange?, scope: String?,
    chineseNumerals: Bool, spaceBeforeUnit: Bool, rangeUnitDropped: Bool, section: Int?
  ) {
    self.range = range
    self.numberRange = numberRange
    self.value = value
    self.normalizedValue = normalizedValue
    storedHigh = high ?? 0
    hasHigh = high != nil
    storedNormalizedHigh = normalizedHigh ?? 0
    hasNormalizedHigh = normalizedHigh != nil
    unitForm = unit
    self.change = change
    self.subject = subject
    self.subjectRange = subjectRange
    self.scope = scope
    storedSection = section.map { Int32(clamping: $0) } ?? -1
    storedDecimals = Int32(clamping: decimals)
    self.approx = approx
    self.chineseNumerals = chineseNumerals
    self.spaceBeforeUnit = spaceBeforeUnit
    self.rangeUnitDropped = rangeUnitDropped
  }

  /// The upper end of a range in the same unit (3至5万人 → 5), else nil.
  public var high: Double? {
    get { hasHigh ? storedHigh : nil }
    set {
      hasHigh = newValue != nil
      storedHigh = newValue ?? 0
    }
  }
  /// The upper end of a range in the base unit (3至5万人 → 5e4), else nil.
  public var normalizedHigh: Double? {
    get { hasNormalizedHigh ? storedNormalizedHigh : nil }
    set {
      hasNormalizedHigh = newValue != nil
      storedNormalizedHigh = newValue ?? 0
    }
  }
  /// The number of decimal digits the writer gave (97.8 → 1).
  public var decimals: Int {
    get { Int(storedDecimals) }
    set { storedDecimals = Int32(clamping: newValue) }
  }
  /// The unit as written after the number, scale words included (`万亿斤`, `人次`, `%`).
  public var unit: String {
    get { unitForm.text }
    set { unitForm = FigureUnit(text: newValue, category: unitForm.category, base: unitForm.base, scale: scale) }
  }
  /// The unit's category (`persons`, `money`, `percent`, `points` …).
  public var unitCategory: String {
    get { unitForm.category }
    set { unitForm = FigureUnit(text: unitForm.text, category: newValue, base: unitForm.base, scale: scale) }
  }
  /// The base unit (`斤`, `元`, `人`).
  public var baseUnit: String {
    get { unitForm.base }
    set { unitForm = FigureUnit(text: unitForm.text, category: unitForm.category, base: newValue, scale: scale) }
  }
  /// The factor of the scale words that open `unit` (1e4 for 万人, 1e12 for
  /// 万亿元, 1 for 人): `value × scale` is the number with its scale words
  /// applied, in the unit without them.
  var scale: Double { unitForm.scale }
  /// The number as written with its scale words, without the unit's own
  /// factor: 2e4 for 两万人, 3000 for 三千人, 5 for 五兆瓦 (not 5000 千瓦), 8
  /// for 八成 (not 80%). What a rule on the numeral's form reads, where
  /// `normalizedValue` is the quantity.
  var writtenNumber: Double { value * scale }
  /// Whether the figure is per head or an average (每千人口托位数, 人均, 户均,
  /// 平均): set by the extractor from its subject (per-head-words.txt).
  var isPerHead: Bool {
    get { marks & 1 != 0 }
    set { marks = newValue ? marks | 1 : marks & ~1 }
  }
  /// Whether its `change` is a decrease (下降, 减少: decrease-words.txt), set
  /// by the extractor.
  var isDecrease: Bool {
    get { marks & 2 != 0 }
    set { marks = newValue ? marks | 2 : marks & ~2 }
  }
  /// The innermost section holding the figure.
  public var section: Int? {
    get { storedSection < 0 ? nil : Int(storedSection) }
    set { storedSection = newValue.map { Int32(clamping: $0) } ?? -1 }
  }
}
