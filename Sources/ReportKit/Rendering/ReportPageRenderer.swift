/// `analyze FILE --format html`: one standalone page (inline CSS, no script,
/// nothing fetched) with the report's text line by line, every figure,
/// commitment, target and problem marked in place
/// (`<mark data-kind="quantity" title="347 件 · 确数 · 受理">`), the audit's
/// findings beside the line they start on, and the section tree as a table of
/// contents linking to the headings.
///
/// Spans that overlap without nesting (a commitment clause ending inside a
/// target sentence) are split where they cross, so the marks always nest; the
/// pieces of one span share its `data-id`.
public enum ReportPageRenderer {
  /// What a mark stands for: a heading or one kind of extracted statement
  /// (the `data-kind` attribute).
  enum MarkKind: String, CaseIterable {
    case heading, quantity, commitment, target, problem

    /// The name in the legend (none for headings).
    var chineseName: String {
      switch self {
      case .heading: return "标题"
      case .quantity: return "数字"
      case .commitment: return "承诺"
      case .target: return "目标"
      case .problem: return "问题"
      }
    }
  }

  /// One span to mark: a source range, its kind, its hover text and data.
  struct MarkSpan {
    var range: SourceRange
    var kind: MarkKind
    var id: String
    var title: String
    var data: [(String, String)]
    /// Outer kinds first when two spans start and end together.
    var order: Int
  }

  /// The kinds the legend counts, in its order.
  static let legendKinds: [MarkKind] = [.quantity, .commitment, .target, .problem]

  /// An approximation's name on the page: the summary's names, but 约数
  /// for `about`, which stands alone in a figure's title.
  static func approxName(_ a: Approximation) -> String {
    a == .about ? "约数" : SummaryRenderer.approxName(a)
  }

  /// A number as written: integers without a decimal point.
  static func number(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
    return "\(v)"
  }

  /// The page for `report`, with the findings of `audit` (nil: none shown).
  public static func render(_ report: Report, audit: AuditResult? = nil) -> String {
    var page = ""
    render(report, audit: audit) { page += $0 }
    return page
  }

