import ArgumentParser
import Foundation
import ReportKit

/// One output format of a command: a type that renders the command's model,
/// registered once in the command's `FormatRegistry`. `--format` takes the
/// registered names, and its help lists them.
protocol Reporter<Model> {
  associatedtype Model
  /// The `--format` value.
  static var name: String { get }
  /// The whole output for the model.
  static func render(_ model: Model) -> String
  /// Whether the audit's coverage goes to standard error beside this output
  /// (formats read by people; machine formats keep standard error quiet).
  static var coverageOnStandardError: Bool { get }
  /// Writes the whole output for the model to standard output: `render`'s
  /// text, unless the reporter has a faster way to the same bytes.
  static func write(_ model: Model)
}

extension Reporter {
  static var coverageOnStandardError: Bool { false }
  static func write(_ model: Model) { writeOut(render(model)) }
}

/// The formats of one command, in the order `--help` lists them; the first is
/// the default. An entry is a reporter type: a whole-output `Reporter`
/// (`audit`, `compare`) or a `StreamReporter` (`summary`, `batch`).
protocol FormatRegistry {
  associatedtype Entry
  static var reporters: [Entry] { get }
  /// The `--format` value of an entry.
  static func name(of entry: Entry) -> String
}

extension FormatRegistry {
  /// The names, joined for a help text (text、json、…).
  static var names: String { reporters.map { name(of: $0) }.joined(separator: "、") }
}

/// A `--format` value: one of the registry's reporters.
struct FormatChoice<Registry: FormatRegistry>: ExpressibleByArgument {
  let reporter: Registry.Entry

  init?(argument: String) {
    guard let r = Registry.reporters.first(where: { Registry.name(of: $0) == argument }) else { return nil }
    reporter = r
  }

  /// The registry's first format.
  static var standard: Self { Self(argument: Registry.name(of: Registry.reporters[0]))! }

  static var allValueStrings: [String] { Registry.reporters.map { Registry.name(of: $0) } }

  var defaultValueDescription: String { name }

  var name: String { Registry.name(of: reporter) }
}

// MARK: audit

enum AuditReporters: FormatRegistry {
  static let reporters: [any Reporter<[AuditResult]>.Type] = [
    AuditText.self, AuditJSON.self, AuditSARIF.self, AuditGitHub.self, AuditMarkdown.self, AuditHTML.self,
  ]
  static func name(of r: any Reporter<[AuditResult]>.Type) -> String { r.name }

  enum AuditText: Reporter {
    static let name = "text"
    static func render(_ r: [AuditResult]) -> String { TextFindingRenderer.render(r) }
    static var coverageOnStandardError: Bool { true }
  }
  enum AuditJSON: Reporter {
    static let name = "json"
    static func render(_ r: [AuditResult]) -> String { JSONFindingRenderer.render(r) + "\n" }
  }
  enum AuditSARIF: Reporter {
    static let name = "sarif"
    static func render(_ r: [AuditResult]) -> String { SARIFRenderer.render(r) + "\n" }
  }
  enum AuditGitHub: Reporter {
    static let name = "github"
    static func render(_ r: [AuditResult]) -> String { GitHubFindingRenderer.render(r) }
    static var coverageOnStandardError: Bool { true }
  }
  enum AuditMarkdown: Reporter {
    static let name = "markdown"
    static func render(_ r: [AuditResult]) -> String { MarkdownFindingRenderer.render(r) }
  }
  enum AuditHTML: Reporter {
    static let name = "html"
    static func render(_ r: [AuditResult]) -> String { HTMLFindingRenderer.render(r) }
  }
}

// MARK: compare

enum CompareReporters: FormatRegistry {
  static let reporters: [any Reporter<YearComparison>.Type] = [
    CompareText.self, CompareJSON.self, CompareMarkdown.self, CompareHTML.self,
  ]
  static func name(of r: any Reporter<YearComparison>.Type) -> String { r.name }

  enum CompareText: Reporter {
    static let name = "text"
    static func render(_ c: YearComparison) -> String { ComparisonRenderer.text(c) }
  }
  enum CompareJSON: Reporter {
    static let name = "json"
    static func render(_ c: YearComparison) -> String { ComparisonRenderer.json(c) + "\n" }
  }
  enum CompareMarkdown: Reporter {
    static let name = "markdown"
    static func render(_ c: YearComparison) -> String { ComparisonRenderer.text(c, markdown: true) }
  }
  enum CompareHTML: Reporter {
    static let name = "html"
    static func render(_ c: YearComparison) -> String { ComparisonRenderer.html(c) }
  }
}

// MARK: segment

/// What `segment` renders: a file's decoded text and its segmenter. The
/// tokens are cut as a format asks for them: all at once, or a part of the
/// text at a time (`Segmenter.partEnd`), so that a large file needs only one
/// part's tokens and output in memory.
final class SegmentedText {
  let file: String
  let units: [UInt16]
  let segmenter: Segmenter
  /// The time spent segmenting so far (not reading, not writing).
  private(set) var seconds: Duration = .zero
  private let clock = ContinuousClock()

  init(file: String, units: [UInt16], segmenter: Segmenter) {
    self.file = file
    self.units = units
    self.segmenter = segmenter
  }

  /// Every token of the text.
  func tokens() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(units.count / 2)
    seconds += clock.measure { segmenter.segment(units, into: &tokens) }
    return tokens
  }

  /// Calls `body` with the tokens of each part of the text in turn (offsets
  /// into the units; the tokens' buffer is reused for the next part).
  func forEachPart(
    units partUnits: Int, _ body: (UnsafeBufferPointer<UInt16>, UnsafeBufferPointer<Token>) -> Void
  ) {
    var tokens: [Token] = []
    tokens.reserveCapacity(min(units.count, partUnits) / 2 + 16)
    units.withUnsafeBufferPointer { p in
      var start = 0
      while start < p.count {
        let end = Segmenter.partEnd(p, from: start, units: partUnits)
        tokens.removeAll(keepingCapacity: true)
        seconds += clock.measure { segmenter.segment(p, range: start..<end, into: &tokens) }
        tokens.withUnsafeBufferPointer { body(p, $0) }
        start = end
      }
    }
  }
}

enum SegmentReporters: FormatRegistry {
  static let reporters: [any Reporter<SegmentedText>.Type] = [SegmentText.self, SegmentJSON.self]
  static func name(of r: any Reporter<SegmentedText>.Type) -> String { r.name }

  /// One output line per input line, words separated by two spaces (SIGHAN).
  enum SegmentText: Reporter {
    static let name = "text"
    static func render(_ s: SegmentedText) -> String { SegmentRenderer.sighan(s.units, s.tokens()) }
    /// The same bytes as `render`, cut and written a part of the text at a
    /// time from one reused buffer (no String, no Data copy: for a large
    /// file these cost more than the segmenting).
    static func write(_ s: SegmentedText) {
      let writer = SegmentRenderer.SighanWriter()
      s.forEachPart(units: 1 << 15) { u, tokens in
        writer.append(u, tokens)
        writeOutBytes(writer.bytes)
        writer.clear()
      }
      writer.finish()
      writeOutBytes(writer.bytes)
    }
  }
  enum SegmentJSON: Reporter {
    static let name = "json"
    static func render(_ s: SegmentedText) -> String {
      SegmentRenderer.json(file: s.file, source: SourceText(units: s.units), tokens: s.tokens()) + "\n"
    }
  }
}
