/// A promise in a report: what will be done, how hard, how much, by when.
///
/// A report holds a commitment for nearly every clause of its plans (about one
/// per 40 characters), so a commitment keeps ranges, not text: get the text
/// with `Report.text(of:)`. Offsets are stored in 32 bits (inputs are limited
/// to `InputReader.maxBytes`) to keep a long report's model small.
public struct Commitment: Sendable, Equatable {
  private var start: Int32
  private var end: Int32
  private var verbEnd: Int32
  private var parentIndex: Int32 = -1
  private var sectionIndex: Int32 = -1
  /// Whether the commitment is a plan heading ((一)进一步提高依法行政意识) that
  /// holds sub-commitments.
  public var isHeading: Bool
  /// It carries a figure, a deadline or a countable object.
  public var measurable: Bool
  /// The action verb (加强, 提高, 建立健全 …).
  public var verb: String?
  /// 进一步, 继续, 全面, 持续 …
  public var intensity: String?
  /// 年底前, 6月底前, 到2027年 …
  public var deadline: String?
  public var category: Category
  /// Indices into `Report.quantities` of figures inside it.
  public var quantities: [Int]

  init(
    range: AnalysisRange, objectStart: Int, isHeading: Bool, verb: String?, intensity: String?, quantities: [Int],
    deadline: String?, measurable: Bool, section: Int?, category: Category
  ) {
    start = Int32(range.lowerBound)
    end = Int32(range.upperBound)
    verbEnd = Int32(objectStart)
    self.isHeading = isHeading
    self.verb = verb
    self.intensity = intensity
    self.quantities = quantities
    self.deadline = deadline
    self.measurable = measurable
    self.category = category
    self.section = section
  }

  /// Analysis range of the commitment's text.
  public var range: AnalysisRange {
    get { AnalysisRange(Int(start), Int(end)) }
    set {
      start = Int32(newValue.lowerBound)
      end = Int32(newValue.upperBound)
    }
  }
  /// Analysis range of what the verb acts on: the text after the verb (the
  /// whole text when there is no verb).
  public var objectRange: AnalysisRange {
    let s = Int(verbEnd)
    return s > range.lowerBound && s < range.upperBound ? AnalysisRange(s, range.upperBound) : range
  }
  /// Index of the heading commitment it stands under, in `Report.commitments`.
  public var parent: Int? {
    get { parentIndex < 0 ? nil : Int(parentIndex) }
    set { parentIndex = newValue.map(Int32.init) ?? -1 }
  }
  /// Section it stands in.
  public var section: Int? {
    get { sectionIndex < 0 ? nil : Int(sectionIndex) }
    set { sectionIndex = newValue.map(Int32.init) ?? -1 }
  }
}

extension Report {
  /// The text of a commitment, as written in the analysis text.
  public func text(of c: Commitment) -> String { document.text(c.range) }
  /// What a commitment's verb acts on (依法行政考核机制 in 建立健全依法行政考核机制).
  public func object(of c: Commitment) -> String { document.text(c.objectRange) }
}

