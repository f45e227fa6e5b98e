// Fuzz target: decoding. Any bytes must decode or fail with an InputError,
// never crash: as detected by content (text, web page or Word document),
// forced to each input format, and forced to other encodings. Decoded text
// must map every unit back to a scalar offset.
@testable import ReportKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let d = try? InputDocument.decode(bytes, path: "fuzz.txt") {
    let src = SourceText(units: d.units)
    _ = src.span(SourceRange(0..<d.units.count))
  }
  for format in InputFormat.allCases {
    _ = try? InputDocument.decode(bytes, path: "fuzz", format: format)
  }
  for name in ["GB18030", "UTF-16LE", "Big5"] {
    _ = try? TextDecoder.decode(bytes, path: "fuzz.txt", encoding: name)
  }
  return 0
}