  /// Writes the page in pieces of about 64 KB (a long report's page is
  /// three times its text; it is never held whole).
  public static func render(_ report: Report, audit: AuditResult? = nil, to write: (String) -> Void) {
    let doc = report.document
    let src = doc.source
    let esc = HTMLFindingRenderer.escape
    func original(_ r: AnalysisRange) -> SourceRange { doc.original(r) }

    var spans: [MarkSpan] = []
    // Headings (the numbered title of a section, whose body may run on in
    // its line) are strong, outside every mark.
    for (i, sec) in doc.sections.enumerated() {
      spans.append(MarkSpan(range: sec.headingRange, kind: .heading, id: "h\(i)", title: "", data: [], order: -1))
    }
    if let tr = doc.metadata.titleRange {
      spans.append(MarkSpan(range: tr, kind: .heading, id: "title", title: "", data: [], order: -1))
    }
    for (i, p) in report.problems.enumerated() {
      spans.append(
        MarkSpan(
          range: original(p.range), kind: .problem, id: "p\(i)",
          title: "问题（\(p.category)）" + (p.marker.map { "：\($0)" } ?? ""), data: [("category", p.category.name)],
          order: 0))
    }
    for (i, c) in report.commitments.enumerated() where !c.isHeading {
      var t = "承诺（\(c.category)）"
      if let v = c.verb { t += "：\(v)" }
      if let d = c.deadline { t += " · 期限 \(d)" }
      if c.measurable { t += " · 可衡量" }
      spans.append(
        MarkSpan(
          range: original(c.range), kind: .commitment, id: "c\(i)", title: t,
          data: [("verb", c.verb ?? ""), ("category", c.category.name)], order: 1))
    }
    for (i, t) in report.targets.enumerated() {
      var title = "目标：\(t.metric)"
      if let v = t.value {
        title += " \(number(v))" + (t.high.map { "～\(number($0))" } ?? "") + (t.unit ?? "")
      }
      if let a = t.approx { title += "（\(approxName(a))）" }
      spans.append(
        MarkSpan(
          range: original(t.range), kind: .target, id: "t\(i)", title: title,
          data: [("metric", t.metric), ("horizon", t.horizon.rawValue)], order: 2))
    }
    for (i, q) in report.quantities.enumerated() {
      let value = number(q.value) + (q.high.map { "～\(number($0))" } ?? "")
      let approx = approxName(q.approx)
      var title = "\(value) \(q.unit) · \(approx)"
      if !q.subject.isEmpty { title += " · \(q.subject)" }
      if let ch = q.change { title += " · \(ch)" }
      spans.append(
        MarkSpan(
          range: original(q.range), kind: .quantity, id: "q\(i)", title: title,
          data: [("value", value), ("unit", q.unit), ("approx", q.approx.rawValue), ("subject", q.subject)],
          order: 3))
    }
    spans.sort {
      ($0.range.lowerBound, -$0.range.upperBound, $0.order) < ($1.range.lowerBound, -$1.range.upperBound, $1.order)
    }

    // Findings by the line they start on; section headings by line.
    var findingsByLine: [Int: [Finding]] = [:]
    for f in audit?.findings ?? [] { findingsByLine[src.position(f.range.lowerBound).line, default: []].append(f) }
    var sectionByLine: [Int: Int] = [:]
    for (i, s) in doc.sections.enumerated() { sectionByLine[src.position(s.headingRange.lowerBound).line] = i }
    let m = doc.metadata

    var out = head(title: m.title ?? report.path)
    out += "<header class=\"top\">\n<h1>\(esc(m.title ?? report.path))</h1>\n<dl>"
    out += "<dt>文件</dt><dd>\(esc(report.path))（\(esc(report.format.chineseName))，\(esc(report.encoding))）</dd>"
    out += "<dt>单位</dt><dd>\(esc(m.unit ?? "（未识别）"))</dd><dt>类型</dt><dd>\(esc(m.kind.chineseName))</dd>"
    if let y = m.reviewYear { out += "<dt>回顾年度</dt><dd>\(y) 年</dd>" }
    if let y = m.planYear { out += "<dt>计划年度</dt><dd>\(y) 年</dd>" }
    out += "</dl>\n<p class=\"legend\">"
    let counts: [MarkKind: Int] = [
      .quantity: report.quantities.count, .commitment: report.commitments.filter { !$0.isHeading }.count,
      .target: report.targets.count, .problem: report.problems.count,
    ]
    for kind in legendKinds {
      out += "<mark data-kind=\"\(kind.rawValue)\">\(kind.chineseName) \(counts[kind] ?? 0)</mark> "
    }
    if let a = audit {
      out += "<span class=\"finding-count\">核对：\(esc(FindingRow.counts(a)))</span>"
    }
    out += "</p>\n</header>\n"

    // The section tree.
    out += "<nav class=\"toc\"><h2>目录</h2>\n"
    func tree(_ items: [Int]) -> String {
      guard !items.isEmpty else { return "" }
      var s = "<ul>"
      for i in items {
        let sec = doc.sections[i]
        let role = sec.roleFromTitle && sec.role != .other ? "<span class=\"role\">\(sec.role.chineseName)</span>" : ""
        let heading = src.string(sec.headingRange).trimmingCharacters(in: "# *")
        s += "<li><a href=\"#s\(i)\">\(esc(heading))</a>\(role)\(tree(sec.children))</li>"
      }
      return s + "</ul>"
    }
    out += tree(doc.topLevel) + "\n</nav>\n<main>\n"

    // The text, line by line.
    var active: [MarkSpan] = []  // spans begun and not yet ended, in sort order
    var k = 0
    for li in 0..<src.lineCount {
      var lr = src.lineRange(li)
      while lr.upperBound > lr.lowerBound, src.units[lr.upperBound - 1] == 0x0A || src.units[lr.upperBound - 1] == 0x0D
      {
        lr = SourceRange(lr.lowerBound, lr.upperBound - 1)
      }
      active.removeAll { $0.range.upperBound <= lr.lowerBound }
      while k < spans.count, spans[k].range.lowerBound < lr.upperBound {
        if spans[k].range.upperBound > lr.lowerBound { active.append(spans[k]) }
        k += 1
      }
      let line = li + 1
      let findings = findingsByLine[line] ?? []
      if lr.isEmpty && findings.isEmpty { continue }
      let here = active
      let section = sectionByLine[line]
      var cls = "line"
      if let tr = doc.metadata.titleRange, lr.contains(tr.lowerBound) { cls += " title" }
      var id = "L\(line)"
      if let s = section {
        cls += " heading depth\(min(doc.sections[s].depth, 3))"
        id = "s\(s)"
      }
      out += "<div class=\"\(cls)\" id=\"\(id)\"><a class=\"ln\" href=\"#\(id)\">\(line)</a><div class=\"text\">"
      out += marked(src, lr, here)
      out += "</div>"
      if !findings.isEmpty {
        out += "<aside class=\"findings\">"
        for f in findings {
          let quote = src.string(f.range)
          out += "<div class=\"finding \(f.severity.rawValue)\"><b>\(f.severity.chineseName)</b> "
          out += "<code>\(esc(f.ruleID))</code> \(esc(f.message))"
          if !quote.isEmpty, quote.count <= 60 { out += "<q>\(esc(quote))</q>" }
          if let n = f.note { out += "<div class=\"note\">\(esc(n))</div>" }
          out += "</div>"
        }
        out += "</aside>"
      }
      out += "</div>\n"
      if out.utf8.count > 1 << 16 {
        write(out)
        out = ""
      }
    }
    out += "</main>\n</body>\n</html>\n"
    write(out)
  }

