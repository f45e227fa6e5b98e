/// The questions rules, the comparison and the renderers ask of a report, on
/// analysis offsets.
extension Report {
  /// The sentences of an analysis range (ended by 。！？； or a line break,
  /// see `Punctuation`), trimmed.
  public func sentences(in r: AnalysisRange) -> [AnalysisRange] { TextSpans.sentences(document, r) }

  /// The clauses of an analysis range (ended by ，； and the full stops,
  /// outside quotation marks), trimmed.
  public func clauses(in r: AnalysisRange) -> [AnalysisRange] { TextSpans.clauses(document, r) }

  /// The indices into `quantities` of the figures starting inside `r`.
  public func quantities(in r: AnalysisRange) -> Range<Int> { TextSpans.indices(of: quantities, in: r) }

  /// The innermost section holding analysis offset `a`.
  public func section(at a: Int) -> Int? { roles.section(a) }

  /// What the text at analysis offset `a` is for: its paragraph's role (a
  /// plan paragraph in a review part plans), else the innermost section's
  /// (`.other` outside every section).
  public func role(at a: Int) -> SectionRole { document.role(at: a, section: section(at: a)) }

  /// How many sections, figures, commitments, problems and targets fall in
  /// each category, by the category's name: counted here once for the JSON
  /// summary and the text summary.
  public func categoryCounts() -> [String: CategoryCount] {
    var cats: [String: CategoryCount] = [:]
    for c in sectionCategories { cats[c.name, default: CategoryCount()].sections += 1 }
    for q in quantities { cats[q.category.name, default: CategoryCount()].quantities += 1 }
    for c in commitments { cats[c.category.name, default: CategoryCount()].commitments += 1 }
    for p in problems { cats[p.category.name, default: CategoryCount()].problems += 1 }
    for t in targets { cats[t.category.name, default: CategoryCount()].targets += 1 }
    return cats
  }
}

/// The rows of a report in one category (`Report.categoryCounts()`).
public struct CategoryCount: Sendable, Equatable {
  public var sections = 0
  public var quantities = 0
  public var commitments = 0
  public var problems = 0
  public var targets = 0
}
