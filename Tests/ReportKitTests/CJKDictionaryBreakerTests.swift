import Foundation
import Testing

@testable import ReportKit

/// `CJKDictionaryBreaker` (ICU's CJK dynamic programming in Swift over
/// ICU's own dictionary) must give exactly the boundaries of ICU's word
/// break iterator on every gap it takes, and leave every other gap to the
/// iterator. A future ICU whose engine or dictionary differs fails here.
@Suite struct CJKDictionaryBreakerTests {
  /// ICU's iterator's boundaries of `units` (each after the first).
  func icu(_ units: [UInt16], _ it: ICUWordBreaker) -> [Int] {
    var out: [Int] = []
    units.withUnsafeBufferPointer { p in it.boundaries(p.baseAddress!, count: p.count) { out.append($0) } }
    return out
  }

  func dp(_ units: [UInt16], _ b: CJKDictionaryBreaker) -> [Int] {
    var out: [Int] = []
    units.withUnsafeBufferPointer { p in b.boundaries(p.baseAddress!, count: p.count) { out.append($0) } }
    return out.sorted()
  }

  @Test func icuDictionaryOpensAndHoldsCommonWords() throws {
    let d = try #require(ICUDictionary.system)
    #expect(d.cost(of: Array("中国".utf16)) != nil)
    #expect(d.cost(of: Array("人民".utf16)) != nil)
    #expect(d.cost(of: Array("中".utf16)) != nil)
    // A prefix of words that is not a word itself, and a string of no word.
    #expect(d.cost(of: Array("中华人民共".utf16)) == nil)
    #expect(d.cost(of: Array("的的的的".utf16)) == nil)
  }

  @Test func handWrittenGapsMatchICU() throws {
    let breaker = try #require(CJKDictionaryBreaker())
    let it = ICUWordBreaker()
    let gaps = [
      "中华人民共和国", "研究生命起源", "结婚的和尚未结婚的", "他说的确实在理", "乒乓球拍卖完了",
      "南京市长江大桥", "工信处女干事每月经过下属科室", "发展", "的", "一丁丂七丄丅", "龘龘龘",
      "㐀㐁㐂中文", "鿿鿾中国", "二〇〇一年", "二○○一年", "○", "○○", "二○", "○二", "二○○",
      "一九九○年发展", "公元二○○○年至二○一○年间", "〇", "全面推进依法治国总目标", "下雨天留客天留我不留",
      "我们在野生动物园玩", "提高人民群众获得感幸福感安全感", "发展中国家特别是新兴市场国家",
      String(repeating: "中华人民共和国成立", count: 12),
    ]
    for g in gaps {
      let u = Array(g.utf16)
      #expect(u.withUnsafeBufferPointer { CJKDictionaryBreaker.handles($0.baseAddress!, count: $0.count) }, "\(g)")
      #expect(dp(u, breaker) == icu(u, it), "\(g)")
    }
  }

  /// Characters that are no one-character word of the dictionary take
  /// ICU's unknown-character edge: gaps around the first few of them.
  @Test func charactersOutsideTheDictionaryMatchICU() throws {
    let d = try #require(ICUDictionary.system)
    let breaker = try #require(CJKDictionaryBreaker())
    let it = ICUWordBreaker()
    var unknown: [UInt16] = []
    for u in UInt16(0x4E00)...UInt16(0x9FFF) where d.cost(of: [u]) == nil {
      unknown.append(u)
      if unknown.count == 40 { break }
    }
    #expect(unknown.count == 40)
    // Two-character words that start with such a character (the unknown
    // edge then competes with the word).
    var starts: [[UInt16]] = []
    for u in UInt16(0x4E00)...UInt16(0x9FFF) {
      var walk = TrieWalk(d.trie)
      // No word of one character, but longer words begin with it.
      guard walk.first(u) == .noValue else { continue }
      if let w = (UInt16(0x4E00)...UInt16(0x9FFF)).first(where: { d.cost(of: [u, $0]) != nil }) {
        starts.append([u, w])
        if starts.count == 20 { break }
      }
    }
    #expect(starts.count == 20)
    var gaps: [[UInt16]] = []
    for (k, u) in unknown.enumerated() {
      let v = unknown[(k + 1) % unknown.count]
      gaps += [[u], [u, v], Array("研究".utf16) + [u] + Array("生命起源".utf16), [u] + Array("中国".utf16) + [v]]
    }
    for w in starts {
      gaps += [w, w + Array("中国".utf16), Array("发展".utf16) + w, [w[0]] + w, w + [w[1]], w + w]
    }
    for g in gaps {
      #expect(dp(g, breaker) == icu(g, it), "\(String(decoding: g, as: UTF16.self))")
    }
  }

