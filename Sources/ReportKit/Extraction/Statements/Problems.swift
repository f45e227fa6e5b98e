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
    // The paragraphs, and the titles of the numbered parts of a problems
    // part: a numbered line there (1.部分执法案卷质量不高…) is read as a
    // heading, and is a problem.
    var spans: [(range: AnalysisRange, section: Int?, role: SectionRole)] = doc.paragraphs.map {
      ($0.analysisRange, $0.section, $0.role)
    }
    for (i, s) in doc.sections.enumerated() where s.parent != nil && s.role == .problems {
      let r = AnalysisRange(
        s.analysisRange.lowerBound, min(s.analysisRange.upperBound, s.analysisRange.lowerBound + s.title.utf16.count))
      spans.append((r, i, s.role))
    }
    if spans.count > doc.paragraphs.count { spans.sort { $0.range.lowerBound < $1.range.lowerBound } }
    for para in spans {
      let role = para.role
      if role.isPlan { continue }
      let inProblems = role == .problems
      for sentence in TextSpans.sentences(doc, para.range) {
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
