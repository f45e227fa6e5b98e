import Foundation
import Testing

@testable import ReportKit

/// Inputs the fuzz targets (Fuzz/run.sh) found, kept as tests.
@Suite struct FuzzRegressionTests {
  /// fuzz-numbers: a digit-string read at a place with no Chinese digit gave
  /// an empty read (end == start), which a caller would take for a number.
  @Test func digitStringWithoutADigitIsNoNumber() {
    let u = Array("执法，二〇二四年".utf16)
    u.withUnsafeBufferPointer { p in
      #expect(NumberReader.digitString(p, 0, p.count) == nil)
      #expect(NumberReader.digitString(p, 2, p.count) == nil)
      let r = NumberReader.digitString(p, 3, p.count)
      #expect(r?.value == 2024 && r?.end == 7)
    }
  }

  /// Every reader, at every offset of a text mixing numerals, scale words
  /// and punctuation, reads within the text and moves forward.
  @Test func everyReadStaysWithinTheText() {
    let u = Array("一千八百五十四万亿点，1,854.5万件、十二点五亿，〇〇、零点".utf16)
    u.withUnsafeBufferPointer { p in
      for i in 0..<p.count {
        for r in [
          NumberReader.arabic(p, i, p.count), NumberReader.chinese(p, i, p.count),
          NumberReader.digitString(p, i, p.count),
        ] {
          if let r { #expect(r.end > i && r.end <= p.count, "offset \(i)") }
        }
        let (_, e) = NumberReader.scale(p, i, p.count)
        #expect(e >= i && e <= p.count)
      }
    }
  }
}

/// fuzz-parser: a text whose last line has no line break (here a piece of a
/// report cut mid-character) mapped the whole analysis range one unit past
/// the end of the source.
@Suite struct AnalysisMapRegressionTests {
  @Test func aRangeEndingOnTheLastBreakStaysWithinTheSource() throws {
    let text = "\u{FFFD}\u{FFFD}务能力。规范行政执法程序，严格执行行政执法“三项制度”。"
    let doc = try analyze(text).document
    let n = doc.analysis.units.count
    #expect(doc.original(AnalysisRange(0, n)).upperBound <= doc.source.units.count)
    #expect(doc.original(AnalysisRange(at: n)).upperBound <= doc.source.units.count)
    // The same text with a final line break maps its break onto it.
    let withBreak = try analyze(text + "\n").document
    #expect(
      withBreak.original(AnalysisRange(0, withBreak.analysis.units.count)).upperBound == withBreak.source.units.count)
  }
}

/// fuzz-parser: a file holding "#" alone (a markdown heading with no text)
/// crashed the parser where it read the title.
@Suite struct MarkupOnlyLineRegressionTests {
  @Test(arguments: ["#", "##\n**\n", "# \n一、工作\n受理案件12件。\n", "****\n一、工作\n"])
  func linesOfMarkupAloneAreEmptyLines(_ text: String) throws {
    let report = try analyze(text)
    #expect(report.document.sections.allSatisfy { !$0.title.isEmpty })
  }
}

/// fuzz-decode: bytes forced to be read as a Word document whose end record
/// points past the end of the data trapped inside ZIPFoundation's in-memory
/// archive; now they are a damaged document (exit 2 at the command line).
@Suite struct DamagedDocxRegressionTests {
  @Test func anEndRecordPointingPastTheEndIsADamagedDocument() throws {
    let bytes = try #require(
      Data(
        base64Encoded:
          "KSkpKSkpeWzzvzkpeWzzv7WcZ1BLBQZqafCUtZwKamnwlLWcCjMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8JS1nAopKSkpKSkpKWzzv7WcZ2pp8JS1nDJsbGnwlLWclLWcCjJs87+1nGc="
      ))
    #expect(throws: InputError.self) {
      _ = try InputDocument.decode(Array(bytes), path: "bad.docx", format: .docx)
    }
  }
}

/// fuzz-decode: a mutated styles.xml full of `<` with no `>` after them made
/// every tag read scan to the end (over 20 s for 40 KB); a quote left open to
/// the end now closes its tag at the first `>`.
@Suite struct TagScanRegressionTests {
  @Test func aQuoteLeftOpenClosesItsTagAtTheFirstGreaterThan() {
    let page = Array("<html><body><p class=\"x>受理案件232件</p></body></html>".utf16)
    let text = String(decoding: HTMLText.extract(page), as: UTF16.self)
    #expect(text.contains("受理案件232件"))
    #expect(!text.contains("<p"))
  }

  @Test func manyOpenAnglesWithoutAnEndAreReadOnce() {
    // Quadratic before: each `<` scanned to the end of the text.
    let page = Array(("<html><body><p>受理案件232件</p>" + String(repeating: "<a x=1 ", count: 20_000)).utf16)
    let text = String(decoding: HTMLText.extract(page), as: UTF16.self)
    #expect(text.contains("受理案件232件"))
  }
}

/// fuzz-decode: a .docx one of whose parts (styles.xml) has a deflate stream
/// that runs past its data made ZIPFoundation's extraction loop for ever; the
/// part is now checked first and left out as damaged, and the document reads.
@Suite struct TruncatedPartRegressionTests {
  @Test func aPartWhoseStreamRunsPastItsDataIsLeftOut() throws {
    let url = Paths.fixtures.appendingPathComponent("fuzz/truncated-part-stream.docx")
    let bytes = Array(try Data(contentsOf: url))
    let decoded = try InputDocument.decode(bytes, path: url.path, format: .docx)
    #expect(String(decoding: decoded.units, as: UTF16.self).contains("法治政府建设"))
  }
}
