// Fuzz target: the whole analysis and audit of any bytes, with every
// output format rendered, and a compare of the report with itself.
@testable import ReportKit

let analyzer = Analyzer()
let auditor = Auditor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let report = try? analyzer.analyze(bytes: bytes, path: "fuzz.txt") else { return 0 }
  let result = auditor.audit(report)
  let n = report.document.source.units.count
  for f in result.findings { precondition(f.range.upperBound <= n, "finding outside the text") }
  _ = SummaryRenderer.render(report)
  _ = JSONFindingRenderer.render([result])
  _ = SARIFRenderer.render([result])
  _ = TextFindingRenderer.render([result])
  _ = MarkdownFindingRenderer.render([result])
  _ = HTMLFindingRenderer.render([result])
  _ = ReportPageRenderer.render(report, audit: result)
  let comparison = Comparer().compare([report, report])
  _ = ComparisonRenderer.json(comparison)
  _ = ComparisonRenderer.html(comparison)
  return 0
}
