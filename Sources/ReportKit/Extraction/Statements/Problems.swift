/// An admission of a problem or shortcoming.
public struct Problem: Sendable, Equatable {
  public var range: AnalysisRange
  public var text: String
  /// The marker that makes it a problem (有待进一步提高, 还不够 …), if any.
  public var marker: String?
  public var section: Int?
  public var category: Category
}

extension StatementExtractor {
  func problems(_ doc: Document, taxonomy: Taxonomy) -> [Problem] {
    var out: [Problem] = []
    for para in doc.paragraphs {
      let role = para.section.map { doc.sections[$0].role } ?? .other
      if role.isPlan { continue }
      let inProblems = role == .problems
      for sentence in TextSpans.sentences(doc, para.analysisRange) {
        var found = false
        for clause in TextSpans.clauses(doc, sentence) {
          // The longest marker in the clause, found on the units.
          var best: (length: Int, value: Int)? = nil
          doc.analysis.units.withUnsafeBufferPointer { p in
            problemTrie.forEachMatch(p, in: clause) { v, _, len in
              if (inProblems || len >= 3) && len > (best?.length ?? 0) { best = (len, v) }
            }
          }
          guard let b = best else { continue }
          found = true
          out.append(
            Problem(
              range: clause, text: doc.text(clause), marker: problemMarkers[b.value], section: para.section,
              category: categories.category(of: doc, clause, taxonomy: taxonomy)))
        }
        if inProblems && !found && sentence.count >= 6 {
          let t = doc.text(sentence)
          if !t.contains("成绩") && !t.contains("成效") {
            out.append(
              Problem(
                range: sentence, text: t, marker: nil, section: para.section,
                category: categories.category(of: doc, sentence, taxonomy: taxonomy)))
          }
        }
      }
    }
    return out
  }
}
