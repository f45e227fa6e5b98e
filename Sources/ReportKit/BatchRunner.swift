import Foundation

/// Finds report files below paths: every `.txt`, `.md`, `.html`, `.htm` and
/// `.docx` file under a folder (sorted), and files named directly.
public enum ReportFinder {
  /// The file name endings of reports.
  public static let extensions: Set<String> = ["txt", "md", "html", "htm", "docx"]

  public static func files(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    for p in paths {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
        throw InputError.notFound(path: p)
      }
      if !isDir.boolValue {
        out.append(p)
        continue
      }
      var found: [String] = []
      if let e = FileManager.default.enumerator(atPath: p) {
        for case let f as String in e where extensions.contains((f as NSString).pathExtension.lowercased()) {
          if f.hasSuffix(".expected.md") { continue }
          found.append((p as NSString).appendingPathComponent(f))
        }
      }
      out += found.sorted()
    }
    return out
  }
}

/// The outcome of one file in a batch.
public enum BatchItem: Sendable {
  case report(index: Int, path: String, json: String, summary: BatchSummary)
  case failure(index: Int, path: String, message: String)
  /// The analysis and audit themselves (when the runner keeps them).
  case audited(index: Int, path: String, result: AuditResult)

  public var index: Int {
    switch self {
    case .report(let i, _, _, _), .failure(let i, _, _), .audited(let i, _, _): return i
    }
  }
}

/// One row of the batch summary table.
public struct BatchSummary: Sendable {
  public var unit: String
  public var kind: ReportKind
  public var reviewYear: Int?
  public var quantities: Int
  public var commitments: Int
  public var errors: Int
  public var warnings: Int
}

/// Runs the analysis (and audit) over many files in parallel with structured
/// concurrency: at most `jobs` files are in flight, and results are handed
/// over in input order as soon as they are ready, so memory stays flat.
public struct BatchRunner: Sendable {
  public var analyzer: Analyzer
  public var auditor: Auditor
  public var jobs: Int
  /// Hand over each report's analysis and audit (`.audited`) instead of its
  /// JSON line and summary.
  public var keepResults: Bool

  public init(analyzer: Analyzer, auditor: Auditor? = nil, jobs: Int, keepResults: Bool = false) {
    self.analyzer = analyzer
    self.auditor = auditor ?? Auditor(environment: analyzer.environment)
    self.jobs = max(1, jobs)
    self.keepResults = keepResults
  }

  /// Analyses one file into a batch item (never throws: a bad file is an item).
  public func process(_ path: String, index: Int) -> BatchItem {
    do {
      let report = try analyzer.analyze(path: path)
      let audit = auditor.audit(report)
      if keepResults { return .audited(index: index, path: path, result: audit) }
      let m = report.document.metadata
      let summary = BatchSummary(
        unit: m.unit ?? "", kind: m.kind, reviewYear: m.reviewYear, quantities: report.quantities.count,
        commitments: report.commitments.count, errors: audit.findings.filter { $0.severity == .error }.count,
        warnings: audit.findings.filter { $0.severity == .warning }.count)
      let json = ReportJSON.encode(
        BatchLine(analysis: ReportJSON(report), findings: JSONFindingRenderer.findings(audit)), pretty: false)
      return .report(index: index, path: path, json: json, summary: summary)
    } catch let e as InputError {
      return .failure(index: index, path: path, message: e.description)
    } catch {
      return .failure(index: index, path: path, message: "\(path): \(error)")
    }
  }

  /// Runs over `files`, calling `emit` with each item in input order.
  public func run(_ files: [String], emit: @escaping @Sendable (BatchItem) -> Void) async {
    await withTaskGroup(of: BatchItem.self) { group in
      var next = 0
      var pending: [Int: BatchItem] = [:]
      var nextToEmit = 0
      func launch() {
        guard next < files.count else { return }
        let i = next
        let path = files[i]
        next += 1
        group.addTask { self.process(path, index: i) }
      }
      for _ in 0..<min(jobs, files.count) { launch() }
      while let item = await group.next() {
        pending[item.index] = item
        while let ready = pending.removeValue(forKey: nextToEmit) {
          emit(ready)
          nextToEmit += 1
        }
        launch()
      }
    }
  }
}

/// One JSON line of `analyze batch`: the analysis with its findings.
public struct BatchLine: Codable, Sendable {
  public var analysis: ReportJSON
  public var findings: [JSONFindingRenderer.FindingJSON]
}