extension StatementExtractor {
  func commitments(_ doc: Document, _ quantities: [Quantity], taxonomy: Taxonomy) -> [Commitment] {
    var out: [Commitment] = []
    // Plans hold about one commitment per 40 characters: reserving ahead
    // saves a long report the copies (and fresh pages) of repeated doubling.
    out.reserveCapacity(doc.analysis.units.count / 32 + 16)
    var figures = TextSpans.FigureCursor(quantities)
    var headingIndex: [Int: Int] = [:]  // section → commitment index
    // Plan headings below a plan part are top-level commitments (a part of a
    // plan part has its role: `DocumentParser.inheritPlanRoles`); a part of
    // targets (总体要求) under a plan part holds commitments too.
    var planPart = [Bool](repeating: false, count: doc.sections.count)
    for (i, s) in doc.sections.enumerated() {  // parents come before their parts
      planPart[i] = s.role == .plans || (s.parent.map { planPart[$0] } ?? false)
    }
    for (i, s) in doc.sections.enumerated() where planPart[i] && s.parent != nil {
      // Under a plan part, or an item a plan introduction made a plan
      // (DocumentParser.paragraphRoles: its role is not its title's).
      guard let p = s.parent, doc.sections[p].role.isPlan || (s.role == .plans && !s.roleFromTitle) else { continue }
      let r = AnalysisRange(s.analysisRange.lowerBound, s.analysisRange.lowerBound + s.title.utf16.count)
      var c = makeCommitment(doc, TextSpans.trim(doc, r), &figures, taxonomy: taxonomy, section: i)
      c.isHeading = true
      c.parent = headingIndex[p]
      headingIndex[i] = out.count
      out.append(c)
    }
    // Items of a plan that open on a lead-in (一是严格学法用法制度。组织…;
    // ①抓好干部学法用法。…), read where two or more paragraphs of a part
    // open so: the lead-in is the item's heading, as a numbered title is.
    var leadIns: [Int: AnalysisRange] = [:]
    var leadInsBySection: [Int: Int] = [:]
    // A 政府工作报告 keeps its own rules (its statuses were checked by hand
    // with its paragraphs read as they were).
    for (k, para) in doc.paragraphs.enumerated()
    where doc.metadata.kind != .governmentWork
      && (para.role == .plans || (para.section.map { planPart[$0] } ?? false))
    {
      if let l = leadIn(doc, para.analysisRange, quantities) {
        leadIns[k] = l
        leadInsBySection[para.section ?? -1, default: 0] += 1
      }
    }
    for (k, para) in doc.paragraphs.enumerated() {
      let sec = para.section
      let inPlan = para.role == .plans || (sec.map { planPart[$0] } ?? false)
      var parent = nearestHeading(doc, sec, headingIndex)
      var skipTo = para.analysisRange.lowerBound
      if inPlan, let l = leadIns[k], leadInsBySection[sec ?? -1, default: 0] >= 2 {
        var c = makeCommitment(doc, l, &figures, taxonomy: taxonomy, section: sec)
        c.isHeading = true
        c.parent = parent
        parent = out.count
        out.append(c)
        skipTo = l.upperBound
      }
      for sentence in TextSpans.sentences(doc, para.analysisRange) where sentence.lowerBound >= skipTo {
        var start = sentence.lowerBound
        if !inPlan {
          // Elsewhere only sentences that promise (下一步, 将继续 …) count, from the marker on.
          var end: Int? = nil
          doc.analysis.units.withUnsafeBufferPointer { p in
            promiseTrie.forEachMatch(p, in: sentence.offsets) { _, s, len in if end == nil { end = s + len } }
          }
          guard let e = end else { continue }
          start = e
        }
        var current: Int? = nil
        // Whether the sentence commits without a listed verb: asked once.
        var sentenceCommits: Bool? = nil
        for clause in TextSpans.clauses(doc, AnalysisRange(start, sentence.upperBound)) {
          if let lead = leadingVerb(doc, clause) {
            var c = makeCommitment(doc, clause, &figures, taxonomy: taxonomy, section: sec, lead: lead)
            c.parent = parent
            out.append(c)
            current = out.count - 1
          } else if inPlan && current == nil
            && (sentenceCommits
              ?? {
                let c = commits(doc, AnalysisRange(clause.lowerBound, sentence.upperBound))
                sentenceCommits = c
                return c
              }())
          {
            // A plan sentence that commits without opening on a listed verb.
            var c = makeCommitment(doc, clause, &figures, taxonomy: taxonomy, section: sec, lead: nil)
            c.parent = parent
            out.append(c)
            current = out.count - 1
          } else if let k = current {
            // A clause without a verb of its own continues the commitment.
            let extra = makeCommitment(doc, clause, &figures, taxonomy: taxonomy, section: sec, lead: nil)
            out[k].range = AnalysisRange(out[k].range.lowerBound, clause.upperBound)
            out[k].quantities += extra.quantities
            out[k].deadline = out[k].deadline ?? extra.deadline
            out[k].measurable = out[k].measurable || extra.measurable
          }
        }
      }
    }
    return out
  }

  /// The lead-in a plan item opens with: its first sentence (to 。),
  /// after any enumeration marker, when it is one clause with no figure,
  /// something follows it in the paragraph, and it is shorter than what
  /// follows (a title, not the item's first plan). Nil otherwise.
  func leadIn(_ doc: Document, _ r: AnalysisRange, _ quantities: [Quantity]) -> AnalysisRange? {
    doc.analysis.units.withUnsafeBufferPointer { p -> AnalysisRange? in
      var s = r.lowerBound
      while s < r.upperBound && (p[s] == 0x20 || p[s] == 0x3000) { s += 1 }
      let marker = ordinalLength(p, s, r.upperBound, allKinds: true)
      s += marker
      // The mark after an ordinal (第一，; 首先，).
      while s < r.upperBound && (p[s] == 0x20 || p[s] == 0x3000 || marker > 0 && (p[s] == 0xFF0C || p[s] == 0x3001)) {
        s += 1
      }
      var e = s
      while e < r.upperBound && p[e] != 0x3002 {
        if Punctuation.isClauseBreak(p[e]) || (p[e] >= 0x30 && p[e] <= 0x39) { return nil }
        e += 1
      }
      guard e < r.upperBound, e - s >= 2 else { return nil }
      // What follows: the rest of the paragraph, longer than the lead-in.
      var rest = r.upperBound
      while rest > e + 1 && (p[rest - 1] == 0x20 || p[rest - 1] == 0x0A || p[rest - 1] == 0x3000) { rest -= 1 }
      guard rest - (e + 1) > e - s else { return nil }
      guard TextSpans.indices(of: quantities, in: AnalysisRange(s, e)).isEmpty else { return nil }
      return AnalysisRange(s, e)
    }
  }

