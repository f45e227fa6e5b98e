/// What an analysis reads besides the text: the lexicons and everything built
/// from them once (tries, extractors), and factories for what may not be
/// shared between threads (the ICU segmenter).
///
/// One environment is built per set of lexicons and handed on: the `Analyzer`
/// runs its extractors, the `Auditor` gives it to each rule through
/// `RuleContext.environment`, and the `Comparer` reads plans with it. A
/// `Report` holds only results.
public struct AnalysisEnvironment: Sendable {
  /// The lexicons everything here was built from.
  public let lexicons: Lexicons
  /// The domain-word trie (`Lexicons/domain-words.txt`).
  public let domainTrie: WordTrie
  let stopWords: [String]
  /// The stop words of plan-against-review matching: with the commitment
  /// markers (须, 不少于, 确保: how firmly, not what).
  let matchStopWords: [String]
  /// Synonym pairs (`Lexicons/synonyms.txt`: the group's word, a synonym).
  let synonyms: [(String, String)]
  let parser: DocumentParser
  let quantityExtractor: QuantityExtractor
  let statements: StatementExtractor
  /// Words right before a planned figure that make it a least to reach or a
  /// cap (`Lexicons/aim-words.txt`), longest first.
  let floorAims: [String]
  let ceilingAims: [String]
  /// Words of a review's verdict on a target (`Lexicons/outcome-words.txt`):
  /// met (完成, 实现 …) and not met (没有完成 …), by priority, then in file order.
  let doneWords: [String]
  let notDoneWords: [String]
  /// Words of a period longer than the year under review
  /// (`Lexicons/review-period-words.txt`: 五年, 十三五 …).
  let reviewPeriodWords: [String]
  /// Verbs joining a start level to an end level (`Lexicons/level-joins.txt`):
  /// upwards (增加到) and downwards (减少到).
  let upJoins: [String]
  let downJoins: [String]
  /// Words opening the name of the part holding the rest (其他, 其余:
  /// `Lexicons/rest-words.txt`).
  let restWords: [String]
  /// Words ending the subject of a share of a whole (占比, 比重:
  /// `Lexicons/proportion-words.txt`).
  let proportionWords: [String]
  /// Words a target's metric may end in that make it a change (增长, 涨幅:
  /// `Lexicons/metric-change-endings.txt`): a review figure with a change
  /// word is then taken first.
  let metricChangeEndings: [String]
  /// Verbs of work done (完成, 举办, 印发 …: `Lexicons/evidence-verbs.txt`):
  /// a review passage holding one (or a figure in digits) is evidence of work.
  let evidenceVerbs: [String]
  /// Words of what a figure was held against in the clause after it
  /// (要求, 目标, 预期: `Lexicons/verdict-aims.txt`), and the words opening
  /// such a clause that say it was met (符合, 实现, 完成:
  /// `Lexicons/verdict-openers.txt`).
  let verdictAims: [String]
  let verdictOpeners: [String]
  /// Words of a target in a review sentence admitting it was met or not
  /// (目标, 任务, 预算, 要求: `Lexicons/admission-aims.txt`).
  let admissionAims: [String]
  /// Words naming the year under review without its number (去年, 过去一年,
  /// 一年来: `Lexicons/review-year-words.txt`).
  let reviewYearWords: [String]
  /// The same words in UTF-16, for the comparison's tie of a review figure
  /// to the year (降到去年的1.5%).
  let reviewYearUnits: [[UInt16]]
  /// Words saying a thing holds of every one (全部, 均, 一律:
  /// `Lexicons/all-words.txt`): 全部持证上岗 gives a rate of 100%.
  let allWords: Set<String>
  /// Units naming one occurrence of an event (场次, 场, 次:
  /// `Lexicons/occurrence-units.txt`): a count in one answers a plan in another.
  let occurrenceUnits: Set<String>
  /// Words saying how widespread a problem is, not what it is about (部分,
  /// 个别, 仍然: `Lexicons/hedge-words.txt`), longest first.
  let hedgeWords: [String]
  /// Words saying work was not done or was put off (未, 没有, 推迟:
  /// `Lexicons/undone-words.txt`).
  let undoneWords: [String]
  /// Words before a stated change that make it an average or a change in
  /// other terms, so it is not set against the levels: for the rules
  /// change-matches-levels (`Lexicons/levels-average-words.txt`: 年均, 每年)
  /// and change-matches-last-year (`last-year-average-words.txt`), and for
  /// the comparison's year series (`series-change-asides.txt`: 年均, 实际, 可比).
  let levelsAverageWords: [String]
  let lastYearAverageWords: [String]
  let seriesChangeAsides: [String]
  /// Names of rates that are shares of a whole (结案率, 占比:
  /// `Lexicons/share-rates.txt`) and of rates that may pass 100% or be
  /// negative (增长率, 拨备覆盖率: `Lexicons/may-exceed-rates.txt`), for the
  /// rule impossible-value.
  let shareRates: SuffixWords
  let mayExceedRates: SuffixWords

