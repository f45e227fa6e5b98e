import ArgumentParser
import Foundation
import ReportKit

/// An exit with a chosen status after output is written.
struct ToolExit: Error {
  var code: Int32
}

struct Analyze: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "像审计员一样阅读政府报告：结构、数字、一致性。",
    discussion: """
      不带子命令时等同于 `analyze summary FILE…`。
      退出状态：0 成功；1 有达到 --fail-on 级别的问题；2 输入或用法错误。
      """,
    version: "0.1.0",
    subcommands: [Summary.self, Audit.self, Compare.self, Batch.self, Segment.self, Rules.self, Explain.self],
    defaultSubcommand: Summary.self
  )
}

/// Options every command that reads reports shares.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "强制使用的输入编码（ICU 名称，如 GB18030、UTF-16LE）。")
  var encoding: String?

  @Option(name: .long, help: "输入格式：text、html、docx；缺省按文件内容判断（zip 为 Word 文档，以 HTML 标签开头为网页）。")
  var inputFormat: InputFormat?

  @Option(name: .long, help: "追加的词表文件（可多次给出；首行 `# lexicon: units` 等指明词表，缺省为 domain-words）。")
  var lexicon: [String] = []

  func lexicons() throws -> Lexicons {
    var l = Lexicons.builtin
    try Self.add(lexicon, to: &l)
    return l
  }

  /// Adds the user's lexicon files at `paths` to `lexicons`.
  static func add(_ paths: [String], to lexicons: inout Lexicons) throws {
    for path in paths {
      let bytes = try InputReader.bytes(at: path)
      let text = try TextDecoder.decode(bytes, path: path)
      try lexicons.addUserFile(text: String(decoding: text.units, as: UTF16.self), path: path)
    }
  }
}

extension InputFormat: ExpressibleByArgument {}

func writeOut(_ s: String) {
  FileHandle.standardOutput.write(Data(s.utf8))
}

func writeErr(_ s: String) {
  FileHandle.standardError.write(Data(s.utf8))
}

/// Writes `bytes` to standard output as they are, through short writes (the
/// SIGHAN output of a large file, without a String or a Data copy between).
/// A write that fails (disk full, a closed pipe) ends the command with a
/// message and status 2, never with output silently cut short.
func writeOutBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
  guard var p = bytes.baseAddress else { return }
  var left = bytes.count
  while left > 0 {
    let w = write(STDOUT_FILENO, p, left)
    if w < 0 {
      if errno == EINTR { continue }
      writeErr("analyze: 写入标准输出失败：\(String(cString: strerror(errno)))\n")
      exit(2)
    }
    p += w
    left -= w
  }
}
