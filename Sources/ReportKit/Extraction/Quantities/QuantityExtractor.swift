/// Finds every counted figure in the analysis text of a report.
///
/// The scan runs over UTF-16 units and stops only where a number can begin
/// (an ASCII digit, a Chinese numeral, 百分之). At each such place it reads the
/// number, its scale (万, 亿), approximation words around it, its unit from the
/// units lexicon, a second number for a range, and a direction word before it.
/// A figure needs a unit: a bare number is not a count. Look-alikes are
/// dropped: years and dates, ordinals (第一), numbers inside 《》 titles or
/// 〔〕 document numbers, and any numeral inside a term of the
/// not-quantities lexicon (三项制度, 二十大, 进一步).
public struct QuantityExtractor: Sendable {
  let units: [UnitEntry]
  /// Per unit of `units`: the unit of a figure written in it with no scale
  /// words, shared by all those figures.
  let unitForms: [FigureUnit]
  /// Per unit of `units`: its factor to the base unit.
  let unitFactors: [Double]
  let unitTrie: WordTrie
  let notQuantities: WordTrie
  let maxNotQuantityLength: Int
  /// Verbs that may stand before a count whose counted thing follows it
  /// (推出119个…重点事项): the commitment verbs and a few verbs of making.
  let countVerbs: Set<UInt64>
  /// Per unit of `units`: a bit set of `UnitKind` flags, so the scanner
  /// compares no strings per figure.
  let unitKinds: [UInt8]
  /// First and last UTF-16 units of the count verbs: most places are
  /// rejected with one load.
  let verbFirst: [Bool]
  let verbLast: [Bool]
  /// Scope words and light verbs cut from the front of a subject (全年,
  /// 举办), longest first (scope-words.txt, light-verbs.txt), and a table of
  /// their first units.
  let scopeWords: [[UInt16]]
  let lightVerbs: [[UInt16]]
  let scopeStarts: [Bool]
  /// Comparisons that end a subject (比上年): subject-comparisons.txt, and
  /// a table of their first units.
  let subjectComparisons: [[UInt16]]
  /// Words opening a comparison with something else (comparison-starts.txt).
  let comparisonStarts: [[UInt16]]
  /// Meetings named after a session number (meeting-words.txt).
  let meetings: [[UInt16]]
  let subjectComparisonStarts: [Bool]
  /// Words before a figure that qualify it (approximation-words.txt: 不少于,
  /// 约 …), direction words before it (change-words.txt: 增长, 下降 …),
  /// joining words cut from the end of its subject (subject-trailers.txt:
  /// 达到, 为 …) and adverbs in 地 stepped over at the subject's start
  /// (subject-adverbs.txt), each longest first, and tables of the last units
  /// of the first three, so most places are rejected with one load.
  let prefixes: [(word: [UInt16], approx: Approximation)]
  let prefixEnds: [Bool]
  let changeNames: [String]
  let changeWords: [[UInt16]]
  let changeEnds: [Bool]
  let trailing: [[UInt16]]
  let trailingEnds: [Bool]
  let adverbs: [[UInt16]]
  /// Words that make a figure per head or an average (per-head-words.txt:
  /// 人均, 平均 …), and a unit each of them holds (均), if there is one: a
  /// subject without it holds none of them.
  let perHeadWords: [[UInt16]]
  let perHeadMark: UInt16?
  /// Direction words that make a change a decrease (decrease-words.txt).
  let decreaseWords: Set<String>

