import Foundation

/// What `analyze compare` says in its text, Markdown and HTML outputs, as one
/// model: blocks in order (a title, notes, headings, captions, tables of
/// typed cells), built once from the comparison's JSON model. `text()`,
/// `markdown()` and `html()` are its three renderers; none decides what is
/// said, only how a kind of cell is written (text puts a passage's line in
/// words, HTML in a grey span; text quotes shorter excerpts).
struct ComparisonBlocks {
  enum Block: Equatable {
    /// The reports compared, in order.
    case title([String])
    /// A note on what could not be compared.
    case note(String)
    /// An empty line (text and Markdown).
    case blank
    /// A pair of years: the plan's report, the review's, the year reviewed.
    case pair(earlier: String, later: String, year: Int?)
    /// A heading of its own (the year-by-year figures).
    case heading(String)
    /// What the next table (if any) shows; `colon` ends it with ： in text;
    /// `tally` is said after it in HTML (how many of each status); `folded`
    /// puts it and its table in a `<details>` in HTML.
    case caption(String, colon: Bool, tally: String? = nil, folded: Bool = false)
    case table(Table)
  }

  /// A table: its kind (HTML marks targets' and commitments' tables and rows),
  /// its columns and its rows of cells.
  struct Table: Equatable {
    enum Kind: Equatable { case targets, commitments, problems, copied, series }
    var kind: Kind
    var head: [Column]
    var rows: [[Cell]]
  }

  /// A column's title; `lines` says that text's cells give a line number in
  /// words (本年（行）), where HTML marks it in every passage.
  struct Column: Equatable {
    var title: String
    var lines = false
  }

  /// One cell, by what it holds.
  enum Cell: Equatable {
    /// Words as they are.
    case text(String)
    /// A status (met, followed_up …), by its JSON name.
    case status(String)
    /// A passage and its line: a target or the figure that met it.
    case located(String, line: Int)
    /// A passage quoted as evidence (a sentence, not a figure).
    case quoted(String, line: Int)
    /// A rate worked out from the counts of the sentence at a line.
    case derived(Double, unit: String, line: Int)
    /// A commitment: a heading's or not, repeated the next year unchanged or not.
    case commitment(String, line: Int, heading: Bool, repeated: Bool)
    /// The closest passage of the next review and its similarity.
    case match(String, line: Int, score: Double)
    /// A problem's passage (text gives its words only).
    case problem(String, line: Int)
    /// A copied passage of this year (`later`) or of the year before.
    case copied(String, line: Int, later: Bool)
    /// Words with warnings among them (⚠ 不符).
    case runs([Run])
  }

  enum Run: Equatable {
    case text(String)
    case warning(String)
  }

  var blocks: [Block] = []

  init(_ m: ComparisonRenderer.ResultJSON) {
    let statusName = ComparisonRenderer.statusName
    blocks.append(.title(m.reports))
    blocks.append(.blank)
    for n in m.notes { blocks.append(.note(n)) }
    for p in m.pairs {
      blocks.append(.pair(earlier: p.earlier, later: p.later, year: p.year))
      blocks.append(.blank)
      if !p.targets.isEmpty {
        let counts = Dictionary(grouping: p.targets, by: \.status).mapValues(\.count)
        let tally = ["met", "not_met", "not_reported", "unclear"].map { "\(statusName[$0] ?? $0) \(counts[$0] ?? 0)" }
        blocks.append(.caption("目标完成情况", colon: true, tally: tally.joined(separator: "，")))
        blocks.append(
          .table(
            Table(
              kind: .targets, head: ["指标", "目标", "实际", "结论", "说明"].map { Column(title: $0) },
              rows: p.targets.map { t in
                [
                  .text(t.metric), .located(t.target.text, line: t.target.line),
                  Self.outcome(t),
                  .status(t.status), .text(t.note),
                ]
              })))
      }
      if !p.commitments.isEmpty {
        let counts = Dictionary(grouping: p.commitments, by: \.status).mapValues(\.count)
        blocks.append(
          .caption(
            "承诺落实情况（已落实 \(counts["followed_up"] ?? 0)，仅提及 \(counts["mentioned_only"] ?? 0)，未提及 \(counts["not_mentioned"] ?? 0)）",
            colon: true, folded: true))
        blocks.append(
          .table(
            Table(
              kind: .commitments, head: ["承诺", "结论", "最相近的语句（相似度）", "依据"].map { Column(title: $0) },
              rows: p.commitments.map { c in
                [
                  .commitment(c.text, line: c.span.line, heading: c.isHeading, repeated: c.repeatedWithoutFollowUp),
                  .status(c.status),
                  c.matches.first.map { .match($0.span.text, line: $0.span.line, score: $0.score) } ?? .text("—"),
                  .text(c.reason.isEmpty ? "—" : c.reason),
                ]
              })))
      }
      if !p.repeatedProblems.isEmpty {
        blocks.append(.caption("连年出现的问题", colon: true))
        blocks.append(
          .table(
            Table(
              kind: .problems, head: ["上一年", "本年", "相似度"].map { Column(title: $0) },
              rows: p.repeatedProblems.map {
                [
                  .problem($0.earlier.text, line: $0.earlier.line), .problem($0.later.text, line: $0.later.line),
                  .text(format($0.score, digits: 2)),
                ]
              })))
      }
      let ct = p.copiedText
      blocks.append(
        .caption(
          "照搬上一年的文字：\(ct.copiedSentences) / \(ct.sentences) 句（\(format(ct.share * 100, digits: 1))%）",
          colon: !ct.passages.isEmpty))
      if !ct.passages.isEmpty {
        blocks.append(
          .table(
            Table(
              kind: .copied,
              head: [Column(title: "本年", lines: true), Column(title: "上一年", lines: true), Column(title: "相似度")],
              rows: ct.passages.prefix(10).map {
                [
                  .copied($0.later.text, line: $0.later.line, later: true),
                  .copied($0.earlier.text, line: $0.earlier.line, later: false),
                  .text(format($0.score, digits: 2)),
                ]
              })))
      }
    }
    if !m.series.isEmpty {
      blocks.append(.heading("逐年数字"))
      blocks.append(.blank)
      blocks.append(
        .table(
          Table(
            kind: .series, head: ["指标", "单位", "各年数值（增减）"].map { Column(title: $0) },
            rows: m.series.map { s in
              var runs: [Run] = []
              for (k, p) in s.points.enumerated() {
                var words = (k > 0 ? "；" : "") + "\(p.year)：\(format(p.value))"
                if let c = p.change { words += "（\(c >= 0 ? "+" : "")\(format(c))）" }
                if let sc = p.statedChange {
                  runs.append(.text(words + "，报告称\(sc.text)，按两年数值为 \(format(sc.computed, digits: 2))%，"))
                  runs.append(sc.holds ? .text("相符") : .warning("⚠ 不符"))
                } else {
                  runs.append(.text(words))
                }
              }
              return [.text(s.metric), .text(s.unit), .runs(runs)]
            })))
    }
  }

