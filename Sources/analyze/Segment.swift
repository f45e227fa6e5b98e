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
    let lexicons = try input.lexicons()
    let bytes = try InputReader.bytes(at: file)
    let decoded = try InputDocument.decode(bytes, path: file, encoding: input.encoding, format: input.inputFormat)
    let segmenter = Segmenter(lexicons: lexicons)
    var tokens: [Token] = []
    tokens.reserveCapacity(decoded.units.count / 2)
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      segmenter.segment(decoded.units, into: &tokens)
    }
    if time {
      let s = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      writeErr("segment-seconds: \(s)\n")
    }
    format.reporter.write(SegmentedText(file: file, units: decoded.units, tokens: tokens))
  }
}
