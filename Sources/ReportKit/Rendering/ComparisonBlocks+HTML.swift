import Foundation

/// The HTML renderer of `ComparisonBlocks`: one standalone page (inline CSS,
/// no script). A status is a coloured span, a passage's line a grey span
/// after it; the commitments' caption and table fold into a `<details>`.
extension ComparisonBlocks {
  /// The page's inline style.
  static let htmlStyle = """
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      margin: 2em; color: #222; line-height: 1.6; }
    table { border-collapse: collapse; margin: .8em 0 1.5em; }
    th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f3f3f3; }
    .status { font-weight: bold; white-space: nowrap; border-radius: 3px; padding: 0 .4em; }
    .met, .followed_up { background: #d4f2d4; color: #175c17; }
    .not_met { background: #fbd5d5; color: #8a1212; }
    .not_reported, .not_mentioned { background: #fde8c4; color: #7a4a00; }
    .unclear, .mentioned_only { background: #e6e6e6; color: #444; }
    .line { color: #888; font-size: 85%; }
    .warn { color: #b00; }
    .notes { color: #a60; }

    """

  func html() -> String {
    let esc = HTMLFindingRenderer.escape
    var out = ""
    var folded = false
    for b in blocks {
      switch b {
      case .title(let reports):
        out += HTMLPage.head(title: "年度对照", style: Self.htmlStyle)
        out += "<h1>年度对照</h1>\n<p>\(reports.map(esc).joined(separator: " → "))</p>\n"
      case .note(let s): out += "<p class=\"notes\">注意：\(esc(s))</p>\n"
      case .blank: break
      case .pair(let e, let l, let y):
        out += "<h2>\(esc(e)) 的计划 ↔ \(esc(l)) 的回顾\(y.map { "（\($0) 年）" } ?? "")</h2>\n"
      case .heading(let s): out += "<h2>\(esc(s))</h2>\n"
      case .caption(let s, _, let tally, let fold):
        let title = s + (tally.map { "（\($0)）" } ?? "")
        folded = fold
        out += fold ? "<details><summary><h3 style=\"display:inline\">\(title)</h3></summary>\n" : "<h3>\(title)</h3>\n"
      case .table(let t):
        switch t.kind {
        case .targets: out += "<table class=\"targets\">\n"
        case .commitments: out += "<table class=\"commitments\">\n"
        case .problems, .copied, .series: out += "<table>\n"
        }
        out += "<tr>" + t.head.map { "<th>\($0.title)</th>" }.joined() + "</tr>\n"
        for r in t.rows {
          // A target's row is marked with its status.
          let status = r.lazy.compactMap { c -> String? in
            if case .status(let s) = c { return s }
            return nil
          }.first
          out += t.kind == .targets ? "<tr class=\"target \(esc(status ?? ""))\">" : "<tr>"
          out += r.map { "<td>\(Self.html($0))</td>" }.joined() + "</tr>\n"
        }
        out += "</table>\n"
        if folded {
          out += "</details>\n"
          folded = false
        }
      }
    }
    return out + "</body>\n</html>\n"
  }

  /// A cell in HTML: words escaped, a passage's line in a grey span, a
  /// status and a warning in spans of their classes.
  static func html(_ c: Cell) -> String {
    let esc = HTMLFindingRenderer.escape
    func passage(_ s: String, _ line: Int) -> String { esc(s) + " <span class=\"line\">第 \(line) 行</span>" }
    switch c {
    case .text(let s): return esc(s)
    case .status(let s):
      return "<span class=\"status \(esc(s))\">\(esc(ComparisonRenderer.statusName[s] ?? s))</span>"
    case .located(let s, let line): return passage(s, line)
    case .quoted(let s, let line): return "“" + passage(s, line) + "”"
    case .derived(let v, let unit, let line):
      return esc("\(format(v, digits: 1))\(unit)") + " <span class=\"line\">第 \(line) 行推算</span>"
    case .commitment(let s, let line, _, let repeated):
      return passage(s, line) + (repeated ? " <span class=\"warn\">⚠ 次年计划原样重复</span>" : "")
    case .match(let s, let line, let score):
      return passage(String(s.prefix(60)), line) + "（\(format(score, digits: 2))）"
    case .problem(let s, let line): return passage(s, line)
    case .copied(let s, let line, _): return passage(String(s.prefix(80)), line)
    case .runs(let runs):
      return runs.map {
        switch $0 {
        case .text(let s): return esc(s)
        case .warning(let s): return "<span class=\"warn\">\(esc(s))</span>"
        }
      }.joined()
    }
  }
}
