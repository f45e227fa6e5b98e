// Fuzz target: the document parser. Any text gives a section tree whose
// ranges lie within the text, whose parents come before their children, and
// whose analysis offsets map back into the source.
@testable import ReportKit

let parser = DocumentParser()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let units = Array(text.utf16)
  let doc = parser.parse(units)
  let n = doc.analysis.units.count
  for (i, s) in doc.sections.enumerated() {
    precondition(s.analysisRange.upperBound <= n, "section past the end")
    precondition(s.headingRange.upperBound <= units.count, "heading past the end")
    if let p = s.parent { precondition(p < i, "parent after child") }
  }
  for p in doc.paragraphs { precondition(p.analysisRange.upperBound <= n, "paragraph past the end") }
  if n > 0 {
    let r = doc.original(AnalysisRange(0..<n))
    precondition(r.upperBound <= units.count, "analysis maps outside the source")
    _ = doc.sentence(at: n / 2)
  }
  return 0
}
