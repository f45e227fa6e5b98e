// Fuzz target: number reading. The bytes, read as UTF-8 (invalid sequences
// replaced), are read as numbers at every offset, then as a one-paragraph
// report whose figures are extracted; a read never runs past its end.
@testable import ReportKit

let extractor = QuantityExtractor()
let parser = DocumentParser()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let units = Array(text.utf16)
  units.withUnsafeBufferPointer { p in
    for i in 0..<p.count {
      for r in [
        NumberReader.arabic(p, i, p.count), NumberReader.chinese(p, i, p.count),
        NumberReader.digitString(p, i, p.count),
      ] {
        if let r { precondition(r.end > i && r.end <= p.count, "number read past its end") }
      }
      let (_, e) = NumberReader.scale(p, i, p.count)
      precondition(e >= i && e <= p.count, "scale read past its end")
    }
  }
  let doc = parser.parse(Array(("一、工作\n" + text).utf16))
  for q in extractor.extract(doc) {
    precondition(q.range.upperBound <= doc.analysis.units.count, "figure outside the text")
  }
  return 0
}
