/// The result of analysing one report: immutable once the `Analyzer` has
/// made it. Ask it questions through its query methods (`sentences(in:)`,
/// `clauses(in:)`, `quantities(in:)`, `section(at:)`, `role(at:)`); the
/// lexicons and tools it was read with are in the `AnalysisEnvironment`.
public struct Report: Sendable {
  /// The path the report was read from, as given.
  public let path: String
  /// The encoding it was decoded from.
  public let encoding: String
  /// What the file was (text, a web page, a Word document); the document's
  /// text, and so every offset, is the text extracted from a page or document.
  public let format: InputFormat
  /// The report's structure and text.
  public let document: Document
  /// Every counted figure, in text order.
  public let quantities: [Quantity]
  public let commitments: [Commitment]
  public let problems: [Problem]
  public let targets: [Target]
  /// The category of each section, parallel to `document.sections`.
  public let sectionCategories: [Category]
  /// The taxonomy the categories come from.
  public let taxonomy: Taxonomy
  /// Section and role by analysis offset, built once.
  let roles: RoleIndex
  // The memberwise initializer is internal: only the `Analyzer` makes reports.
}

/// The category taxonomies of `Lexicons/categories.txt` (its first column): a
/// report of a government's work is read with `gov`, any other with `fazhi`.
public enum Taxonomy: String, Sendable, CaseIterable {
  /// 法治政府建设 reports.
  case fazhi
  /// 政府工作报告.
  case gov
}
