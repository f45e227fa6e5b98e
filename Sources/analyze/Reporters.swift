import ArgumentParser
import Foundation
import ReportKit

/// One output format of a command: a type that renders the command's model,
/// registered once in the command's `ReporterRegistry`. `--format` takes the
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
}

extension Reporter {
  static var coverageOnStandardError: Bool { false }
}

/// The formats of one command, in the order `--help` lists them; the first is
/// the default.
protocol ReporterRegistry {
  associatedtype Model
  static var reporters: [any Reporter<Model>.Type] { get }
}

extension ReporterRegistry {
  /// The names, joined for a help text (text、json、…).
  static var names: String { reporters.map { $0.name }.joined(separator: "、") }
}

/// A `--format` value: one of the registry's reporters.
struct FormatChoice<Registry: ReporterRegistry>: ExpressibleByArgument {
  let reporter: any Reporter<Registry.Model>.Type

  init?(argument: String) {
    guard let r = Registry.reporters.first(where: { $0.name == argument }) else { return nil }
    reporter = r
  }

  /// The registry's first format.
  static var standard: Self { Self(argument: Registry.reporters[0].name)! }

  static var allValueStrings: [String] { Registry.reporters.map { $0.name } }

  var defaultValueDescription: String { reporter.name }

  var name: String { reporter.name }
}

// MARK: audit

enum AuditReporters: ReporterRegistry {
  static let reporters: [any Reporter<[AuditResult]>.Type] = [
    AuditText.self, AuditJSON.self, AuditSARIF.self, AuditGitHub.self, AuditMarkdown.self, AuditHTML.self,
  ]

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

enum CompareReporters: ReporterRegistry {
  static let reporters: [any Reporter<YearComparison>.Type] = [
    CompareText.self, CompareJSON.self, CompareMarkdown.self, CompareHTML.self,
  ]

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

// MARK: the front end

/// Reads the reports of a command: one place for file iteration and input
/// errors. A file that cannot be read is reported on standard error
/// (错误：…) and skipped; `failed` says whether any was, for the exit status.
struct ReportFrontEnd {
  let analyzer: Analyzer
  let input: InputOptions
  private(set) var failed = false

  init(analyzer: Analyzer, input: InputOptions) {
    self.analyzer = analyzer
    self.input = input
  }

  /// Analyses each file in turn and hands the report (with the file's index)
  /// on; skips and remembers the files whose input is bad.
  mutating func forEachReport(_ files: [String], _ body: (Int, Report) throws -> Void) throws {
    for (i, path) in files.enumerated() {
      let report: Report
      do {
        report = try analyzer.analyze(path: path, encoding: input.encoding, format: input.inputFormat)
      } catch let e as InputError {
        writeErr("错误：\(e.description)\n")
        failed = true
        continue
      }
      try body(i, report)
    }
  }

  /// Every report, or the first input error thrown (for commands that need
  /// them all: the top level prints it and exits 2).
  func allReports(_ files: [String]) throws -> [Report] {
    try files.map { try analyzer.analyze(path: $0, encoding: input.encoding, format: input.inputFormat) }
  }

  /// Exit 2 when a file failed.
  func finish() throws {
    if failed { throw ToolExit(code: 2) }
  }
}
