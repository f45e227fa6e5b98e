import ArgumentParser
import Foundation
import ReportKit

struct Compare: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "对照一个单位几年的报告：目标是否完成、承诺是否落实、数字增减、问题重复、文字照搬。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: ArgumentHelp("输出格式：\(CompareReporters.names)（html 为一个独立网页，目标与实际对照表按结论着色）。"))
  var format: FormatChoice<CompareReporters> = .standard

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
    let reports = try ReportFrontEnd(analyzer: analyzer, input: input).allReports(files)
    var options = CompareOptions()
    options.unit = unit
    options.rateTolerance = tolerance
    let result = Comparer(options: options, environment: analyzer.environment).compare(reports)
    writeOut(format.reporter.render(result))
  }
}
