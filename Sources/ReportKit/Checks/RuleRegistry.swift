/// Every rule the tool has, in the order they run. A test checks that every
/// type in Checks/Rules is listed here.
public enum RuleRegistry {
  public static let all: [any Rule.Type] = [
    RateMatchesCounts.self,
    PartsWithinTotal.self,
    ChangeMatchesLevels.self,
    ChangeMatchesLastYear.self,
    ImpossibleValue.self,
    SameMetricDifferentValues.self,
    PlanYearFollowsReview.self,
    FutureDate.self,
    HeadingNumbering.self,
    HeadingBracketStyle.self,
    HeadingLevelMarkup.self,
    BrokenParagraph.self,
    NumberUnitSpacing.self,
    RangeUnitDropped.self,
    MixedNumeralForms.self,
    ProblemWithoutCommitment.self,
    UnmeasurablePlan.self,
  ]

  /// The rule with this id.
  public static func rule(_ id: String) -> (any Rule.Type)? { all.first { $0.id == id } }
}

/// Which rules run and at what level: defaults, then a config file, then the
/// command line.
public struct RuleConfiguration: Sendable, Equatable {
  /// `nil` means off.
  public var levels: [String: Severity?] = [:]

  public init() {}

  /// The level a rule runs at, or nil when it is off.
  public func level(of rule: any Rule.Type) -> Severity? {
    if let set = levels[rule.id] { return set }
    return rule.enabledByDefault ? rule.defaultSeverity : nil
  }

  /// Whether the user set this rule's level.
  public func isConfigured(_ id: String) -> Bool { levels[id] != nil }

  /// Applies one setting, `RULE=off|info|warning|error` or `RULE: LEVEL`.
  public mutating func apply(_ setting: String, source: String) throws {
    let sep = setting.firstIndex(where: { $0 == "=" || $0 == ":" })
    guard let s = sep else { throw ConfigError.malformed(source: source, text: setting) }
    let id = setting[..<s].trimmingSpaces()
    let value = setting[setting.index(after: s)...].trimmingSpaces().lowercased()
    guard RuleRegistry.rule(String(id)) != nil else {
      throw ConfigError.unknownRule(source: source, id: String(id))
    }
    switch value {
    case "off", "false", "none": levels[String(id)] = .some(nil)
    case "on", "true": levels[String(id)] = .some(RuleRegistry.rule(String(id))!.defaultSeverity)
    default:
      guard let sev = Severity(rawValue: value) else {
        throw ConfigError.badLevel(source: source, text: setting)
      }
      levels[String(id)] = .some(sev)
    }
  }

  /// Reads a config file: one `rule-id: level` a line, `#` comments.
  public mutating func load(text: String, path: String) throws {
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingSpaces()
      if line.isEmpty || line.hasPrefix("#") { continue }
      try apply(String(line), source: "\(path):\(n + 1)")
    }
  }
}

/// A problem in the rule configuration.
public enum ConfigError: Error, CustomStringConvertible, Equatable {
  case malformed(source: String, text: String)
  case unknownRule(source: String, id: String)
  case badLevel(source: String, text: String)

  public var description: String {
    switch self {
    case .malformed(let s, let t): return "\(s): 无法理解的规则设置“\(t)”（应为 规则: off|info|warning|error）"
    case .unknownRule(let s, let id): return "\(s): 没有名为“\(id)”的规则（analyze rules 列出全部规则）"
    case .badLevel(let s, let t): return "\(s): 级别应为 off、info、warning 或 error：“\(t)”"
    }
  }
}

/// The result of auditing one report.
public struct AuditResult: Sendable {
  public var report: Report
  public var findings: [Finding]
  public var coverage: [RuleCoverage]

  /// The highest severity found, or nil.
  public var worst: Severity? { findings.map(\.severity).max() }
}

/// Runs the configured rules over a report.
public struct Auditor: Sendable {
  public var configuration: RuleConfiguration
  /// The lexicons and tools the reports were analysed with, handed to each
  /// rule through its context (give the `Analyzer`'s own).
  public let environment: AnalysisEnvironment

  public init(configuration: RuleConfiguration = RuleConfiguration(), environment: AnalysisEnvironment = .builtin) {
    self.configuration = configuration
    self.environment = environment
  }

  public func audit(_ report: Report) -> AuditResult {
    var findings: [Finding] = []
    var coverage: [RuleCoverage] = []
    for rule in RuleRegistry.all {
      guard let level = configuration.level(of: rule) else { continue }
      var ctx = RuleContext(ruleID: rule.id, severity: level, environment: environment)
      rule.init().check(report, &ctx)
      var fs = ctx.findings
      if configuration.isConfigured(rule.id) {
        for i in fs.indices { fs[i].severity = level }
      }
      findings += fs
      coverage.append(
        RuleCoverage(
          ruleID: rule.id, checked: ctx.checked, held: ctx.held, skipped: ctx.skipped,
          unlisted: ctx.unlisted))
    }
    findings.sort { ($0.range.lowerBound, $0.ruleID) < ($1.range.lowerBound, $1.ruleID) }
    return AuditResult(report: report, findings: findings, coverage: coverage)
  }
}
