import ArgumentParser
import Foundation
import ReportKit

enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, warning, info, never
}

struct Audit: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "核对报告自身的一致性（比率、总分、增减、年度、结构、数字用法）。",
    discussion: "退出状态：0 没有达到 --fail-on 级别的问题；1 有；2 输入或用法错误。")

  @OptionGroup var input: InputOptions

  @Option(name: .long, help: ArgumentHelp("输出格式：\(AuditReporters.names)。"))
  var format: FormatChoice<AuditReporters> = .standard

  @Option(name: .long, help: "有此级别及以上的问题时以状态 1 退出：error、warning、info、never。")
  var failOn: FailOn = .error

  @Option(name: .long, help: "规则配置文件（每行 `规则: off|info|warning|error`）。缺省读当前目录的 .analyze-rules（若存在）。")
  var config: String?

  @Option(name: .customLong("rule"), help: "调整一条规则，如 --rule number-unit-spacing=off（可多次给出）。")
  var rules: [String] = []

  @Option(name: .long, help: "把结果写入文件而不是标准输出。")
  var output: String?

  @Argument(help: "报告文件。")
  var files: [String]

  func run() throws {
    var cfg = RuleConfiguration()
    let path = config ?? (FileManager.default.fileExists(atPath: ".analyze-rules") ? ".analyze-rules" : nil)
    do {
      if let p = path {
        let bytes = try InputReader.bytes(at: p)
        try cfg.load(text: String(decoding: bytes, as: UTF8.self), path: p)
      }
      for r in rules { try cfg.apply(r, source: "--rule") }
    } catch let e as ConfigError {
      writeErr("错误：\(e.description)\n")
      throw ToolExit(code: 2)
    }
    var analyzer = Analyzer(lexicons: try input.lexicons())
    analyzer.maxInputBytes = InputReader.maxAuditBytes
    let auditor = Auditor(configuration: cfg, environment: analyzer.environment)
    var results: [AuditResult] = []
    var front = ReportFrontEnd(analyzer: analyzer, input: input)
    try front.forEachReport(files) { _, report in results.append(auditor.audit(report)) }
    let text = format.reporter.render(results)
    if let o = output {
      do { try text.write(toFile: o, atomically: true, encoding: .utf8) } catch {
        writeErr("错误：\(o): 无法写入（\(error.localizedDescription)）\n")
        throw ToolExit(code: 2)
      }
    } else {
      writeOut(text)
    }
    if format.reporter.coverageOnStandardError || output != nil {
      writeErr(TextFindingRenderer.coverage(results))
    }
    try front.finish()
    let threshold: Severity? = {
      switch failOn {
      case .error: return .error
      case .warning: return .warning
      case .info: return .info
      case .never: return nil
      }
    }()
    if let t = threshold, results.contains(where: { $0.findings.contains { $0.severity >= t } }) {
      throw ToolExit(code: 1)
    }
  }
}

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "列出全部规则及其缺省级别。")

  func run() throws {
    var out = ""
    for r in RuleRegistry.all {
      let state = r.enabledByDefault ? r.defaultSeverity.rawValue : "off"
      out +=
        "\(r.id.padding(toLength: 30, withPad: " ", startingAt: 0)) \(state.padding(toLength: 8, withPad: " ", startingAt: 0)) \(r.name)\n"
    }
    writeOut(out)
  }
}

struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "打印一条规则的说明和例子。")

  @Argument(help: "规则 id（analyze rules 列出全部）。")
  var rule: String

  func run() throws {
    guard let r = RuleRegistry.rule(rule) else {
      writeErr("错误：没有名为“\(rule)”的规则（analyze rules 列出全部规则）\n")
      throw ToolExit(code: 2)
    }
    var out = "\(r.id)：\(r.name)\n缺省级别：\(r.defaultSeverity.rawValue)\n"
    if let s = r.standard { out += "依据：\(s)\n" }
    out += "\n\(r.explanation)\n\n会报告的例子（⟦⟧ 标出报告的位置）：\n"
    for e in r.triggeringExamples { out += "  " + e.replacingOccurrences(of: "\n", with: "⏎") + "\n" }
    out += "\n不会报告的例子：\n"
    for e in r.nonTriggeringExamples { out += "  " + e.replacingOccurrences(of: "\n", with: "⏎") + "\n" }
    writeOut(out)
  }
}
