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
  public private(set) var findings: [Finding] = []
  public private(set) var checked = 0
  public private(set) var held = 0

  public init(ruleID: String, severity: Severity) {
    self.ruleID = ruleID
    self.severity = severity
  }

  /// Records one relation checked, and whether it held.
  public mutating func counted(held ok: Bool) {
    checked += 1
    if ok { held += 1 }
  }

  /// Reports a finding at `range` (original UTF-16 offsets).
  public mutating func report(
    _ message: String, at range: Range<Int>, related: [RelatedSpan] = [], note: String? = nil,
    severity: Severity? = nil
  ) {
    findings.append(
      Finding(
        ruleID: ruleID, severity: severity ?? self.severity, message: message, range: range,
        related: related, note: note))
  }
}
