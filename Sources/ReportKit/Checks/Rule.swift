/// A consistency check over one analysed report.
///
/// Each rule lives in its own file under Checks/Rules with its id, default
/// severity, a doc comment that says what it checks and why, and examples that
/// trigger and that do not (the tests run every example).
public protocol Rule: Sendable {
  /// Stable id, lower kebab case (`rate-matches-counts`).
  static var id: String { get }
  /// Short Chinese name.
  static var name: String { get }
  static var defaultSeverity: Severity { get }
  /// What it checks and why, in Chinese (printed by `analyze explain`).
  static var explanation: String { get }
  /// The standard clause it follows, if any.
  static var standard: String? { get }
  /// Whether the rule is on unless configured otherwise.
  static var enabledByDefault: Bool { get }
  /// Texts with the place that must be reported marked by ⟦ ⟧.
  static var triggeringExamples: [String] { get }
  /// Texts that must raise no finding of this rule.
  static var nonTriggeringExamples: [String] { get }

  init()
  /// Checks `report`, reporting findings through `context`.
  func check(_ report: Report, _ context: inout RuleContext)
}

extension Rule {
  public static var standard: String? { nil }
  public static var enabledByDefault: Bool { true }
}

/// Collects one rule's findings and coverage.
public struct RuleContext {
  public let ruleID: String
  public let severity: Severity
  /// The lexicons and tools the report was analysed with.
  public let environment: AnalysisEnvironment
  public private(set) var findings: [Finding] = []
  public private(set) var checked = 0
  public private(set) var held = 0
  /// Relations a rule found but did not check because they were over its
  /// work cap (see `RuleContext.maxFindings` and each rule's own caps):
  /// reported in the coverage, never dropped silently.
  public private(set) var skipped = 0
  /// Findings made but not listed because the rule had already reported
  /// `maxFindings` in this report (they are counted in the coverage).
  public private(set) var unlisted = 0

  /// The most findings one rule lists for one report. A report that breaks a
  /// rule more often than this (a spreadsheet pasted as one sentence) gets
  /// the first ones and a count of the rest, so that memory and output stay
  /// bounded by the input, not by the pairs in it.
  public static let maxFindings = 1000

  public init(ruleID: String, severity: Severity, environment: AnalysisEnvironment = .builtin) {
    self.ruleID = ruleID
    self.severity = severity
    self.environment = environment
  }

  /// Records one relation checked, and whether it held.
  public mutating func counted(held ok: Bool) {
    checked += 1
    if ok { held += 1 }
  }

  /// Records `n` relations left unchecked because of a work cap.
  public mutating func skipped(_ n: Int) {
    skipped += n
  }

  /// Reports a finding at `range` (original UTF-16 offsets).
  /// The message, range, related spans and note are only made when the
  /// finding is listed (a rule over its cap pays nothing for the rest, not
  /// even the map from analysis to source offsets).
  public mutating func report(
    _ message: @autoclosure () -> String, at range: @autoclosure () -> SourceRange,
    related: @autoclosure () -> [RelatedSpan] = [], note: @autoclosure () -> String? = nil,
    severity: Severity? = nil
  ) {
    guard findings.count < Self.maxFindings else {
      unlisted += 1
      return
    }
    findings.append(
      Finding(
        ruleID: ruleID, severity: severity ?? self.severity, message: message(), range: range(),
        related: related(), note: note()))
  }
}