  /// The line `lr` with the spans marked, nested; markdown marks (`#`, `**`)
  /// left out of the text shown.
  static func marked(_ src: SourceText, _ lr: SourceRange, _ spans: [MarkSpan]) -> String {
    let esc = HTMLFindingRenderer.escape
    var cuts = Set([lr.lowerBound, lr.upperBound])
    for s in spans {
      cuts.insert(max(lr.lowerBound, s.range.lowerBound))
      cuts.insert(min(lr.upperBound, s.range.upperBound))
    }
    let points = cuts.sorted()
    var out = ""
    var open: [Int] = []  // indices into spans, outermost first
    var start = lr.lowerBound
    if src.units[lr.offsets].starts(with: [0x23]) {
      // Markdown heading marks are markup, not text.
      while start < lr.upperBound, src.units[start] == 0x23 { start += 1 }
      while start < lr.upperBound, src.units[start] == 0x20 { start += 1 }
    }
    for (a, b) in zip(points, points.dropFirst()) where b > a {
      let piece = max(a, start)..<b
      // The spans covering this piece, in nesting order.
      let active = spans.indices.filter { spans[$0].range.lowerBound <= a && spans[$0].range.upperBound >= b }
      var keep = 0
      while keep < open.count, keep < active.count, open[keep] == active[keep] { keep += 1 }
      for i in open[keep...].reversed() { out += spans[i].kind == .heading ? "</strong>" : "</mark>" }
      open.removeLast(open.count - keep)
      for i in active[keep...] {
        let s = spans[i]
        if s.kind == .heading {
          out += "<strong class=\"h\">"
          open.append(i)
          continue
        }
        var attrs = "data-kind=\"\(s.kind.rawValue)\" data-id=\"\(s.id)\" title=\"\(esc(s.title))\""
        for (k, v) in s.data where !v.isEmpty { attrs += " data-\(k)=\"\(esc(v))\"" }
        out += "<mark \(attrs)>"
        open.append(i)
      }
      if !piece.isEmpty { appendEscaped(src.units, piece, to: &out) }
    }
    for i in open.reversed() { out += spans[i].kind == .heading ? "</strong>" : "</mark>" }
    return out
  }

