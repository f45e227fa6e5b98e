/// The parts of a finding every readable renderer shows: where, how bad,
/// which rule, what, the source line split around the span, and what else
/// it points at. Text, Markdown and HTML differ only in how they write them.
struct FindingRow {
  var line: Int
  var column: Int
  var severity: Severity
  var ruleID: String
  var message: String
  /// The finding's line: before the span, the span, after it (a window
  /// around the span when the line is long).
  var before: String
  var marked: String
  var after: String
  var related: [String]
  var note: String?

  init(_ f: Finding, in src: SourceText) {
    let a = src.position(f.range.lowerBound)
    line = a.line
    column = a.column
    severity = f.severity
    ruleID = f.ruleID
    message = f.message
    var lr = src.lineRange(a.line - 1)
    if lr.count > 100 {
      lr = SourceRange(
        max(lr.lowerBound, f.range.lowerBound - 40),
        min(lr.upperBound, max(f.range.upperBound, f.range.lowerBound) + 40))
    }
    let s = min(max(f.range.lowerBound, lr.lowerBound), lr.upperBound)
    let e = min(max(f.range.upperBound, s), lr.upperBound)
    before = src.string(SourceRange(lr.lowerBound, s))
    marked = src.string(SourceRange(s, e))
    after = src.string(SourceRange(e, lr.upperBound)).trimmingTrailingNewlines()
    related = f.related.map { r in
      let p = src.position(r.range.lowerBound)
      return "\(r.label)：第 \(p.line) 行第 \(p.column) 列“\(src.string(r.range))”"
    }
    note = f.note
  }

  /// Per report: the rows, the counts per severity, the coverage per rule.
  static func rows(_ r: AuditResult) -> [FindingRow] {
    let src = r.report.document.source
    return r.findings.map { FindingRow($0, in: src) }
  }

  static func counts(_ r: AuditResult) -> String {
    let n = Dictionary(grouping: r.findings, by: \.severity).mapValues(\.count)
    return "错误 \(n[.error] ?? 0)，警告 \(n[.warning] ?? 0)，提示 \(n[.info] ?? 0)"
  }

  static func coverage(_ r: AuditResult) -> [(rule: String, name: String, checked: Int, held: String)] {
    r.coverage.map { c in
      var held = "\(c.held)"
      if c.skipped > 0 { held += "（超出核对上限未核对 \(c.skipped)）" }
      if c.unlisted > 0 { held += "（另有 \(c.unlisted) 处问题未逐一列出）" }
      return (c.ruleID, RuleRegistry.rule(c.ruleID)?.name ?? "", c.checked, held)
    }
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var s = self
    while s.hasSuffix("\n") || s.hasSuffix("\r") { s.removeLast() }
    return s
  }
}

/// How a page format writes the pieces of a findings page; the page itself
/// (per report: heading, findings table, coverage table) is `render`'s.
struct PageStyle {
  var escape: (String) -> String
  var head: String
  var foot: String
  var heading: (String) -> String
  var empty: String
  var table: ([String]) -> String
  var row: ([String], Severity?) -> String
  var tableEnd: String
  var mark: (String) -> String
  var extra: (String, String) -> String
  var code: (String) -> String

  func render(_ results: [AuditResult]) -> String {
    var out = head
    for r in results {
      out += heading("\(escape(r.report.path))（\(FindingRow.counts(r))）")
      let rows = FindingRow.rows(r)
      if rows.isEmpty {
        out += empty
      } else {
        out += table(["位置", "级别", "规则", "说明", "原文"])
        for f in rows {
          var what = escape(f.message)
          for rel in f.related { what += extra("related", escape(rel)) }
          if let n = f.note { what += extra("note", "说明：" + escape(n)) }
          let marked = f.marked.isEmpty ? "" : mark(escape(f.marked))
          out += row(
            [
              "\(f.line):\(f.column)", f.severity.chineseName, code(f.ruleID), what,
              escape(f.before) + marked + escape(f.after),
            ], f.severity)
        }
        out += tableEnd
      }
      out += table(["规则", "可核对的关系", "成立"])
      for c in FindingRow.coverage(r) {
        out += row([code(c.rule) + "（\(escape(c.name))）", "\(c.checked)", escape(c.held)], nil)
      }
      out += tableEnd
    }
    return out + foot
  }
}

/// Markdown for a review comment or a CI summary page: per report a table of
/// findings (the span in bold within its line) and the coverage per rule.
public enum MarkdownFindingRenderer {
  public static func render(_ results: [AuditResult]) -> String {
    PageStyle(
      escape: cell, head: "# 核对结果\n", foot: "", heading: { "\n## \($0)\n\n" }, empty: "没有发现问题。\n",
      table: { "\n| " + $0.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: $0.count) + "\n" },
      row: { cells, _ in "| " + cells.joined(separator: " | ") + " |\n" }, tableEnd: "", mark: { "**\($0)**" },
      extra: { "<br>" + $1 }, code: { "`\($0)`" }
    ).render(results)
  }

  /// Text safe inside a table cell: no pipe, no line break, no markup.
  static func cell(_ s: String) -> String {
    var out = ""
    for ch in s {
      switch ch {
      case "|": out += "\\|"
      case "\n", "\r", "\r\n": out += " "
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "*", "_", "`", "[", "]", "\\": out += "\\" + String(ch)
      default: out.append(ch)
      }
    }
    return out
  }
}

/// A standalone HTML page: per report a table of findings with the span
/// marked in its line, and the coverage per rule.
public enum HTMLFindingRenderer {
  static let head = HTMLPage.head(title: "核对结果", style: style) + "<h1>核对结果</h1>\n"
  static let style = """
    body { font-family: sans-serif; margin: 2em; }
    table { border-collapse: collapse; margin: 1em 0; }
    th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
    .error { color: #b00; } .warning { color: #a60; } .info { color: #06c; }
    mark { background: #fd6; }
    .related, .note { color: #555; font-size: 90%; }

    """

  public static func render(_ results: [AuditResult]) -> String {
    PageStyle(
      escape: escape, head: head, foot: "</body>\n</html>\n", heading: { "<h2>\($0)</h2>\n" },
      empty: "<p>没有发现问题。</p>\n",
      table: { "<table>\n<tr>" + $0.map { "<th>\($0)</th>" }.joined() + "</tr>\n" },
      row: { cells, severity in
        let cls = severity.map { " class=\"finding \($0.rawValue)\"" } ?? ""
        return "<tr\(cls)>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
      },
      tableEnd: "</table>\n", mark: { "<mark>\($0)</mark>" }, extra: { "<div class=\"\($0)\">\($1)</div>" },
      code: { "<code>\($0)</code>" }
    ).render(results)
  }

  /// Text safe in HTML content and attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }
}
