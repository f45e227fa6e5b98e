import Foundation

/// Formats a number for messages: integers plainly, others with up to `digits` decimals.
func format(_ v: Double, digits: Int = 2) -> String {
  if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
  var s = String(format: "%.\(digits)f", v)
  while s.hasSuffix("0") { s.removeLast() }
  if s.hasSuffix(".") { s.removeLast() }
  return s
}

/// A string's character bigrams (a single character counts as its own).
func bigrams(_ s: String) -> [String] {
  let c = Array(s)
  if c.count < 2 { return c.map { String($0) } }
  return (0..<(c.count - 1)).map { String(c[$0]) + String(c[$0 + 1]) }
}

/// Whether `v` rounds to `stated`, given the decimals the writer gave.
func roundsTo(_ v: Double, _ stated: Double, decimals: Int) -> Bool {
  let half = 0.5 * pow(10, Double(-decimals))
  return abs(v - stated) <= half + 1e-9
}

/// How far apart, in characters of the analysis text, two statements may
/// stand and still be read as parts of one report. The longest reports in
/// the corpus (State Council work reports) run to about 30,000 characters; a
/// longer input is a compiled volume, and pairing statements across all of it
/// made the pairwise rules quadratic (a 14 MB volume took 200 s to audit).
let sameReportSpan = 100_000

/// The Dice coefficient of two sorted lists of word ids (as multisets): the
/// same value as `dice` on the words, by one merge.
func dice(sorted x: [Int32], _ y: [Int32]) -> Double {
  if x.isEmpty || y.isEmpty { return 0 }
  var i = 0
  var j = 0
  var common = 0
  while i < x.count && j < y.count {
    if x[i] == y[j] {
      common += 1
      i += 1
      j += 1
    } else if x[i] < y[j] {
      i += 1
    } else {
      j += 1
    }
  }
  return 2 * Double(common) / Double(x.count + y.count)
}

/// The Dice coefficient of two word lists (as multisets).
func dice(_ x: [String], _ y: [String]) -> Double {
  if x.isEmpty || y.isEmpty { return 0 }
  var pool = y
  var common = 0
  for w in x {
    if let i = pool.firstIndex(of: w) {
      common += 1
      pool.remove(at: i)
    }
  }
  return 2 * Double(common) / Double(x.count + y.count)
}

extension Segmenter {
  /// The words of a short text (no spaces or punctuation).
  public func words(_ text: String) -> [String] {
    let u = Array(text.utf16)
    var t: [Token] = []
    segment(u, into: &t)
    return t.filter { $0.kind == .word || $0.kind == .number }.map {
      String(decoding: u[$0.range], as: UTF16.self)
    }
  }
}

/// `r` without the spaces at its ends.
func trimmed(_ u: [UInt16], _ r: AnalysisRange) -> AnalysisRange {
  var a = r.lowerBound
  var b = r.upperBound
  while a < b && u[a] == 0x20 { a += 1 }
  while b > a && u[b - 1] == 0x20 { b -= 1 }
  return AnalysisRange(a, b)
}

/// A list of words to test the ends of strings with: the answer of
/// `String.hasSuffix`, found by comparing UTF-8 bytes where that is the same.
///
/// `hasSuffix` compares characters (grapheme clusters, up to canonical
/// equivalence): about 2,000 instructions a test on a Chinese subject, and a
/// rule testing each figure's subject against dozens of words spent a fifth
/// of an audit there. When every scalar of the string is plain (ASCII, CJK
/// unified ideographs, CJK punctuation before the combining tone marks,
/// full-width forms), each scalar is a character of its own with no other
/// canonically equivalent spelling, so the bytes decide; other strings
/// (compatibility ideographs such as U+F961 率, combining marks) are asked
/// of `hasSuffix` itself, and so is any string when a word of the list is
/// not plain (a user's lexicon may hold one).
struct SuffixWords: Sendable {
  let words: [String]
  let allPlain: Bool

  init(_ words: [String]) {
    self.words = words
    allPlain = words.allSatisfy(Self.isPlain)
  }

  /// Whether `s` ends with one of the words.
  func any(endingOf s: String) -> Bool {
    guard allPlain && Self.isPlain(s) else { return words.contains { s.hasSuffix($0) } }
    let u = s.utf8
    return words.contains { w in
      let v = w.utf8
      guard v.count <= u.count else { return false }
      return u[u.index(u.endIndex, offsetBy: -v.count)...].elementsEqual(v)
    }
  }

  static func isPlain(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { c in
      switch c.value {
      case 0x20...0x7E, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
      default: false
      }
    }
  }
}
