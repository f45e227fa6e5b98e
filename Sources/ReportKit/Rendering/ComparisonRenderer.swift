import Foundation

/// Output of `analyze compare`: text tables, JSON (docs/json.md) and Markdown.
public enum ComparisonRenderer {
  // MARK: JSON

  public struct TargetJSON: Codable, Sendable {
    public struct Side: Codable, Sendable {
      public var text: String
      public var start: Int
      public var end: Int
      public var line: Int
      public var column: Int
      public var value: Double?
      public var unit: String?
      public var approx: String?
    }
    public var metric: String
    public var target: Side
    public var outcome: Side?
    public var evidence: Side?
    public var status: String
    public var note: String
  }

  public struct MatchJSON: Codable, Sendable {
    public var span: Span
    public var score: Double
  }

  public struct CommitmentJSON: Codable, Sendable {
    public var text: String
    public var span: Span
    public var isHeading: Bool
    public var status: String
    public var repeatedWithoutFollowUp: Bool
    /// Why the status was given (empty when the similarity alone decided).
    public var reason: String
    public var matches: [MatchJSON]
  }

  public struct ProblemJSON: Codable, Sendable {
    public var earlier: Span
    public var later: Span
    public var score: Double
  }

  public struct CopyJSON: Codable, Sendable {
    public var sentences: Int
    public var copiedSentences: Int
    public var share: Double
    public var passages: [ProblemJSON]
  }

  public struct PairJSON: Codable, Sendable {
    public var earlier: String
    public var later: String
    public var year: Int?
    public var targets: [TargetJSON]
    public var commitments: [CommitmentJSON]
    public var repeatedProblems: [ProblemJSON]
    public var copiedText: CopyJSON
  }

  public struct SeriesJSON: Codable, Sendable {
    public struct Point: Codable, Sendable {
      public var year: Int
      public var file: String
      public var value: Double
      public var text: String
      public var span: Span
      public var change: Double?
      /// The change the report states against the year before, if it does.
      public var statedChange: StatedChangeJSON?
    }
    /// "同比增长9.8%" after a figure, against the two years' figures.
    public struct StatedChangeJSON: Codable, Sendable {
      public var text: String
      public var span: Span
      /// The stated change in percent, signed as the text reads it.
      public var stated: Double
      public var computed: Double
      public var holds: Bool
    }
    public var metric: String
    public var unit: String
    public var points: [Point]
  }

  public struct ResultJSON: Codable, Sendable {
    public var schemaVersion: Int
    public var reports: [String]
    public var pairs: [PairJSON]
    public var series: [SeriesJSON]
    public var notes: [String]
  }

  static func span(_ r: Report, _ a: AnalysisRange) -> Span {
    r.document.source.span(r.document.original(a))
  }

  static func side(_ r: Report, _ a: AnalysisRange, value: Double?, unit: String?, approx: String?) -> TargetJSON.Side {
    let s = span(r, a)
    return .init(
      text: s.text, start: s.start, end: s.end, line: s.line, column: s.column, value: value, unit: unit, approx: approx
    )
  }

