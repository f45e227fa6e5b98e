/// The word lists in `Lexicons/`, one case per file (the raw value is the
/// file name without `.txt`, and the name a user file gives in its
/// `# lexicon: NAME` header). The engine asks `Lexicons` for a list only
/// through this enum, so a misspelled name does not compile, and
/// `LexiconFilesTests` fails when a file has no case or a case no file.
public enum LexiconName: String, CaseIterable, Sendable {
  case adminDivisions = "admin-divisions"
  case aimWords = "aim-words"
  case categories
  case commitmentMarkers = "commitment-markers"
  case commitmentOpeners = "commitment-openers"
  case commitmentVerbs = "commitment-verbs"
  case comparisonStarts = "comparison-starts"
  case domainWords = "domain-words"
  case intensityWords = "intensity-words"
  case lastYearWords = "last-year-words"
  case lightVerbs = "light-verbs"
  case makingVerbs = "making-verbs"
  case meetingWords = "meeting-words"
  case metricAliases = "metric-aliases"
  case metricDirections = "metric-directions"
  case notQuantities = "not-quantities"
  case planLeads = "plan-leads"
  case planMarkers = "plan-markers"
  case planOpeners = "plan-openers"
  case planPeriodWords = "plan-period-words"
  case problemMarkers = "problem-markers"
  case promiseMarkers = "promise-markers"
  case reviewWords = "review-words"
  case ruleWords = "rule-words"
  case scopeWords = "scope-words"
  case sectionRoles = "section-roles"
  case stopWords = "stop-words"
  case subjectComparisons = "subject-comparisons"
  case synonyms
  case units
  case yearOnYearWords = "year-on-year-words"
}