  /// Appends the text of `r` escaped for HTML, with markdown's `**` left out:
  /// on the UTF-16 units, runs of plain text copied whole.
  static func appendEscaped(_ u: [UInt16], _ r: Range<Int>, to out: inout String) {
    u.withUnsafeBufferPointer { p in
      var run = r.lowerBound
      var i = r.lowerBound
      func flush(_ end: Int) {
        if end > run { out += String(decoding: UnsafeBufferPointer(rebasing: p[run..<end]), as: UTF16.self) }
      }
      while i < r.upperBound {
        let c = p[i]
        let entity: String?
        var skip = 1
        switch c {
        case 0x26: entity = "&amp;"
        case 0x3C: entity = "&lt;"
        case 0x3E: entity = "&gt;"
        case 0x22: entity = "&quot;"
        case 0x27: entity = "&#39;"
        case 0x2A where i + 1 < r.upperBound && p[i + 1] == 0x2A:
          entity = ""
          skip = 2
        default: entity = nil
        }
        if let e = entity {
          flush(i)
          out += e
          i += skip
          run = i
        } else {
          i += 1
        }
      }
      flush(r.upperBound)
    }
  }

  static func head(title: String) -> String {
    HTMLPage.head(title: title, style: style, viewport: true)
  }

  /// The page's inline style.
  static let style = """
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      margin: 0; display: grid; grid-template-columns: 17em minmax(0, 1fr); grid-template-areas: "top top" "toc main";
      color: #222; line-height: 1.7; }
    header.top { grid-area: top; padding: 1em 2em; border-bottom: 1px solid #ddd; background: #fafafa; }
    header.top h1 { margin: 0 0 .3em; font-size: 1.4em; }
    header.top dl { display: flex; flex-wrap: wrap; gap: .2em 1.2em; margin: 0; }
    header.top dt { color: #777; } header.top dd { margin: 0 0 0 -.8em; }
    .legend mark { margin-right: .6em; }
    .finding-count { color: #555; }
    nav.toc { grid-area: toc; padding: 0 1em; border-right: 1px solid #eee; font-size: 90%; }
    nav.toc { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; }
    nav.toc ul { list-style: none; padding-left: 1em; margin: 0; }
    nav.toc > ul { padding-left: 0; }
    nav.toc a { color: #135; text-decoration: none; }
    .role { margin-left: .4em; font-size: 80%; color: #fff; background: #789; border-radius: 3px; padding: 0 .3em; }
    main { grid-area: main; padding: 1em 2em; }
    .line { display: grid; grid-template-columns: 3em minmax(0, 1fr) 22em; gap: 1em; padding: .15em 0; }
    .ln { color: #aaa; text-align: right; font-size: 80%; text-decoration: none; padding-top: .2em; }
    .heading.depth0 .h { font-size: 1.2em; }
    .heading.depth1 .h { font-size: 1.05em; }
    .title .h { font-size: 1.3em; }
    mark { background: none; color: inherit; padding: 0 1px; border-radius: 2px; }
    mark[data-kind="quantity"] { background: #ffe27a; font-weight: bold; }
    mark[data-kind="target"] { background: #c9f0c9; }
    mark[data-kind="commitment"] { border-bottom: 2px solid #4a7fd4; }
    mark[data-kind="problem"] { background: #ffd6d6; }
    .legend mark[data-kind="commitment"] { background: #e3ecfb; }
    aside.findings { grid-column: 3; font-size: 85%; }
    .finding { border-left: 4px solid #999; padding: .1em .5em; margin-bottom: .3em; background: #f6f6f6; }
    .finding.error { border-color: #c00; } .finding.error b { color: #c00; }
    .finding.warning { border-color: #d80; } .finding.warning b { color: #a60; }
    .finding.info { border-color: #28c; } .finding.info b { color: #06c; }
    .finding q { display: block; color: #555; }
    .finding .note { color: #666; }
    @media (max-width: 900px) {
      body { display: block; } .line { grid-template-columns: 2.5em minmax(0, 1fr); }
      aside.findings { grid-column: 2; }
    }

    """
}

extension String {
  /// The string without leading and trailing characters of `set`.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