  public static func model(_ c: YearComparison) -> ResultJSON {
    let all = c.reports
    let pairs = c.pairs.map { p -> PairJSON in
      let older = all[p.earlier]
      let newer = all[p.later]
      let targets = p.targets.map { t -> TargetJSON in
        TargetJSON(
          metric: t.target.metric,
          target: side(
            older, t.target.range, value: t.target.value, unit: t.target.unit, approx: t.target.approx?.rawValue),
          outcome: t.outcome.map {
            side(newer, $0.range, value: $0.normalizedValue, unit: $0.baseUnit, approx: $0.approx.rawValue)
          },
          evidence: t.evidence.map { side(newer, $0.range, value: nil, unit: nil, approx: nil) },
          status: t.status.rawValue, note: t.note)
      }
      let commitments = p.commitments.map { f -> CommitmentJSON in
        let c = older.commitments[f.commitment]
        return CommitmentJSON(
          text: older.text(of: c), span: span(older, c.range), isHeading: c.isHeading, status: f.status.rawValue,
          repeatedWithoutFollowUp: f.repeatedWithoutFollowUp, reason: f.reason,
          matches: f.matches.map { MatchJSON(span: span(newer, $0.range), score: ($0.score * 1000).rounded() / 1000) })
      }
      let problems = p.repeatedProblems.map {
        ProblemJSON(
          earlier: span(older, older.problems[$0.earlier].range), later: span(newer, newer.problems[$0.later].range),
          score: ($0.score * 1000).rounded() / 1000)
      }
      let copy = CopyJSON(
        sentences: p.copied.sentences, copiedSentences: p.copied.copiedSentences,
        share: (p.copied.share * 1000).rounded() / 1000,
        passages: p.copied.passages.map {
          ProblemJSON(
            earlier: span(older, $0.earlier), later: span(newer, $0.later), score: ($0.score * 1000).rounded() / 1000)
        })
      return PairJSON(
        earlier: older.path, later: newer.path, year: newer.document.metadata.reviewYear, targets: targets,
        commitments: commitments,
        repeatedProblems: problems, copiedText: copy)
    }
    let series = c.series.map { s -> SeriesJSON in
      var prev: Double? = nil
      let points = s.points.enumerated().map { k, pt -> SeriesJSON.Point in
        let r = all[pt.report]
        let q = r.quantities[pt.quantity]
        let change = prev.map { q.normalizedValue - $0 }
        prev = q.normalizedValue
        let stated = s.statedChanges.first { $0.point == k }.map { sc -> SeriesJSON.StatedChangeJSON in
          let z = r.quantities[sc.change]
          return .init(
            text: (z.change ?? "") + r.document.text(z.range), span: span(r, z.range), stated: sc.stated,
            computed: (sc.computed * 1000).rounded() / 1000, holds: sc.holds)
        }
        return .init(
          year: pt.year, file: r.path, value: q.normalizedValue, text: r.document.text(q.range),
          span: span(r, q.range), change: change, statedChange: stated)
      }
      return SeriesJSON(metric: s.metric, unit: s.unit, points: points)
    }
    return ResultJSON(
      schemaVersion: ReportJSON.schemaVersion, reports: c.order.map { all[$0].path }, pairs: pairs, series: series,
      notes: c.notes)
  }

  public static func json(_ c: YearComparison) -> String { ReportJSON.encode(model(c)) }

  // MARK: Text and Markdown

  static let statusName: [String: String] = [
    "met": "达成", "not_met": "未达成", "not_reported": "未报告", "unclear": "无法判断",
    "followed_up": "已落实", "mentioned_only": "仅提及", "not_mentioned": "未提及",
  ]

  /// The comparison as text (`markdown: false`) or Markdown: the one
  /// `ComparisonBlocks` model of its lines, given to the text or the Markdown
  /// renderer.
  public static func text(_ c: YearComparison, markdown: Bool = false) -> String {
    let blocks = ComparisonBlocks(model(c))
    return markdown ? blocks.markdown() : blocks.text()
  }
}

// MARK: HTML

