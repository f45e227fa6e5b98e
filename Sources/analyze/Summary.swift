import ArgumentParser
import Foundation
import ReportKit

enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, html
}

struct Summary: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "打印报告摘要：元数据、带角色的章节结构、统计。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: "输出格式：text、json 或 html（一个独立网页：原文中标出数字、承诺、目标、问题，核对结果列在行旁，章节目录）。")
  var format: SummaryFormat = .text

  @Argument(help: "报告文件。")
  var files: [String]

  func validate() throws {
    if format == .html && files.count != 1 { throw ValidationError("--format html 一次只处理一份报告") }
  }

  func run() throws {
    let analyzer = Analyzer(lexicons: try input.lexicons())
    var jsons: [ReportJSON] = []
    var front = ReportFrontEnd(analyzer: analyzer, input: input)
    try front.forEachReport(files) { i, report in
      switch format {
      case .text:
        if i > 0 { writeOut("\n") }
        SummaryRenderer.render(report, to: writeOut)
      case .html:
        ReportPageRenderer.render(
          report, audit: Auditor(environment: analyzer.environment).audit(report), to: writeOut)
      case .json where files.count == 1:
        // One report: written row by row (memory stays near the analysis's own).
        var buffer = ""
        ReportJSON.stream(report) { piece in
          buffer += piece
          if buffer.utf8.count > 1 << 16 {
            writeOut(buffer)
            buffer = ""
          }
        }
        writeOut(buffer)
      case .json:
        jsons.append(ReportJSON(report))
      }
    }
    if format == .json && files.count > 1 {
      writeOut(ReportJSON.encode(jsons) + "\n")
    }
    try front.finish()
  }
}