  public init(lexicons: Lexicons = .builtin) {
    self.lexicons = lexicons
    let domainWords = lexicons.words(.domainWords)
    domainTrie = WordTrie(domainWords)
    stopWords = lexicons.words(.stopWords)
    matchStopWords = stopWords + lexicons.words(.commitmentMarkers)
    synonyms = lexicons.pairs(.synonyms)
    parser = DocumentParser(lexicons: lexicons)
    quantityExtractor = QuantityExtractor(lexicons: lexicons)
    statements = StatementExtractor(lexicons: lexicons, domainWords: domainWords)
    let aims = lexicons.pairs(.aimWords)
    // 至 is the written form of 到 (压减至 for 压减到, 提高至 for 提高到): an aim
    // word ending in 到 is read ending in 至 too.
    func withZhi(_ w: [String]) -> [String] {
      (w + w.filter { $0.count > 1 && $0.hasSuffix("到") }.map { String($0.dropLast()) + "至" })
        .sorted { $0.count > $1.count }
    }
    floorAims = withZhi(aims.filter { $0.0 == "floor" }.map(\.1))
    ceilingAims = withZhi(aims.filter { $0.0 == "ceiling" }.map(\.1))
    func outcomeWords(_ verdict: String) -> [String] {
      lexicons.rows(.outcomeWords).enumerated()
        .compactMap { i, r in r.count >= 3 && r[0] == verdict ? (Int(r[1]) ?? Int.max, i, r[2]) : nil }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
    doneWords = outcomeWords("done")
    notDoneWords = outcomeWords("not-done")
    reviewPeriodWords = lexicons.words(.reviewPeriodWords)
    let joins = lexicons.pairs(.levelJoins)
    upJoins = joins.filter { $0.0 == "up" }.map(\.1)
    downJoins = joins.filter { $0.0 == "down" }.map(\.1)
    restWords = lexicons.words(.restWords)
    proportionWords = lexicons.words(.proportionWords)
    metricChangeEndings = lexicons.words(.metricChangeEndings)
    evidenceVerbs = lexicons.words(.evidenceVerbs)
    verdictAims = lexicons.words(.verdictAims)
    verdictOpeners = lexicons.words(.verdictOpeners)
    admissionAims = lexicons.words(.admissionAims)
    reviewYearWords = lexicons.words(.reviewYearWords)
    reviewYearUnits = reviewYearWords.map { Array($0.utf16) }.filter { !$0.isEmpty }
    allWords = Set(lexicons.words(.allWords))
    occurrenceUnits = Set(lexicons.words(.occurrenceUnits))
    hedgeWords = QuantityExtractor.longestFirst(lexicons.words(.hedgeWords)) { $0.count }
    undoneWords = lexicons.words(.undoneWords)
    levelsAverageWords = lexicons.words(.levelsAverageWords)
    lastYearAverageWords = lexicons.words(.lastYearAverageWords)
    seriesChangeAsides = lexicons.words(.seriesChangeAsides)
    shareRates = SuffixWords(lexicons.words(.shareRates))
    mayExceedRates = SuffixWords(lexicons.words(.mayExceedRates))
  }

  /// The environment of the built-in lexicons, built once.
  public static let builtin = AnalysisEnvironment()

  /// A segmenter over the domain words (not thread-safe: one per use).
  public func makeSegmenter() -> Segmenter { Segmenter(trie: domainTrie) }

  /// A similarity index over the domain words and stop words (one per use).
  /// With `synonyms` (the matching of a plan against the next review), the
  /// words of the synonyms lexicon count as the word of their group (举办 as
  /// 开展); the commitment markers (须, 不少于, 确保: how firmly, not what)
  /// are stop words too, and a one-character stop word splits the bigrams.
  public func makeSimilarity(synonyms: Bool = false) -> TextSimilarity {
    guard synonyms else { return TextSimilarity(trie: domainTrie, stopWords: stopWords) }
    return TextSimilarity(
      trie: domainTrie, stopWords: matchStopWords, synonyms: self.synonyms,
      functionWordsSplitBigrams: true)
  }
}
