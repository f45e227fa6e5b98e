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

/// A counted figure in a report: how many of what, how exact, and where.
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
  /// The upper end of a range in the same unit (3至5万人 → 5), else nil.
  public var high: Double?
  /// The number of decimal digits the writer gave (97.8 → 1).
  public var decimals: Int
  public var approx: Approximation
  /// The unit as written after the number, scale words included (`万亿斤`, `人次`, `%`).
  public var unit: String
  /// The unit's category (`persons`, `money`, `percent`, `points` …).
  public var unitCategory: String
  /// The value in the base unit (1.3万亿斤 → 1.3e12; 2.5亿元 → 2.5e8).
  public var normalizedValue: Double
  /// The upper end of a range in the base unit (3至5万人 → 5e4), else nil.
  public var normalizedHigh: Double?
  /// The base unit (`斤`, `元`, `人`).
  public var baseUnit: String
  /// A direction word when the figure is a change, not a level (增长, 下降 …).
  public var change: String?
  /// What was counted: the phrase governing the number in its clause.
  public var subject: String
  /// The analysis range of the subject, if it was found.
  public var subjectRange: AnalysisRange?
  /// Words that limit the scope (全年, 全镇, 线下 …).
  public var scope: String?
  /// Whether the figure is written in Chinese numerals.
  public var chineseNumerals: Bool
  /// Whether a space stands between the number and its unit ("6 场次").
  public var spaceBeforeUnit: Bool
  /// For a range: whether the first number lacks the unit the second has (15～30%).
  public var rangeUnitDropped: Bool
  /// The innermost section holding the figure.
  public var section: Int?
  /// The figure's category, from the categories lexicon (其他 when unknown).
  public var category: Category = .other
  /// The factor of the scale words that open `unit` (1e4 for 万人, 1e12 for
  /// 万亿元, 1 for 人): `value × scale` is the number with its scale words
  /// applied, in the unit without them.
  var scale: Double = 1
}