  /// Every plain Han run of the reports, and every gap the segmenter hands
  /// on between its domain words there, cut alike by both.
  @Test func corpusGapsMatchICU() throws {
    let files = Paths.sharedReports()
    guard !files.isEmpty else { return }
    let breaker = try #require(CJKDictionaryBreaker())
    let it = ICUWordBreaker()
    let lexicon = Segmenter().lexicon
    var compared = 0
    var differing: [String] = []
    func check(_ gap: ArraySlice<UInt16>) {
      let u = Array(gap)
      guard u.count >= 2 else { return }
      compared += 1
      if dp(u, breaker) != icu(u, it) { differing.append(String(decoding: u, as: UTF16.self)) }
    }
    for f in files + [Paths.seed] {
      let units = try TextDecoder.decode(InputReader.bytes(at: f), path: f).units
      units.withUnsafeBufferPointer { p in
        var i = 0
        while i < p.count {
          guard CJKDictionaryBreaker.handles(p.baseAddress! + i, count: 1) else {
            i += 1
            continue
          }
          var j = i + 1
          while j < p.count && CJKDictionaryBreaker.handles(p.baseAddress! + j, count: 1) { j += 1 }
          check(units[i..<j])
          var gapStart = i
          var k = i
          while k < j {
            if let m = lexicon.longestMatch(p, from: k, limit: j), m.length >= 2 {
              check(units[gapStart..<k])
              k += m.length
              gapStart = k
            } else {
              k += 1
            }
          }
          check(units[gapStart..<j])
          i = j
        }
      }
    }
    #expect(compared > 50_000)
    #expect(differing.isEmpty, "\(differing.count) of \(compared) differ: \(differing.prefix(10))")
  }

  /// Gaps with kana, compatibility ideographs or characters outside
  /// the BMP are not the breaker's: the segmenter hands them to ICU.
  @Test func otherGapsGoToICU() throws {
    for g in ["研究ひらがな", "研究カタカナ", "研究\u{F900}生命", "研究\u{FA0E}", "研究𠀀生命", "中国ー"] {
      let u = Array(g.utf16)
      #expect(!u.withUnsafeBufferPointer { CJKDictionaryBreaker.handles($0.baseAddress!, count: $0.count) }, "\(g)")
    }
    let seg = Segmenter(words: [])
    var t: [Token] = []
    let u = Array("研究\u{F900}生命起源研究𠀀生命起源".utf16)
    seg.segment(u, into: &t)
    #expect(seg.icuCalls > 0)
    #expect(seg.dictionaryBreaks == 0)
    let plain = Segmenter(words: [])
    plain.usesDictionaryBreaker = false
    var t2: [Token] = []
    plain.segment(u, into: &t2)
    #expect(t == t2)
  }

  /// Without ICU's dictionary (data that cannot be opened) every gap goes to
  /// ICU's iterator, and the words are the same.
  @Test func missingDictionaryFallsBackToICU() throws {
    #expect(ICUDictionary(package: ICUDictionary.breakIteratorPackage, name: "no-such-dictionary") == nil)
    #expect(ICUDictionary(package: "icudt0l-no-such-package", name: "cjdict") == nil)
    let units = try TextDecoder.decode(InputReader.bytes(at: Paths.seed), path: "s").units
    let without = Segmenter()
    without.breaker = nil
    without.cachesGaps = false
    let with = Segmenter()
    with.cachesGaps = false
    var a: [Token] = []
    var b: [Token] = []
    without.segment(units, into: &a)
    with.segment(units, into: &b)
    #expect(without.dictionaryBreaks == 0 && without.icuCalls > 0)
    #expect(with.dictionaryBreaks > 0 && with.icuCalls < without.icuCalls)
    #expect(a == b)
  }

  /// The segmenter's tokens with and without the breaker, caches off, on
  /// the reports (every gap the segmenter meets).
  @Test func segmenterTokensUnchangedByTheBreaker() throws {
    for f in [Paths.seed] + Paths.sharedReports() {
      let units = try TextDecoder.decode(InputReader.bytes(at: f), path: f).units
      let a = Segmenter()
      let b = Segmenter()
      a.cachesGaps = false
      b.cachesGaps = false
      b.usesDictionaryBreaker = false
      var ta: [Token] = []
      var tb: [Token] = []
      a.segment(units, into: &ta)
      b.segment(units, into: &tb)
      #expect(ta == tb, "\(f)")
      #expect(a.dictionaryBreaks > 0)
    }
  }
}
