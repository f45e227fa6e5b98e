import Testing

@testable import ReportKit

/// Roles that change inside a paragraph at a label (问题一：…。改进措施：…),
/// and a paragraph that goes on from a plan paragraph after a connective
/// (同时，…). Reports written for the test, not taken from the corpus.
@Suite struct RoleLabelTests {
  static let interleaved = """
    柏林乡2023年法治政府建设情况报告

    一、2023年主要工作
    全年办理行政处罚案件12件，组织执法培训3期。

    二、存在的问题及改进措施
    问题一：执法力量不足，9名队员中3名是借调的。改进措施：把执法队员增加到12名以上，全年组织执法培训不少于4期。
    问题二：规范性文件管理不够规范。改进措施：规范性文件须经合法性审查后方可印发。

    三、其他工作安排
    2024年，我乡将为每个村聘请一名法律顾问。
    同时，乡政府出台涉企政策措施一律先行开展公平竞争审查。
    """

  @Test func aPlanLabelInsideAProblemParagraphPlans() throws {
    let r = try analyze(Self.interleaved)
    let cs = r.commitments.map(r.text(of:))
    #expect(cs.contains { $0.contains("把执法队员增加到12名以上") })
    #expect(cs.contains { $0.contains("规范性文件须经合法性审查后方可印发") })
    // The problem before the label stays a problem, and is no commitment.
    #expect(!cs.contains { $0.contains("执法力量不足") })
    #expect(r.problems.contains { r.document.text($0.range).contains("执法力量不足") })
    // One paragraph of the text each, though cut in two for their roles.
    #expect(r.document.paragraphs.count == r.document.paragraphCount + 2)
  }

  /// A report in paragraphs without parts (the plan in its last ones).
  static let prose = """
    柏林镇2024年法治政府建设情况报告

    这一年，我们全年办理行政处罚案件12件，组织执法培训3期。

    2025年，我镇将为每个村聘请一名法律顾问。

    同时，镇政府出台涉企政策措施一律先行开展公平竞争审查。
    """

  @Test func aParagraphGoingOnFromAPlanParagraphPlans() throws {
    let r = try analyze(Self.prose)
    #expect(r.commitments.map(r.text(of:)).contains { $0.contains("一律先行开展公平竞争审查") })
    // The same paragraph after a review paragraph reviews.
    let after = try analyze(
      Self.prose.replacingOccurrences(of: "2025年，我镇将为每个村聘请", with: "这一年，我们为每个村聘请了"))
    #expect(!after.commitments.map(after.text(of:)).contains { $0.contains("公平竞争审查") })
  }

  @Test func aSentenceEndingInAColonIsNoLabel() throws {
    let r = try analyze(
      """
      柏林乡2024年法治政府建设情况报告

      2024年，我乡依法行政水平不断提高。现将我乡2024年工作情况和2025年工作安排报告如下：

      一、2024年主要工作
      全年办理行政处罚案件12件。
      """)
    #expect(r.commitments.isEmpty)
    #expect(r.document.paragraphs.count == r.document.paragraphCount)
  }
}
