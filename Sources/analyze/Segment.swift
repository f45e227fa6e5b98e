import ArgumentParser
import Foundation
import ReportKit

struct Segment: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "分词：每个输入行输出一行，词与词之间用两个空格分隔（SIGHAN 评测格式）。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: ArgumentHelp("输出格式：\(SegmentReporters.names)。"))
  var format: FormatChoice<SegmentReporters> = .standard

  @Flag(name: .long, help: "在标准错误上打印分词本身所用的时间（segment-seconds: X）。")
  var time = false

  @Argument(help: "文本文件。")
  var file: String

  func run() throws {
    try SegmentJob(
      file: file, lexiconFiles: input.lexicon, encoding: input.encoding, inputFormat: input.inputFormat,
      format: format, time: time
    ).run()
  }
}

/// What `segment` does once its arguments are read: by `Segment` through
/// ArgumentParser, or by `quick` for the plain command line.
struct SegmentJob {
  var file: String
  var lexiconFiles: [String] = []
  var encoding: String? = nil
  var inputFormat: InputFormat? = nil
  var format: FormatChoice<SegmentReporters> = .standard
  var time = false

  /// The job of a plain `segment [--time] FILE` command line, or nil for any
  /// other (options, help, a name starting with `-`): ArgumentParser reads
  /// those. Building its command tree costs about 25 M instructions, a
  /// third of the start-up of `segment`.
  static func quick(_ arguments: [String]) -> SegmentJob? {
    guard arguments.first == "segment" else { return nil }
    var file: String? = nil
    var time = false
    for a in arguments.dropFirst() {
      if a == "--time" && !time {
        time = true
      } else if file == nil && !a.hasPrefix("-") && a != "help" {
        file = a
      } else {
        return nil
      }
    }
    return file.map { SegmentJob(file: $0, time: time) }
  }

  func run() throws {
    // Segmentation reads only the domain words: the other lists are not
    // parsed (a user's file is still checked for a known list name).
    let trie: WordTrie
    if lexiconFiles.isEmpty {
      trie = WordTrie.cachedBuiltin(.domainWords)
    } else {
      var lexicons = Lexicons.builtin(only: [.domainWords])
      try InputOptions.add(lexiconFiles, to: &lexicons)
      trie = WordTrie(lexicons.words(.domainWords))
    }
    let bytes = try InputReader.bytes(at: file)
    let decoded = try InputDocument.decode(bytes, path: file, encoding: encoding, format: inputFormat)
    let text = SegmentedText(file: file, units: decoded.units, segmenter: Segmenter(trie: trie))
    format.reporter.write(text)
    if time {
      let s = Double(text.seconds.components.seconds) + Double(text.seconds.components.attoseconds) / 1e18
      writeErr("segment-seconds: \(s)\n")
    }
  }
}