extension ComparisonRenderer {
  /// `analyze compare --format html`: one standalone page (inline CSS, no
  /// script) with, for each pair of years, the target → outcome table with
  /// each status coloured, the commitments and their follow-up (in a
  /// `<details>` that opens without JavaScript), repeated problems and copied
  /// text, then the figures year by year.
  public static func html(_ c: YearComparison) -> String {
    let m = model(c)
    let esc = HTMLFindingRenderer.escape
    var out = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>年度对照</title>
      <style>
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
      </style>
      </head>
      <body>
      <h1>年度对照</h1>
      <p>\(m.reports.map(esc).joined(separator: " → "))</p>

      """
    func status(_ s: String) -> String {
      "<span class=\"status \(esc(s))\">\(esc(statusName[s] ?? s))</span>"
    }
    func cell(_ text: String, line: Int?) -> String {
      esc(text) + (line.map { " <span class=\"line\">第 \($0) 行</span>" } ?? "")
    }
    for n in m.notes { out += "<p class=\"notes\">注意：\(esc(n))</p>\n" }
    for p in m.pairs {
      out += "<h2>\(esc(p.earlier)) 的计划 ↔ \(esc(p.later)) 的回顾\(p.year.map { "（\($0) 年）" } ?? "")</h2>\n"
      if !p.targets.isEmpty {
        let counts = Dictionary(grouping: p.targets, by: \.status).mapValues(\.count)
        out +=
          "<h3>目标完成情况（"
          + ["met", "not_met", "not_reported", "unclear"].map {
            "\(statusName[$0] ?? $0) \(counts[$0] ?? 0)"
          }.joined(separator: "，") + "）</h3>\n"
        out += "<table class=\"targets\">\n<tr><th>指标</th><th>目标</th><th>实际</th><th>结论</th><th>说明</th></tr>\n"
        for t in p.targets {
          let outcome =
            t.outcome.map { cell($0.text, line: $0.line) }
            ?? t.evidence.map { "“" + cell($0.text, line: $0.line) + "”" } ?? "—"
          out +=
            "<tr class=\"target \(esc(t.status))\"><td>\(esc(t.metric))</td><td>\(cell(t.target.text, line: t.target.line))</td>"
          out += "<td>\(outcome)</td><td>\(status(t.status))</td><td>\(esc(t.note))</td></tr>\n"
        }
        out += "</table>\n"
      }
      if !p.commitments.isEmpty {
        let counts = Dictionary(grouping: p.commitments, by: \.status).mapValues(\.count)
        out += "<details><summary><h3 style=\"display:inline\">承诺落实情况（已落实 \(counts["followed_up"] ?? 0)，"
        out += "仅提及 \(counts["mentioned_only"] ?? 0)，未提及 \(counts["not_mentioned"] ?? 0)）</h3></summary>\n"
        out += "<table class=\"commitments\">\n<tr><th>承诺</th><th>结论</th><th>最相近的语句（相似度）</th><th>依据</th></tr>\n"
        for cm in p.commitments {
          let warn = cm.repeatedWithoutFollowUp ? " <span class=\"warn\">⚠ 次年计划原样重复</span>" : ""
          let match =
            cm.matches.first.map {
              cell(String($0.span.text.prefix(60)), line: $0.span.line) + "（\(format($0.score, digits: 2))）"
            } ?? "—"
          out +=
            "<tr><td>\(cell(cm.text, line: cm.span.line))\(warn)</td><td>\(status(cm.status))</td><td>\(match)</td>"
            + "<td>\(esc(cm.reason.isEmpty ? "—" : cm.reason))</td></tr>\n"
        }
        out += "</table>\n</details>\n"
      }
      if !p.repeatedProblems.isEmpty {
        out += "<h3>连年出现的问题</h3>\n<table>\n<tr><th>上一年</th><th>本年</th><th>相似度</th></tr>\n"
        for r in p.repeatedProblems {
          out +=
            "<tr><td>\(cell(r.earlier.text, line: r.earlier.line))</td><td>\(cell(r.later.text, line: r.later.line))</td>"
          out += "<td>\(format(r.score, digits: 2))</td></tr>\n"
        }
        out += "</table>\n"
      }
      let ct = p.copiedText
      out += "<h3>照搬上一年的文字：\(ct.copiedSentences) / \(ct.sentences) 句（\(format(ct.share * 100, digits: 1))%）</h3>\n"
      if !ct.passages.isEmpty {
        out += "<table>\n<tr><th>本年</th><th>上一年</th><th>相似度</th></tr>\n"
        for x in ct.passages.prefix(10) {
          out += "<tr><td>\(cell(String(x.later.text.prefix(80)), line: x.later.line))</td>"
          out +=
            "<td>\(cell(String(x.earlier.text.prefix(80)), line: x.earlier.line))</td><td>\(format(x.score, digits: 2))</td></tr>\n"
        }
        out += "</table>\n"
      }
    }
    if !m.series.isEmpty {
      out += "<h2>逐年数字</h2>\n<table>\n<tr><th>指标</th><th>单位</th><th>各年数值（增减）</th></tr>\n"
      for s in m.series {
        let points = s.points.map { p in
          "\(p.year)：\(format(p.value))" + (p.change.map { "（\($0 >= 0 ? "+" : "")\(format($0))）" } ?? "")
            + (p.statedChange.map {
              "，报告称\(esc($0.text))，按两年数值为 \(format($0.computed, digits: 2))%"
                + ($0.holds ? "，相符" : "，<span class=\"warn\">⚠ 不符</span>")
            } ?? "")
        }
        out += "<tr><td>\(esc(s.metric))</td><td>\(esc(s.unit))</td><td>\(points.joined(separator: "；"))</td></tr>\n"
      }
      out += "</table>\n"
    }
    return out + "</body>\n</html>\n"
  }
}
