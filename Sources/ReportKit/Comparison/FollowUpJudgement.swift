/// Whether a commitment was followed up: what the next review says was done,
/// matched by the commitment's action and object (key terms weighted by
/// their rarity, synonyms read as one word), then by the figures of its
/// subject.
extension Comparer {
  /// The least share of a commitment a review sentence reporting work done
  /// (a figure, or a word of doing) must hold for a follow-up.
  static let followUpScore = 0.5
  /// The least share for a mention in the review.
  static let mentionScore = 0.4
  /// The longest review sentence read as the lead-in of its paragraph
  /// (二是合法性审查实现全覆盖。), whose evidence is the sentences after it.
  static let maxLeadIn = 20

  /// The review and the rest of next year's report, indexed for matching
  /// (the rest only when a commitment is not found in the review).
  final class FollowUpSearch {
    let sim: TextSimilarity
    let reviewSentences: [AnalysisRange]
    let reviewIndex: TextSimilarity.Index
    /// Sentences of next year's report outside its review (problems, plans).
    let otherSentences: [AnalysisRange]
    let otherTexts: () -> [String]
    private var built: TextSimilarity.Index? = nil
    /// The head word and unit kind of each figure of the review's sentences
    /// that state what was done (by sentence index), read on first use.
    var figureHeads: [(sentence: Int, head: [UInt16], kind: String)]? = nil
    /// Each review sentence's canonical units (synonyms read as their
    /// group's word) and whether it states practice, by where it starts:
    /// made once per sentence, not once per commitment asking.
    private var canonicalUnits: [Int: [UInt16]] = [:]
    private var practice: [Int: Bool] = [:]

    init(
      sim: TextSimilarity, reviewSentences: [AnalysisRange], reviewIndex: TextSimilarity.Index,
      otherSentences: [AnalysisRange], otherTexts: @escaping () -> [String]
    ) {
      self.sim = sim
      self.reviewSentences = reviewSentences
      self.reviewIndex = reviewIndex
      self.otherSentences = otherSentences
      self.otherTexts = otherTexts
    }

    var otherIndex: TextSimilarity.Index {
      if let b = built { return b }
      let b = sim.index(otherTexts())
      built = b
      return b
    }

    /// A sentence's canonical units, made on first use.
    func canonical(_ r: AnalysisRange, of d: Document) -> [UInt16] {
      if let u = canonicalUnits[r.lowerBound] { return u }
      let u = sim.canonical(d.text(r))
      canonicalUnits[r.lowerBound] = u
      return u
    }

    /// Whether a sentence holds a word (canonical units) whole.
    func holds(_ r: AnalysisRange, of d: Document, word: [UInt16]) -> Bool {
      let u = canonical(r, of: d)
      return TextSpans.find(word, in: u, 0..<u.count) != nil
    }

    /// `Comparer.statesPractice`, asked once per sentence.
    func statesPractice(_ r: AnalysisRange, _ judge: () -> Bool) -> Bool {
      if let p = practice[r.lowerBound] { return p }
      let p = judge()
      practice[r.lowerBound] = p
      return p
    }
  }

  /// Whether the later report is a 政府工作报告, which keeps its own rules:
  /// its review states hundreds of figures whose subjects are broad (投入,
  /// 增长, 保持), so one of the same words is often of another thing
  /// (中央财政用于科技的投入 for 用于“三农”的投入), and its next plan takes up
  /// nearly every field again. Neither a figure of the subject in other
  /// words nor a mention in next year's problems or plan answers its
  /// commitments.
  func keepsGovernmentWorkRules(_ newer: Report) -> Bool {
    newer.document.metadata.kind == .governmentWork
  }

  /// What a commitment is matched by: its text, with what its verb acts
  /// on as a part of it; and, for an item opening on 一是/二是, the item's
  /// own first clause (七是推进政务公开，…: 政务公开).
  struct Query {
    var text: String
    var object: String?
    var topic: String?
  }

