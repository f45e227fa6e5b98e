import Foundation
import Testing

@testable import ReportKit

/// The plan part of a develop pair written again in other enumeration
/// styles and under other plan headings: the same plan items must be found
/// (and, for qingxi, judged the same), whatever marks them. A rule that
/// knows a plan part by its title phrase or an item by one marker kind
/// fails here.
@Suite struct PlanStructureVariantTests {
  static let numerals = Array("一二三四五六七八九十")
  static func chinese(_ k: Int) -> String { k <= 10 ? String(numerals[k - 1]) : "十" + String(numerals[k - 11]) }

  /// Item markers, by the item's number (from 1).
  static let markers: [(name: String, mark: (Int) -> String)] = [
    ("一是", { chinese($0) + "是" }), ("一要", { chinese($0) + "要" }),
    ("①", { String(UnicodeScalar(0x245F + $0)!) }), ("■", { _ in "■" }), ("●", { _ in "●" }),
    ("——", { _ in "——" }), ("第一，", { "第" + chinese($0) + "，" }),
    ("首先，", { ["首先，", "其次，", "再次，", "最后，", "第五，", "第六，", "第七，", "第八，"][min($0, 8) - 1] }),
    ("none", { _ in "" }),
  ]

  /// Forms of the plan part's heading (nil: no heading, a lead sentence
  /// introduces the items); the last two name neither a role nor a time
  /// ahead, and the part's sentences decide.
  static let headings: [(name: String, line: (String) -> String?)] = [
    ("下一阶段", { $0 + "下一阶段工作举措" }), ("来年", { $0 + "来年工作设想" }), ("unnumbered", { _ in "下一步工作打算" }),
    ("markdown", { _ in "## 下一步打算" }), ("lead", { _ in nil }), ("怎么干", { $0 + "下一步怎么干" }), ("五件事", { $0 + "重点抓好五件事" }),
    ("工作重心", { $0 + "工作重心" }),
  ]

  /// A variant of `town`'s pair in a temporary folder: the plan part
  /// (from the line opening with `head` to the next top-level heading)
  /// with each item's marker replaced by `mark(k)` and its heading by
  /// `heading`. Key rows are copied (they hold no markers).
  static func variant(
    _ town: String, _ years: (String, String), head: String, mark: ((Int) -> String)?, heading: ((String) -> String?)?,
    reviewTitle: String? = nil
  ) throws -> TownScore {
    let dir = Paths.corpus.appendingPathComponent("towns")
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("plan-variants-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    var lines = try String(contentsOf: dir.appendingPathComponent("\(town)-\(years.0)-fazhi.txt"), encoding: .utf8)
      .components(separatedBy: "\n")
    let p = try #require(lines.firstIndex { $0.hasPrefix(head) })
    let top = /^[一二三四五六七八九十]、/
    let end = lines.indices.dropFirst(p + 1).first { lines[$0].firstMatch(of: top) != nil } ?? lines.count
    let marker = /^(（[一二三四五六七八九十]+）|\d+、)/
    var k = 0
    for i in (p + 1)..<end {
      guard let mark, let m = lines[i].firstMatch(of: marker) else { continue }
      k += 1
      lines[i] = mark(k) + lines[i][m.range.upperBound...]
    }
    if let heading {
      let number = lines[p].firstMatch(of: top).map { String($0.output) } ?? ""
      lines[p] = heading(number) ?? "下一步，我镇将重点做好以下工作："
    }
    let name = town + "x"
    try lines.joined(separator: "\n").write(
      to: tmp.appendingPathComponent("\(name)-\(years.0)-fazhi.txt"), atomically: true, encoding: .utf8)
    // The later report, its first part titled `reviewTitle` when given.
    var later = try String(contentsOf: dir.appendingPathComponent("\(town)-\(years.1)-fazhi.txt"), encoding: .utf8)
      .components(separatedBy: "\n")
    if let reviewTitle, let first = later.firstIndex(where: { $0.hasPrefix("一、") }) {
      later[first] = "一、" + reviewTitle
    }
    try later.joined(separator: "\n").write(
      to: tmp.appendingPathComponent("\(name)-\(years.1)-fazhi.txt"), atomically: true, encoding: .utf8)
    let key = tmp.appendingPathComponent("\(name)-\(years.0)-\(years.1).key.tsv")
    try FileManager.default.copyItem(
      at: dir.appendingPathComponent("\(town)-\(years.0)-\(years.1).key.tsv"), to: key)
    return try TownScore(TownKey(path: key.path))
  }

  static let pairs: [(town: String, years: (String, String), head: String, sameStatus: Bool)] = [
    ("qingxi", ("2024", "2025"), "四、2025年工作计划", true),
    ("lingxia", ("2024", "2025"), "三、下一步打算", false),
  ]

  @Test(arguments: pairs.indices)
  func itemsFoundInEveryMarkerStyle(_ i: Int) throws {
    let pair = Self.pairs[i]
    let base = try Self.variant(pair.town, pair.years, head: pair.head, mark: nil, heading: nil)
    #expect(base.found == base.planItems)
    for m in Self.markers {
      let v = try Self.variant(pair.town, pair.years, head: pair.head, mark: m.mark, heading: nil)
      #expect(v.found == base.found, "\(pair.town) \(m.name): \(v.misses.prefix(3))")
      if pair.sameStatus { #expect(v.agreed == base.agreed, "\(pair.town) \(m.name): \(v.misses.prefix(3))") }
    }
  }

  @Test(arguments: pairs.indices)
  func planPartFoundUnderEveryHeading(_ i: Int) throws {
    let pair = Self.pairs[i]
    let base = try Self.variant(pair.town, pair.years, head: pair.head, mark: nil, heading: nil)
    for h in Self.headings {
      let v = try Self.variant(pair.town, pair.years, head: pair.head, mark: nil, heading: h.line)
      #expect(v.found == base.found, "\(pair.town) \(h.name): \(v.misses.prefix(3))")
      if pair.sameStatus { #expect(v.agreed == base.agreed, "\(pair.town) \(h.name): \(v.misses.prefix(3))") }
    }
  }

  /// The later report's review titled in words the section-roles lexicon
  /// does not hold: the review is known by what its sentences do, and
  /// every item keeps its status.
  @Test(arguments: pairs.indices)
  func reviewFoundUnderEveryTitle(_ i: Int) throws {
    let pair = Self.pairs[i]
    let base = try Self.variant(pair.town, pair.years, head: pair.head, mark: nil, heading: nil)
    for title in ["亮点工作", "一年来的工作", "做了哪些事", "成绩与经验"] {
      let v = try Self.variant(pair.town, pair.years, head: pair.head, mark: nil, heading: nil, reviewTitle: title)
      #expect(v.agreed == base.agreed, "\(pair.town) \(title): \(v.misses.prefix(3))")
    }
  }
}
