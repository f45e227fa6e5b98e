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

/// Unit categories of things counted one by one (件, 人次, 场, 户 …): never
/// negative, and their year-on-year changes are plain ratios of the counts
/// (unlike money or output, whose official growth rates are in real terms
/// or on revised bases).
let countedCategories: Set<String> = ["items", "events", "persons", "documents", "cases", "households"]

/// Direction words that make a stated change a decrease.
let decreaseWords: Set<String> = ["下降", "降低", "减少", "回落", "下滑", "缩小"]
