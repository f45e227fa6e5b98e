import Foundation
import Testing

@testable import ReportKit

@Suite struct SegmentationTests {
  func words(_ text: String, segmenter: Segmenter = Segmenter()) -> [String] {
    let u = Array(text.utf16)
    var t: [Token] = []
    segmenter.segment(u, into: &t)
    return t.filter { $0.kind != .space && $0.kind != .newline }.map {
      String(decoding: u[$0.range], as: UTF16.self)
    }
  }

  /// No token boundary falls inside any occurrence of these words (a longer
  /// lexicon word such as 习近平法治思想 may hold them).
  @Test func domainWordsStayWholeOnTheSeed() throws {
    let units = try TextDecoder.decode(InputReader.bytes(at: Paths.seed), path: "s").units
    var t: [Token] = []
    Segmenter().segment(units, into: &t)
    let boundaries = Set(t.map { Int($0.start) })
    let text = String(decoding: units, as: UTF16.self)
    var split: [String] = []
    var occurrences = 0
    for word in ["落实", "习近平", "法治政府", "县委", "便民服务中心", "矛盾纠纷", "行政执法"] {
      var search = text.startIndex..<text.endIndex
      while let r = text.range(of: word, range: search) {
        occurrences += 1
        let a = text.utf16.distance(from: text.utf16.startIndex, to: r.lowerBound)
        let n = word.utf16.count
        if ((a + 1)..<(a + n)).contains(where: { boundaries.contains($0) }) { split.append(word) }
        search = r.upperBound..<text.endIndex
      }
    }
    #expect(occurrences > 50)
    #expect(split == [], "split apart")
    let words = Set(t.map { String(decoding: units[$0.range], as: UTF16.self) })
    #expect(!words.contains("实习") && !words.contains("近平"))
  }

  @Test func numbersAndPunctuation() {
    let w = words("结案率97.8%，办件1,854件，５‰，２０２４年")
    #expect(w.contains("97.8%"))
    #expect(w.contains("1,854"))
    #expect(w.contains("５‰"))
    #expect(w.contains("２０２４年"))  // a date is one word
    #expect(words("——……") == ["——", "……"])
  }

  @Test func lexiconWinsOverICU() {
    let seg = Segmenter(words: ["落实", "习近平"])
    #expect(words("深入贯彻落实习近平法治思想", segmenter: seg).contains("习近平"))
    let plain = Segmenter(words: [])
    #expect(!words("深入贯彻落实习近平法治思想", segmenter: plain).contains("习近平"))
  }

  @Test func gapCacheChangesNothing() throws {
    var files = [Paths.seed]
    files += Paths.sharedReports().prefix(3)
    for f in files {
      let units = try TextDecoder.decode(InputReader.bytes(at: f), path: f).units
      let cached = Segmenter()
      let plain = Segmenter()
      plain.cachesGaps = false
      var a: [Token] = []
      var b: [Token] = []
      cached.segment(units, into: &a)
      a.removeAll()
      cached.segment(units, into: &a)  // second pass: answered from the cache
      plain.segment(units, into: &b)
      #expect(a == b, "\(f)")
      #expect(cached.cacheHits > 0)
    }
  }

  @Test func tokensCoverTheTextExactly() throws {
    let units = try TextDecoder.decode(InputReader.bytes(at: Paths.seed), path: "s").units
    var t: [Token] = []
    Segmenter().segment(units, into: &t)
    var at = 0
    for tok in t {
      #expect(tok.range.lowerBound == at)
      #expect(!tok.range.isEmpty)
      at = tok.range.upperBound
    }
    #expect(at == units.count)
  }

  @Test func tokenSpansInJSONMatchTheirText() throws {
    let text = "𠀀一、工作回顾\n全年举办法治培训 6 场次。"
    let units = Array(text.utf16)
    var t: [Token] = []
    Segmenter().segment(units, into: &t)
    let json = SegmentRenderer.json(file: "x", source: SourceText(units: units), tokens: t)
    struct J: Decodable {
      struct T: Decodable {
        var text: String
        var start: Int
        var end: Int
      }
      var tokens: [T]
    }
    let decoded = try JSONDecoder().decode(J.self, from: Data(json.utf8))
    #expect(!decoded.tokens.isEmpty)
    for tok in decoded.tokens { #expect(text.scalars(tok.start..<tok.end) == tok.text) }
  }

  /// Segmenting a text in parts that end after a line feed gives the tokens
  /// of the whole, and the SIGHAN writer fed those parts writes the bytes of
  /// the whole (parts of every size down to one unit, on texts with CR LF,
  /// lone CR, a last line without a break, and no line break at all).
  @Test func partsGiveTheTokensAndBytesOfTheWhole() throws {
    var texts = [
      "一、工作回顾\r\n\r\n全年举办 6 场次。\r二是1998年增长3.5%\n\n三是",
      "没有换行的一行：百分之五十，二○○一年。", "\n", "",
    ]
    texts.append(String(decoding: try InputReader.bytes(at: Paths.seed).prefix(3000), as: UTF8.self))
    for text in texts {
      let units = Array(text.utf16)
      var whole: [Token] = []
      let segmenter = Segmenter()
      segmenter.segment(units, into: &whole)
      for size in [1, 2, 7, 64, 1 << 15] {
        var parts: [Token] = []
        let writer = SegmentRenderer.SighanWriter()
        var bytes: [UInt8] = []
        units.withUnsafeBufferPointer { p in
          var start = 0
          while start < p.count {
            let end = Segmenter.partEnd(p, from: start, units: size)
            #expect(end > start && (end == p.count || p[end - 1] == 0x0A))
            var t: [Token] = []
            segmenter.segment(p, range: start..<end, into: &t)
            parts += t
            t.withUnsafeBufferPointer { writer.append(p, $0) }
            bytes += writer.bytes
            writer.clear()
            start = end
          }
        }
        writer.finish()
        bytes += writer.bytes
        #expect(parts == whole, "\(text.prefix(10)) in parts of \(size)")
        #expect(String(decoding: bytes, as: UTF8.self) == SegmentRenderer.sighan(units, whole))
      }
    }
  }

  @Test func sighanFormat() {
    let units = Array("一、工作回顾\n\n全年举办 6 场次。\n".utf16)
    var t: [Token] = []
    Segmenter(words: ["工作", "回顾", "全年", "举办", "场次"]).segment(units, into: &t)
    #expect(SegmentRenderer.sighan(units, t) == "一  、  工作  回顾\n\n全年  举办  6  场次  。\n")
  }
}