  /// The 实际 cell of a target, by what its outcome was read from.
  static func outcome(_ t: ComparisonRenderer.TargetJSON) -> Cell {
    switch OutcomeKind(rawValue: t.kind) ?? .none {
    case .figure, .stated: return t.outcome.map { .located($0.text, line: $0.line) } ?? .text("—")
    case .derived:
      return t.outcome.map { .derived($0.value ?? 0, unit: $0.unit ?? "", line: $0.line) } ?? .text("—")
    case .evidence: return t.evidence.map { .quoted($0.text, line: $0.line) } ?? .text("—")
    case .none: return .text("—")
    }
  }

  /// A cell in plain words (text and Markdown).
  static func words(_ c: Cell) -> String {
    switch c {
    case .text(let s): return s
    case .status(let s): return ComparisonRenderer.statusName[s] ?? s
    case .located(let s, let line): return "\(s)（第 \(line) 行）"
    case .quoted(let s, _): return "“\(s)”"
    case .derived(let v, let unit, let line): return "\(format(v, digits: 1))\(unit)（第 \(line) 行推算）"
    case .commitment(let s, _, let heading, let repeated):
      return (heading ? "【小标题】" : "") + s + (repeated ? "　⚠ 次年计划原样重复" : "")
    case .match(let s, let line, let score): return "第 \(line) 行“\(s.prefix(40))…”（\(format(score, digits: 2))）"
    case .problem(let s, _): return s
    case .copied(let s, let line, let later): return later ? "第 \(line) 行“\(s.prefix(50))…”" : "第 \(line) 行"
    case .runs(let runs):
      return runs.map {
        switch $0 {
        case .text(let s), .warning(let s): return s
        }
      }.joined()
    }
  }

  /// The words of a pair's heading in text and Markdown.
  static func pairTitle(_ earlier: String, _ later: String, _ year: Int?) -> String {
    "\(earlier) 的计划 ↔ \(later) 的回顾（\(year.map { "\($0) 年" } ?? "")）"
  }

  /// Plain text: tables as rows of cells joined by ideographic spaces.
  func text() -> String {
    var out = ""
    func line(_ s: String = "") { out += s + "\n" }
    for b in blocks {
      switch b {
      case .title(let reports): line("年度对照：" + reports.joined(separator: " → "))
      case .note(let s): line("注意：\(s)")
      case .blank: line()
      case .pair(let e, let l, let y): line("== \(Self.pairTitle(e, l, y)) ==")
      case .heading(let s): line("== \(s) ==")
      case .caption(let s, let colon, _, _): line(s + (colon ? "：" : ""))
      case .table(let t):
        line(t.head.map { $0.title + ($0.lines ? "（行）" : "") }.joined(separator: "　"))
        for r in t.rows { line("  " + r.map(Self.words).joined(separator: "　")) }
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
      case .note(let s): line("注意：\(s)")
      case .blank: line()
      case .pair(let e, let l, let y): line("## \(Self.pairTitle(e, l, y))")
      case .heading(let s): line("## \(s)")
      case .caption(let s, _, _, _): line("### \(s)")
      case .table(let t):
        let head = t.head.map { $0.title + ($0.lines ? "（行）" : "") }
        line("| " + head.joined(separator: " | ") + " |")
        line("|" + head.map { _ in "---" }.joined(separator: "|") + "|")
        for r in t.rows {
          line(
            "| " + r.map { Self.words($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        line()
      }
    }
    return out
  }
}
