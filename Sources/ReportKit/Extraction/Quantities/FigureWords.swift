extension QuantityExtractor {
  @inline(__always)
  static func pack(_ p: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> UInt64 {
    var k: UInt64 = 0
    for i in a..<b { k = k << 16 | UInt64(p[i]) }
    return k
  }

  /// Whether a subject is a comparison with something else (高于全国).
  func isComparison(_ p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
    r.count >= 2 && comparisonStarts.contains { p.has($0, at: r.lowerBound) }
  }

  static let counterCategories: Set<String> = [
    "items", "events", "persons", "documents", "cases", "households", "other",
  ]
  /// Ends a counted thing written after its count: a list joiner or the end of a clause.
  static let countedEnds = unitSet("和及与并、，。；：！？,;:!?（）()\n")

  /// Whether the subject read before a count is only a verb (推出, 提前建成)
  /// or ends with a list joiner (…地标和): then the counted thing follows.
  func verbOrJoinerOnly(_ p: UnsafeBufferPointer<UInt16>, _ sub: SubjectResult) -> Bool {
    guard let r = sub.range, !r.isEmpty else { return true }
    let last = p[r.upperBound - 1]
    if last == 0x548C || last == 0x53CA || last == 0x4E0E { return true }  // 和 及 与
    guard r.count <= 6, verbLast[Int(last)] else { return false }
    for len in 2...4 where r.count >= len {
      if countVerbs.contains(Self.pack(p, r.upperBound - len, r.upperBound)) { return true }
    }
    return false
  }

  /// The counted thing after a count, up to a joiner or the clause end (at
  /// most 20 units); nil when fewer than two units stand there.
  func countedThing(_ p: UnsafeBufferPointer<UInt16>, after: Int) -> Range<Int>? {
    var f = after
    if f < p.count && p[f] == 0x7684 { return nil }  // 的: a clause, not a thing
    while f < p.count && !Self.countedEnds[Int(p[f])] && f - after < 20 { f += 1 }
    return f - after >= 2 ? after..<f : nil
  }

  /// Chinese-numeral look-alikes: a short slogan in quotes (“四个万家”), a
  /// session of a meeting (十一届十次全会).
  func isNickname(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
    // Inside “…” of at most 8 characters.
    var a = start - 1
    while a >= 0 && start - a <= 8 && p[a] != 0x201C && p[a] != 0x201D && p[a] != 0x0A { a -= 1 }
    if a >= 0 && p[a] == 0x201C {
      var b = end
      while b < p.count && b - a <= 9 && p[b] != 0x201D && p[b] != 0x201C && p[b] != 0x0A { b += 1 }
      if b < p.count && p[b] == 0x201D && b - a <= 9 { return true }
    }
    if start > 0 && p[start - 1] == 0x5C4A { return true }  // 届
    for w in meetings where end + w.count <= p.count && p.has(w, at: end) {
      return true
    }
    return false
  }

  /// Whether a minus sign may follow `u`: not after a letter, a digit or
  /// the marks that join codes, dates and ranges.
  static func signMayFollow(_ u: UInt16) -> Bool {
    switch u {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x25, 0x2F, 0x2D, 0x5F, 0x2212, 0x2030: return false
    default: return true
    }
  }

  @inline(__always)
  func isLatin(_ u: UInt16) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }

  @inline(__always)
  func isRangeMark(_ u: UInt16) -> Bool {
    u == 0x2D || u == 0xFF5E || u == 0x7E || u == 0x81F3 || u == 0x5230 || u == 0x2014 || u == 0x2013
  }

  func coveredByNotQuantity(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
    guard maxNotQuantityLength > 0 else { return false }
    let from = max(0, start - maxNotQuantityLength + 1)
    for j in from...start {
      if let m = notQuantities.longestMatch(p, from: j, limit: min(p.count, j + maxNotQuantityLength)),
        j + m.length > start
      {
        return true
      }
    }
    return false
  }

  /// A table over UTF-16 units: true where some word of `words` ends (or
  /// begins) with that unit, so most positions are rejected with one load.
  static func table(_ words: [[UInt16]], last: Bool) -> [Bool] {
    var t = [Bool](repeating: false, count: 65536)
    for w in words where !w.isEmpty { t[Int(last ? w[w.count - 1] : w[0])] = true }
    return t
  }

  func prefixApprox(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, bareWord: Bool = false) -> (Approximation, Int)? {
    var s0 = start
    if s0 > 0 && p[s0 - 1] == 0x20 { s0 -= 1 }
    guard s0 > 0, prefixEnds[Int(p[s0 - 1])] else { return nil }
    for (u, a) in prefixes {
      var s = start
      if s > 0 && p[s - 1] == 0x20 { s -= 1 }
      guard s >= u.count else { continue }
      if p.has(u, at: (s - u.count)) {
        // 超 only as 超千亿元 style directly before a numeral.
        if u == [0x8D85] && s != start { continue }
        // 上, 数, 过 only before a scale word standing alone (上千家, 数百家, 过万).
        if u.count == 1 && Self.bareOnlyPrefixes.contains(u[0]) && (!bareWord || s != start) { continue }
        return (a, start - (s - u.count))
      }
    }
    return nil
  }

  func suffixApprox(_ p: UnsafeBufferPointer<UInt16>, _ j: Int, plan: Bool) -> (Approximation, Int)? {
    guard j + 1 < p.count else { return nil }
    let a = p[j]
    let b = p[j + 1]
    switch (a, b) {
    case (0x5DE6, 0x53F3), (0x4E0A, 0x4E0B): return (.about, 2)  // 左右 上下
    case (0x4EE5, 0x4E0A): return (plan ? .atLeast : .moreThan, 2)  // 以上
    case (0x4EE5, 0x4E0B), (0x4EE5, 0x5185): return (.atMost, 2)  // 以下 以内
    default: return nil
    }
  }

  /// A direction word right before the figure (增长5.2%, 下降了0.3个百分点).
  func changeWord(_ p: UnsafeBufferPointer<UInt16>, _ start: Int) -> (word: String, length: Int)? {
    var s = start
    if s > 0 && p[s - 1] == 0x20 { s -= 1 }  // a space (增长 27.7%)
    if s > 0 && p[s - 1] == 0x4E86 { s -= 1 }  // 了
    guard s > 0, changeEnds[Int(p[s - 1])] else { return nil }
    for (k, w) in changeWords.enumerated() where s >= w.count {
      if p.has(w, at: (s - w.count)) {
        return (changeNames[k], start - (s - w.count))
      }
    }
    return nil
  }

  /// What the scanner must look at: 1 a possible start of a number (digit,
  /// Chinese numeral, 百 of 百分之), 2 a bracket it tracks (《》〔〕【】), 3 a
  /// line break; 0 anything else. One table lookup per unit.
  static let scanClass: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 65536)
    for c in 0x30...0x39 { t[c] = 1 }
    for c in "零〇一二两三四五六七八九十百千万亿半对".utf16 { t[Int(c)] = 1 }
    for c in "《》〔〕【】".utf16 { t[Int(c)] = 2 }
    t[0x0A] = 3
    return t
  }()
}

/// Flags of a unit the scanner treats specially.
enum UnitKind {
  static let tenths: UInt8 = 1  // 成
  static let discount: UInt8 = 2  // 折
  static let phase: UInt8 = 4  // 期
  static let ordinal: UInt8 = 8  // 周年, 号线
  static let jia: UInt8 = 16  // …家
  static let counter: UInt8 = 32  // a counter of things (个, 项, 家 …)
}
