/// The dictionary pass: where the words found so far (ICU's dictionary, the
/// domain lexicon and the rules of `HanRefiner`) and a general word list with
/// frequencies disagree, a dynamic-programming pass picks the most probable
/// path through both, as jieba does through its own list alone.
///
/// Each candidate word from `a` to `b` scores the log of its share of all
/// occurrences in the general list. A word of the first segmentation scores
/// `oursBonus` more (and a word the list lacks scores as if seen
/// `oursUnknownFrequency` times): the rules and ICU are right more often than
/// not, and the list decides where they are weak. A character no candidate
/// covers is a word of one character seen once. Domain-lexicon words are
/// never cut: no candidate starts or ends inside one (a longer word of the
/// list may hold one whole).
///
/// Cost: one trie walk per character, as long as the list has words there,
/// and one array of scores per run.
extension HanRefiner {
  /// How much more likely a word of the first segmentation is than the list
  /// alone says (a factor, as a log).
  static let oursBonus: Float = 2.302_585  // ln 10
  /// The frequency given to a word of the first segmentation the list lacks.
  static let oursUnknownFrequency: Float = 3.912_023  // ln 50

  /// Replaces the cuts of the run (`marks[0...n]`) by the best path.
  ///
  /// The trie is read here directly: its first step from the dense root
  /// table, the others by `GeneralDictionary.Table.Walk.step` (an index out of
  /// range ends the walk).
  func choosePath(
    _ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int, dictionary: GeneralDictionary
  ) {
    let d = dictionary.table
    let walk = d.walk
    let root = d.root
    let nodeCount = UInt32(truncatingIfNeeded: d.nodeCount)
    let logTotal = dictionary.logTotal
    let marks = self.marks
    let best = self.best
    let next = self.next
    let units = p.baseAddress! + base
    best[n] = 0
    var ourEnd = n  // the end of our word that starts at the current i
    var i = n - 1
    while i >= 0 {
      let m = marks[i]
      if m & Self.locked != 0 {
        best[i] = -.infinity
        i -= 1
        continue
      }
      // The end of our word starting at i (only meaningful where i is a cut).
      let isOurStart = m & Self.cut != 0
      var bestScore = -Float.infinity
      var bestEnd = i + 1
      var oursInList = false
      let first = root[Int(units[i])]
      var node = UInt32(truncatingIfNeeded: first)
      var s = Float(bitPattern: UInt32(truncatingIfNeeded: first >> 32))
      var j = i + 1
      if node != 0 && node < nodeCount {
        while true {
          if s != -.infinity && (j == n || marks[j] & Self.locked == 0) {
            if isOurStart && j == ourEnd {
              s += Self.oursBonus
              oursInList = true
            }
            let v = s + best[j]
            if v > bestScore {
              bestScore = v
              bestEnd = j
            }
          }
          if j == n { break }
          // The child of node along units[j] and its score (a child 0, in
          // a damaged cache, ends the walk).
          guard let step = walk.step(node, units[j]), step.node != 0 else { break }
          node = step.node
          s = step.score
          j += 1
        }
      }
      if isOurStart && !oursInList {
        let v = Self.oursUnknownFrequency - logTotal + Self.oursBonus + best[ourEnd]
        if v > bestScore {
          bestScore = v
          bestEnd = ourEnd
        }
      }
      if bestScore == -.infinity {
        // One character seen once (a surrogate pair stays together).
        var e = i + 1
        if e < n && units[i] >= 0xD800 && units[i] <= 0xDBFF { e += 1 }
        bestScore = -logTotal + best[e]
        bestEnd = e
      }
      best[i] = bestScore
      next[i] = Int32(truncatingIfNeeded: bestEnd)
      if isOurStart { ourEnd = i }
      i -= 1
    }
    // Follow the best path from the start.
    for k in 1..<n { marks[k] &= ~Self.cut }
    var at = 0
    while at < n {
      let e = Int(next[at])
      marks[e] |= Self.cut
      at = e
    }
  }
}
