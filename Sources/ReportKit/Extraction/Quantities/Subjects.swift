extension QuantityExtractor {
  struct SubjectResult {
    var text: String
    var range: Range<Int>?
    var scope: String?
    /// For figures given 分别 (A、B增加值分别增长8.9%、7.7%): the items, in order.
    var items: [Range<Int>] = []
  }

  /// What was counted: the clause text before the figure, without scope
  /// words, light verbs (举办, 开展) and joining words (为, 达); when nothing
  /// stands before the figure in its clause, the text after it ("9人考取行政执法证书").
  func subject(_ p: UnsafeBufferPointer<UInt16>, before: Int, after: Int) -> SubjectResult {
    var a = before
    while a > 0 && !Punctuation.isClauseBreak(p[a - 1]) && before - a < 40 { a -= 1 }
    var e = before
    while e > a && p[e - 1] == 0x20 { e -= 1 }
    // A comparison ("比上年预算减少") is not part of what is counted.
    var k = a
    while k < e {
      let c = p[k]
      if subjectComparisonStarts[Int(c)] {  // 比, 同 …
        if subjectComparisons.contains(where: { p.has($0, at: k) }) {
          e = k
          break
        }
      }
      k += 1
    }
    // Drop joining words at the end (为, 达到 …), repeatedly.
    var respectively = false
    var changed = true
    while changed {
      changed = false
      while e > a && p[e - 1] == 0x20 { e -= 1 }
      guard e > a, trailingEnds[Int(p[e - 1])] else { break }
      // Longest first: the first word that ends the subject is cut.
      for w in trailing where e - a >= w.count && p.has(w, at: (e - w.count)) {
        if w.count >= 2 && w[0] == 0x5206 && w[1] == 0x522B { respectively = true }  // 分别
        e -= w.count
        changed = true
        break
      }
    }
    while e > a && p[e - 1] == 0x20 { e -= 1 }
    var s = a
    var scopeParts: [String] = []
    func skipSpaces() { while s < e && p[s] == 0x20 { s += 1 } }
    // A leading year or date ("2024 年开展…") is scope.
    skipSpaces()
    var progress = true
    while progress {
      progress = false
      var k = s
      while k < e && (NumberReader.isDigit(p[k]) || p[k] == 0x20) { k += 1 }
      if k > s && k < e && p[k] == Self.nian {
        scopeParts.append(p.string(s..<(k + 1)).filter { $0 != " " })
        s = k + 1
        progress = true
        skipSpaces()
      }
      guard s < e, scopeStarts[Int(p[s])] else { break }
      for w in scopeWords where e - s >= w.count && p.has(w, at: s) {
        scopeParts.append(String(decoding: w, as: UTF16.self))
        s += w.count
        progress = true
        skipSpaces()
        break
      }
      for w in lightVerbs where e - s >= w.count && p.has(w, at: s) {
        s += w.count
        progress = true
        break
      }
    }
    // An adverb in 地 at the start (准确地公开…).
    for w in adverbs where e - s > w.count && p.has(w, at: s) {
      s += w.count
      break
    }
    let scope = scopeParts.filter { $0 != "共" && $0 != "其中" && $0 != "共计" && $0 != "总共" }
    let scopeText = scope.isEmpty ? nil : scope.joined()
    // One character left is a preposition or verb stub (分两批…): use what follows.
    if e - s > 1 {
      var items: [Range<Int>] = []
      if respectively {
        // The items joined by 、 before this clause's own subject.
        items = [s..<e]
        var b = a
        while b > 0 && p[b - 1] == 0x3001 && items.count < 8 {
          let itemEnd = b - 1
          var itemStart = itemEnd
          while itemStart > 0 && !Punctuation.isClauseBreak(p[itemStart - 1]) && itemEnd - itemStart < 30 {
            itemStart -= 1
          }
          guard itemEnd - itemStart > 1 else { break }
          items.insert(itemStart..<itemEnd, at: 0)
          b = itemStart
        }
        if items.count < 2 { items = [] }
      }
      if let first = items.first {
        return SubjectResult(text: p.string(first), range: first, scope: scopeText, items: items)
      }
      return SubjectResult(text: p.string(s..<e), range: s..<e, scope: scopeText)
    }
    // Nothing before but a ：: the name it follows is the figure's
    // (行政复议纠错率：5%以内, 涉企行政检查次数：比上年减少20%以上).
    if e <= s && a > 0 && p[a - 1] == 0xFF1A {
      let end = a - 1
      var b = end
      while b > 0 && !Punctuation.isClauseBreak(p[b - 1]) && end - b < 30 { b -= 1 }
      while b < end && p[b] == 0x20 { b += 1 }
      if end - b >= 2 {
        return SubjectResult(text: p.string(b..<end), range: b..<end, scope: scopeText)
      }
    }
    // Nothing before: take what follows, to the clause end or the first verb
    // (12家单位入选…: 单位).
    var f = after
    while f < p.count && !Punctuation.isClauseBreak(p[f]) && f - after < 30 {
      if f - after >= 2 && f + 2 <= p.count && verbFirst[Int(p[f])] && countVerbs.contains(Self.pack(p, f, f + 2)) {
        break
      }
      f += 1
    }
    if f > after {
      return SubjectResult(text: p.string(after..<f), range: after..<f, scope: scopeText)
    }
    return SubjectResult(text: "", range: nil, scope: scopeText)
  }
}
