import ArgumentParser
import Foundation
import ReportKit

struct Batch: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "批量分析一个目录（或多个路径）下的全部报告，并行进行；每份报告输出一行 JSON 或一行汇总。",
    discussion: "某个文件出错只报告并跳过，不影响其余文件；有文件出错时退出状态为 2。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: ArgumentHelp("输出格式：\(BatchReporters.names)（jsonl 每份报告一行 JSON，table 为汇总表）。"))
  var format: FormatChoice<BatchReporters> = .standard

  @Option(name: .long, help: "同时处理的文件数，缺省为处理器核数。")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    name: .long,
    help:
      "把全部分析和核对结果写入一个 SQLite 数据库（表 reports、sections、quantities、commitments、problems、targets、findings）；此时标准输出不再输出 JSON Lines。"
  )
  var sqlite: String?

  @Flag(name: .long, help: "不显示进度条。")
  var quiet = false

  @Argument(help: "目录或文件。")
  var paths: [String]

  func run() async throws { try await runBatch() }

  func runBatch() async throws {
    let files = try ReportFrontEnd.batchFiles(paths)
    let store: SQLiteStore?
    do { store = try sqlite.map { try SQLiteStore(path: $0) } } catch let e as DatabaseError {
      writeErr("错误：\(e.description)\n")
      throw ToolExit(code: 2)
    }
    // Batch audits every report, with two at once: the audit's bound.
    var analyzer = Analyzer(lexicons: try input.lexicons())
    analyzer.maxInputBytes = InputReader.maxAuditBytes
    var front = ReportFrontEnd(analyzer: analyzer, input: input)
    let runner = BatchRunner(analyzer: analyzer, jobs: jobs, keepResults: store != nil)
    let output = BatchOutput(format.reporter.init(BatchContext(toDatabase: store != nil)))
    await front.forEachBatchItem(files, runner: runner, progress: !quiet && isatty(STDERR_FILENO) != 0) { item in
      if case .audited(_, _, let result) = item { try store?.add(result) }
      output.add(item)
    }
    if let s = store, let path = sqlite {
      do { try s.finish() } catch {
        writeErr("错误：\(error)\n")
        throw ToolExit(code: 2)
      }
      writeErr("已写入 \(path)\n")
    }
    writeErr("共 \(files.count) 份报告，失败 \(front.batchFailures) 份\n")
    try front.finish()
  }
}

/// The batch's reporter, handed the items one at a time by the runner's
/// callback (which the runner calls in order, never two at once).
final class BatchOutput: @unchecked Sendable {
  private var reporter: any StreamReporter<BatchContext, BatchItem>

  init(_ reporter: any StreamReporter<BatchContext, BatchItem>) { self.reporter = reporter }

  func add(_ item: BatchItem) { reporter.add(item) }
}
