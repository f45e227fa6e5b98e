import Foundation
import ReportKit

/// An output format that writes as the reports come (`summary`, `batch`):
/// made once per run with the command's context, handed each item in
/// order, then finished. Registered once in its command's registry, like
/// the whole-output `Reporter`s of `audit` and `compare`.
protocol StreamReporter<Context, Item> {
  associatedtype Context
  associatedtype Item
  /// The `--format` value.
  static var name: String { get }
  /// Whether the format takes one report only (a page per report).
  static var singleReport: Bool { get }
  /// Whether the format audits each report (then the audit's input limit
  /// applies, `InputReader.maxAuditBytes`).
  static var audits: Bool { get }
  init(_ context: Context)
  mutating func add(_ item: Item)
  /// Writes what is left once every item was added.
  mutating func finish()
}

extension StreamReporter {
  static var singleReport: Bool { false }
  static var audits: Bool { false }
  mutating func finish() {}
}

// MARK: summary

/// What a summary format knows besides the reports.
struct SummaryContext {
  /// The number of files named (a failed file included).
  let files: Int
  /// The analyzer the reports come from (its environment audits them).
  let analyzer: Analyzer
}

/// One report of `summary`, with the index of its file.
struct SummaryItem {
  let index: Int
  let report: Report
}

enum SummaryReporters: FormatRegistry {
  static let reporters: [any StreamReporter<SummaryContext, SummaryItem>.Type] = [
    SummaryText.self, SummaryJSON.self, SummaryHTML.self,
  ]
  static func name(of r: any StreamReporter<SummaryContext, SummaryItem>.Type) -> String { r.name }

  struct SummaryText: StreamReporter {
    static let name = "text"
    init(_ context: SummaryContext) {}
    func add(_ item: SummaryItem) {
      if item.index > 0 { writeOut("\n") }
      SummaryRenderer.render(item.report, to: writeOut)
    }
  }

  /// One report: written row by row (memory stays near the analysis's own);
  /// several: one array at the end.
  struct SummaryJSON: StreamReporter {
    static let name = "json"
    let streams: Bool
    var reports: [ReportJSON] = []
    init(_ context: SummaryContext) { streams = context.files == 1 }
    mutating func add(_ item: SummaryItem) {
      guard streams else {
        reports.append(ReportJSON(item.report))
        return
      }
      var buffer = ""
      ReportJSON.stream(item.report) { piece in
        buffer += piece
        if buffer.utf8.count > 1 << 16 {
          writeOut(buffer)
          buffer = ""
        }
      }
      writeOut(buffer)
    }
    func finish() {
      if !streams { writeOut(ReportJSON.encode(reports) + "\n") }
    }
  }

  /// A page of the report with its audit beside the lines.
  struct SummaryHTML: StreamReporter {
    static let name = "html"
    static var singleReport: Bool { true }
    static var audits: Bool { true }
    let auditor: Auditor
    init(_ context: SummaryContext) { auditor = Auditor(environment: context.analyzer.environment) }
    func add(_ item: SummaryItem) {
      ReportPageRenderer.render(item.report, audit: auditor.audit(item.report), to: writeOut)
    }
  }
}

// MARK: batch

/// What a batch format knows besides the items.
struct BatchContext {
  /// Whether the results go to a database (then no report lines come).
  let toDatabase: Bool
}

enum BatchReporters: FormatRegistry {
  static let reporters: [any StreamReporter<BatchContext, BatchItem>.Type] = [BatchJSONLines.self, BatchTable.self]
  static func name(of r: any StreamReporter<BatchContext, BatchItem>.Type) -> String { r.name }

  /// One JSON line per report, and one per failed file.
  struct BatchJSONLines: StreamReporter {
    static let name = "jsonl"
    init(_ context: BatchContext) {}
    func add(_ item: BatchItem) {
      switch item {
      case .report(_, _, let json, _): writeOut(json + "\n")
      case .failure(_, let path, let message):
        struct Failure: Codable {
          var file: String
          var error: String
        }
        writeOut(ReportJSON.encode(Failure(file: path, error: message), pretty: false) + "\n")
      case .audited: break
      }
    }
  }

  /// A table of tab-separated rows, one per report.
  struct BatchTable: StreamReporter {
    static let name = "table"
    init(_ context: BatchContext) {
      if !context.toDatabase { writeOut("文件\t单位\t类型\t回顾年度\t数字\t承诺\t错误\t警告\n") }
    }
    func add(_ item: BatchItem) {
      guard case .report(_, let path, _, let s) = item else { return }
      writeOut(
        "\(path)\t\(s.unit)\t\(s.kind.chineseName)\t\(s.reviewYear.map(String.init) ?? "-")\t\(s.quantities)\t\(s.commitments)\t\(s.errors)\t\(s.warnings)\n"
      )
    }
  }
}