  public init(lexicons: Lexicons = .builtin) {
    var units = lexicons.units
    if !units.contains(where: { $0.text == "%" }) {
      units.append(UnitEntry(text: "%", category: "percent", factor: 1, base: "%"))
    }
    if !units.contains(where: { $0.text == "‰" }) {
      units.append(UnitEntry(text: "‰", category: "permille", factor: 1, base: "‰"))
    }
    self.units = units
    unitForms = units.map { FigureUnit(text: $0.text, category: $0.category, base: $0.base) }
    unitFactors = units.map(\.factor)
    unitTrie = WordTrie(units.map(\.text))
    let nq = lexicons.words(.notQuantities)
    notQuantities = WordTrie(nq)
    maxNotQuantityLength = nq.map { $0.utf16.count }.max() ?? 0
    unitKinds = units.map { u in
      var k: UInt8 = 0
      if u.text == "成" { k |= UnitKind.tenths }
      if u.text == "折" { k |= UnitKind.discount }
      if u.text == "期" { k |= UnitKind.phase }
      if u.category == "ordinal" { k |= UnitKind.ordinal }
      if u.text.hasSuffix("家") { k |= UnitKind.jia }
      if Self.counterCategories.contains(u.category) { k |= UnitKind.counter }
      return k
    }
    let countVerbWords = lexicons.words(.commitmentVerbs) + lexicons.words(.makingVerbs)
    let verbs = countVerbWords.map { Array($0.utf16) }.filter {
      (2...4).contains($0.count)
    }
    verbFirst = Self.table(verbs, last: false)
    verbLast = Self.table(verbs, last: true)
    countVerbs = Set(
      countVerbWords.map(\.utf16).filter { $0.count <= 4 }.map {
        $0.reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
      })
    // Longest first: of two words that both match at a place, one begins
    // the other, and the longer one is meant (共计 before 共).
    func longestFirst(_ name: LexiconName) -> [[UInt16]] {
      Self.longestFirst(lexicons.words(name).map { Array($0.utf16) }) { $0.count }
    }
    scopeWords = longestFirst(.scopeWords)
    lightVerbs = longestFirst(.lightVerbs)
    scopeStarts = Self.table(scopeWords + lightVerbs, last: false)
    subjectComparisons = lexicons.words(.subjectComparisons).map { Array($0.utf16) }
    comparisonStarts = lexicons.words(.comparisonStarts).map { Array($0.utf16) }
    meetings = lexicons.words(.meetingWords).map { Array($0.utf16) }
    subjectComparisonStarts = Self.table(subjectComparisons, last: false)
    prefixes = Self.longestFirst(
      lexicons.pairs(.approximationWords).compactMap { meaning, word in
        Approximation(rawValue: meaning).map { (Array(word.utf16), $0) }
      }
    ) { $0.word.count }
    prefixEnds = Self.table(prefixes.map(\.word), last: true)
    changeNames = Self.longestFirst(lexicons.words(.changeWords)) { $0.utf16.count }
    changeWords = changeNames.map { Array($0.utf16) }
    changeEnds = Self.table(changeWords, last: true)
    trailing = longestFirst(.subjectTrailers)
    trailingEnds = Self.table(trailing, last: true)
    adverbs = longestFirst(.subjectAdverbs)
    perHeadWords = lexicons.words(.perHeadWords).map { Array($0.utf16) }.filter { !$0.isEmpty }
    perHeadMark = perHeadWords.dropFirst().reduce(Set(perHeadWords.first ?? [])) { $0.intersection($1) }.min()
    decreaseWords = Set(lexicons.words(.decreaseWords))
  }

  /// Whether a figure whose subject is `r` is per head or an average: 每
  /// in it, or a word of per-head-words.txt (均衡 is none). Read on the
  /// units (the subject is their text), while the figure is read.
  func isPerHead(_ p: UnsafeBufferPointer<UInt16>, _ r: AnalysisRange?) -> Bool {
    guard let r else { return false }
    // Most subjects hold neither 每 nor the mark: one pass over the units first.
    var marked = perHeadMark == nil
    let mark = perHeadMark ?? 0x6BCF
    for i in r.offsets {
      let u = p[i]
      if u == 0x6BCF { return true }  // 每
      if u == mark { marked = true }
    }
    guard marked else { return false }
    for i in r.offsets {
      for w in perHeadWords where i + w.count <= r.upperBound && p.has(w, at: i) { return true }
    }
    return false
  }

