/// The readable summary `analyze FILE` prints.
public enum SummaryRenderer {
  public static func render(_ report: Report) -> String {
    var out = ""
    render(report) { out += $0 }
    return out
  }

  /// Renders the summary in pieces of about 64 KB, handed to `write` in
  /// order (a long report's summary is never held whole).
  public static func render(_ report: Report, to write: (String) -> Void) {
    var out = ""
    func line(_ s: String) {
      out += s
      out += "\n"
      if out.utf8.count >= 1 << 16 {
        write(out)
        out = ""
      }
    }
    body(report, line)
    if !out.isEmpty { write(out) }
  }

  static func body(_ report: Report, _ line: (String) -> Void) {
    let doc = report.document
    let m = doc.metadata
    let from = report.format == .text ? report.encoding : "\(report.format.chineseName)，\(report.encoding)"
    line("文件：\(report.path)（\(from)）")
    line("标题：\(m.title ?? "（未识别）")")
    line("单位：\(m.unit ?? "（未识别）")　类型：\(m.kind.chineseName)")
    let review = m.reviewYear.map { "\($0) 年" } ?? "（未识别）"
    let plan = m.planYear.map { "\($0) 年" } ?? "（未识别）"
    var years = "回顾年度：\(review)　计划年度：\(plan)"
    if let d = m.deliveredYear, m.kind == .governmentWork { years += "　作报告年份：\(d) 年" }
    line(years)
    line("")
    line("结构（\(doc.sections.count) 个标题）：")
    for s in doc.sections {
      let indent = String(repeating: "  ", count: s.depth + 1)
      let marker = s.marker.map { doc.source.string($0.range) } ?? ""
      let pos = doc.source.position(s.headingRange.lowerBound)
      let role = s.roleFromTitle || s.parent == nil ? "［\(s.role.chineseName)］" : ""
      line("\(indent)\(marker)\(s.title)　\(role)　第 \(pos.line) 行")
    }
    if !doc.joins.isEmpty {
      line("")
      line("被分页截断后接合的段落（\(doc.joins.count) 处）：")
      for j in doc.joins {
        let a = doc.source.position(j.before.lowerBound)
        let b = doc.source.position(j.after.lowerBound)
        line("  第 \(a.line) 行“\(doc.source.string(j.before))” + 第 \(b.line) 行“\(doc.source.string(j.after))”")
      }
    }
    if !report.quantities.isEmpty {
      line("")
      line("数字（\(report.quantities.count) 个，按章节）：")
      // Indices, not copies, of the figures of each section.
      var bySection: [Int?: [Int]] = [:]
      var order: [Int?] = []
      for (i, q) in report.quantities.enumerated() {
        if bySection[q.section] == nil { order.append(q.section) }
        bySection[q.section, default: []].append(i)
      }
      for key in order {
        let title =
          key.map { i -> String in
            let s = doc.sections[i]
            return (s.marker.map { doc.source.string($0.range) } ?? "") + s.title
          } ?? "（开头）"
        line("  \(title)")
        line("    行:列　　原文　　　　数值　　约数　　单位　　所计之事　　范围")
        for i in bySection[key]! {
          let q = report.quantities[i]
          let span = doc.source.span(doc.original(q.range))
          let value = q.high.map { "\(num(q.value))–\(num($0))" } ?? num(q.value)
          line(
            "    \(span.line):\(span.column)　\(span.text.replacingOccurrences(of: "\n", with: ""))　\(value)　\(approxName(q.approx))　\(q.unit)　\(q.subject.isEmpty ? "—" : q.subject)　\(q.scope ?? "—")"
          )
        }
      }
    }
    if !report.problems.isEmpty {
      line("")
      line("存在问题（\(report.problems.count) 条）：")
      for p in report.problems {
        let pos = doc.source.position(doc.original(p.range).lowerBound)
        line("  第 \(pos.line) 行：\(p.text)")
      }
    }
    if !report.commitments.isEmpty {
      line("")
      let measurable = report.commitments.filter(\.measurable).count
      line("承诺（\(report.commitments.count) 条，可衡量 \(measurable) 条）：")
      for (i, c) in report.commitments.enumerated() {
        let depth = c.isHeading ? 1 : (c.parent == nil ? 1 : 2)
        let mark = c.measurable ? "［可衡量］" : ""
        line(String(repeating: "  ", count: depth) + "\(i). \(report.text(of: c))\(mark)")
      }
    }
    if !report.targets.isEmpty {
      line("")
      line("目标（\(report.targets.count) 个）：")
      for t in report.targets {
        let v = t.value.map { num($0) + (t.high.map { "–" + num($0) } ?? "") + (t.unit ?? "") } ?? "（定性）"
        let approx = t.approx.map { approxName($0) } ?? ""
        line("  \(t.metric)：\(v) \(approx)　［\(t.horizon.rawValue)］")
      }
    }
    // Sections, figures, commitments and problems (targets are not shown).
    let cats = report.categoryCounts().mapValues { [$0.sections, $0.quantities, $0.commitments, $0.problems] }
      .filter { $0.value.contains { $0 > 0 } }
    if !cats.isEmpty {
      line("")
      line("分类（章节 / 数字 / 承诺 / 问题）：")
      for (c, n) in cats.sorted(by: { ($0.value.reduce(0, +), $1.key) > ($1.value.reduce(0, +), $0.key) }) {
        line("  \(c)：\(n[0]) / \(n[1]) / \(n[2]) / \(n[3])")
      }
    }
    line("")
    let chars = doc.source.scalarOffset(doc.source.units.count)
    line("统计：\(chars) 字符，\(doc.source.lineCount) 行，\(doc.paragraphCount) 段，\(report.quantities.count) 个数字")
  }

  static func num(_ v: Double) -> String {
    if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
    var s = String(v)
    if s.contains("e") { s = String(describing: v) }
    return s
  }

  static func approxName(_ a: Approximation) -> String {
    switch a {
    case .exact: return "确数"
    case .about: return "约"
    case .moreThan: return "多于"
    case .atLeast: return "不少于"
    case .lessThan: return "不到"
    case .atMost: return "不超过"
    case .nearly: return "近"
    }
  }
}