  func nearestHeading(_ doc: Document, _ section: Int?, _ index: [Int: Int]) -> Int? {
    var s = section
    while let i = s {
      if let c = index[i] { return c }
      s = doc.sections[i].parent
    }
    return nil
  }

  struct Lead {
    var intensity: String?
    var verb: String
    var verbEnd: Int
  }

  /// The intensity word and action verb a clause opens with, if it opens with one.
  func leadingVerb(_ doc: Document, _ clause: AnalysisRange) -> Lead? {
    doc.analysis.units.withUnsafeBufferPointer { p -> Lead? in
      var i = clause.lowerBound
      var intensityWord: String? = nil
      i += ordinalLength(p, i, clause.upperBound, allKinds: doc.metadata.kind != .governmentWork)
      for _ in 0..<3 {
        var moved = false
        if let m = intensity.longestMatch(p, from: i, limit: clause.upperBound), m.length < clause.count {
          intensityWord = intensityWord ?? intensityList[m.value]
          i += m.length
          moved = true
        }
        for w in openers where i + w.count < clause.upperBound && p.has(w, at: i) {
          i += w.count
          moved = true
          break
        }
        if !moved { break }
      }
      guard let v = verbs.longestMatch(p, from: i, limit: clause.upperBound), i + v.length < clause.upperBound else {
        return nil
      }
      return Lead(intensity: intensityWord, verb: verbList[v.value], verbEnd: i + v.length)
    }
  }

  static let classifiers: Set<UInt16> = Set("个项次场件家所座".utf16)
  nonisolated(unsafe) static let byYear = /到(20\d\d)年/
  /// Whether a range can hold a deadline at all: 底, 年内, 半年, 到 + digit,
  /// or a year followed by 前. The regex runs only then.
  static func mayHoldDeadline(_ u: [UInt16], _ r: AnalysisRange) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = u[i]
      if c == 0x5E95 { return true }  // 底
      if i + 1 < r.upperBound {
        let d = u[i + 1]
        if c == 0x5E74 && (d == 0x5185 || d == 0x524D) { return true }  // 年内 年前
        if c == 0x534A && d == 0x5E74 { return true }  // 半年
        if c == 0x5230 && d >= 0x30 && d <= 0x39 { return true }  // 到2
      }
      i += 1
    }
    return false
  }

  nonisolated(unsafe) static let deadlines =
    /(20\d\d年(?:底|年底|\d{1,2}月底)?前|到20\d\d年|年底前|年内|\d{1,2}月底前|\d{1,2}月份前|上半年|下半年|年底)/

  func makeCommitment(
    _ doc: Document, _ r: AnalysisRange, _ figures: inout TextSpans.FigureCursor, taxonomy: Taxonomy, section: Int?,
    lead: Lead? = nil
  ) -> Commitment {
    let lead = lead ?? leadingVerb(doc, r)
    let objectStart = lead?.verbEnd ?? r.lowerBound
    let qs = Array(figures.indices(in: r))
    // The regex is slow; most clauses hold none of its anchor characters.
    let deadline =
      Self.mayHoldDeadline(doc.analysis.units, r)
      ? doc.text(r).firstMatch(of: Self.deadlines).map { String($0.1) } : nil
    // A countable object: a classifier in the text and a figure with it.
    let countable = !qs.isEmpty && doc.analysis.units[r.offsets].contains(where: Self.classifiers.contains)
    return Commitment(
      range: r, objectStart: objectStart, isHeading: false, verb: lead?.verb, intensity: lead?.intensity,
      quantities: qs, deadline: deadline, measurable: !qs.isEmpty || deadline != nil || countable, section: section,
      category: categories.category(of: doc, r, taxonomy: taxonomy))
  }
}
