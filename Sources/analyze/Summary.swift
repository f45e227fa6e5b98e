import ArgumentParser
import Foundation
import ReportKit

struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "打印报告摘要：元数据、带角色的章节结构、统计。")

  @OptionGroup var input: InputOptions

  @Option(
    name: .long,
    help: ArgumentHelp("输出格式：\(SummaryReporters.names)（html 为一个独立网页：原文中标出数字、承诺、目标、问题，核对结果列在行旁，章节目录）。"))
  var format: FormatChoice<SummaryReporters> = .standard

  @Argument(help: "报告文件。")
  var files: [String]

  func validate() throws {
    if format.reporter.singleReport && files.count != 1 { throw ValidationError("--format \(format.name) 一次只处理一份报告") }
  }

  func run() throws {
    var analyzer = Analyzer(lexicons: try input.lexicons())
    if format.reporter.audits { analyzer.maxInputBytes = InputReader.maxAuditBytes }
    var reporter = format.reporter.init(SummaryContext(files: files.count, analyzer: analyzer))
    var front = ReportFrontEnd(analyzer: analyzer, input: input)
    try front.forEachReport(files) { i, report in reporter.add(SummaryItem(index: i, report: report)) }
    reporter.finish()
    try front.finish()
  }
}
