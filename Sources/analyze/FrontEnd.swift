import Foundation
import ReportKit

/// Reads the reports of a command: one place for file iteration, input
/// errors and the exit status they give. A file that cannot be read is
/// reported on standard error (错误：…) and skipped; `finish()` then exits 2
/// after the rest was written.
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

  /// The report files of a batch: every report below the folders of
  /// `paths`, and the files named (a path that does not exist throws).
  static func batchFiles(_ paths: [String]) throws -> [String] { try ReportFinder.files(paths) }

  /// Runs `runner` over `files` (in parallel), handing each item on in input
  /// order, with a progress bar on a terminal. A file that failed, or whose
  /// item `body` could not take (it throws), is reported (错误：…) and
  /// counted in `batchFailures`; `body` sees failed files' items too.
  mutating func forEachBatchItem(
    _ files: [String], runner: BatchRunner, progress: Bool, _ body: @escaping @Sendable (BatchItem) throws -> Void
  ) async {
    let state = BatchState(total: files.count, progress: progress)
    await runner.run(files) { item in
      var message: String?
      if case .failure(_, _, let m) = item { message = m }
      do { try body(item) } catch { message = "\(item.path): \(error)" }
      if let m = message {
        state.failed()
        if progress { writeErr("\r\u{1B}[K") }
        writeErr("错误：\(m)\n")
      }
      state.advance()
    }
    if progress { writeErr("\r\u{1B}[K") }
    batchFailures = state.failures
    if state.failures > 0 { failed = true }
  }

  /// The failed files of the last batch.
  private(set) var batchFailures = 0

  /// Exit 2 when a file failed.
  func finish() throws {
    if failed { throw ToolExit(code: 2) }
  }
}

extension BatchItem {
  var path: String {
    switch self {
    case .report(_, let p, _, _), .failure(_, let p, _), .audited(_, let p, _): return p
    }
  }
}

/// Progress and failure counts, updated from the batch's emit callback.
final class BatchState: @unchecked Sendable {
  private let lock = NSLock()
  private var done = 0
  private(set) var failures = 0
  let total: Int
  let progress: Bool

  init(total: Int, progress: Bool) {
    self.total = total
    self.progress = progress
  }

  func failed() {
    lock.lock()
    failures += 1
    lock.unlock()
  }

  func advance() {
    lock.lock()
    done += 1
    let d = done
    lock.unlock()
    guard progress, total > 0 else { return }
    let width = 30
    let filled = d * width / total
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    writeErr("\r[\(bar)] \(d)/\(total)")
  }
}