  func query(_ c: Commitment, of r: Report) -> Query {
    let d = r.document
    var q = Query(text: r.text(of: c), object: c.verb == nil ? nil : r.object(of: c), topic: nil)
    let allKinds = d.metadata.kind != .governmentWork
    let opens = d.analysis.units.withUnsafeBufferPointer {
      environment.statements.ordinalLength($0, c.range.lowerBound, c.range.upperBound, allKinds: allKinds)
    }
    // The item's marker (四是, ①) is no part of what it plans: its
    // characters would count against every review sentence's share.
    if allKinds && opens > 0 && opens + 2 < c.range.count {
      q.text = d.text(AnalysisRange(c.range.lowerBound + opens, c.range.upperBound))
    }
    if opens > 0, let first = TextSpans.clauses(d, c.range).first, first.count > opens + 2,
      first.upperBound < c.range.upperBound
    {
      q.topic = d.text(AnalysisRange(first.lowerBound + opens, first.upperBound))
    }
    return q
  }

  /// The sentences holding the largest share of the query (of its text or
  /// its object, or of its topic), best first, at most three.
  func matches(_ q: Query, in index: TextSimilarity.Index, _ sentences: [AnalysisRange], sim: TextSimilarity)
    -> [(range: AnalysisRange, score: Double)]
  {
    var best = sim.bestCoverage(q.text, part: q.object, in: index, k: 3)
    if let t = q.topic {
      var by: [Int: Double] = [:]
      for m in best + sim.bestCoverage(t, in: index, k: 3) { by[m.index] = max(by[m.index] ?? 0, m.score) }
      best = by.map { (index: $0.key, score: $0.value) }.sorted {
        $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index)
      }
    }
    return best.prefix(3).map { (sentences[$0.index], $0.score) }
  }

  /// The sentences of the parts of a role, and the titles of their
  /// sub-parts: a numbered line of a review ((2)举办乡村干部法治专题培训班6期，
  /// 参训干部352人次) is read as a heading, and says what was done.
  func sentencesAndSubheadings(_ r: Report, where role: (SectionRole) -> Bool) -> [AnalysisRange] {
    let d = r.document
    var out = sentences(r, where: role)
    for s in d.sections where s.parent != nil && role(s.role) {
      let t = AnalysisRange(
        s.analysisRange.lowerBound, min(s.analysisRange.upperBound, s.analysisRange.lowerBound + s.title.utf16.count))
      out += TextSpans.sentences(d, t)
    }
    return out.sorted { $0.lowerBound < $1.lowerBound }
  }

  /// Whether a review sentence reports work done; a short sentence opening
  /// its paragraph (a lead-in) is judged with the sentence after it.
  func reportsWork(
    _ r: AnalysisRange, in newer: Report, for c: Commitment? = nil, of older: Report? = nil,
    search: FollowUpSearch? = nil
  ) -> Bool {
    let d = newer.document
    if isEvidence(d.text(r)) { return true }
    // A rule (须经…方可) is followed when the review states it as practice;
    // an action when the review states it with the action's own verb (or a
    // synonym of it). A commitment that is neither (no verb, no rule word)
    // is not answered by a sentence that merely states something.
    if let c, let search, search.statesPractice(r, { statesPractice(r, in: newer) }) {
      if isRule(c, of: older) { return true }
      // The verb it opens with, or for a commitment opening on none any
      // action verb in it (城乡居民基础养老金月最低标准提高20元: 提高).
      if let v = c.verb {
        if search.holds(r, of: d, word: search.sim.canonical(v)) { return true }
      } else if let older,
        verbs(in: c, of: older).contains(where: { search.holds(r, of: d, word: search.sim.canonical($0)) })
      {
        return true
      }
    }
    guard r.count <= Self.maxLeadIn,
      let p = d.paragraphs.first(where: { $0.analysisRange.contains(r.lowerBound) }),
      TextSpans.sentences(d, p.analysisRange).first == r
    else { return false }
    let rest = TextSpans.sentences(d, p.analysisRange).dropFirst().first
    return rest.map { isEvidence(d.text($0)) } ?? false
  }

  /// The action verbs (commitment-verbs) a commitment holds anywhere.
  func verbs(in c: Commitment, of r: Report) -> [String] {
    let x = environment.statements
    var out: [String] = []
    r.document.analysis.units.withUnsafeBufferPointer { p in
      x.verbs.forEachMatch(p, in: c.range) { v, _, _ in out.append(x.verbList[v]) }
    }
    return out
  }

  /// Whether a commitment is a rule of practice: it holds a deontic modal
  /// of rule-words.txt (涉法事项须经法律顾问审查后方可决定).
  func isRule(_ c: Commitment, of older: Report?) -> Bool {
    guard let older else { return false }
    var found = false
    older.document.analysis.units.withUnsafeBufferPointer { p in
      environment.statements.ruleWords.forEachMatch(p, in: c.range) { _, _, _ in found = true }
    }
    return found
  }

  /// Whether a review sentence states a practice as fact (会前均经司法所合法性
  /// 审查): a sentence of the review that neither names a shortcoming (不够,
  /// 有待, 欠缺: the problem markers) nor plans (下一步, 将继续: the promise
  /// markers) tells what was done, in the review's own tense.
  func statesPractice(_ r: AnalysisRange, in newer: Report) -> Bool {
    let x = environment.statements
    var marked = false
    newer.document.analysis.units.withUnsafeBufferPointer { p in
      x.problemTrie.forEachMatch(p, in: r.offsets) { _, _, _ in marked = true }
      if !marked { x.promiseTrie.forEachMatch(p, in: r.offsets) { _, _, _ in marked = true } }
    }
    return !marked
  }

  /// The status of one commitment, the passages that decide it and why.
  func followUp(
    _ c: Commitment, of older: Report, in newer: Report, search: FollowUpSearch, measured: [TargetOutcome],
    copiedIntoNextPlan: Bool
  ) -> (status: FollowUpStatus, matches: [(range: AnalysisRange, score: Double)], reason: String) {
    let qs = query(c, of: older)
    let best = matches(qs, in: search.reviewIndex, search.reviewSentences, sim: search.sim)
    // A figure of the same subject in the review answers a measurable
    // commitment (one of its figures, or an aim read from its words: 每季度
    // 至少专题研究一次).
    if let m = measured.first(where: {
      $0.evidence != nil
        && ($0.target.quantity.map(c.quantities.contains)
          ?? ($0.target.range.lowerBound >= c.range.lowerBound && $0.target.range.upperBound <= c.range.upperBound))
    }),
      let ev = m.evidence
    {
      return (.followedUp, [ev] + best.filter { $0.range != ev.range }, "回顾报告了同一事项的数字")
    }
    // A rule is followed by a statement of the practice, in the review's
    // own words (会前均经法律顾问审查 for 须经法律顾问审查后方可决定): a mention
    // that states it as fact is enough.
    let rule = isRule(c, of: older)
    if let done = best.first(where: {
      ($0.score >= Self.followUpScore || rule && $0.score >= Self.mentionScore)
        && reportsWork($0.range, in: newer, for: c, of: older, search: search)
    }) {
      return (.followedUp, [done] + best.filter { $0.range != done.range }, "回顾讲到同一工作，并报告了做法或数字")
    }
    // A figure of the commitment's own subject, in other words (not for a
    // 政府工作报告: `keepsGovernmentWorkRules`).
    let governmentWork = keepsGovernmentWorkRules(newer)
    if !governmentWork, let fig = subjectFigure(c, of: older, in: newer, search: search) {
      return (.followedUp, [fig] + best.filter { $0.range != fig.range }, "回顾报告了同一事项的数字")
    }
    if let top = best.first, top.score >= Self.mentionScore {
      return (.mentionedOnly, best, "回顾讲到同一工作，但没有说做成了什么")
    }
    // Named again in next year's problems or plan, in other words (a
    // sentence copied word for word is flagged as such instead): a mention,
    // judged at the mention share as one in the review is. Not for a
    // 政府工作报告, whose next plan takes up nearly every field again.
    if !copiedIntoNextPlan && !governmentWork {
      let other = matches(qs, in: search.otherIndex, search.otherSentences, sim: search.sim)
      if let top = other.first, top.score >= Self.mentionScore {
        return (.mentionedOnly, [top] + best, "只在下一年的问题或计划中提到")
      }
    }
    return (.notMentioned, best, "")
  }

  /// A review sentence stating a figure of what a commitment's own figure
  /// counts: the figure's subject and unit word (执法人员每人每年参加法律培训 …
  /// 学时; 行政机关负责人出庭应诉率) taken as the query, so that the words of the
  /// plan around it (通过招录、调配, 力争, 保持在) do not dilute the share. The
  /// sentence must hold most of that subject (rare words weighing most),
  /// a figure of its own, and state what was done (no problem or plan
  /// marker): 乡长出庭应诉2件 answers 出庭应诉率达到100%, met or not; a
  /// count must be answered by a count of its kind (名 by 人 or 名).
  func subjectFigure(_ c: Commitment, of older: Report, in newer: Report, search: FollowUpSearch)
    -> (range: AnalysisRange, score: Double)?
  {
    for qi in c.quantities {
      let q = older.quantities[qi]
      let unit = q.unit.utf16.contains(where: TextSimilarity.isHan) ? q.unit : ""
      let rate = q.unitCategory == "percent" || q.unitCategory == "points"
      // The subject without a modal or aim it ends on (出庭应诉率保持, 队伍发展到):
      // they say how much, not of what.
      var subject = withoutAim(bareSubject(q.subject))
      // A rate's name ends on 率 (负责人出庭应诉率保持: the rest is the aim). It
      // is also named by what it counts: 出庭应诉率 by 出庭应诉 (乡长出庭应诉2件),
      // 整改率 by 整改 (整改完成83处).
      if rate, let end = subject.lastIndex(of: "率") { subject = String(subject[...end]) }
      var queries = [subject + unit]
      if rate, subject.count >= 3, subject.hasSuffix("率") { queries.append(Self.unrated(subject)) }
      for query in queries where query.utf16.count >= 2 {
        if let hit = subjectFigure(query, of: q, rate: rate, in: newer, search: search) { return hit }
      }
      // A count by the head word of what it counts; a rate by that of
      // what it is the rate of (合格 of 案卷评查合格率: 评定合格18卷).
      if let counted = queries.last, let head = search.sim.head(counted), rate == (queries.count > 1),
        rate || countedCategories.contains(q.unitCategory)
      {
        if let hit = countOfHead(head, q, rate: rate, subject: counted, in: newer, search: search) { return hit }
      }
    }
    return nil
  }

  /// A review figure counting the same thing as a planned count: its own
  /// subject ends on the planned subject's head word (执法人员 of 调配充实具有
  /// 法律专业背景的执法人员 and of 调入法学专业毕业的执法人员), in a unit of
  /// the same kind, in a sentence stating what was done. The score shown
  /// is the share of the subject the sentence holds.
  func countOfHead(
    _ head: [UInt16], _ q: Quantity, rate: Bool, subject: String, in newer: Report, search: FollowUpSearch
  ) -> (range: AnalysisRange, score: Double)? {
    if search.figureHeads == nil {
      var heads: [(sentence: Int, head: [UInt16], kind: String)] = []
      for (i, r) in search.reviewSentences.enumerated()
      where search.statesPractice(r, { statesPractice(r, in: newer) }) {
        for f in newer.quantities[newer.quantities(in: r)] {
          if let h = search.sim.head(f.subject) { heads.append((i, h, f.unitCategory)) }
        }
      }
      search.figureHeads = heads
    }
    // The sentence holding most of the subject among those with such a
    // figure (a rate: any count, or a rate; a count: a count of its kind).
    var best: (range: AnalysisRange, score: Double)? = nil
    var seen = Set<Int>()
    for f in search.figureHeads ?? []
    where f.head == head
      && (rate ? countedCategories.contains(f.kind) || f.kind == "percent" : f.kind == q.unitCategory)
      && seen.insert(f.sentence).inserted
    {
      let r = search.reviewSentences[f.sentence]
      let score = search.sim.coverage(subject, in: newer.document.text(r))
      if score > best?.score ?? -1 { best = (r, score) }
    }
    return best
  }

  /// The review sentence answering one query of `subjectFigure`.
  func subjectFigure(_ subject: String, of q: Quantity, rate: Bool, in newer: Report, search: FollowUpSearch)
    -> (range: AnalysisRange, score: Double)?
  {
    // Most of the subject, or the mention share of it with its head word
    // whole (乡长出庭应诉2件 for 行政机关负责人出庭应诉: the modifiers may be named
    // otherwise, the thing counted may not).
    let head = search.sim.head(subject)
    for m in search.sim.bestCoverage(subject, in: search.reviewIndex, k: 3) where m.score >= Self.mentionScore {
      let r = search.reviewSentences[m.index]
      guard m.score >= Self.followUpScore || head.map({ search.holds(r, of: newer.document, word: $0) }) == true
      else { continue }
      // A count is answered by a count of its kind (人 for 名, not 份);
      // a rate by its rate or by the counts it is worked out from.
      let kinds = newer.quantities[newer.quantities(in: r)].map(\.unitCategory)
      let answers = rate ? !kinds.isEmpty : kinds.contains(q.unitCategory)
      if answers && search.statesPractice(r, { statesPractice(r, in: newer) }) { return (r, m.score) }
    }
    return nil
  }
}
