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
    /// What the outcome was read from (`OutcomeKind`): figure, stated (a
    /// figure after the metric's name), derived (a rate worked out from
    /// counts: `outcome` spans its sentence), evidence (a sentence, no
    /// figure) or none.
    public var kind: String
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
        // A figure read from the words after the metric's name (农村贫困人口减少1109万)
        // or a rate worked out from counts has no quantity: its span and value
        // are the outcome, not evidence.
        let stated = t.kind == .stated || t.kind == .derived ? t.evidence?.range : nil
        return TargetJSON(
          metric: t.target.metric,
          target: side(
            older, t.target.range, value: t.target.value, unit: t.target.unit, approx: t.target.approx?.rawValue),
          outcome: t.outcome.map {
            side(newer, $0.range, value: $0.normalizedValue, unit: $0.baseUnit, approx: $0.approx.rawValue)
          }
            ?? stated.map { side(newer, $0, value: t.value, unit: t.target.unit, approx: Approximation.exact.rawValue) },
          evidence: stated == nil ? t.evidence.map { side(newer, $0.range, value: nil, unit: nil, approx: nil) } : nil,
          kind: t.kind.rawValue, status: t.status.rawValue, note: t.note)
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
  /// text, then the figures year by year: the `ComparisonBlocks` model, as
  /// the text and Markdown outputs render it.
  public static func html(_ c: YearComparison) -> String { ComparisonBlocks(model(c)).html() }
}
