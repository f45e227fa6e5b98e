/// What a section of a report is for, decided from its title.
public enum SectionRole: String, Codable, Sendable, CaseIterable {
  /// Review of the work done (主要工作及成效, 工作回顾).
  case review
  /// Problems and shortcomings (存在的问题, 不足).
  case problems
  /// How the leaders fulfilled their duties (主要负责人履行职责情况).
  case leaders
  /// Suggestions to higher levels (有关意见建议).
  case suggestions
  /// Plans for the year ahead (下一步工作, 2025年工作安排, 政府工作任务).
  case plans
  /// The general requirements and main targets of the year (总体要求和政策取向).
  case targets
  /// Anything else.
  case other

  /// The role's name in Chinese, for the text summary.
  public var chineseName: String {
    switch self {
    case .review: return "工作回顾"
    case .problems: return "存在问题"
    case .leaders: return "负责人履职"
    case .suggestions: return "意见建议"
    case .plans: return "工作计划"
    case .targets: return "预期目标"
    case .other: return "其他"
    }
  }

  /// Whether the section looks ahead (plans or targets).
  public var isPlan: Bool { self == .plans || self == .targets }
}

/// One section of a report: a heading and everything under it.
public struct Section: Sendable {
  /// The heading's title, without numbering or markup.
  public var title: String
  /// The original UTF-16 range of the title.
  public var titleRange: SourceRange
  /// The original UTF-16 range of the whole heading: marker, title and any
  /// markup around them (for a lead-in heading, up to the end of its sentence).
  public var headingRange: SourceRange
  /// The heading's numbering, if any.
  public var marker: HeadingMarker?
  /// The markdown level (`##` → 2), if the heading is a markdown heading.
  public var markdownLevel: Int?
  /// The level in the hierarchy, 1 for 一、 down to 4 for （1）.
  public var rank: Int
  /// What the section is for.
  public var role: SectionRole
  /// Whether the role came from the title itself (else inherited or inferred).
  public var roleFromTitle: Bool
  /// The range in the analysis text from the title to the end of the section.
  public var analysisRange: AnalysisRange
  /// Index of the enclosing section in `Document.sections`.
  public var parent: Int?
  /// Indices of the sections directly under this one.
  public var children: [Int]
  /// Depth in the tree, 0 for top-level sections.
  public var depth: Int
}

/// A paragraph of body text; more than one piece when a page break cut it.
public struct Paragraph: Sendable {
  /// Original UTF-16 ranges of the pieces, in order.
  public var pieces: [SourceRange]
  /// The range in the analysis text.
  public var analysisRange: AnalysisRange
  /// The innermost section holding it.
  public var section: Int?
  /// What the paragraph is for: its section's role, or `.plans` when the
  /// paragraph itself opens a plan (下一步，我们将…) wherever it stands; set
  /// once by `DocumentParser`, and read by every extractor.
  public var role: SectionRole = .other
  /// Whether this is the rest of the paragraph before it, cut off where a
  /// label inside it names another role (问题一：…。改进措施：…): one
  /// paragraph of the text, two for what its parts do.
  public var continues = false
}

/// A place where a paragraph cut by a page break was joined back together.
public struct ParagraphJoin: Sendable, Equatable {
  /// The original UTF-16 range from the end of the first piece to the start
  /// of the second: the break itself.
  public var gap: SourceRange
  /// The last unit of the first piece and the first unit of the second.
  public var before: SourceRange
  public var after: SourceRange
}

/// The kind of report.
public enum ReportKind: String, Codable, Sendable {
  /// 法治政府建设年度报告
  case fazhi
  /// 政府工作报告
  case governmentWork
  /// 工作总结
  case workSummary
  case unknown

  public var chineseName: String {
    switch self {
    case .fazhi: return "法治政府建设年度报告"
    case .governmentWork: return "政府工作报告"
    case .workSummary: return "工作总结"
    case .unknown: return "未知"
    }
  }
}

/// What a report says about itself.
public struct ReportMetadata: Sendable, Equatable {
  public var title: String?
  public var titleRange: SourceRange?
  public var unit: String?
  public var kind: ReportKind
  /// The year the report reviews.
  public var reviewYear: Int?
  /// The year the report plans for.
  public var planYear: Int?
  /// For a 政府工作报告, the year it was delivered.
  public var deliveredYear: Int?
}

/// A report read into its structure.
public struct Document: Sendable {
  public var source: SourceText
  public let analysis: AnalysisText
  /// All sections in document order (a preorder walk of the tree).
  public var sections: [Section]
  public var paragraphs: [Paragraph]
  public var joins: [ParagraphJoin]
  public var metadata: ReportMetadata
  /// Analysis offsets of every sentence end (see `Punctuation.isSentenceEnd`),
  /// ascending: `sentence(at:)` is a binary search, not a walk, so a long
  /// sentence of many figures costs n log n, not n².
  public let sentenceEnds: [Int32]

  init(
    source: SourceText, analysis: AnalysisText, sections: [Section], paragraphs: [Paragraph],
    joins: [ParagraphJoin], metadata: ReportMetadata
  ) {
    self.source = source
    self.analysis = analysis
    self.sections = sections
    self.paragraphs = paragraphs
    self.joins = joins
    self.metadata = metadata
    var ends: [Int32] = []
    analysis.units.withUnsafeBufferPointer { u in
      for i in u.indices where Punctuation.isSentenceEnd(u[i]) { ends.append(Int32(i)) }
    }
    self.sentenceEnds = ends
  }

  /// The paragraphs of the text (a paragraph cut by a role label counted once).
  public var paragraphCount: Int { paragraphs.reduce(0) { $0 + ($1.continues ? 0 : 1) } }

  /// Indices of the top-level sections.
  public var topLevel: [Int] { sections.indices.filter { sections[$0].parent == nil } }

  /// The index of the paragraph holding an analysis offset (paragraphs are
  /// in text order: a binary search), or nil between paragraphs (a heading).
  public func paragraph(at a: Int) -> Int? {
    var lo = 0
    var hi = paragraphs.count
    while lo < hi {
      let m = (lo + hi) / 2
      if paragraphs[m].analysisRange.upperBound <= a { lo = m + 1 } else { hi = m }
    }
    return lo < paragraphs.count && paragraphs[lo].analysisRange.contains(a) ? lo : nil
  }

  /// What the text at an analysis offset is for: its paragraph's role, or
  /// its section's (a heading).
  public func role(at a: Int, section: Int?) -> SectionRole {
    if let k = paragraph(at: a) { return paragraphs[k].role }
    return section.map { sections[$0].role } ?? .other
  }

}
