import Foundation

/// Whether a target was met.
public enum TargetStatus: String, Codable, Sendable {
  case met
  case notMet = "not_met"
  case notReported = "not_reported"
  case unclear
}

/// Whether a commitment was followed up in the next year's review.
public enum FollowUpStatus: String, Codable, Sendable {
  case followedUp = "followed_up"
  case mentionedOnly = "mentioned_only"
  case notMentioned = "not_mentioned"
}

/// Options for `compare`.
public struct CompareOptions: Sendable {
  /// Tolerance for 左右 on rates, in percentage points.
  public var rateTolerance = 0.5
  /// Tolerance for 左右 on levels, as a share of the target.
  public var levelTolerance = 0.05
  /// Treat all reports as one unit's, whatever they say.
  public var unit: String? = nil
  public init() {}
}

/// One report paired with the next year's.
public struct ReportPair: Sendable {
  public var earlier: Int
  public var later: Int
  public var targets: [TargetOutcome]
  public var commitments: [FollowUp]
  public var repeatedProblems: [ProblemPair]
  public var copied: CopiedText
}

/// A target and what the next report says happened.
public struct TargetOutcome: Sendable {
  public var target: Target
  /// The quantity in the later report's review, if found.
  public var outcome: Quantity?
  /// For a qualitative target: the best-matching review sentence and its score.
  public var evidence: (range: AnalysisRange, score: Double)?
  public var status: TargetStatus
  public var note: String
  /// The outcome figure in the target's base unit: the quantity's, or the
  /// figure stated after the metric's name when no quantity was extracted.
  public var value: Double? = nil
  /// What the outcome was read from, so that no renderer guesses it from
  /// which fields are empty.
  public var kind: OutcomeKind
}

/// What a target's outcome was read from.
public enum OutcomeKind: String, Sendable {
  /// A figure of the review (`outcome`; `evidence` may give its sentence).
  case figure
  /// A figure read from the words after the metric's name, where no figure
  /// was extracted (`evidence` is its text, `value` the figure).
  case stated
  /// A rate worked out from the review's counts (135起 of 141起, 全部整改):
  /// `evidence` is the sentence, `value` the rate.
  case derived
  /// A review sentence and no figure: the review's own verdict, or the
  /// sentence closest to a qualitative target (`evidence`).
  case evidence
  /// Nothing found.
  case none
}

/// A commitment and the passages of next year's review that answer it.
public struct FollowUp: Sendable {
  public var commitment: Int
  public var matches: [(range: AnalysisRange, score: Double)]
  public var status: FollowUpStatus
  /// Repeated word for word in the next plan without follow-up.
  public var repeatedWithoutFollowUp: Bool
  /// Why the status was given, in words for the reader (empty when only
  /// the similarity decided).
  public var reason: String = ""
}

public struct ProblemPair: Sendable {
  public var earlier: Int
  public var later: Int
  public var score: Double
}

/// Sentences of the later report that are near-copies of the earlier one's.
public struct CopiedText: Sendable {
  public var sentences: Int
  public var copiedSentences: Int
  /// (later range, earlier range, similarity), longest first.
  public var passages: [(later: AnalysisRange, earlier: AnalysisRange, score: Double)]
  public var share: Double { sentences == 0 ? 0 : Double(copiedSentences) / Double(sentences) }
}

/// A figure reported in the reviews of several years.
public struct YearSeries: Sendable {
  public var metric: String
  public var unit: String
  /// (report index, quantity index) by year, in year order.
  public var points: [(year: Int, report: Int, quantity: Int)]
  /// Changes a report states against the year before ("2036件，同比增长9.8%"),
  /// set against the two years' figures.
  public var statedChanges: [StatedChange] = []
}

/// A change a report states against the year before, checked against the
/// figure of that year's own report.
public struct StatedChange: Sendable {
  /// Index into `YearSeries.points` of the later figure (the one the change follows).
  public var point: Int
  /// Index of the stated change in that report's `quantities`.
  public var change: Int
  /// The stated change in percent, signed (下降5% → -5).
  public var stated: Double
  /// The change in percent the two years' figures give, signed.
  public var computed: Double
  /// Whether the stated change rounds to `computed` at the precision written.
  public var holds: Bool
}

/// The result of comparing a unit's reports.
public struct YearComparison: Sendable {
  public var reports: [Report]
  /// Report indices in year order.
  public var order: [Int]
  public var pairs: [ReportPair]
  public var series: [YearSeries]
  /// Notes on reports that could not be paired (other unit, gap in years).
  public var notes: [String]
}
