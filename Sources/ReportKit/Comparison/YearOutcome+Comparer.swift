import Foundation

/// Which review figures speak of the year a target was set for, and the
/// review's own verdict on a figure.
extension Comparer {
  /// The review's verdict on a figure: the clause right after it saying the
  /// figure 符合 (实现, 完成) a 要求/目标/预期 (met), or that the 目标 was
  /// 没有完成/未实现 (not met).
  func verdict(after q: Quantity, in d: Document, _ yearSentences: [AnalysisRange]) -> (met: Bool, words: String)? {
    guard let s = yearSentences.first(where: { $0.contains(q.range.lowerBound) }) else { return nil }
    let u = d.analysis.units
    var i = q.range.upperBound
    guard i < s.upperBound, u[i] == 0xFF0C else { return nil }  // ，
    i += 1
    var j = i
    while j < s.upperBound, !"，；。".utf16.contains(u[j]) { j += 1 }
    let clause = d.text(AnalysisRange(i, j))
    guard environment.verdictAims.contains(where: clause.contains) else { return nil }
    if environment.notDoneWords.contains(where: clause.contains) { return (false, clause) }
    if environment.verdictOpeners.contains(where: clause.hasPrefix) { return (true, clause) }
    return nil
  }

  /// The review sentences that speak of the year under review, not of a
  /// longer period: a sentence naming the year (2017年, 去年, 过去一年) is the
  /// year's; else a sentence of a paragraph whose first sentence names a
  /// period and not the year, or of a part whose nearest title naming a
  /// year or a period names a period (一、过去五年工作回顾), is the period's.
  func yearSentences(_ r: Report) -> [AnalysisRange] {
    let d = r.document
    let year = d.metadata.reviewYear.map { "\($0)年" }
    let reviewYearWords = environment.reviewYearWords
    func namesYear(_ s: String) -> Bool {
      (year.map { s.contains($0) } ?? false) || reviewYearWords.contains { s.contains($0) }
    }
    // A paragraph opening with a period's words (五年来, 过去五年, “十三五”时期,
    // review-period-words.txt) or a part titled with them (过去五年工作回顾)
    // speaks of the period unless it names the year.
    let periodWords = environment.reviewPeriodWords
    func namesPeriod(_ s: String) -> Bool { periodWords.contains { s.contains($0) } }
    var titlePeriod: [Int: Bool] = [:]
    func periodPart(_ sec: Int) -> Bool {
      if let v = titlePeriod[sec] { return v }
      var s: Int? = sec
      var v = false
      while let i = s {
        let title = d.sections[i].title
        if namesYear(title) { break }
        if namesPeriod(title) {
          v = true
          break
        }
        s = d.sections[i].parent
      }
      titlePeriod[sec] = v
      return v
    }
    var out: [AnalysisRange] = []
    for p in d.paragraphs {
      guard p.role == .review else { continue }
      let ss = TextSpans.sentences(d, p.analysisRange)
      guard let first = ss.first else { continue }
      let f = d.text(first)
      let period = !namesYear(f) && (namesPeriod(f) || p.section.map(periodPart) == true)
      for s in ss where !period || namesYear(d.text(s)) { out.append(s) }
    }
    return out
  }

  /// A review figure stands for the year: it lies in one of the year's
  /// sentences, and its clause does not make it a yearly average (年均增长7.1%).
  static func isYearFigure(_ q: Quantity, _ d: Document, _ yearSentences: [AnalysisRange]) -> Bool {
    // Sentences are in text order: binary search for the last one starting at or before the figure.
    var lo = 0
    var hi = yearSentences.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if yearSentences[mid].lowerBound <= q.range.lowerBound { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, yearSentences[lo - 1].contains(q.range.lowerBound) else { return false }
    let u = d.analysis.units
    var i = q.range.lowerBound - 1
    let start = yearSentences[lo - 1].lowerBound
    while i > start, !"，；：".utf16.contains(u[i]) {
      if u[i] == 0x5747 && u[i - 1] == 0x5E74 { return false }  // 年均
      i -= 1
    }
    return true
  }
}
