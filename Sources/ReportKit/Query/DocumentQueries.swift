import Foundation

extension Document {
  /// The analysis range of the sentence holding analysis offset `a`: from
  /// after the previous 。！？； or line break to the next one, inclusive.
  public func sentence(at a: Int) -> AnalysisRange {
    // The first end at or after `a`, and the last one before it.
    let ends = sentenceEnds
    var lo = 0
    var hi = ends.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(ends[mid]) < a { lo = mid + 1 } else { hi = mid }
    }
    let s = lo > 0 ? Int(ends[lo - 1]) + 1 : 0
    let e = lo < ends.count ? Int(ends[lo]) + 1 : analysis.units.count
    return AnalysisRange(s, e)
  }

  /// The start of the sentence holding analysis offset `a`, read back at
  /// most `limit` units (a longer sentence is cut there).
  func sentenceStart(at a: Int, within limit: Int) -> Int {
    let u = analysis.units
    var s = a
    let floor = max(0, a - limit)
    while s > floor && !Punctuation.isSentenceEnd(u[s - 1]) { s -= 1 }
    return s
  }

  /// The original range of an analysis range.
  public func original(_ r: AnalysisRange) -> SourceRange { analysis.originalRange(r) }

  /// The analysis text of a range.
  public func text(_ r: AnalysisRange) -> String { analysis.string(r) }
}
