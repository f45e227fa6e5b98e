/// Reads what a report says about itself: its kind, the unit that reports,
/// the year it reviews and the year it plans for.
///
/// A 法治政府建设 report for 2024 reviews 2024 and plans 2025. A 政府工作报告
/// delivered in March 2024 reviews 2023 and plans 2024. Section titles that name
/// a year ("一、2023年工作回顾", "五、2025年主要工作安排") win over both rules.
struct MetadataReader {
  var divisions: AdminDivisions

  func read(_ doc: inout Document, title: (String, Range<Int>)?, preamble: [Range<Int>]) {
    var m = ReportMetadata(kind: .unknown)
    m.title = title?.0
    m.titleRange = title.map { SourceRange($0.1) }
    let opening = preamble.prefix(8).map { doc.source.string(SourceRange($0)) }
    let head = ([title?.0 ?? ""] + opening).joined(separator: "\n")

    if head.contains("政府工作报告") || opening.contains(where: { $0.hasPrefix("各位代表") }) {
      m.kind = .governmentWork
    } else if head.contains("法治政府建设") || head.contains("法治建设") {
      m.kind = .fazhi
    } else if head.contains("总结") {
      m.kind = .workSummary
    }

    // The delivery date: "——2024年3月5日在第十四届全国人民代表大会…".
    for line in opening where line.contains("日在") {
      if let r = line.firstMatch(of: /(\d{4})年\d{1,2}月\d{1,2}日在/), let y = Int(r.1) {
        m.deliveredYear = y
        break
      }
    }
    if m.kind == .governmentWork, m.deliveredYear == nil, let t = title?.0,
      let y = Self.years(in: t).first
    {
      m.deliveredYear = y
    }

    // Years named by the review and plan section titles.
    let top = doc.sections.filter { $0.parent == nil }
    let reviewTitleYear = top.first { $0.role == .review }.flatMap { Self.years(in: $0.title).last }
    let planTitleYear = top.first { $0.role.isPlan && !Self.years(in: $0.title).isEmpty }
      .flatMap { Self.years(in: $0.title).first }

    switch m.kind {
    case .governmentWork:
      m.reviewYear = reviewTitleYear ?? m.deliveredYear.map { $0 - 1 }
      m.planYear = planTitleYear ?? m.deliveredYear ?? m.reviewYear.map { $0 + 1 }
      if m.deliveredYear == nil { m.deliveredYear = m.planYear }
    default:
      let titleYear = title.flatMap { Self.years(in: $0.0).first }
      m.reviewYear = reviewTitleYear ?? titleYear
      m.planYear = planTitleYear ?? m.reviewYear.map { $0 + 1 }
    }
    m.unit = unit(doc, title: title?.0, opening: opening, kind: m.kind)
    doc.metadata = m
  }

  /// The reporting unit. For a 政府工作报告 it is the body that speaks
  /// ("我代表国务院", "我代表江苏省人民政府"); when that body is named by its level
  /// only ("我代表省人民政府", "我代表自治区人民政府"), the place comes from the
  /// head of the report: the congress of the subtitle ("在贵州省第十四届人民代表
  /// 大会…"), a division of the list named in the title, subtitle or speaker
  /// line, or the name the title begins with, whichever first ends in that level.
  /// Otherwise the unit is the name before the year in the title ("高兴镇 2024 年
  /// 法治政府建设工作报告"). Province short forms are made full (四川 → 四川省).
  func unit(_ doc: Document, title: String?, opening: [String], kind: ReportKind) -> String? {
    let all = opening.joined(separator: "\n")
    // The head: the title, the subtitle and the speaker's line, up to 各位代表.
    let head = [title ?? ""] + opening.prefix { !$0.hasPrefix("各位代表") }.prefix(4)
    // The regex runs on a short window after 我代表 only.
    let text = all.range(of: "我代表").map { String(all[$0.lowerBound...].prefix(30)) } ?? ""
    if let r = text.firstMatch(of: /我代表([^，,。\s]{2,16}?)(，|,|\s)?向/) {
      let name = String(r.1)
      if let level = divisions.levels.first(where: { name.hasPrefix($0) }) {
        let body = name.dropFirst(level.count)
        if let place = places(head, title: title).first(where: { $0.hasSuffix(level) }) {
          return place + body
        }
        return name
      }
      return divisions.normalized(name)
    }
    if kind == .governmentWork, let place = places(head, title: title).first {
      return place + "人民政府"
    }
    if let t = title {
      if let r = t.firstMatch(of: /^([^\d\s]{2,20}?)\s*(?:\d{4}|二〇)/) {
        return divisions.normalized(String(r.1))
      }
      if let r = t.firstMatch(of: /^(?:\d{4}\s*年)?\s*([^\d\s]{2,16}?)(?:法治政府|政府工作|工作)/) {
        return divisions.normalized(String(r.1))
      }
    }
    if opening.contains(where: { $0.contains("国务院总理") }) { return "国务院" }
    return nil
  }

  /// The places the head of a report names, most telling first: the congress of
  /// the subtitle, then listed divisions in the title, subtitle and speaker's
  /// line (the most specific of a line first: 四川省成都市 gives 成都市 before
  /// 四川省), then the name the title begins with when it ends in a division
  /// suffix. Each well formed (no doubled ending), short forms made full.
  func places(_ head: [String], title: String?) -> [String] {
    var out: [String] = []
    for line in head {
      if let r = line.firstMatch(of: /在([^\s第，,（(——]{2,20}?)第[一二三四五六七八九十]+届人民代表大会/) {
        let name = divisions.normalized(String(r.1))
        if divisions.isPlausible(name) { out.append(name) }
      }
    }
    for line in head {
      out += divisions.places(in: line).reversed().map(\.name)
    }
    if let t = title,
      let r = t.firstMatch(of: /^(?:\d{4}\s*年)?\s*([^\d\s年]{2,16}?)(?:人民政府工作|政府工作|法治政府|工作)/)
    {
      let name = divisions.normalized(String(r.1))
      if divisions.isPlausible(name) { out.append(name) }
    }
    return out
  }

  nonisolated(unsafe) static let yearPattern = /(\d{4})\s*年/

  /// Four-digit years followed by 年 (spaces allowed) in `s`, in order.
  static func years(in raw: String) -> [Int] {
    let s = String(decoding: raw.utf16.map(AnalysisText.fold), as: UTF16.self)
    guard s.contains("年") else { return [] }
    return s.matches(of: yearPattern).compactMap { Int($0.1) }.filter { (1949...2100).contains($0) }
  }
}
