/// The word lists in `Lexicons/`, one case per file (the raw value is the
/// file name without `.txt`, and the name a user file gives in its
/// `# lexicon: NAME` header). The engine asks `Lexicons` for a list only
/// through this enum, so a misspelled name does not compile, and
/// `LexiconFilesTests` fails when a file has no case or a case no file.
public enum LexiconName: String, CaseIterable, Sendable {
  case adminDivisions = "admin-divisions"
  case aimWords = "aim-words"
  case approximationWords = "approximation-words"
  case categories
  case changeWords = "change-words"
  case commitmentMarkers = "commitment-markers"
  case commitmentOpeners = "commitment-openers"
  case commitmentVerbs = "commitment-verbs"
  case comparisonStarts = "comparison-starts"
  case divisionLevels = "division-levels"
  case divisionSuffixes = "division-suffixes"
  case domainWords = "domain-words"
  case intensityWords = "intensity-words"
  case lastYearWords = "last-year-words"
  case levelJoins = "level-joins"
  case lightVerbs = "light-verbs"
  case makingVerbs = "making-verbs"
  case meetingWords = "meeting-words"
  case metricAliases = "metric-aliases"
  case metricDirections = "metric-directions"
  case notQuantities = "not-quantities"
  case outcomeWords = "outcome-words"
  case planLeads = "plan-leads"
  case planMarkers = "plan-markers"
  case planOpeners = "plan-openers"
  case planPeriodWords = "plan-period-words"
  case problemMarkers = "problem-markers"
  case promiseMarkers = "promise-markers"
  case proportionWords = "proportion-words"
  case restWords = "rest-words"
  case reviewPeriodWords = "review-period-words"
  case reviewWords = "review-words"
  case ruleWords = "rule-words"
  case scopeWords = "scope-words"
  case sectionRoles = "section-roles"
  case stopWords = "stop-words"
  case subjectAdverbs = "subject-adverbs"
  case subjectComparisons = "subject-comparisons"
  case subjectTrailers = "subject-trailers"
  case synonyms
  case units
  case yearOnYearWords = "year-on-year-words"
}
