/// Reads commitments, problems and targets out of an analysed document.
struct StatementExtractor: Sendable {
  let verbs: WordTrie
  /// Verbs that plan a figure in a plan clause: the commitment verbs and the
  /// making verbs (培训, 举办, 引进 …), as the figure reader counts them.
  let planVerbs: WordTrie
  /// The making verbs alone (建设, 建成, 开工 …).
  let makingVerbs: WordTrie
  let verbList: [String]
  let intensity: WordTrie
  let intensityList: [String]
  let problemMarkers: [String]
  let problemTrie: WordTrie
  let promiseMarkers: [String]
  let promiseTrie: WordTrie
  /// Deontic modals that make a plan a rule (须, 方可, 一律: rule-words.txt).
  let ruleWords: WordTrie
  let aliases: [(alias: String, canonical: String)]
  let aliasTrie: WordTrie
  let categories: CategoryIndex
  let directions: [TargetBound]
  let directionTrie: WordTrie
  /// Words that name a plan period (五年, 十五五, 规划 …), from
  /// `Lexicons/plan-period-words.txt`: a target list under them looks ahead
  /// over the period.
  let periodWordUnits: [[UInt16]]
  /// Modals and quantified aims (commitment-markers.txt): see `commits(_:_:)`.
  let commitmentMarkers: WordTrie
  /// Words of the domain lexicon that hold a one-character marker inside
  /// (主要, 重要, 要求 hold 要): where one covers it, the character is no modal.
  let markerHosts: WordTrie
  /// The commitment markers as words, longest first.
  let commitmentMarkerWords: [String]
  /// Words stepped over before a commitment verb (commitment-openers.txt),
  /// longest first.
  let openers: [[UInt16]]
  /// Words that make a plan sentence or clause plan (plan-markers.txt).
  let planMarkerUnits: [[UInt16]]
  /// Words stripped before a plan clause's metric (plan-leads.txt), longest first.
  let planLeadUnits: [[UInt16]]
  /// The plan words a clause plans by: those of plan-markers.txt but 今年,
  /// which dates a clause and plans nothing by itself (今年高校毕业生749万人).
  let clauseMarkerUnits: [[UInt16]]
  /// Words of the domain lexicon that hold 比 inside (比重, 比例, 比率): where
  /// one covers 比, it names a share, not a comparison.
  let comparisonHosts: WordTrie
  /// Words that name the year before (last-year-words.txt: 去年, 上年 …).
  let lastYearUnits: [[UInt16]]
  /// The units those words start with (上, 去, 同): the words are compared
  /// only where one stands.
  let lastYearStarts: [UInt16]
  /// Change words a clause may open with before a figure (增加100万户:
  /// change-openers.txt), longest first.
  let changeOpeners: [[UInt16]]
  /// Words naming the plan year without its number (今年, 明年:
  /// plan-year-words.txt).
  let yearWordUnits: [[UInt16]]
  /// Changes that make 年均 before them a plan period's yearly average
  /// (年均增长, 年均下降: average-changes.txt).
  let averageChanges: [String]
  /// Words opening a plan item by its place in a list (首先, 其次:
  /// ordinal-words.txt), longest first.
  let ordinalWords: [[UInt16]]
  /// Periods of the year and units of how often (frequency-periods.txt,
  /// frequency-units.txt).
  let frequency: Frequency

  /// `domainWords`: the domain lexicon's words when the caller has read them already.
  init(lexicons: Lexicons, domainWords: [String]? = nil) {
    let markers = lexicons.words(.commitmentMarkers)
    commitmentMarkers = WordTrie(markers)
    commitmentMarkerWords = markers.sorted { $0.count > $1.count }
    // On the units (String.contains goes through Foundation: 5,879 words
    // took a sixth of a compare's instructions).
    let singles = Set(markers.compactMap { m -> UInt16? in m.utf16.count == 1 ? m.utf16.first : nil })
    let markerSet = Set(markers)
    let domain = domainWords ?? lexicons.words(.domainWords)
    markerHosts = WordTrie(
      domain.filter { w in
        w.utf16.count >= 2 && w.utf16.contains(where: singles.contains) && !markerSet.contains(w)
      })
    comparisonHosts = WordTrie(domain.filter { $0.utf16.count >= 2 && $0.utf16.contains(Self.bi) })
    lastYearUnits = lexicons.words(.lastYearWords).map { Array($0.utf16) }.filter { !$0.isEmpty }
    lastYearStarts = Array(Set(lastYearUnits.map { $0[0] })).sorted()
    openers = lexicons.words(.commitmentOpeners).map { Array($0.utf16) }.sorted { $0.count > $1.count }
    planMarkerUnits = lexicons.words(.planMarkers).map { Array($0.utf16) }
    planLeadUnits = lexicons.words(.planLeads).map { Array($0.utf16) }.sorted { $0.count > $1.count }
    clauseMarkerUnits = planMarkerUnits.filter { $0 != Self.jinnian }
    let dir = lexicons.pairs(.metricDirections).compactMap { p in TargetBound(rawValue: p.0).map { ($0, p.1) } }
    directions = dir.map(\.0)
    directionTrie = WordTrie(dir.map(\.1))
    verbList = lexicons.words(.commitmentVerbs)
    verbs = WordTrie(verbList)
    let making = lexicons.words(.makingVerbs)
    planVerbs = WordTrie(verbList + making)
    makingVerbs = WordTrie(making)
    intensityList = lexicons.words(.intensityWords)
    intensity = WordTrie(intensityList)
    problemMarkers = lexicons.words(.problemMarkers)
    problemTrie = WordTrie(problemMarkers)
    promiseMarkers = lexicons.words(.promiseMarkers)
    promiseTrie = WordTrie(promiseMarkers)
    ruleWords = WordTrie(lexicons.words(.ruleWords))
    aliases = lexicons.pairs(.metricAliases).map { (alias: $0.1, canonical: $0.0) }
    aliasTrie = WordTrie(aliases.map(\.alias))
    categories = CategoryIndex(lexicons: lexicons)
    periodWordUnits = lexicons.words(.planPeriodWords).map { Array($0.utf16) }
    changeOpeners = lexicons.words(.changeOpeners).map { Array($0.utf16) }.sorted { $0.count > $1.count }
    yearWordUnits = lexicons.words(.planYearWords).map { Array($0.utf16) }
    averageChanges = lexicons.words(.averageChanges)
    ordinalWords = lexicons.words(.ordinalWords).map { Array($0.utf16) }.sorted { $0.count > $1.count }
    frequency = Frequency(lexicons: lexicons)
  }

}
