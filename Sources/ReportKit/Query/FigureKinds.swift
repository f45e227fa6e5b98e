import Foundation

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
}

/// Unit categories of things counted one by one (件, 人次, 场, 户 …): never
/// negative, and their year-on-year changes are plain ratios of the counts
/// (unlike money or output, whose official growth rates are in real terms
/// or on revised bases).
let countedCategories: Set<String> = ["items", "events", "persons", "documents", "cases", "households"]
