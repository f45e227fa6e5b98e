import Foundation
import Testing

@testable import ReportKit

/// The reporting unit: named in the title, the subtitle's congress, the
/// speaker's line or 我代表…, checked against Lexicons/admin-divisions.txt.
@Suite struct ReportingUnitTests {
  static func unit(_ text: String) throws -> String? {
    try analyze(text).document.metadata.unit
  }

  static let body = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n全年生产总值增长5%。\n"

  @Test func levelOnlyBodyTakesThePlaceOfTheTitle() throws {
    let t =
      "2026年广西壮族自治区政府工作报告\n——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上\n自治区主席 某某\n"
      + "各位代表：\n现在，我代表自治区人民政府，向大会报告政府工作。\n一、2025年工作回顾\n生产总值增长5%。\n"
    #expect(try Self.unit(t) == "广西壮族自治区人民政府")
  }

  @Test func titleOnlyGovernmentWorkReportTakesTheSubtitlesCongress() throws {
    let t = "政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 某某\n" + Self.body
    #expect(try Self.unit(t) == "贵州省人民政府")
  }

  @Test func fullProvinceNameIsKeptWhole() throws {
    let t = "2026年四川省人民政府工作报告\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n" + Self.body
    #expect(try Self.unit(t) == "四川省人民政府")
  }

  @Test func shortFormIsMadeFull() throws {
    let t = "政府工作报告\n四川省省长 某某\n各位代表：\n现在，我代表四川人民政府，向大会报告工作。\n一、2025年工作回顾\n增长5%。\n"
    #expect(try Self.unit(t) == "四川省人民政府")
    let d = AdminDivisions()
    let names = ["广西自治区", "内蒙古", "高兴镇"].map { d.normalized($0) }
    #expect(names == ["广西壮族自治区", "内蒙古自治区", "高兴镇"])
  }

  @Test func cityBodyPicksTheCityNotItsProvince() throws {
    let t =
      "2026年四川省成都市政府工作报告\n——2026年1月10日在成都市第十八届人民代表大会第五次会议上\n"
      + "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2025年工作回顾\n增长5%。\n"
    #expect(try Self.unit(t) == "成都市人民政府")
  }

  @Test func countyNotInTheListIsTakenByItsForm() throws {
    let t =
      "2026年某某县政府工作报告\n——2026年1月10日在某某县第十八届人民代表大会第五次会议上\n"
      + "各位代表：\n现在，我代表县人民政府，向大会报告工作。\n一、2025年工作回顾\n增长5%。\n"
    #expect(try Self.unit(t) == "某某县人民政府")
  }

  @Test func stateCouncilAndTownStay() throws {
    #expect(
      try Self.unit("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2025年工作回顾\n增长5%。\n") == "国务院")
    #expect(try analyze(String(contentsOfFile: Paths.seed, encoding: .utf8)).document.metadata.unit == "高兴镇")
  }

  @Test func theListHoldsEveryProvinceAndPrefecture() {
    let d = AdminDivisions()
    let provinces = d.all.filter { $0.level == "province" }.count
    let prefectures = d.all.filter { $0.level == "prefecture" }.count
    #expect(provinces == 34 && prefectures == 333)
    for p in d.all where p.level != "province" {
      let parentLevel = d.division(named: p.parent ?? "")?.level
      #expect(parentLevel == "province", "\(p.name): parent \(p.parent ?? "-")")
    }
    let town = d.isPlausible("高兴镇")
    let doubled = d.isPlausible("广西壮族自治区自治区")
    let cut = d.isPlausible("川省")
    #expect(town && !doubled && !cut)
    let places = d.places(in: "在新疆维吾尔自治区第十四届").map(\.name)
    #expect(places == ["新疆维吾尔自治区"])
  }
}

/// Every report of ../shared/corpus: its unit is 国务院 or a listed division (or
/// one of the form of a division) with 人民政府 after it, named in the report's
/// head, never with an ending doubled.
@Suite(.enabled(if: Paths.sharedAvailable, "../shared/corpus is absent"))
struct CorpusReportingUnitTests {
  @Test func everyReportsUnit() throws {
    let analyzer = Analyzer()
    let divisions = AdminDivisions()
    var listing: [String] = []
    for path in Paths.sharedReports() {
      let report = try analyzer.analyze(path: path)
      let unit = report.document.metadata.unit ?? ""
      listing.append("\((path as NSString).lastPathComponent)\t\(unit)")
      if unit == "国务院" { continue }
      #expect(unit.hasSuffix("人民政府"), "\(path): \(unit)")
      let place = String(unit.dropLast("人民政府".count))
      #expect(divisions.division(named: place) != nil, "\(path): \(place) is not a listed division")
      // The place is named in the head of the report, in full or by its short form.
      let head = String(String(decoding: report.document.source.units, as: UTF16.self).prefix(200))
      let short = divisions.division(named: place)?.short ?? place
      #expect(head.contains(place) || head.contains(short), "\(path): \(place) not in the head")
    }
    print("reporting units:\n" + listing.joined(separator: "\n"))
    #expect(listing.count == Paths.sharedReports().count)
  }
}