  /// `items` longest first by `length`, in their order among equals.
  static func longestFirst<T>(_ items: [T], _ length: (T) -> Int) -> [T] {
    items.enumerated().sorted { (length($0.element), $1.offset) > (length($1.element), $0.offset) }.map(\.element)
  }

  /// The figures in `doc`, in text order.
  public func extract(_ doc: Document) -> [Quantity] { extract(doc, roles: RoleIndex(doc)) }

  /// The figures in `doc`, with its sections already indexed.
  func extract(_ doc: Document, roles: RoleIndex) -> [Quantity] {
    var out: [Quantity] = []
    // Reports hold about one figure per hundred characters; reserving once
    // saves copying the rows on every growth (and `grown` sizes the rare
    // growth by the density seen).
    out.reserveCapacity(doc.analysis.units.count / 64 + 16)
    doc.analysis.units.withUnsafeBufferPointer { p in
      extract(p, roles: roles, into: &out)
    }
    return out
  }

  /// The capacity for the figures of a text of `n` units when `count` of
  /// them fill the array at unit `at`: the figures the text holds at the
  /// density seen so far, and an eighth more, at least twice `count`. A
  /// sentence listing 200,000 figures then grows once, not four times
  /// doubling (each a copy of every figure, and for a moment two arrays),
  /// and ends with about an eighth unused, not up to half.
  static func grown(_ count: Int, at: Int, of n: Int) -> Int {
    let expected = Double(count) * Double(n) / Double(max(at, 1))
    return max(2 * count, Int(min(expected * 1.125, Double(Int.max / 2))) + 16)
  }

  /// The figures in a plain string (for tests and tools); no section roles.
  public func extract(text: String) -> [Quantity] {
    let u = Array(text.utf16.map(AnalysisText.fold))
    var out: [Quantity] = []
    u.withUnsafeBufferPointer { extract($0, roles: nil, into: &out) }
    return out
  }

  // Units of the characters the scanner looks at.
  static let di: UInt16 = 0x7B2C  // 第
  static let bai: UInt16 = 0x767E  // 百
  static let fen: UInt16 = 0x5206  // 分
  static let zhi: UInt16 = 0x4E4B  // 之
  static let nian: UInt16 = 0x5E74  // 年
  static let yue: UInt16 = 0x6708  // 月
  static let ri: UInt16 = 0x65E5  // 日
  static let hao: UInt16 = 0x53F7  // 号
  static let du: UInt16 = 0x5EA6  // 度
  static let ge: UInt16 = 0x4E2A  // 个
  static let ban: UInt16 = 0x534A  // 半
  static let cheng: UInt16 = 0x6210  // 成
  static let shiTen: UInt16 = 0x5341  // 十
  static let shiHour: UInt16 = 0x65F6  // 时
  static let dianU: UInt16 = 0x70B9  // 点
  static let miao: UInt16 = 0x79D2  // 秒
  static let dai: UInt16 = 0x4EE3  // 代
  static let guo: UInt16 = 0x8FC7  // 过
  static let dui: UInt16 = 0x5BF9  // 对
  static let zhe: UInt16 = 0x6298  // 折
  static let bareOnlyPrefixes: Set<UInt16> = [0x4E0A, 0x6570, 0x8FC7]  // 上 数 过

  static func unitSet(_ s: String) -> [Bool] {
    var t = [Bool](repeating: false, count: 65536)
    for c in s.utf16 { t[Int(c)] = true }
    return t
  }
  /// Words before a scale word that make it a figure: 超万亿元, 上千万户, 数百家, 近万场.
  static let bareScalePrefixes = unitSet("超上近数逾过破约达")
  /// After a scaled number with no unit, these do not begin a counted thing.
  static let joiners = unitSet("和及与或的以至到、等余多年月日")
  /// After 折: 折合, 折算, 折旧 … are not discounts.
  static let discountBreaks = unitSet("合算旧扣射服腾叠损返价")
  /// Before a minute or second: a clock time (16时40分, 8点30分50秒).
  static let clockMarks = unitSet("时点分")
  /// Last characters of names of places and works (中心, 大学, 机场, 园区 …).
  static let placeEnds = unitSet("心学场园区厂院城站港路线桥馆楼库厦镇村湾岛")
  /// After 家: words of which 家 is the first character (家庭, 家长, 家园 …).
  static let afterJia = unitSet("庭长园属乡政族具电居务人门风底")

