import ArgumentParser
import Foundation
import ReportKit

// Exit status: 0 success, 1 findings at or above --fail-on, 2 bad input or usage.
// ArgumentParser's own usage code (64) is mapped to 2 here.
do {
  if let job = SegmentJob.quick(Array(CommandLine.arguments.dropFirst())) {
    // The plain `segment FILE` skips ArgumentParser's command tree.
    try job.run()
  } else {
    var command = try Analyze.parseAsRoot()
    if let batch = command as? Batch {
      // Batch is the one async command; call it by name so that the
      // synchronous default `run()` is never picked.
      try await batch.runBatch()
    } else {
      try command.run()
    }
  }
} catch let error as InputError {
  FileHandle.standardError.write(Data("错误：\(error.description)\n".utf8))
  exit(2)
} catch let error as LexiconError {
  FileHandle.standardError.write(Data("错误：\(error.description)\n".utf8))
  exit(2)
} catch let error as ToolExit {
  exit(error.code)
} catch {
  let code = Analyze.exitCode(for: error)
  if code == .success {
    Analyze.exit(withError: error)
  }
  let message = Analyze.fullMessage(for: error)
  if !message.isEmpty {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
  exit(code == .failure ? 1 : 2)
}
