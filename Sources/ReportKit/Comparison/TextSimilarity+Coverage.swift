import Foundation

/// How much of a query one text or one of several texts covers: the
/// evidence search of the comparer (a plan against review sentences).
extension TextSimilarity {
  /// The candidates that hold most of a query: the weight of the query's
  /// features a candidate holds over the weight of all of them (rare words
  /// weigh most), best first, at most `k`. A review sentence saying more
  /// than a plan does is not marked down for it, as cosine would. With
  /// `part` (what the query's verb acts on, a piece of the query), a
  /// candidate's score is the higher of the whole's share and the part's,
  /// the part's features weighed as in the whole: one walk for both.
  public func bestCoverage(_ query: String, part: String? = nil, in index: Index, k: Int = 3) -> [(
    index: Int, score: Double
  )] {
    let q = vector(query)
    let total = q.weights.reduce(0, +)
    guard total > 0 else { return [] }
    let inPart: Set<Int32> = part.map { Set(vector($0).ids) } ?? []
    var partTotal = 0.0
    for (i, id) in q.ids.enumerated() where inPart.contains(id) { partTotal += q.weights[i] }
    var held: [Int: (whole: Double, part: Double)] = [:]
    for (i, id) in q.ids.enumerated() {
      guard let posting = index.postings[id] else { continue }
      let w = q.weights[i]
      let p = inPart.contains(id) ? w : 0
      for (c, _) in posting {
        let h = held[Int(c)] ?? (0, 0)
        held[Int(c)] = (h.whole + w, h.part + p)
      }
    }
    var scored: [(index: Int, score: Double)] = held.map { c, h in
      (index: c, score: max(h.whole / total, partTotal > 0 ? h.part / partTotal : 0))
    }
    scored.sort { a, b in a.score > b.score || (a.score == b.score && a.index < b.index) }
    // Words of the query the best candidates hold only by their characters
    // (the rest cannot reach the top on half-words alone).
    if Self.morphemeCredit > 0, !scored.isEmpty {
      let u = q.units
      let wordRanges = q.words
      // Each word once: its id, weight, range, characters and the ids of its
      // bigrams (position, id); small arrays, no dictionaries per search.
      var words: [(id: Int32, weight: Double, range: Range<Int>, morphemes: Morphemes, pairs: [(Int, Int32)])] = []
      for r in wordRanges {
        let key = Self.hash(u, r)
        guard !stopKeys.contains(key), let id = featureID(key), !words.contains(where: { $0.id == id }) else {
          continue
        }
        var lo = 0
        var hi = q.ids.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if q.ids[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        guard lo < q.ids.count, q.ids[lo] == id else { continue }
        let m = morphemes(u, r)
        guard m.units.count >= 2 else { continue }
        var pairs: [(Int, Int32)] = []
        for i in r.lowerBound..<(r.upperBound - 1) where Self.isHan(u[i]) && Self.isHan(u[i + 1]) {
          if let p = featureID((UInt64(u[i]) << 16 | UInt64(u[i + 1])) | 1 << 63) { pairs.append((i, p)) }
        }
        words.append((id, q.weights[lo], r, m, pairs))
      }
      if !words.isEmpty {
        for s in scored.indices.prefix(Self.morphemeCandidates) {
          let c = scored[s].index
          let v = index.vectors[c].ids
          let chars = index.characterSets[c]
          var h = held[c] ?? (0, 0)
          for word in words where !Self.sortedContains(v, word.id) {
            let m =
              word.weight
              * morphemeShare(
                word.morphemes, word.range, holds: { Self.sortedContains(chars, $0) },
                pairHeld: { i in word.pairs.contains { $0.0 == i && Self.sortedContains(v, $0.1) } })
            h = (h.whole + m, h.part + (inPart.contains(word.id) ? m : 0))
          }
          scored[s].score = max(h.whole / total, partTotal > 0 ? h.part / partTotal : 0)
        }
        scored.sort { a, b in a.score > b.score || (a.score == b.score && a.index < b.index) }
      }
    }
    return Array(scored.prefix(k))
  }

  /// The share of `query`'s feature weight that `text` holds (see
  /// `bestCoverage`). A word of the query counts as held when its
  /// characters stand in the text, however the text was segmented (两个
  /// segmentations of 案卷评查合格率 do not part it from 评查合格率).
  public func coverage(_ query: String, in text: String) -> Double {
    let u = canonical(query)
    let v = canonical(text)
    var tokens: [Token] = []
    segmenter.segment(u, into: &tokens)
    func weight(_ key: UInt64, word: Bool) -> Double { idf(key) * (word ? 2 : 1) }
    var pairs = Set<UInt32>()
    if v.count >= 2 { for i in 0..<(v.count - 1) { pairs.insert(UInt32(v[i]) << 16 | UInt32(v[i + 1])) } }
    let chars = Self.hanCharacters(v)
    var seen = Set<UInt64>()
    var held = 0.0
    var total = 0.0
    for t in tokens where t.kind == .word {
      let k = Self.hash(u, t.range)
      guard !stopKeys.contains(k), seen.insert(k).inserted else { continue }
      let w = weight(k, word: true)
      total += w
      if TextSpans.find(Array(u[t.range]), in: v, 0..<v.count) != nil {
        held += w
      } else {
        held +=
          w
          * morphemeShare(
            morphemes(u, t.range), t.range, holds: { chars.contains($0) },
            pairHeld: { pairs.contains(UInt32(u[$0]) << 16 | UInt32(u[$0 + 1])) })
      }
    }
    for i in bigramStarts(u, tokens) {
      let k = (UInt64(u[i]) << 16 | UInt64(u[i + 1])) | 1 << 63
      if seen.insert(k).inserted {
        let w = weight(k, word: false)
        total += w
        if pairs.contains(UInt32(u[i]) << 16 | UInt32(u[i + 1])) { held += w }
      }
    }
    return total > 0 ? held / total : 0
  }

  /// The head of a noun phrase: its last content word of two or more Han
  /// characters, in canonical units (出庭应诉 of 行政机关负责人出庭应诉; 执法人员
  /// of 具有法律专业背景的执法人员). Nil when it has none.
  func head(_ phrase: String) -> [UInt16]? {
    let u = canonical(phrase)
    var tokens: [Token] = []
    segmenter.segment(u, into: &tokens)
    for t in tokens.reversed() where t.kind == .word && t.range.count >= 2 {
      guard u[t.range].allSatisfy(Self.isHan) else { continue }
      if stopKeys.contains(Self.hash(u, t.range)) { continue }
      return Array(u[t.range])
    }
    return nil
  }
}