  @inline(__always)
  static func isHan(_ u: UInt16) -> Bool { u >= 0x4E00 && u <= 0x9FFF }

  @inline(__always)
  static func bareScalePrefix(_ p: UnsafeBufferPointer<UInt16>, _ start: Int) -> Bool {
    start > 0 && bareScalePrefixes[Int(p[start - 1])]
  }

  /// 百分之, 千分之, 万分之 at `i`: the unit they give.
  @inline(__always)
  static func fractionBase(_ p: UnsafeBufferPointer<UInt16>, _ i: Int) -> FigureUnit? {
    guard i + 3 < p.count, p[i + 1] == fen, p[i + 2] == zhi else { return nil }
    switch p[i] {
    case bai: return percentUnit
    case 0x5343: return permilleUnit
    case NumberReader.wan: return permyriadUnit
    default: return nil
    }
  }
  static let percentUnit = FigureUnit(text: "%", category: "percent", base: "%")
  static let permilleUnit = FigureUnit(text: "‰", category: "permille", base: "‰")
  static let permyriadUnit = FigureUnit(text: "‱", category: "permyriad", base: "‱")
  static let halfUnit = FigureUnit(text: "半", category: "share", base: "%")
  static let foldUnit = FigureUnit(text: "折", category: "share", base: "%")

  /// Where a figure begins with no numeral: a scale word after 超/上/近/数
  /// (超万亿元), 过半, 对折.
  @inline(__always)
  static func bareStart(_ p: UnsafeBufferPointer<UInt16>, _ i: Int) -> Bool {
    let c = p[i]
    if c == NumberReader.wan || c == NumberReader.yi { return bareScalePrefix(p, i) }
    if c == ban { return i > 0 && p[i - 1] == guo }
    if c == dui { return i + 1 < p.count && p[i + 1] == zhe }
    return false
  }

  /// 过半 (more than one half) and 对折 (five tenths off): shares written in words.
  func wordShare(_ p: UnsafeBufferPointer<UInt16>, at i: Int, roles: RoleIndex?) -> Quantity? {
    let half = p[i] == Self.ban && i > 0 && p[i - 1] == Self.guo
    let fold = p[i] == Self.dui && i + 1 < p.count && p[i + 1] == Self.zhe
    guard half || fold else { return nil }
    let start = half ? i - 1 : i
    var end = half ? i + 1 : i + 2
    var approx: Approximation = half ? .moreThan : .exact
    if let suffix = suffixApprox(p, end, plan: false) {
      approx = suffix.0 == .moreThan && roles?.isPlan(start) == true ? .atLeast : suffix.0
      end += suffix.1
    }
    let sub = subject(p, before: start, after: end)
    return Quantity(
      range: AnalysisRange(start, end), numberRange: AnalysisRange(start, half ? i + 1 : i + 2), value: half ? 1 : 5,
      high: nil, decimals: 0,
      approx: approx, unit: half ? Self.halfUnit : Self.foldUnit, normalizedValue: 50, normalizedHigh: nil,
      change: changeWord(p, start)?.word, subject: sub.text,
      subjectRange: sub.range.map(AnalysisRange.init), scope: sub.scope,
      chineseNumerals: true, spaceBeforeUnit: false, rangeUnitDropped: false, section: roles?.section(start))
  }

  /// Whether a month follows at `j` (年10月, 年十月): the year of a date.
  static func monthFollows(_ p: UnsafeBufferPointer<UInt16>, _ j: Int) -> Bool {
    var k = j
    while k < p.count && k - j < 3 && (NumberReader.isDigit(p[k]) || NumberReader.isChineseNumeral(p[k])) { k += 1 }
    return k > j && k < p.count && p[k] == yue
  }

