import Foundation

/// Compiler-style text: `file:line:column: 错误[rule]: message`, the source
/// line, and a marker under the span.
public enum TextFindingRenderer {
  public static func render(_ results: [AuditResult], color: Bool = false) -> String {
    var out = ""
    for r in results {
      for f in FindingRow.rows(r) {
        out += "\(r.report.path):\(f.line):\(f.column): \(f.severity.chineseName)[\(f.ruleID)]: \(f.message)\n"
        out += "  \(f.before)\(f.marked)\(f.after)\n"
        // Han characters take two columns in a terminal.
        out +=
          "  " + String(repeating: " ", count: displayWidth(f.before))
          + String(repeating: "^", count: max(1, displayWidth(f.marked))) + "\n"
        for rel in f.related { out += "  \(rel)\n" }
        if let n = f.note { out += "  说明：\(n)\n" }
      }
    }
    return out
  }

  /// Terminal columns: East Asian wide characters count two.
  static func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { w, c in
      let v = c.value
      let wide =
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
        || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
      return w + (wide ? 2 : 1)
    }
  }

  /// The coverage summary: per rule, relations checked and held.
  public static func coverage(_ results: [AuditResult]) -> String {
    var checked: [String: Int] = [:]
    var held: [String: Int] = [:]
    var skipped: [String: Int] = [:]
    var unlisted: [String: Int] = [:]
    var findings: [Severity: Int] = [:]
    for r in results {
      for c in r.coverage {
        checked[c.ruleID, default: 0] += c.checked
        held[c.ruleID, default: 0] += c.held
        skipped[c.ruleID, default: 0] += c.skipped
        unlisted[c.ruleID, default: 0] += c.unlisted
      }
      for f in r.findings { findings[f.severity, default: 0] += 1 }
    }
    var out = "核对情况（规则：可核对的关系 / 成立）：\n"
    for rule in RuleRegistry.all where checked[rule.id] != nil {
      let c = checked[rule.id]!
      let h = held[rule.id]!
      out += "  \(rule.id)（\(rule.name)）：\(c) / \(h)\(c == 0 ? "　未找到可核对的关系" : "")"
      if let s = skipped[rule.id], s > 0 { out += "　超出核对上限未核对 \(s)" }
      if let u = unlisted[rule.id], u > 0 { out += "　另有 \(u) 处问题未逐一列出" }
      out += "\n"
    }
    let consistency = [
      "rate-matches-counts", "parts-within-total", "change-matches-levels", "change-matches-last-year",
    ]
    let verifiable = consistency.reduce(0) { $0 + (checked[$1] ?? 0) }
    if verifiable == 0 {
      out += "注意：没有找到任何可以核对的比率、总分或增减关系，本报告的数字未经核实。\n"
    }
    out +=
      "共 \(results.count) 份报告：错误 \(findings[.error] ?? 0)，警告 \(findings[.warning] ?? 0)，提示 \(findings[.info] ?? 0)\n"
    return out
  }
}

/// GitHub workflow annotations: `::error file=…,line=…,col=…::message`.
public enum GitHubFindingRenderer {
  public static func render(_ results: [AuditResult]) -> String {
    var out = ""
    for r in results {
      let src = r.report.document.source
      out += "::group::\(escapeProperty(r.report.path))\n"
      for f in r.findings {
        let a = src.position(f.range.lowerBound)
        let b = src.position(f.range.upperBound)
        let command: String
        switch f.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .info: command = "notice"
        }
        var props = "file=\(escapeProperty(r.report.path)),line=\(a.line),endLine=\(b.line)"
        if a.line == b.line { props += ",col=\(a.column),endColumn=\(b.column)" }
        props += ",title=\(escapeProperty(f.ruleID))"
        var message = f.message
        if let n = f.note { message += "\n" + n }
        out += "::\(command) \(props)::\(escapeData(message))\n"
      }
      out += "::endgroup::\n"
    }
    return out
  }

  /// Escapes message data: `%`, `\r`, `\n`.
  public static func escapeData(_ s: String) -> String {
    s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes property values: also `:` and `,`.
  public static func escapeProperty(_ s: String) -> String {
    escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

/// JSON: the analysis JSON of each report with `findings` and `coverage` added.
public enum JSONFindingRenderer {
  public struct FindingJSON: Codable, Sendable {
    public struct Related: Codable, Sendable {
      public var label: String
      public var span: Span
    }
    public var rule: String
    public var severity: String
    public var message: String
    public var span: Span
    public var related: [Related]
    public var note: String?
  }

  public struct AuditJSON: Codable, Sendable {
    public var analysis: ReportJSON
    public var findings: [FindingJSON]
    public var coverage: [Coverage]
  }

  public struct Coverage: Codable, Sendable {
    public var rule: String
    public var checked: Int
    public var held: Int
    /// Present only when the rule hit a work cap.
    public var skipped: Int?
    /// Present only when findings were left unlisted.
    public var unlisted: Int?
  }

  public static func findings(_ r: AuditResult) -> [FindingJSON] {
    let src = r.report.document.source
    return r.findings.map { f in
      FindingJSON(
        rule: f.ruleID, severity: f.severity.rawValue, message: f.message, span: src.span(f.range),
        related: f.related.map { .init(label: $0.label, span: src.span($0.range)) }, note: f.note)
    }
  }

  public static func render(_ results: [AuditResult]) -> String {
    let all = results.map { r in
      AuditJSON(
        analysis: ReportJSON(r.report), findings: findings(r),
        coverage: r.coverage.map {
          Coverage(
            rule: $0.ruleID, checked: $0.checked, held: $0.held, skipped: $0.skipped > 0 ? $0.skipped : nil,
            unlisted: $0.unlisted > 0 ? $0.unlisted : nil)
        })
    }
    return results.count == 1 ? ReportJSON.encode(all[0]) : ReportJSON.encode(all)
  }
}
