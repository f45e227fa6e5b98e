import ArgumentParser
import Foundation
import ReportKit

enum BatchFormat: String, ExpressibleByArgument, CaseIterable {
  case jsonl, table
}

struct Batch: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "批量分析一个目录（或多个路径）下的全部报告，并行进行；每份报告输出一行 JSON 或一行汇总。",
    discussion: "某个文件出错只报告并跳过，不影响其余文件；有文件出错时退出状态为 2。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "输出格式：jsonl（每份报告一行 JSON）或 table（汇总表）。")
  var format: BatchFormat = .jsonl

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
    let files = try ReportFinder.files(paths)
    let store: SQLiteStore?
    do { store = try sqlite.map { try SQLiteStore(path: $0) } } catch let e as DatabaseError {
      writeErr("错误：\(e.description)\n")
      throw ToolExit(code: 2)
    }
    // Batch audits every report, with two at once: the audit's bound.
    var analyzer = Analyzer(lexicons: try input.lexicons())
    analyzer.maxInputBytes = InputReader.maxAuditBytes
    let runner = BatchRunner(analyzer: analyzer, jobs: jobs, keepResults: store != nil)
    let progress = !quiet && isatty(STDERR_FILENO) != 0
    let state = BatchState(total: files.count, progress: progress)
    if format == .table && store == nil {
      writeOut("文件\t单位\t类型\t回顾年度\t数字\t承诺\t错误\t警告\n")
    }
    let format = self.format
    await runner.run(files) { item in
      switch item {
      case .audited(_, let path, let result):
        do { try store?.add(result) } catch {
          state.failed()
          writeErr("错误：\(path): \(error)\n")
        }
      case .report(_, let path, let json, let s):
        if format == .jsonl {
          writeOut(json + "\n")
        } else {
          writeOut(
            "\(path)\t\(s.unit)\t\(s.kind)\t\(s.reviewYear.map(String.init) ?? "-")\t\(s.quantities)\t\(s.commitments)\t\(s.errors)\t\(s.warnings)\n"
          )
        }
      case .failure(_, let path, let message):
        state.failed()
        if progress { writeErr("\r\u{1B}[K") }
        writeErr("错误：\(message)\n")
        if format == .jsonl {
          struct Failure: Codable {
            var file: String
            var error: String
          }
          writeOut(ReportJSON.encode(Failure(file: path, error: message), pretty: false) + "\n")
        }
      }
      state.advance()
    }
    if progress { writeErr("\r\u{1B}[K") }
    if let s = store, let path = sqlite {
      do { try s.finish() } catch {
        writeErr("错误：\(error)\n")
        throw ToolExit(code: 2)
      }
      writeErr("已写入 \(path)\n")
    }
    writeErr("共 \(files.count) 份报告，失败 \(state.failures) 份\n")
    if state.failures > 0 { throw ToolExit(code: 2) }
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
