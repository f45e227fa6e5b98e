/// The numbering style of a heading, in the order of the official hierarchy
/// (GB/T 9704-2012 7.3.3: 一、 → （一） → 1. → （1））.
public enum MarkerKind: String, Codable, Sendable, CaseIterable {
  /// 一、 二、
  case chineseComma
  /// （一） or (一)
  case chineseParen
  /// 1. 1、 1．
  case arabicDot
  /// （1） or (1)
  case arabicParen

  /// The level this style stands for in the official hierarchy, 1 to 4.
  public var rank: Int {
    switch self {
    case .chineseComma: return 1
    case .chineseParen: return 2
    case .arabicDot: return 3
    case .arabicParen: return 4
    }
  }
}

/// The numbering at the head of a heading line.
public struct HeadingMarker: Sendable, Equatable {
  public var kind: MarkerKind
  /// The number it gives (一 → 1, （十二） → 12).
  public var number: Int
  /// The original UTF-16 range of the marker itself.
  public var range: SourceRange
  /// For bracketed styles: whether the brackets are full width （）.
  public var fullWidthBrackets: Bool
  /// The punctuation after an unbracketed number (`、`, `.`, `．`), else empty.
  public var punctuation: String
}

/// Reads heading numbers at the start of a line.
enum MarkerParser {
  static let chineseDigits: [UInt16: Int] = [
    0x4E00: 1, 0x4E8C: 2, 0x4E09: 3, 0x56DB: 4, 0x4E94: 5, 0x516D: 6, 0x4E03: 7, 0x516B: 8,
    0x4E5D: 9, 0x3007: 0, 0x96F6: 0,
  ]
  static let ten: UInt16 = 0x5341  // 十

  /// The value of a run of Chinese numerals up to 99 (一, 十, 十二, 二十三), or nil.
  static func chineseNumber(_ u: ArraySlice<UInt16>) -> Int? {
    if u.isEmpty || u.count > 3 { return nil }
    let a = Array(u)
    if a.count == 1 {
      if a[0] == ten { return 10 }
      if let d = chineseDigits[a[0]], d > 0 { return d }
      return nil
    }
    if a.count == 2 {
      if a[0] == ten, let d = chineseDigits[a[1]], d > 0 { return 10 + d }
      if let d = chineseDigits[a[0]], d > 1, a[1] == ten { return d * 10 }
      return nil
    }
    if let d = chineseDigits[a[0]], d > 1, a[1] == ten, let e = chineseDigits[a[2]], e > 0 {
      return d * 10 + e
    }
    return nil
  }

  static func isChineseNumeral(_ u: UInt16) -> Bool { u == ten || chineseDigits[u] != nil }

  /// The marker at `start` of `s`, if the line begins with one.
  static func parse(_ s: [UInt16], from start: Int, to end: Int) -> HeadingMarker? {
    guard start < end else { return nil }
    let u = s[start]
    // （一） (一) （1） (1)
    if u == 0xFF08 || u == 0x28 {
      let close: UInt16 = u == 0xFF08 ? 0xFF09 : 0x29
      var j = start + 1
      while j < end && j - start <= 5 && s[j] != close && s[j] != 0xFF09 && s[j] != 0x29 { j += 1 }
      guard j < end, j > start + 1, s[j] == 0xFF09 || s[j] == 0x29 else { return nil }
      let inner = s[(start + 1)..<j]
      let full = u == 0xFF08 && s[j] == 0xFF09
      if let n = chineseNumber(inner) {
        return HeadingMarker(
          kind: .chineseParen, number: n, range: SourceRange(start, j + 1), fullWidthBrackets: full,
          punctuation: "")
      }
      if let n = arabic(inner) {
        return HeadingMarker(
          kind: .arabicParen, number: n, range: SourceRange(start, j + 1), fullWidthBrackets: full,
          punctuation: "")
      }
      return nil
    }
    // 一、
    if isChineseNumeral(u) {
      var j = start
      while j < end && j - start < 3 && isChineseNumeral(s[j]) { j += 1 }
      guard j < end, s[j] == 0x3001, let n = chineseNumber(s[start..<j]) else { return nil }
      return HeadingMarker(
        kind: .chineseComma, number: n, range: SourceRange(start, j + 1), fullWidthBrackets: false,
        punctuation: "、")
    }
    // 1. 1、 1．  (not 1.5)
    if Segmenter.isDigit(u) {
      var j = start
      while j < end && j - start < 3 && Segmenter.isDigit(s[j]) { j += 1 }
      guard j < end, s[j] == 0x2E || s[j] == 0xFF0E || s[j] == 0x3001 else { return nil }
      if j + 1 < end && Segmenter.isDigit(s[j + 1]) { return nil }
      // "2024." is not a heading number.
      guard let n = arabic(s[start..<j]), n < 100 else { return nil }
      return HeadingMarker(
        kind: .arabicDot, number: n, range: SourceRange(start, j + 1), fullWidthBrackets: false,
        punctuation: String(decoding: [s[j]], as: UTF16.self))
    }
    return nil
  }

  static func arabic(_ u: ArraySlice<UInt16>) -> Int? {
    if u.isEmpty || u.count > 3 { return nil }
    var n = 0
    for c in u {
      guard Segmenter.isDigit(c) else { return nil }
      n = n * 10 + Int(AnalysisText.fold(c) - 0x30)
    }
    return n
  }
}
