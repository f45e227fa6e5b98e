import ArgumentParser
import Foundation
import ReportKit

enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown, html
}

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "对照一个单位几年的报告：目标是否完成、承诺是否落实、数字增减、问题重复、文字照搬。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "输出格式：text、json、markdown、html（一个独立网页，目标与实际对照表按结论着色）。")
  var format: CompareFormat = .text

  @Option(name: .long, help: "把所有报告视为同一单位（单位名称不一致时使用）。")
  var unit: String?

  @Option(name: .long, help: "“左右”目标对比率类指标的允许误差（百分点），缺省 0.5。")
  var tolerance: Double = 0.5

  @Argument(help: "同一单位不同年度的报告（两份或以上）。")
  var files: [String]

  func validate() throws {
    if files.count < 2 { throw ValidationError("compare 需要至少两份报告") }
  }

  func run() throws {
    var analyzer = Analyzer(lexicons: try input.lexicons())
    analyzer.maxInputBytes = InputReader.maxAuditBytes
    var reports: [Report] = []
    for f in files {
      reports.append(try analyzer.analyze(path: f, encoding: input.encoding, format: input.inputFormat))
    }
    var options = CompareOptions()
    options.unit = unit
    options.rateTolerance = tolerance
    let result = Comparer(options: options, environment: analyzer.environment).compare(reports)
    switch format {
    case .text: writeOut(ComparisonRenderer.text(result))
    case .markdown: writeOut(ComparisonRenderer.text(result, markdown: true))
    case .json: writeOut(ComparisonRenderer.json(result) + "\n")
    case .html: writeOut(ComparisonRenderer.html(result))
    }
  }
}
