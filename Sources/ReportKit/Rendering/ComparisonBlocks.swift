import Foundation

/// The lines of `analyze compare`'s text and Markdown output as one model:
/// what is said, in order, as blocks (a title, headings, captions, tables),
/// built once from the comparison's JSON model. `text()` and `markdown()` are
/// its two renderers; neither decides what is said.
struct ComparisonBlocks {
  enum Block: Equatable {
    /// The reports compared, in order.
    case title([String])
    /// A line as it is (a note).
    case line(String)
    /// An empty line.
    case blank
    /// A pair of years or the year-by-year figures.
    case heading(String)
    /// What the next table (if any) shows; `colon` ends it with ： in text.
    case caption(String, colon: Bool)
    case table(head: [String], rows: [[String]])
  }

  var blocks: [Block] = []

  init(_ m: ComparisonRenderer.ResultJSON) {
    let statusName = ComparisonRenderer.statusName
    blocks.append(.title(m.reports))
    blocks.append(.blank)
    for n in m.notes { blocks.append(.line("注意：\(n)")) }
    for p in m.pairs {
      blocks.append(.heading("\(p.earlier) 的计划 ↔ \(p.later) 的回顾（\(p.year.map { "\($0) 年" } ?? "")）"))
      blocks.append(.blank)
      if !p.targets.isEmpty {
        blocks.append(.caption("目标完成情况", colon: true))
        blocks.append(
          .table(
            head: ["指标", "目标", "实际", "结论", "说明"],
            rows: p.targets.map { t in
              [
                t.metric, "\(t.target.text)（第 \(t.target.line) 行）",
                t.outcome.map { "\($0.text)（第 \($0.line) 行）" } ?? (t.evidence.map { "“\($0.text)”" } ?? "—"),
                statusName[t.status] ?? t.status, t.note,
              ]
            }))
      }
      if !p.commitments.isEmpty {
        let counts = Dictionary(grouping: p.commitments, by: \.status).mapValues(\.count)
        blocks.append(
          .caption(
            "承诺落实情况（已落实 \(counts["followed_up"] ?? 0)，仅提及 \(counts["mentioned_only"] ?? 0)，未提及 \(counts["not_mentioned"] ?? 0)）",
            colon: true))
        blocks.append(
          .table(
            head: ["承诺", "结论", "最相近的语句（相似度）", "依据"],
            rows: p.commitments.map { c in
              [
                (c.isHeading ? "【小标题】" : "") + c.text + (c.repeatedWithoutFollowUp ? "　⚠ 次年计划原样重复" : ""),
                statusName[c.status] ?? c.status,
                c.matches.first.map {
                  "第 \($0.span.line) 行“\($0.span.text.prefix(40))…”（\(format($0.score, digits: 2))）"
                }
                  ?? "—",
                c.reason.isEmpty ? "—" : c.reason,
              ]
            }))
      }
      if !p.repeatedProblems.isEmpty {
        blocks.append(.caption("连年出现的问题", colon: true))
        blocks.append(
          .table(
            head: ["上一年", "本年", "相似度"],
            rows: p.repeatedProblems.map { [$0.earlier.text, $0.later.text, format($0.score, digits: 2)] }))
      }
      let ct = p.copiedText
      blocks.append(
        .caption(
          "照搬上一年的文字：\(ct.copiedSentences) / \(ct.sentences) 句（\(format(ct.share * 100, digits: 1))%）",
          colon: !ct.passages.isEmpty))
      if !ct.passages.isEmpty {
        blocks.append(
          .table(
            head: ["本年（行）", "上一年（行）", "相似度"],
            rows: ct.passages.prefix(10).map {
              [
                "第 \($0.later.line) 行“\($0.later.text.prefix(50))…”", "第 \($0.earlier.line) 行",
                format($0.score, digits: 2),
              ]
            }))
      }
    }
    if !m.series.isEmpty {
      blocks.append(.heading("逐年数字"))
      blocks.append(.blank)
      blocks.append(
        .table(
          head: ["指标", "单位"] + ["各年数值（增减）"],
          rows: m.series.map { s in
            [
              s.metric, s.unit,
              s.points.map { p in
                "\(p.year)：\(format(p.value))" + (p.change.map { "（\($0 >= 0 ? "+" : "")\(format($0))）" } ?? "")
                  + (p.statedChange.map {
                    "，报告称\($0.text)，按两年数值为 \(format($0.computed, digits: 2))%"
                      + ($0.holds ? "，相符" : "，⚠ 不符")
                  } ?? "")
              }
              .joined(separator: "；"),
            ]
          }))
    }
  }

  /// Plain text: tables as rows of cells joined by ideographic spaces.
  func text() -> String {
    var out = ""
    func line(_ s: String = "") { out += s + "\n" }
    for b in blocks {
      switch b {
      case .title(let reports): line("年度对照：" + reports.joined(separator: " → "))
      case .line(let s): line(s)
      case .blank: line()
      case .heading(let s): line("== \(s) ==")
      case .caption(let s, let colon): line(s + (colon ? "：" : ""))
      case .table(let head, let rows):
        line(head.joined(separator: "　"))
        for r in rows { line("  " + r.joined(separator: "　")) }
        line()
      }
    }
    return out
  }

  /// Markdown: headings at levels 1–3, tables as pipe tables.
  func markdown() -> String {
    var out = ""
    func line(_ s: String = "") { out += s + "\n" }
    for b in blocks {
      switch b {
      case .title: line("# 年度对照")
      case .line(let s): line(s)
      case .blank: line()
      case .heading(let s): line("## \(s)")
      case .caption(let s, _): line("### \(s)")
      case .table(let head, let rows):
        line("| " + head.joined(separator: " | ") + " |")
        line("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
        for r in rows {
          line("| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        line()
      }
    }
    return out
  }
}
