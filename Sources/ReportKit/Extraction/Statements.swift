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
  public var category: String
  /// Indices into `Report.quantities` of figures inside it.
  public var quantities: [Int]

  init(
    range: Range<Int>, objectStart: Int, isHeading: Bool, verb: String?, intensity: String?, quantities: [Int],
    deadline: String?, measurable: Bool, section: Int?, category: String
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
  public var range: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = Int32(newValue.lowerBound)
      end = Int32(newValue.upperBound)
    }
  }
  /// Analysis range of what the verb acts on: the text after the verb (the
  /// whole text when there is no verb).
  public var objectRange: Range<Int> {
    let s = Int(verbEnd)
    return s > range.lowerBound && s < range.upperBound ? s..<range.upperBound : range
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

/// An admission of a problem or shortcoming.
public struct Problem: Sendable, Equatable {
  public var range: Range<Int>
  public var text: String
  /// The marker that makes it a problem (有待进一步提高, 还不够 …), if any.
  public var marker: String?
  public var section: Int?
  public var category: String
}

/// How far ahead a target looks.
public enum TargetHorizon: String, Codable, Sendable {
  /// The year planned.
  case thisYear = "this_year"
  /// A yearly average over a five-year plan (年均, “十五五”).
  case fiveYearAverage = "five_year_average"
  /// By a named year (到2035年).
  case byYear = "by_year"
}

/// Which way a target binds (from its qualifier, else the metric-directions lexicon).
public enum TargetBound: String, Codable, Sendable {
  /// At or above is met (growth, new jobs, a cut written 下降3%以上).
  case floor
  /// At or below is met (prices, unemployment, caps written 以内/不超过).
  case ceiling
  /// Within the tolerance either side is met (M2 增长13%左右).
  case band
  /// An amount planned or arranged (赤字规模, 专项债券, 特别国债).
  case amount
}

/// A target a report sets for the year(s) ahead.
public struct Target: Sendable, Equatable {
  /// The canonical metric (国内生产总值增长), or the clause's own words.
  public var metric: String
  /// The clause as written.
  public var text: String
  public var range: Range<Int>
  /// Index into `Report.quantities`; nil for a qualitative target.
  public var quantity: Int?
  public var value: Double?
  public var high: Double?
  public var unit: String?
  public var approx: Approximation?
  public var horizon: TargetHorizon
  public var horizonYear: Int?
  public var section: Int?
  public var category: String
  /// Which way it binds; nil for a qualitative target or one no word decides.
  public var bound: TargetBound? = nil
  /// Whether it is a plan clause outside the 主要预期目标 list (赤字率拟按3%安排).
  public var fromPlanClause = false
}

/// Reads commitments, problems and targets out of an analysed document.
struct StatementExtractor: Sendable {
  let verbs: WordTrie
  let verbList: [String]
  let intensity: WordTrie
  let intensityList: [String]
  let problemMarkers: [String]
  let problemTrie: WordTrie
  let promiseMarkers: [String]
  let promiseTrie: WordTrie
  let aliases: [(alias: String, canonical: String)]
  let aliasTrie: WordTrie
  let categories: CategoryIndex
  let directions: [TargetBound]
  let directionTrie: WordTrie

  init(lexicons: Lexicons) {
    let dir = lexicons.pairs("metric-directions").compactMap { p in TargetBound(rawValue: p.0).map { ($0, p.1) } }
    directions = dir.map(\.0)
    directionTrie = WordTrie(dir.map(\.1))
    verbList = lexicons.words("commitment-verbs")
    verbs = WordTrie(verbList)
    intensityList = lexicons.words("intensity-words")
    intensity = WordTrie(intensityList)
    problemMarkers = lexicons.words("problem-markers")
    problemTrie = WordTrie(problemMarkers)
    promiseMarkers = ["下一步", "今后", "明年", "计划", "力争", "将继续", "将进一步", "将加快", "将着力", "将持续", "将全面"]
    promiseTrie = WordTrie(promiseMarkers)
    aliases = lexicons.pairs("metric-aliases").map { (alias: $0.1, canonical: $0.0) }
    aliasTrie = WordTrie(aliases.map(\.alias))
    categories = CategoryIndex(lexicons: lexicons)
  }

  /// 。！？ and line breaks.
  @inline(__always)
  static func isSentenceEnd(_ c: UInt16) -> Bool { c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0A }

  /// ，； and the sentence ends.
  @inline(__always)
  static func isClauseEnd(_ c: UInt16) -> Bool { c == 0xFF0C || c == 0xFF1B || isSentenceEnd(c) }

  /// Splits an analysis range into clauses (，；。！？), trimmed.
  static func clauses(_ doc: Document, _ r: Range<Int>) -> [Range<Int>] {
    let u = doc.analysis.units
    var out: [Range<Int>] = []
    var s = r.lowerBound
    var quote = 0
    for i in r {
      let c = u[i]
      if c == 0x201C || c == 0x300A || c == 0xFF08 { quote += 1 }
      if c == 0x201D || c == 0x300B || c == 0xFF09 { quote = max(0, quote - 1) }
      if Self.isClauseEnd(c) && (quote == 0 || Self.isSentenceEnd(c)) {
        if i > s { out.append(s..<i) }
        s = i + 1
        if Self.isSentenceEnd(c) { quote = 0 }
      }
    }
    if r.upperBound > s { out.append(s..<r.upperBound) }
    return out.map { Self.trim(doc, $0) }.filter { !$0.isEmpty }
  }

  static func sentences(_ doc: Document, _ r: Range<Int>) -> [Range<Int>] {
    let u = doc.analysis.units
    var out: [Range<Int>] = []
    var s = r.lowerBound
    for i in r where Self.isSentenceEnd(u[i]) || u[i] == 0xFF1B {
      if i > s { out.append(s..<(i + 1)) }
      s = i + 1
    }
    if r.upperBound > s { out.append(s..<r.upperBound) }
    return out.map { Self.trim(doc, $0) }.filter { !$0.isEmpty }
  }

  static func trim(_ doc: Document, _ r: Range<Int>) -> Range<Int> {
    let u = doc.analysis.units
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && (u[a] == 0x20 || u[a] == 0x0A) { a += 1 }
    while b > a && (u[b - 1] == 0x20 || u[b - 1] == 0x0A || u[b - 1] == 0x3002) { b -= 1 }
    return a..<b
  }

  /// The indices of the figures starting inside `r` (figures are in text
  /// order, so two binary searches find them).
  static func indices(of quantities: [Quantity], in r: Range<Int>) -> Range<Int> {
    func firstAtOrAfter(_ x: Int) -> Int {
      var lo = 0
      var hi = quantities.count
      while lo < hi {
        let m = (lo + hi) / 2
        if quantities[m].range.lowerBound < x { lo = m + 1 } else { hi = m }
      }
      return lo
    }
    return firstAtOrAfter(r.lowerBound)..<firstAtOrAfter(r.upperBound)
  }

  /// Finds the figures inside ranges that mostly come in text order: walks
  /// on from the last answer, and searches only when a range goes back (a
  /// binary search per clause was a cache miss per step in a long report).
  struct FigureCursor {
    let quantities: [Quantity]
    /// The first figure starting at or after the last range's start.
    var next = 0

    init(_ quantities: [Quantity]) { self.quantities = quantities }

    mutating func indices(in r: Range<Int>) -> Range<Int> {
      if next > 0 && quantities[next - 1].range.lowerBound >= r.lowerBound {
        next = StatementExtractor.indices(of: quantities, in: r).lowerBound
      }
      while next < quantities.count && quantities[next].range.lowerBound < r.lowerBound { next += 1 }
      var end = next
      while end < quantities.count && quantities[end].range.lowerBound < r.upperBound { end += 1 }
      return next..<end
    }
  }

  // MARK: Commitments

  func commitments(_ doc: Document, _ quantities: [Quantity], taxonomy: String) -> [Commitment] {
    var out: [Commitment] = []
    // Plans hold about one commitment per 40 characters: reserving ahead
    // saves a long report the copies (and fresh pages) of repeated doubling.
    out.reserveCapacity(doc.analysis.units.count / 32 + 16)
    var figures = FigureCursor(quantities)
    var headingIndex: [Int: Int] = [:]  // section → commitment index
    // Plan headings below a plan part are top-level commitments.
    for (i, s) in doc.sections.enumerated() where s.role == .plans && s.parent != nil {
      guard let p = s.parent, doc.sections[p].role.isPlan else { continue }
      let r = s.analysisRange.lowerBound..<(s.analysisRange.lowerBound + s.title.utf16.count)
      var c = makeCommitment(doc, Self.trim(doc, r), &figures, taxonomy: taxonomy, section: i)
      c.isHeading = true
      c.parent = headingIndex[p]
      headingIndex[i] = out.count
      out.append(c)
    }
    for para in doc.paragraphs {
      let sec = para.section
      let inPlan = sec.map { doc.sections[$0].role == .plans } ?? false
      let parent = nearestHeading(doc, sec, headingIndex)
      for sentence in Self.sentences(doc, para.analysisRange) {
        var start = sentence.lowerBound
        if !inPlan {
          // Elsewhere only sentences that promise (下一步, 将继续 …) count, from the marker on.
          var end: Int? = nil
          doc.analysis.units.withUnsafeBufferPointer { p in
            promiseTrie.forEachMatch(p, in: sentence) { _, s, len in if end == nil { end = s + len } }
          }
          guard let e = end else { continue }
          start = e
        }
        var current: Int? = nil
        for clause in Self.clauses(doc, start..<sentence.upperBound) {
          if let lead = leadingVerb(doc, clause) {
            var c = makeCommitment(doc, clause, &figures, taxonomy: taxonomy, section: sec, lead: lead)
            c.parent = parent
            out.append(c)
            current = out.count - 1
          } else if let k = current {
            // A clause without a verb of its own continues the commitment.
            let extra = makeCommitment(doc, clause, &figures, taxonomy: taxonomy, section: sec, lead: nil)
            out[k].range = out[k].range.lowerBound..<clause.upperBound
            out[k].quantities += extra.quantities
            out[k].deadline = out[k].deadline ?? extra.deadline
            out[k].measurable = out[k].measurable || extra.measurable
          }
        }
      }
    }
    return out
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

  static let skippable = ["同时", "并且", "并", "要", "将", "还要", "着力", "努力", "积极", "共同"].map { Array($0.utf16) }

  /// The intensity word and action verb a clause opens with, if it opens with one.
  func leadingVerb(_ doc: Document, _ clause: Range<Int>) -> Lead? {
    doc.analysis.units.withUnsafeBufferPointer { p -> Lead? in
      var i = clause.lowerBound
      var intensityWord: String? = nil
      for _ in 0..<3 {
        var moved = false
        if let m = intensity.longestMatch(p, from: i, limit: clause.upperBound), m.length < clause.count {
          intensityWord = intensityWord ?? intensityList[m.value]
          i += m.length
          moved = true
        }
        for w in Self.skippable where i + w.count < clause.upperBound && p.has(w, at: i) {
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
  static func mayHoldDeadline(_ u: [UInt16], _ r: Range<Int>) -> Bool {
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
    _ doc: Document, _ r: Range<Int>, _ figures: inout FigureCursor, taxonomy: String, section: Int?,
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
    let countable = !qs.isEmpty && doc.analysis.units[r].contains(where: Self.classifiers.contains)
    return Commitment(
      range: r, objectStart: objectStart, isHeading: false, verb: lead?.verb, intensity: lead?.intensity,
      quantities: qs, deadline: deadline, measurable: !qs.isEmpty || deadline != nil || countable, section: section,
      category: categories.category(of: doc, r, taxonomy: taxonomy))
  }

  // MARK: Problems

  func problems(_ doc: Document, taxonomy: String) -> [Problem] {
    var out: [Problem] = []
    for para in doc.paragraphs {
      let role = para.section.map { doc.sections[$0].role } ?? .other
      if role.isPlan { continue }
      let inProblems = role == .problems
      for sentence in Self.sentences(doc, para.analysisRange) {
        var found = false
        for clause in Self.clauses(doc, sentence) {
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

  // MARK: Targets

  func targets(_ doc: Document, _ quantities: [Quantity], taxonomy: String) -> [Target] {
    var out: [Target] = []
    let u = doc.analysis.units
    let paragraphs = doc.paragraphs
    var skipUntil = -1
    var covered: [Range<Int>] = []
    for (pi, para) in paragraphs.enumerated() where pi > skipUntil {
      guard let sec = para.section, doc.sections[sec].role.isPlan else { continue }
      // Cheap test first: a target list mentions 目标 or stands in the targets part.
      let hasMu = u[para.analysisRange].contains(0x76EE)
      guard hasMu || doc.sections[sec].role == .targets else { continue }
      var listStart: Int
      var before: String
      var listRanges: [Range<Int>] = []
      if let head = Self.targetHead(u, para.analysisRange) {
        listStart = head.listStart
        before = doc.text(max(para.analysisRange.lowerBound, head.phraseStart - 40)..<head.phraseStart)
        if Self.trim(doc, listStart..<para.analysisRange.upperBound).isEmpty {
          // The lead-in stands on its own line: the list is the following
          // lines of the same part that carry figures.
          var k = pi + 1
          while k < paragraphs.count, paragraphs[k].section == sec, k - pi <= 20,
            !Self.indices(of: quantities, in: paragraphs[k].analysisRange).isEmpty
          {
            listRanges.append(paragraphs[k].analysisRange)
            k += 1
          }
          skipUntil = k - 1
        }
      } else {
        // A list without a heading phrase (the 2020 report): in the targets
        // part, a paragraph of figures with 左右/以上/以内 between semicolons.
        let loose = Self.indices(of: quantities, in: para.analysisRange).map { quantities[$0] }.filter {
          [.about, .atLeast, .atMost].contains($0.approx)
        }
        guard doc.sections[sec].role == .targets, loose.count >= 3,
          u[para.analysisRange].filter({ $0 == 0xFF1B }).count >= 2
        else {
          continue
        }
        listStart = para.analysisRange.lowerBound
        before = doc.text(para.analysisRange.lowerBound..<min(para.analysisRange.upperBound, listStart + 60))
      }
      if listRanges.isEmpty {
        // The list runs to the end of its sentence, and on through the
        // following sentences of the paragraph while each is a list of figures.
        var end = u[listStart..<para.analysisRange.upperBound].firstIndex(of: 0x3002) ?? para.analysisRange.upperBound
        while end < para.analysisRange.upperBound {
          let next = end + 1
          let stop = u[next..<para.analysisRange.upperBound].firstIndex(of: 0x3002) ?? para.analysisRange.upperBound
          // An item list: at least half its clauses carry figures (not a
          // sentence explaining one, 提出居民消费价格涨幅控制在4%左右，综合考虑了…).
          let parts = Self.clauses(doc, next..<stop)
          let withFigures = parts.filter { !Self.indices(of: quantities, in: $0).isEmpty }.count
          guard stop > next, withFigures > 0, withFigures * 2 >= parts.count else { break }
          end = stop
        }
        listRanges = [listStart..<end]
      }
      // The lead-in is the head phrase's own sentence.
      let lead = before.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == "！" }).last.map(String.init) ?? ""
      let (horizon, horizonYear) = listHorizon(doc, sec, pi, lead: lead)
      for clause in listRanges.flatMap({ Self.clauses(doc, $0) }) {
        let t = doc.text(clause)
        let qi = Array(Self.indices(of: quantities, in: clause))
        let (clauseHorizon, clauseYear) =
          Self.mayNameHorizon(u, clause) ? Self.clauseHorizon(t, else: (horizon, horizonYear)) : (horizon, horizonYear)
        if qi.isEmpty {
          // "在实际工作中努力争取更好结果" qualifies the list; it is no target.
          guard t.count >= 4, !t.contains("实际工作中"), !t.contains("更好结果") else { continue }
          out.append(
            Target(
              metric: leadingMetric(t), text: t, range: clause, quantity: nil, value: nil, high: nil, unit: nil,
              approx: nil,
              horizon: clauseHorizon, horizonYear: clauseYear, section: sec,
              category: categories.category(of: t, taxonomy: taxonomy)))
          continue
        }
        for k in qi {
          let q = quantities[k]
          let name = q.subject + (q.change ?? "")
          out.append(
            Target(
              metric: metric(name), text: t, range: clause, quantity: k, value: q.normalizedValue,
              high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: clauseHorizon,
              horizonYear: clauseYear, section: sec, category: categories.category(of: t, taxonomy: taxonomy),
              bound: bound(doc, clause, q)))
        }
      }
      covered += listRanges
    }
    // A plan clause restating a listed target (经济增长预期目标定为7.5%左右) is
    // not a second target.
    let listed = Set(out.compactMap { t in t.value.map { "\(t.metric)\u{0}\($0)" } })
    out += planClauses(doc, quantities, taxonomy: taxonomy, covered: covered).filter {
      !listed.contains("\($0.metric)\u{0}\($0.value ?? .nan)")
    }
    return out
  }

  /// Which way a figure of a plan binds: its qualifier (以内/不超过 a ceiling,
  /// 以上/超过 a floor), else the longest metric-directions phrase of its
  /// clause, else a band when written 左右.
  func bound(_ doc: Document, _ clause: Range<Int>, _ q: Quantity) -> TargetBound? {
    switch q.approx {
    case .atMost, .lessThan: return .ceiling
    case .atLeast, .moreThan: return .floor
    default: break
    }
    var best: (length: Int, value: Int)? = nil
    doc.analysis.units.withUnsafeBufferPointer { p in
      directionTrie.forEachMatch(p, in: clause) { v, _, len in
        if best == nil || len > best!.length { best = (len, v) }
      }
    }
    if let b = best { return directions[b.value] }
    return q.approx == .about ? .band : nil
  }

  static let qizhong = Array("其中".utf16)
  static let qunian = Array("去年".utf16)
  static let biQunian = Array("比去年".utf16)
  static let guoqu = Array("过去".utf16)
  static let jinnian = Array("今年".utf16)
  static let planMarkerUnits = planMarkers.map { Array($0.utf16) }

  /// Whether `w` occurs in `u[r]`.
  static func find(_ u: [UInt16], _ w: [UInt16], in r: Range<Int>) -> Bool {
    guard let first = w.first, r.count >= w.count else { return false }
    var i = r.lowerBound
    let last = r.upperBound - w.count
    while i <= last {
      if u[i] == first {
        var k = 1
        while k < w.count && u[i + k] == w[k] { k += 1 }
        if k == w.count { return true }
      }
      i += 1
    }
    return false
  }

  static let planMarkers = ["拟", "预期", "安排", "今年", "力争", "确保", "发行", "要", "将", "计划", "目标"]

  /// Quantified plan clauses outside the target list, in plan parts of the
  /// plan year: a sentence that plans (拟, 预期, 安排, 要, 将 …) and does not
  /// look back (去年, 过去, the review year, unless it names the plan year
  /// too); in it, each clause with a figure and a word of the
  /// metric-directions lexicon, except a comparison (比去年增加8000亿元).
  func planClauses(_ doc: Document, _ quantities: [Quantity], taxonomy: String, covered: [Range<Int>]) -> [Target] {
    var out: [Target] = []
    let review = doc.metadata.reviewYear.map { Array("\($0)年".utf16) }
    let plan = doc.metadata.planYear.map { Array("\($0)年".utf16) }
    let u = doc.analysis.units
    var figures = FigureCursor(quantities)
    var horizonOf: [Int: TargetHorizon] = [:]
    for (pi, para) in doc.paragraphs.enumerated() {
      guard let sec = para.section, doc.sections[sec].role.isPlan else { continue }
      if figures.indices(in: para.analysisRange).isEmpty { continue }
      let h = horizonOf[sec] ?? listHorizon(doc, sec, pi, lead: "").0
      horizonOf[sec] = h
      guard h == .thisYear else { continue }
      // A piece after ； goes on the plan of the piece before it
      // (赤字率拟按2.8%安排；财政赤字2.76万亿元), and so does a sentence
      // opening with 其中 (其中，中央财政赤字1.4万亿元).
      var planning = false
      var lastPlanned = false
      // A sentence looking back (过去一年，我们的各项工作取得了很大成绩) makes the
      // sentences after it in its paragraph look back too, until one plans
      // with a plan word (今年, 要, 拟 …).
      var recounting = false
      for sentence in Self.sentences(doc, para.analysisRange) {
        // Word tests on the units: String.contains goes through Foundation
        // and cost a fifth of the analysis.
        func has(_ w: [UInt16]) -> Bool { Self.find(u, w, in: sentence) }
        let carried =
          planning
          || lastPlanned
            && Self.find(u, Self.qizhong, in: sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + 2))
        planning = false
        lastPlanned = false
        if covered.contains(where: { $0.overlaps(sentence) }) { continue }
        let looksBack = has(Self.qunian) && !has(Self.biQunian) || has(Self.guoqu) || review.map(has) == true
        if looksBack && !(has(Self.jinnian) || plan.map(has) == true) {
          recounting = true
          continue
        }
        // An imperative sentence of the plan part plans too: a commitment
        // verb (加强, 完善, 推进 …) makes it one.
        let hasVerb = { (r: Range<Int>) -> Bool in
          var found = false
          u.withUnsafeBufferPointer { p in self.verbs.forEachMatch(p, in: r) { _, _, _ in found = true } }
          return found
        }
        let withFigures = !figures.indices(in: sentence).isEmpty
        let marked = carried || Self.planMarkerUnits.contains(where: has)
        if recounting && !marked { continue }
        recounting = false
        let plans = marked || withFigures && hasVerb(sentence)
        planning = plans && u[sentence.upperBound - 1] == 0xFF1B
        lastPlanned = plans
        guard plans, withFigures else { continue }
        var clausePlanned = false
        var lastFigure: Quantity? = nil
        for clause in Self.clauses(doc, sentence) {
          let qi = figures.indices(in: clause)
          let previous = clausePlanned
          clausePlanned = false
          if qi.isEmpty { continue }
          if u[clause.lowerBound] == 0x6BD4 { continue }  // 比
          // The clause names which way its figure binds (增长, 赤字率 …), or
          // plans it with a verb (新开工700万套, 改造农村危房260万户) or a plan
          // word (今年先发行1万亿元); one opening with 其中 goes on the plan of
          // the clause before it (其中各类棚户区470万套以上).
          var hasWord = false
          u.withUnsafeBufferPointer { p in
            directionTrie.forEachMatch(p, in: clause) { _, _, _ in hasWord = true }
          }
          let byDirection = hasWord
          if !hasWord {
            let opensWithQizhong = Self.find(
              u, Self.qizhong, in: clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 2))
            hasWord =
              hasVerb(clause) || Self.planMarkerUnits.contains { Self.find(u, $0, in: clause) }
              || (previous && opensWithQizhong)
          }
          // 预计 forecasts (预计今年高校毕业生超过1170万人): no plan.
          guard hasWord, !Self.find(u, Self.yuji, in: clause) else { continue }
          // A bare change after a planned figure of the same unit is the
          // difference against last year (农村危房改造366万户，增加100万户).
          if previous, let last = lastFigure, Self.opensWithChange(u, clause),
            quantities[qi.lowerBound].baseUnit == last.baseUnit
          {
            continue
          }
          clausePlanned = true
          lastFigure = quantities[qi.upperBound - 1]
          let t = doc.text(clause)
          let (horizon, year) =
            Self.mayNameHorizon(u, clause)
            ? Self.clauseHorizon(t, else: (.thisYear, doc.metadata.planYear)) : (.thisYear, doc.metadata.planYear)
          for k in qi {
            let q = quantities[k]
            // A comparison inside the clause (比上年增长, 高0.2个百分点) is no plan.
            if u[max(clause.lowerBound, q.range.lowerBound - 6)..<q.range.lowerBound].contains(0x6BD4) { continue }
            // Planned by a verb alone, a figure is an amount to reach, not a
            // span of time (15分钟生活圈, 再延长30年), an ordinal, a class (30万吨级)
            // or a figure inside a quoted name (“3个100万”).
            if !byDirection && !Self.isPlannedAmount(q, u, clause) { continue }
            // The level a change starts from (由25元提高到40元) is no plan.
            if Self.isStartingPoint(q, u, clause, quantities) { continue }
            let name = q.subject.isEmpty ? t : q.subject + (q.change ?? "")
            // A figure whose clause names nothing but a verb before it is of
            // the sentence's topic (…发行超长期特别国债，…，今年先发行1万亿元).
            let metrics =
              Self.onlyVerbBefore(u, clause, q) && !names(u, clause)
              ? (topic(u, sentence.lowerBound..<clause.lowerBound).map { [$0] } ?? planMetrics(name))
              : planMetrics(name)
            for metric in metrics {
              out.append(
                Target(
                  metric: metric, text: t, range: clause, quantity: k, value: q.normalizedValue,
                  high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: horizon, horizonYear: year,
                  section: sec, category: categories.category(of: t, taxonomy: taxonomy), bound: bound(doc, clause, q),
                  fromPlanClause: true))
            }
          }
        }
      }
    }
    return out
  }

  /// Whether a figure is where a change starts: 由 or 从 before it with no
  /// other figure between, and 到 or 至 after it in the clause.
  static func isStartingPoint(_ q: Quantity, _ u: [UInt16], _ clause: Range<Int>, _ quantities: [Quantity]) -> Bool {
    var i = q.range.lowerBound - 1
    var from = false
    while i >= clause.lowerBound {
      let c = u[i]
      if c == 0x7531 || c == 0x4ECE {  // 由 从
        from = true
        break
      }
      if (0x30...0x39).contains(c) { return false }
      i -= 1
    }
    guard from else { return false }
    for j in q.range.upperBound..<clause.upperBound where u[j] == 0x5230 || u[j] == 0x81F3 { return true }  // 到 至
    return false
  }

  static let changeOpeners = ["增加", "减少", "提高", "增长", "下降"].map { Array($0.utf16) }

  /// Whether a clause opens with a change word followed by a figure
  /// (增加100万户): a change with no subject of its own.
  static func opensWithChange(_ u: [UInt16], _ clause: Range<Int>) -> Bool {
    let s = clause.lowerBound
    for w in changeOpeners where clause.count > w.count && Array(u[s..<(s + w.count)]) == w {
      let c = u[s + w.count]
      return (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c)
    }
    return false
  }

  static let notAmounts: Set<String> = ["time", "ordinal"]
  static let yuji = Array("预计".utf16)

  /// Whether a figure planned by a verb is an amount: not a duration or an
  /// ordinal, not followed by 级, not inside a quotation opened in its clause.
  static func isPlannedAmount(_ q: Quantity, _ u: [UInt16], _ clause: Range<Int>) -> Bool {
    if notAmounts.contains(q.unitCategory) { return false }
    if q.range.upperBound < clause.upperBound && u[q.range.upperBound] == 0x7EA7 { return false }  // 级
    var open = 0
    for i in clause.lowerBound..<q.range.lowerBound {
      if u[i] == 0x201C { open += 1 } else if u[i] == 0x201D { open = max(0, open - 1) }
    }
    return open == 0
  }

  /// Whether the words of the clause before the figure are only a lead
  /// (今年, 再 …) and a short verb (发行, 安排): at most three characters after
  /// the leads.
  static func onlyVerbBefore(_ u: [UInt16], _ clause: Range<Int>, _ q: Quantity) -> Bool {
    var i = clause.lowerBound
    var moved = true
    while moved {
      moved = false
      for w in planLeadUnits where i + w.count <= q.range.lowerBound && Array(u[i..<(i + w.count)]) == w {
        i += w.count
        moved = true
      }
    }
    return q.range.lowerBound - i <= 3
  }
  static let planLeadUnits = planLeads.map { Array($0.utf16) }

  /// The metric last named in a range: the alias ending last, the longest
  /// of those (超长期特别国债, not 特别国债).
  func topic(_ u: [UInt16], _ r: Range<Int>) -> String? {
    var best: (end: Int, length: Int, value: Int)? = nil
    u.withUnsafeBufferPointer { p in
      aliasTrie.forEachMatch(p, in: r) { v, s, len in
        if best == nil || s + len > best!.end || (s + len == best!.end && len > best!.length) {
          best = (s + len, len, v)
        }
      }
    }
    return best.map { aliases[$0.value].canonical }
  }

  static let periodWords = ["五年", "十五五", "十四五", "十三五", "十二五", "十一五", "规划", "纲要"]
  static let periodWordUnits = periodWords.map { Array($0.utf16) }
  static let yearWordUnits = ["今年", "明年"].map { Array($0.utf16) }
  /// The end of a quoted plan name (“十五五”).
  static let planNameClose = Array("五”".utf16)

  /// The horizon of a target list: its lead-in's own words first (今年, the
  /// plan year, 明年 make it this year's; 五年, a five-year plan, 规划 or 纲要 a
  /// plan period's); else the year of the part it stands in, from the
  /// innermost title naming one: the plan year makes it this year's (even
  /// beside a plan period, 十五五时期目标任务和2026年工作安排), a plan period
  /// alone the period's; else the paragraph before it when that names the
  /// plan year or 今年; else this year.
  func listHorizon(_ doc: Document, _ sec: Int, _ pi: Int, lead: String) -> (TargetHorizon, Int?) {
    let plan = doc.metadata.planYear
    // On UTF-16 units: Foundation's String.contains cost thousands of
    // instructions a call, and this runs for every plan part.
    let planYear = plan.map { Array("\($0)年".utf16) }
    func has(_ t: [UInt16], _ w: [UInt16]) -> Bool {
      guard t.count >= w.count else { return false }
      for k in 0...(t.count - w.count) {
        var m = 0
        while m < w.count && t[k + m] == w[m] { m += 1 }
        if m == w.count { return true }
      }
      return false
    }
    func namesYear(_ t: [UInt16]) -> Bool {
      Self.yearWordUnits.contains { has(t, $0) } || planYear.map { has(t, $0) } == true
    }
    func namesPeriod(_ t: [UInt16]) -> Bool { Self.periodWordUnits.contains { has(t, $0) } }
    let leadUnits = Array(lead.utf16)
    if namesYear(leadUnits) { return (.thisYear, plan) }
    if namesPeriod(leadUnits) { return (.fiveYearAverage, nil) }
    var s: Int? = sec
    while let i = s {
      let title = Array(doc.sections[i].title.utf16)
      if namesYear(title) { return (.thisYear, plan) }
      if namesPeriod(title) || has(title, Self.planNameClose) { return (.fiveYearAverage, nil) }
      s = doc.sections[i].parent
    }
    return (.thisYear, plan)
  }

  /// Whether a clause holds a word `clauseHorizon` reads (到, 期间, 年均):
  /// a test on the units, so that most clauses skip the String search.
  static func mayNameHorizon(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound {
      let c = u[i]
      if c == 0x5230 { return true }  // 到
      if i + 1 < r.upperBound {
        let d = u[i + 1]
        if (c == 0x671F && d == 0x95F4) || (c == 0x5E74 && d == 0x5747) { return true }  // 期间, 年均
      }
      i += 1
    }
    return false
  }

  /// Whether a range names a metric (an alias of one).
  func names(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    var found = false
    u.withUnsafeBufferPointer { p in aliasTrie.forEachMatch(p, in: r) { _, _, _ in found = true } }
    return found
  }

  /// A clause's own horizon: by a year (到2025年 …), a yearly average over a
  /// plan period, or else the one given.
  static func clauseHorizon(_ t: String, else given: (TargetHorizon, Int?)) -> (TargetHorizon, Int?) {
    if t.contains("到"), let m = t.firstMatch(of: Self.byYear), let y = Int(m.1) { return (.byYear, y) }
    if saysPeriodAverage(t) { return (.fiveYearAverage, nil) }
    return given
  }

  /// Whether a clause sets a yearly average over a plan period: 期间, or
  /// 年均 before a change (年均增长, 年均下降 …). 年均浓度 is the yearly mean.
  static func saysPeriodAverage(_ t: String) -> Bool {
    if t.contains("期间") { return true }
    var rest = Substring(t)
    while let r = rest.range(of: "年均") {
      let after = rest[r.upperBound...]
      if ["增长", "增速", "下降", "降低", "提高", "减少", "增加", "新增", "提升", "递增", "递减"].contains(where: {
        after.hasPrefix($0)
      }) {
        return true
      }
      rest = after
    }
    return false
  }

  /// Where a target list begins: after "主要预期目标…：", "主要目标…：" or
  /// "预期目标…：" (up to 12 characters between the phrase and the colon).
  static func targetHead(_ u: [UInt16], _ r: Range<Int>) -> (phraseStart: Int, listStart: Int)? {
    var i = r.lowerBound + 2
    while i + 1 < r.upperBound {
      if u[i] == 0x76EE && u[i + 1] == 0x6807 {  // 目标
        let a = u[i - 2]
        let b = u[i - 1]
        let zhuyao = a == 0x4E3B && b == 0x8981  // 主要
        let yuqi = a == 0x9884 && b == 0x671F  // 预期
        if zhuyao || yuqi {
          var j = i + 2
          while j < r.upperBound && j - (i + 2) <= 12 {
            let c = u[j]
            if c == 0xFF1A || c == 0x3A { return (i - 2, j + 1) }  // ：
            if c == 0x3002 { break }
            j += 1
          }
        }
      }
      i += 1
    }
    return nil
  }

  static let planLeads = ["今年", "全年", "力争", "确保", "同时", "要", "将", "拟", "并", "再", "也", "但", "而", "把"]

  /// The metric of a plan clause: the canonical name when an alias opens the
  /// words (after 今年, 力争 …), or ends them after words of that same name
  /// (地方专项债券 is 地方政府专项债券: 地方 is of the name); else the words
  /// themselves: 海洋生产总值增长 is not 国内生产总值增长.
  func planMetric(_ words: String) -> String {
    var rest = Substring(words)
    var moved = true
    while moved {
      moved = false
      for w in Self.planLeads where rest.hasPrefix(w) {
        rest = rest.dropFirst(w.count)
        moved = true
      }
    }
    let offset = words.utf16.count - rest.utf16.count
    let matches = aliasTrie.matches(in: words)
    var best: (length: Int, value: Int, start: Int)? = nil
    for m in matches where best == nil || m.length > best!.length {
      best = (m.length, m.value, m.start)
    }
    guard let b = best else { return String(rest) }
    if b.start <= offset { return aliases[b.value].canonical }
    // An alias ending the words, after words of its own canonical name.
    let n = words.utf16.count
    for m in matches where m.start + m.length == n && m.start > offset {
      let canonical = aliases[m.value].canonical
      let before = Array(words.utf16)[offset..<m.start]
      if Self.isSubsequence(before, of: Array(canonical.utf16)) { return canonical }
    }
    return String(rest)
  }

  /// Whether the units `a` occur in `b` in order (not necessarily together).
  static func isSubsequence(_ a: ArraySlice<UInt16>, of b: [UInt16]) -> Bool {
    var j = 0
    for c in a {
      while j < b.count && b[j] != c { j += 1 }
      if j == b.count { return false }
      j += 1
    }
    return true
  }

  /// The metrics of a plan clause's subject: two metrics joined by 和, 与 or
  /// 及 under one predicate (广义货币M2和社会融资规模余额预期增长均为12%左右)
  /// are two targets; else the one metric of `planMetric`.
  func planMetrics(_ words: String) -> [String] {
    let u = Array(words.utf16)
    for (i, c) in u.enumerated() where i > 0 && (c == 0x548C || c == 0x4E0E || c == 0x53CA) {  // 和 与 及
      let left = String(decoding: u[..<i], as: UTF16.self)
      let right = String(decoding: u[(i + 1)...], as: UTF16.self)
      let a = planMetric(left)
      guard metricNames(in: left).contains(a) else { continue }
      // The right side opens with an alias: its longest opening alias names it.
      var b: (length: Int, value: Int)? = nil
      for m in aliasTrie.matches(in: right) where m.start == 0 && (b == nil || m.length > b!.length) {
        b = (m.length, m.value)
      }
      guard let bb = b else { continue }
      let second = aliases[bb.value].canonical
      if second != a { return [a, second] }
    }
    return [planMetric(words)]
  }

  /// The metric a clause without a figure is about: its first alias (居民收入和
  /// 经济增长基本同步 is about income, not growth), the longest of those
  /// starting there; else the words themselves.
  func leadingMetric(_ words: String) -> String {
    var best: (start: Int, length: Int, value: Int)? = nil
    for m in aliasTrie.matches(in: words)
    where best == nil || m.start < best!.start || (m.start == best!.start && m.length > best!.length) {
      best = (m.start, m.length, m.value)
    }
    return best.map { aliases[$0.value].canonical } ?? words
  }

  /// Whether a figure's subject ends in a metric's name (国内生产总值, not
  /// 财政赤字占国内生产总值的比重从2009年的): an alias ends within two characters
  /// of its end.
  func metricNamesSubject(_ subject: String) -> Bool {
    let n = subject.utf16.count
    return aliasTrie.matches(in: subject).contains { m in n - (m.start + m.length) <= 2 }
  }

  /// The canonical metrics whose aliases a text holds.
  func metricNames(in text: String) -> Set<String> {
    Set(aliasTrie.matches(in: text).map { aliases[$0.value].canonical })
  }

  /// The canonical name of a metric through the metric-aliases lexicon: the
  /// longest alias the words contain; else the words themselves.
  func metric(_ words: String) -> String {
    var best: (length: Int, value: Int)? = nil
    for m in aliasTrie.matches(in: words) where best == nil || m.length > best!.length { best = (m.length, m.value) }
    return best.map { aliases[$0.value].canonical } ?? words
  }
}

/// Assigns categories from the categories lexicon: the category whose
/// keywords occur most often in a text; 其他 when none does.
struct CategoryIndex: Sendable {
  /// Per taxonomy: its name, the keyword trie, each keyword's category
  /// number, and the category names. (Two taxonomies: a list beats hashing
  /// the name on every call.)
  let tries: [(taxonomy: String, trie: WordTrie, categories: [Int], names: [String])]

  init(lexicons: Lexicons) {
    var k: [String: [(String, String)]] = [:]
    for r in lexicons.rows("categories") where r.count >= 3 {
      k[r[0], default: []].append((r[1], r[2]))
    }
    tries = k.keys.sorted().map { taxonomy in
      let list = k[taxonomy]!
      let names = Array(Set(list.map(\.0))).sorted()
      let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
      return (taxonomy, WordTrie(list.map(\.1)), list.map { index[$0.0]! }, names)
    }
  }

  func category(of text: String, taxonomy: String) -> String {
    let u = Array(text.utf16)
    return u.withUnsafeBufferPointer { category(of: $0, 0..<$0.count, taxonomy: taxonomy) }
  }

  /// The category of a range of UTF-16 units: the one whose keywords cover
  /// the most characters; ties go to the name that sorts first.
  func category(of p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>, taxonomy: String) -> String {
    guard let t = tries.first(where: { $0.taxonomy == taxonomy }) else { return "其他" }
    // Scores on the stack: this runs for every figure and clause.
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: t.names.count) { score -> String in
      score.initialize(repeating: 0)
      var any = false
      t.trie.forEachMatch(p, in: r) { v, _, len in
        score[t.categories[v]] += len
        any = true
      }
      guard any else { return "其他" }
      var best = 0
      for i in score.indices where score[i] > score[best] { best = i }
      return t.names[best]
    }
  }

  func category(of doc: Document, _ r: Range<Int>, taxonomy: String) -> String {
    doc.analysis.units.withUnsafeBufferPointer { category(of: $0, r, taxonomy: taxonomy) }
  }
}
