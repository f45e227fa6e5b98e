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
}