  func extract(_ p: UnsafeBufferPointer<UInt16>, roles: RoleIndex?, into out: inout [Quantity]) {
    let n = p.count
    var i = 0
    var titleDepth = 0  // inside 《…》
    var docNumberDepth = 0  // inside 〔…〕 or [..]
    let table = Self.scanClass
    var list: [Range<Int>] = []
    var items: [Range<Int>] = []  // set by read for a figure given 分别
    var listNext = 0
    var forms: [String: FigureUnit] = [:]  // units with scale words, made once each
    while i < n {
      let c = p[i]
      let cls = table[Int(c)]
      if cls == 0 {
        i += 1
        continue
      }
      if cls == 3 {
        titleDepth = 0
        docNumberDepth = 0
        i += 1
        continue
      }
      if cls == 2 {
        switch c {
        case 0x300A: titleDepth += 1
        case 0x300B: titleDepth = max(0, titleDepth - 1)
        case 0x3014, 0x3010: docNumberDepth += 1
        default: docNumberDepth = max(0, docNumberDepth - 1)
        }
        i += 1
        continue
      }
      let digit = NumberReader.isDigit(c)
      let percentWords = Self.fractionBase(p, i) != nil
      guard digit || percentWords || NumberReader.isChineseNumeral(c) || Self.bareStart(p, i) else {
        i += 1
        continue
      }
      // The figure before is read in place (out[last]), never copied.
      if var q = read(
        p, at: i, roles: roles, inTitle: titleDepth > 0 || docNumberDepth > 0, items: &items, units: &forms),
        out.isEmpty || out[out.count - 1].range.upperBound <= q.range.lowerBound
      {
        let last = out.count - 1
        // A figure with nothing to name it takes the subject of the figure
        // before it in the same sentence ("支出4.47万亿元，年均增长23.5%").
        // After 分别, the figures that follow take the list's items in turn
        // (高技术制造业、装备制造业增加值分别增长8.9%、7.7%).
        if !items.isEmpty {
          list = items
          items = []
          listNext = 1
        } else if q.subject.isEmpty, listNext < list.count, last >= 0,
          !p[out[last].range.upperBound..<q.range.lowerBound].contains(where: Punctuation.isSentenceEnd)
        {
          q.subject = p.string(list[listNext])
          q.subjectRange = AnalysisRange(list[listNext])
          listNext += 1
        } else {
          list = []
        }
        if last >= 0,
          q.subject.isEmpty
            || q.subjectRange.map({
              isComparison(p, $0.offsets)
                || $0.contains(out[last].range.lowerBound) && out[last].unitCategory == q.unitCategory
            }) == true,
          !p[out[last].range.upperBound..<q.range.lowerBound].contains(where: Punctuation.isSentenceEnd)
        {
          // …, or is a comparison (高于全国1.8个百分点), or holds the figure
          // before (财政收入从11.7万亿元增加到17.3万亿元).
          q.subject = out[last].subject
          q.subjectRange = out[last].subjectRange
        }
        q.isPerHead = isPerHead(p, q.subjectRange)
        q.isDecrease = q.change.map(decreaseWords.contains) ?? false
        i = q.range.upperBound
        if out.count == out.capacity { out.reserveCapacity(Self.grown(out.count, at: i, of: n)) }
        out.append(q)
      } else {
        // Skip the rest of this number so its digits are not read again.
        var j = i + 1
        if digit {
          while j < n && (NumberReader.isDigit(p[j]) || p[j] == 0x2E || p[j] == 0x2C) { j += 1 }
        } else {
          while j < n && (NumberReader.isChineseNumeral(p[j]) || p[j] == NumberReader.wan || p[j] == NumberReader.yi) {
            j += 1
          }
        }
        i = j
      }
    }
  }

}
