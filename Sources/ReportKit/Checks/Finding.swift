/// How serious a finding is.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
  case info, warning, error

  static func rank(_ s: Severity) -> Int {
    switch s {
    case .info: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { rank(a) < rank(b) }

  public var chineseName: String {
    switch self {
    case .info: return "提示"
    case .warning: return "警告"
    case .error: return "错误"
    }
  }
}

/// A span a finding points at besides its primary one, with what it is.
public struct RelatedSpan: Sendable, Equatable {
  /// Original UTF-16 range.
  public var range: SourceRange
  public var label: String
}

/// One problem a rule found. The single diagnostic model: every output
/// format (text, json, sarif, github, markdown) renders this.
public struct Finding: Sendable, Equatable {
  public var ruleID: String
  public var severity: Severity
  /// The message, in Chinese.
  public var message: String
  /// Original UTF-16 range of what is wrong.
  public var range: SourceRange
  /// Other places the finding rests on (the counts behind a rate).
  public var related: [RelatedSpan]
  /// The arithmetic or reasoning behind the finding.
  public var note: String?

  public init(
    ruleID: String, severity: Severity, message: String, range: SourceRange,
    related: [RelatedSpan] = [], note: String? = nil
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.range = range
    self.related = related
    self.note = note
  }
}

/// What a rule could check in one report: how many relations it found to
/// check, and how many of those held.
public struct RuleCoverage: Sendable, Equatable {
  public var ruleID: String
  public var checked: Int
  public var held: Int
  /// Relations found but left unchecked because they were over the rule's
  /// work cap.
  public var skipped: Int = 0
  /// Findings made but not listed (over `RuleContext.maxFindings`).
  public var unlisted: Int = 0
}
