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

  public init(lexicons: Lexicons = .builtin) {
    var units = lexicons.units
    if !units.contains(where: { $0.text == "%" }) {
      units.append(UnitEntry(text: "%", category: "percent", factor: 1, base: "%"))
    }
    if !units.contains(where: { $0.text == "‰" }) {
      units.append(UnitEntry(text: "‰", category: "permille", factor: 1, base: "‰"))
    }
    self.units = units
    unitTrie = WordTrie(units.map(\.text))
    let nq = lexicons.words("not-quantities")
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
    let verbs = (lexicons.words("commitment-verbs") + Self.makingVerbs).map { Array($0.utf16) }.filter {
      (2...4).contains($0.count)
    }
    verbFirst = Self.table(verbs, last: false)
    verbLast = Self.table(verbs, last: true)
    countVerbs = Set(
      (lexicons.words("commitment-verbs") + Self.makingVerbs).map(\.utf16).filter { $0.count <= 4 }.map {
        $0.reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
      })
  }

  /// The figures in `doc`, in text order.
  public func extract(_ doc: Document) -> [Quantity] {
    var out: [Quantity] = []
    // Reports hold about one figure per hundred characters; reserving once
    // saves copying the rows on every growth.
    out.reserveCapacity(doc.analysis.units.count / 64 + 16)
    let roles = RoleIndex(doc)
    doc.analysis.units.withUnsafeBufferPointer { p in
      extract(p, roles: roles, into: &out)
    }
    return out
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

  /// 百分之, 千分之, 万分之 at `i`: the unit and category they give.
  @inline(__always)
  static func fractionBase(_ p: UnsafeBufferPointer<UInt16>, _ i: Int) -> (unit: String, category: String)? {
    guard i + 3 < p.count, p[i + 1] == fen, p[i + 2] == zhi else { return nil }
    switch p[i] {
    case bai: return ("%", "percent")
    case 0x5343: return ("‰", "permille")
    case NumberReader.wan: return ("‱", "permyriad")
    default: return nil
    }
  }

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
      range: start..<end, numberRange: start..<(half ? i + 1 : i + 2), value: half ? 1 : 5, high: nil, decimals: 0,
      approx: approx, unit: half ? "半" : "折", unitCategory: "share", normalizedValue: 50, normalizedHigh: nil,
      baseUnit: "%", change: changeWord(p, start)?.word, subject: sub.text, subjectRange: sub.range, scope: sub.scope,
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
      if var q = read(p, at: i, roles: roles, inTitle: titleDepth > 0 || docNumberDepth > 0, items: &items),
        out.last.map({ $0.range.upperBound <= q.range.lowerBound }) ?? true
      {
        // A figure with nothing to name it takes the subject of the figure
        // before it in the same sentence ("支出4.47万亿元，年均增长23.5%").
        // After 分别, the figures that follow take the list's items in turn
        // (高技术制造业、装备制造业增加值分别增长8.9%、7.7%).
        if !items.isEmpty {
          list = items
          items = []
          listNext = 1
        } else if q.subject.isEmpty, listNext < list.count, let prev = out.last,
          !p[prev.range.upperBound..<q.range.lowerBound].contains(where: Self.isSentenceEnd)
        {
          q.subject = p.string(list[listNext])
          q.subjectRange = list[listNext]
          listNext += 1
        } else {
          list = []
        }
        if let prev = out.last,
          q.subject.isEmpty
            || q.subjectRange.map({
              Self.isComparison(p, $0) || $0.contains(prev.range.lowerBound) && prev.unitCategory == q.unitCategory
            }) == true,
          !p[prev.range.upperBound..<q.range.lowerBound].contains(where: Self.isSentenceEnd)
        {
          // …, or is a comparison (高于全国1.8个百分点), or holds the figure
          // before (财政收入从11.7万亿元增加到17.3万亿元).
          q.subject = prev.subject
          q.subjectRange = prev.subjectRange
        }
        out.append(q)
        i = q.range.upperBound
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

  /// Reads the figure that begins at `i`, or nil when it is not a count.
  func read(
    _ p: UnsafeBufferPointer<UInt16>, at start: Int, roles: RoleIndex?, inTitle: Bool, items: inout [Range<Int>]
  ) -> Quantity? {
    let n = p.count
    var i = start
    var percentPrefix = false
    let fraction = Self.fractionBase(p, i)
    if fraction != nil {
      percentPrefix = true
      i += 3
    }
    // 过半, 对折: a share written without a number.
    if fraction == nil, let q = wordShare(p, at: start, roles: roles), !inTitle { return q }
    let isArabic = NumberReader.isDigit(p[i])
    // A scale word standing for the number after 超, 上, 近, 数 (超万亿元, 上万支):
    // one of it.
    let bare = fraction == nil && (p[i] == NumberReader.wan || p[i] == NumberReader.yi)
    guard
      let num = bare
        ? NumberReader.Read(value: 1, end: i, decimals: 0, chinese: true)
        : isArabic ? NumberReader.arabic(p, i, n) : NumberReader.chinese(p, i, n)
    else {
      return nil
    }
    if inTitle { return nil }
    // A digit run glued to Latin letters is a code or a name (5G, G20).
    if start > 0 && isLatin(p[start - 1]) { return nil }
    if num.end < n && isLatin(p[num.end]) { return nil }
    // Ordinals: 第一, 第十四届.
    if start > 0 && p[start - 1] == Self.di { return nil }
    // After a document number's bracket: 〔2024〕5号.
    if start > 0 && (p[start - 1] == 0x3015 || p[start - 1] == 0x5D) { return nil }
    // 一 alone is an article ("一项重要工作"), not a count.
    // 一半 is a share.
    if !isArabic && num.value == 1 && num.end == i + 1 && !percentPrefix
      && !(num.end < n && p[num.end] == Self.ban)
    {
      return nil
    }
    // 二 takes no counter (两个, 两期): 二期, 二号, 二类 are ordinals.
    if !isArabic && !percentPrefix && p[i] == 0x4E8C && num.end == i + 1
      && !(num.end < n && (p[num.end] == Self.cheng || p[num.end] == NumberReader.wan || p[num.end] == NumberReader.yi))
    {
      return nil
    }
    // A number whose tens/hundreds/thousands word stands alone (上千家, 数百家,
    // 千万) counts only after a word that makes it a figure (上, 超, 近, 数 …).
    let bareWord = bare || (!isArabic && num.end == i + 1 && NumberReader.smallUnit(p[i]) != nil)

    let value = num.value
    var j = num.end
    var scaleFactor: Double = 1
    var unitText = ""
    var category = ""
    var base = ""
    var unitFactor: Double = 1
    var space = false
    var approx = Approximation.exact
    var high: Double? = nil
    var rangeUnitDropped = false
    var countedAfter = false
    var kind: UInt8 = 0

    /// The unit at `k` (after an optional space and 多/余), with its end.
    func unitAt(_ k0: Int) -> (index: Int, end: Int, space: Bool, more: Bool)? {
      var k = k0
      var sp = false
      if k < n && p[k] == 0x20 {
        k += 1
        sp = true
      }
      var more = false
      if k < n && (p[k] == 0x591A || p[k] == 0x4F59) {  // 多 余
        more = true
        k += 1
      }
      guard let u = unitTrie.longestMatch(p, from: k, limit: min(n, k + 8)) else { return nil }
      return (u.value, k + u.length, sp, more)
    }

    if let fraction {
      unitText = fraction.unit
      category = fraction.category
      base = fraction.unit
    } else {
      // 6600多万纳税人: 多 or 余 between the number and its scale.
      if j + 1 < n && (p[j] == 0x591A || p[j] == 0x4F59)
        && (p[j + 1] == NumberReader.wan || p[j + 1] == NumberReader.yi)
      {
        approx = .moreThan
        j += 1
      }
      let scaleStart = j
      let (f, afterScale) = NumberReader.scale(p, j, n)
      scaleFactor = f
      j = afterScale
      let scaleText = afterScale == num.end ? "" : p.string(scaleStart..<afterScale)
      if let u = unitAt(j) {
        kind = unitKinds[u.index]
        unitText = scaleText.isEmpty ? units[u.index].text : scaleText + units[u.index].text
        category = units[u.index].category
        base = units[u.index].base
        unitFactor = units[u.index].factor
        space = u.space
        if u.more { approx = .moreThan }
        j = u.end
      } else if j + 1 < n, isRangeMark(p[j]) {
        // A range whose first number has no unit of its own: 15～30%, 3-5次.
        let k = j + 1
        guard
          let second = isArabic ? NumberReader.arabic(p, k, n) : NumberReader.chinese(p, k, n)
        else { return nil }
        let (f2, afterScale2) = NumberReader.scale(p, second.end, n)
        guard let u = unitAt(afterScale2), !u.space else { return nil }
        if scaleFactor == 1 { scaleFactor = f2 }
        kind = unitKinds[u.index]
        unitText = p.string(second.end..<afterScale2) + units[u.index].text
        category = units[u.index].category
        base = units[u.index].base
        unitFactor = units[u.index].factor
        high = second.value * f2
        rangeUnitDropped = true
        if u.more { approx = .moreThan }
        j = u.end
      } else if scaleFactor > 1, suffixApprox(p, j, plan: false) != nil {
        // A scaled number with no unit but a qualifier: 减少1000万以上.
        unitText = scaleText
        category = "count"
      } else if scaleFactor > 1, j < n, p[j] == 0x591A || p[j] == 0x4F59,
        j + 1 == n || Self.isClauseBreak(p[j + 1]) || Self.isHan(p[j + 1]) && !Self.joiners[Int(p[j + 1])],
        !bareWord || Self.bareScalePrefix(p, start)
      {
        // 减少1亿多, 3亿多农村人口: 多 or 余 after the scale, no counter.
        unitText = scaleText
        category = "count"
        approx = .moreThan
        j += 1
        countedAfter = j < n && Self.isHan(p[j])
      } else if scaleFactor > 1, j < n, Self.isHan(p[j]), !Self.joiners[Int(p[j])],
        !bareWord || Self.bareScalePrefix(p, start)
      {
        // A scaled number whose counted thing follows with no counter:
        // 6600多万纳税人, 惠及上千万家庭.
        unitText = scaleText
        category = "count"
        countedAfter = true
      } else {
        return nil
      }
    }

    // Checked only now that a unit was found: most numerals have none.
    if !isArabic && (isNickname(p, start, j) || coveredByNotQuantity(p, start, num.end)) { return nil }
    // 千家万户, 百花齐放 are words; 十个 (a count) is not.
    // 百余项, 千余人 are figures too.
    if bareWord && p[i] != Self.shiTen && !Self.bareScalePrefix(p, start)
      && !(num.end < n && (p[num.end] == 0x4F59 || p[num.end] == 0x591A))
    {
      return nil
    }
    // Names and ordinals that look like counts (80周年, 2号线).
    if kind & UnitKind.ordinal != 0 { return nil }
    // A phase of a named project: 润泽智算中心三期, 机场二期.
    if kind & UnitKind.phase != 0 && !isArabic && start > 0 && Self.placeEnds[Int(p[start - 1])] { return nil }
    // 家 of 家庭, 家长, 家园 is no counter: 惠及上千万家庭.
    if kind & UnitKind.jia != 0 && j < n && Self.afterJia[Int(p[j])] {
      if scaleFactor > 1 && !(bareWord && !Self.bareScalePrefix(p, start)) {
        unitText = String(unitText.dropLast())
        category = "count"
        base = ""
        unitFactor = 1
        j -= 1
        countedAfter = true
      } else {
        return nil
      }
    }
    // Shares in tenths (成) and discounts (折): 七成六, 三成半, 九五折.
    var shareExtra: Double = 0
    if kind & UnitKind.tenths != 0 {
      // One digit of tenths (五成, 两成); 三五成群 is no share.
      if num.end - i != 1 || value >= 10 { return nil }
      if j < n, let d = NumberReader.chineseDigit(p[j]),
        !(j + 1 < n && unitTrie.longestMatch(p, from: j + 1, limit: min(n, j + 4)) != nil)
      {
        shareExtra = Double(d) / 10
        j += 1
      } else if j < n && p[j] == Self.ban {
        shareExtra = 0.5
        j += 1
      }
    } else if kind & UnitKind.discount != 0 {
      if j < n, Self.discountBreaks[Int(p[j])] { return nil }
      if value >= 10 && value < 100 { unitFactor = 1 } else if value >= 10 { return nil }
    }

    // Dates and years: 2024年, 2023 年度, 3月, 5日; 2016-2020年.
    let last = p[j - 1]
    if last == Self.nian && num.decimals == 0 && (1900...2100).contains(value) {
      return nil
    }
    if last == Self.nian && j < n && (p[j] == Self.du || p[j] == Self.yue || p[j] == Self.dai) { return nil }
    // A two-digit year: 07年, 18年10月1日.
    if last == Self.nian && isArabic && j - start == 3 && p[start] == 0x30 { return nil }
    if last == Self.nian && Self.monthFollows(p, j) { return nil }
    // Clock times: 16时40分50秒, 3点半, 8点30分.
    if (last == Self.shiHour || last == Self.dianU || last == Self.fen) && j < n
      && (NumberReader.isDigit(p[j]) || NumberReader.isChineseNumeral(p[j]) || p[j] == Self.ban)
    {
      return nil
    }
    if (last == Self.fen || last == Self.miao) && start > 0 && Self.clockMarks[Int(p[start - 1])] { return nil }
    if last == Self.yue && !unitText.contains("个") { return nil }
    if last == Self.ri || last == Self.hao { return nil }

    // A range with the unit on both sides: 15%～30%, 4.5%—5%, 3次至5次.
    if high == nil, j + 1 < n, isRangeMark(p[j]) {
      let k = j + 1
      if let second = isArabic ? NumberReader.arabic(p, k, n) : NumberReader.chinese(p, k, n) {
        let (f2, afterScale2) = NumberReader.scale(p, second.end, n)
        if let u = unitAt(afterScale2), !u.space,
          p.string(second.end..<afterScale2) + units[u.index].text == unitText
        {
          high = second.value * f2
          j = u.end
        }
      }
    }

    // A minus sign: 上涨-0.2%, 为－2.2% (folded to "-"), −5℃. Not the dash of
    // a range (3-5次 was read above as one figure) nor of a code or a date
    // (0571-…, GB-…, 2021-2025): the sign follows no letter, digit or mark.
    var sign: Double = 1
    var rangeStart = start
    if isArabic && !percentPrefix && start > 0 && (p[start - 1] == 0x2D || p[start - 1] == 0x2212)
      && (start == 1 || Self.signMayFollow(p[start - 2]))
    {
      sign = -1
      rangeStart = start - 1
    }
    // Approximation words before the number.
    if let (a, len) = prefixApprox(p, rangeStart, bareWord: bareWord) {
      approx = a
      rangeStart -= len
    }
    // … and after the unit.
    var end = j
    if let suffix = suffixApprox(p, j, plan: false) {
      // 以上 reads "at least" in a plan or target, "more than" in a review.
      approx = suffix.0 == .moreThan && roles?.isPlan(start) == true ? .atLeast : suffix.0
      end = j + suffix.1
    }
    let change = changeWord(p, rangeStart)
    let factor = scaleFactor * unitFactor
    var sub = subject(p, before: rangeStart - (change?.length ?? 0), after: end)
    if countedAfter || (kind & UnitKind.counter != 0 && verbOrJoinerOnly(p, sub)) {
      if let after = countedThing(p, after: end) {
        sub = SubjectResult(text: p.string(after), range: after, scope: sub.scope)
      }
    }
    let q = Quantity(
      range: rangeStart..<end, numberRange: start..<num.end, value: sign * (value + shareExtra) * scaleFactor,
      high: high, decimals: num.decimals, approx: approx, unit: unitText, unitCategory: category,
      normalizedValue: sign * (value + shareExtra) * factor, normalizedHigh: high.map { $0 * unitFactor },
      baseUnit: base,
      change: change?.word, subject: sub.text, subjectRange: sub.range, scope: sub.scope,
      chineseNumerals: num.chinese, spaceBeforeUnit: space, rangeUnitDropped: rangeUnitDropped,
      section: roles?.section(start))
    if !sub.items.isEmpty { items = sub.items }
    return q
  }

  /// Up to four UTF-16 units packed into one key (no allocation per lookup).
  @inline(__always)
  static func pack(_ p: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> UInt64 {
    var k: UInt64 = 0
    for i in a..<b { k = k << 16 | UInt64(p[i]) }
    return k
  }

  static let comparisonStarts = ["高于", "低于", "快于", "慢于", "好于", "优于"].map { Array($0.utf16) }

  /// Whether a subject is a comparison with something else (高于全国).
  static func isComparison(_ p: UnsafeBufferPointer<UInt16>, _ r: Range<Int>) -> Bool {
    r.count >= 2 && comparisonStarts.contains { p.has($0, at: r.lowerBound) }
  }

  static let makingVerbs = [
    "入选", "进入", "亮相", "获得", "获评", "成为", "纳入", "消除", "实现", "达到",
    "新建", "新增", "新培育", "新认定", "认定", "获批", "引进", "培育", "布局", "推出", "打造", "建成", "建设", "新开工", "开工",
    "落地", "落户", "设立", "成立", "组建", "创建", "评选", "选树", "培训", "举办", "签约", "上线", "开通", "实施", "完成",
  ]
  static let counterCategories: Set<String> = [
    "items", "events", "persons", "documents", "cases", "households", "other",
  ]
  /// Ends a counted thing written after its count: a list joiner or the end of a clause.
  static let countedEnds = unitSet("和及与并、，。；：！？,;:!?（）()\n")

  /// Whether the subject read before a count is only a verb (推出, 提前建成)
  /// or ends with a list joiner (…地标和): then the counted thing follows.
  func verbOrJoinerOnly(_ p: UnsafeBufferPointer<UInt16>, _ sub: SubjectResult) -> Bool {
    guard let r = sub.range, !r.isEmpty else { return true }
    let last = p[r.upperBound - 1]
    if last == 0x548C || last == 0x53CA || last == 0x4E0E { return true }  // 和 及 与
    guard r.count <= 6, verbLast[Int(last)] else { return false }
    for len in 2...4 where r.count >= len {
      if countVerbs.contains(Self.pack(p, r.upperBound - len, r.upperBound)) { return true }
    }
    return false
  }

  /// The counted thing after a count, up to a joiner or the clause end (at
  /// most 20 units); nil when fewer than two units stand there.
  func countedThing(_ p: UnsafeBufferPointer<UInt16>, after: Int) -> Range<Int>? {
    var f = after
    if f < p.count && p[f] == 0x7684 { return nil }  // 的: a clause, not a thing
    while f < p.count && !Self.countedEnds[Int(p[f])] && f - after < 20 { f += 1 }
    return f - after >= 2 ? after..<f : nil
  }

  static let meetings = ["全会", "会议", "全体会议", "代表大会", "中全会"].map { Array($0.utf16) }

  /// Chinese-numeral look-alikes: a short slogan in quotes (“四个万家”), a
  /// session of a meeting (十一届十次全会).
  func isNickname(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
    // Inside “…” of at most 8 characters.
    var a = start - 1
    while a >= 0 && start - a <= 8 && p[a] != 0x201C && p[a] != 0x201D && p[a] != 0x0A { a -= 1 }
    if a >= 0 && p[a] == 0x201C {
      var b = end
      while b < p.count && b - a <= 9 && p[b] != 0x201D && p[b] != 0x201C && p[b] != 0x0A { b += 1 }
      if b < p.count && p[b] == 0x201D && b - a <= 9 { return true }
    }
    if start > 0 && p[start - 1] == 0x5C4A { return true }  // 届
    for w in Self.meetings where end + w.count <= p.count && p.has(w, at: end) {
      return true
    }
    return false
  }

  /// Whether a minus sign may follow `u`: not after a letter, a digit or
  /// the marks that join codes, dates and ranges.
  static func signMayFollow(_ u: UInt16) -> Bool {
    switch u {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x25, 0x2F, 0x2D, 0x5F, 0x2212, 0x2030: return false
    default: return true
    }
  }

  @inline(__always)
  func isLatin(_ u: UInt16) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }

  @inline(__always)
  func isRangeMark(_ u: UInt16) -> Bool {
    u == 0x2D || u == 0xFF5E || u == 0x7E || u == 0x81F3 || u == 0x5230 || u == 0x2014 || u == 0x2013
  }

  func coveredByNotQuantity(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
    guard maxNotQuantityLength > 0 else { return false }
    let from = max(0, start - maxNotQuantityLength + 1)
    for j in from...start {
      if let m = notQuantities.longestMatch(p, from: j, limit: min(p.count, j + maxNotQuantityLength)),
        j + m.length > start
      {
        return true
      }
    }
    return false
  }

  static let prefixes: [(word: [UInt16], approx: Approximation)] = [
    ("不少于", Approximation.atLeast), ("不低于", .atLeast), ("不超过", .atMost), ("不到", .lessThan),
    ("不足", .lessThan), ("低于", .lessThan), ("超过", .moreThan), ("高于", .moreThan),
    ("大约", .about), ("约", .about), ("将近", .nearly), ("接近", .nearly), ("近", .nearly),
    ("逾越", .moreThan), ("突破", .moreThan), ("迈上", .atLeast), ("跨上", .atLeast), ("跃上", .atLeast),
    ("站上", .atLeast), ("逾", .moreThan), ("超", .moreThan), ("上", .moreThan), ("数", .moreThan),
    ("过", .moreThan),
  ].map { (Array($0.0.utf16), $0.1) }

  /// A table over UTF-16 units: true where some word of `words` ends (or
  /// begins) with that unit, so most positions are rejected with one load.
  static func table(_ words: [[UInt16]], last: Bool) -> [Bool] {
    var t = [Bool](repeating: false, count: 65536)
    for w in words where !w.isEmpty { t[Int(last ? w[w.count - 1] : w[0])] = true }
    return t
  }
  static let prefixEnds = table(prefixes.map(\.word), last: true)
  static let changeEnds = table(changeWords, last: true)
  static let scopeStarts = table(scopeWords + lightVerbs, last: false)
  static let trailingEnds = table(trailing, last: true)

  func prefixApprox(_ p: UnsafeBufferPointer<UInt16>, _ start: Int, bareWord: Bool = false) -> (Approximation, Int)? {
    var s0 = start
    if s0 > 0 && p[s0 - 1] == 0x20 { s0 -= 1 }
    guard s0 > 0, Self.prefixEnds[Int(p[s0 - 1])] else { return nil }
    for (u, a) in Self.prefixes {
      var s = start
      if s > 0 && p[s - 1] == 0x20 { s -= 1 }
      guard s >= u.count else { continue }
      if p.has(u, at: (s - u.count)) {
        // 超 only as 超千亿元 style directly before a numeral.
        if u == [0x8D85] && s != start { continue }
        // 上, 数, 过 only before a scale word standing alone (上千家, 数百家, 过万).
        if u.count == 1 && Self.bareOnlyPrefixes.contains(u[0]) && (!bareWord || s != start) { continue }
        return (a, start - (s - u.count))
      }
    }
    return nil
  }

  func suffixApprox(_ p: UnsafeBufferPointer<UInt16>, _ j: Int, plan: Bool) -> (Approximation, Int)? {
    guard j + 1 < p.count else { return nil }
    let a = p[j]
    let b = p[j + 1]
    switch (a, b) {
    case (0x5DE6, 0x53F3), (0x4E0A, 0x4E0B): return (.about, 2)  // 左右 上下
    case (0x4EE5, 0x4E0A): return (plan ? .atLeast : .moreThan, 2)  // 以上
    case (0x4EE5, 0x4E0B), (0x4EE5, 0x5185): return (.atMost, 2)  // 以下 以内
    default: return nil
    }
  }

  static let changeNames = [
    "增长", "下降", "提高", "降低", "减少", "增加", "上涨", "上升", "回落", "下滑", "扩大", "缩小", "提升",
    "增至", "降至",
  ]
  static let changeWords = changeNames.map { Array($0.utf16) }

  /// A direction word right before the figure (增长5.2%, 下降了0.3个百分点).
  func changeWord(_ p: UnsafeBufferPointer<UInt16>, _ start: Int) -> (word: String, length: Int)? {
    var s = start
    if s > 0 && p[s - 1] == 0x20 { s -= 1 }  // a space (增长 27.7%)
    if s > 0 && p[s - 1] == 0x4E86 { s -= 1 }  // 了
    guard s > 0, Self.changeEnds[Int(p[s - 1])] else { return nil }
    for (k, w) in Self.changeWords.enumerated() where s >= w.count {
      if p.has(w, at: (s - w.count)) {
        return (Self.changeNames[k], start - (s - w.count))
      }
    }
    return nil
  }

  struct SubjectResult {
    var text: String
    var range: Range<Int>?
    var scope: String?
    /// For figures given 分别 (A、B增加值分别增长8.9%、7.7%): the items, in order.
    var items: [Range<Int>] = []
  }

  @inline(__always)
  static func isSentenceEnd(_ c: UInt16) -> Bool {
    switch c {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x0A: return true
    default: return false
    }
  }

  /// ，。；：！？、 line break , ; : ! ? （ ） ( )
  @inline(__always)
  static func isClauseBreak(_ c: UInt16) -> Bool {
    switch c {
    case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x3001, 0x0A, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0xFF08, 0xFF09,
      0x28, 0x29:
      return true
    default: return false
    }
  }

  /// What the scanner must look at: 1 a possible start of a number (digit,
  /// Chinese numeral, 百 of 百分之), 2 a bracket it tracks (《》〔〕【】), 3 a
  /// line break; 0 anything else. One table lookup per unit.
  static let scanClass: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 65536)
    for c in 0x30...0x39 { t[c] = 1 }
    for c in "零〇一二两三四五六七八九十百千万亿半对".utf16 { t[Int(c)] = 1 }
    for c in "《》〔〕【】".utf16 { t[Int(c)] = 2 }
    t[0x0A] = 3
    return t
  }()
  static let scopeWords = [
    "全年", "全镇", "全县", "全区", "全市", "全省", "全国", "全乡", "全街道", "年内", "今年", "去年", "累计",
    "共计", "总共", "其中", "共", "线下", "线上",
  ].map { Array($0.utf16) }
  static let lightVerbs = [
    "组织开展", "举办", "开展", "组织", "召开", "完成", "实现", "达到", "共有", "各类", "各项", "各种", "拟安排", "拟发行",
    "安排", "发行", "预计", "确保", "力争", "同时", "要", "拟",
  ].map { Array($0.utf16) }
  static let trailing = [
    "拟按", "保持在", "控制在", "稳定在", "要稳定", "达到", "突破", "分别为", "分别", "累计", "年均", "平均", "为", "达", "是",
    "共", "约", "按", "在", "了", "要",
  ].map { Array($0.utf16) }
  static let adverbs = [
    "准确地", "及时地", "有效地", "依法地", "积极地", "主动地", "扎实地", "全面地", "充分地", "深入地", "切实地", "稳妥地", "大力地",
    "有序地", "稳步地", "持续地", "不断地",
  ].map { Array($0.utf16) }
  static let comparisons = ["比上年", "比去年", "比上年度", "同比"].map { Array($0.utf16) }

  /// What was counted: the clause text before the figure, without scope
  /// words, light verbs (举办, 开展) and joining words (为, 达); when nothing
  /// stands before the figure in its clause, the text after it ("9人考取行政执法证书").
  func subject(_ p: UnsafeBufferPointer<UInt16>, before: Int, after: Int) -> SubjectResult {
    var a = before
    while a > 0 && !Self.isClauseBreak(p[a - 1]) && before - a < 40 { a -= 1 }
    var e = before
    while e > a && p[e - 1] == 0x20 { e -= 1 }
    // A comparison ("比上年预算减少") is not part of what is counted.
    var k = a
    while k < e {
      let c = p[k]
      if c == 0x6BD4 || c == 0x540C {  // 比 同
        if Self.comparisons.contains(where: { p.has($0, at: k) }) {
          e = k
          break
        }
      }
      k += 1
    }
    // Drop joining words at the end (为, 达到 …), repeatedly.
    var respectively = false
    var changed = true
    while changed {
      changed = false
      while e > a && p[e - 1] == 0x20 { e -= 1 }
      guard e > a, Self.trailingEnds[Int(p[e - 1])] else { break }
      for w in Self.trailing where e - a >= w.count && p.has(w, at: (e - w.count)) {
        if w.count >= 2 && w[0] == 0x5206 && w[1] == 0x522B { respectively = true }  // 分别
        e -= w.count
        changed = true
      }
    }
    while e > a && p[e - 1] == 0x20 { e -= 1 }
    var s = a
    var scopeParts: [String] = []
    func skipSpaces() { while s < e && p[s] == 0x20 { s += 1 } }
    // A leading year or date ("2024 年开展…") is scope.
    skipSpaces()
    var progress = true
    while progress {
      progress = false
      var k = s
      while k < e && (NumberReader.isDigit(p[k]) || p[k] == 0x20) { k += 1 }
      if k > s && k < e && p[k] == Self.nian {
        scopeParts.append(p.string(s..<(k + 1)).filter { $0 != " " })
        s = k + 1
        progress = true
        skipSpaces()
      }
      guard s < e, Self.scopeStarts[Int(p[s])] else { break }
      for w in Self.scopeWords where e - s >= w.count && p.has(w, at: s) {
        scopeParts.append(String(decoding: w, as: UTF16.self))
        s += w.count
        progress = true
        skipSpaces()
        break
      }
      for w in Self.lightVerbs where e - s >= w.count && p.has(w, at: s) {
        s += w.count
        progress = true
        break
      }
    }
    // An adverb in 地 at the start (准确地公开…).
    for w in Self.adverbs where e - s > w.count && p.has(w, at: s) {
      s += w.count
      break
    }
    let scope = scopeParts.filter { $0 != "共" && $0 != "其中" && $0 != "共计" && $0 != "总共" }
    let scopeText = scope.isEmpty ? nil : scope.joined()
    // One character left is a preposition or verb stub (分两批…): use what follows.
    if e - s > 1 {
      var items: [Range<Int>] = []
      if respectively {
        // The items joined by 、 before this clause's own subject.
        items = [s..<e]
        var b = a
        while b > 0 && p[b - 1] == 0x3001 && items.count < 8 {
          let itemEnd = b - 1
          var itemStart = itemEnd
          while itemStart > 0 && !Self.isClauseBreak(p[itemStart - 1]) && itemEnd - itemStart < 30 { itemStart -= 1 }
          guard itemEnd - itemStart > 1 else { break }
          items.insert(itemStart..<itemEnd, at: 0)
          b = itemStart
        }
        if items.count < 2 { items = [] }
      }
      if let first = items.first {
        return SubjectResult(text: p.string(first), range: first, scope: scopeText, items: items)
      }
      return SubjectResult(text: p.string(s..<e), range: s..<e, scope: scopeText)
    }
    // Nothing before: take what follows, to the clause end or the first verb
    // (12家单位入选…: 单位).
    var f = after
    while f < p.count && !Self.isClauseBreak(p[f]) && f - after < 30 {
      if f - after >= 2 && f + 2 <= p.count && verbFirst[Int(p[f])] && countVerbs.contains(Self.pack(p, f, f + 2)) {
        break
      }
      f += 1
    }
    if f > after {
      return SubjectResult(text: p.string(after..<f), range: after..<f, scope: scopeText)
    }
    return SubjectResult(text: "", range: nil, scope: scopeText)
  }
}

/// Flags of a unit the scanner treats specially.
enum UnitKind {
  static let tenths: UInt8 = 1  // 成
  static let discount: UInt8 = 2  // 折
  static let phase: UInt8 = 4  // 期
  static let ordinal: UInt8 = 8  // 周年, 号线
  static let jia: UInt8 = 16  // …家
  static let counter: UInt8 = 32  // a counter of things (个, 项, 家 …)
}

/// Looks up the section and role at an analysis offset quickly.
struct RoleIndex {
  let starts: [Int]
  let sections: [Int?]
  let plan: [Bool]

  init(_ doc: Document) {
    // One sweep over section starts and ends (sections nest and come in
    // document order): after each position, the innermost open section.
    var events: [(pos: Int, isStart: Bool, section: Int)] = []
    events.reserveCapacity(doc.sections.count * 2)
    for (i, s) in doc.sections.enumerated() {
      events.append((s.analysisRange.lowerBound, true, i))
      events.append((s.analysisRange.upperBound, false, i))
    }
    // At one position, ends come before starts; starts open outer sections first.
    func order(_ e: (pos: Int, isStart: Bool, section: Int)) -> (Int, Int, Int) {
      (e.pos, e.isStart ? 1 : 0, e.isStart ? e.section : -e.section)
    }
    events.sort { order($0) < order($1) }
    var starts = [0]
    var secs: [Int?] = [nil]
    var open: [Int] = []
    var k = 0
    while k < events.count {
      let pos = events[k].pos
      while k < events.count && events[k].pos == pos {
        let e = events[k]
        if e.isStart {
          open.append(e.section)
        } else if let at = open.lastIndex(of: e.section) {
          open.remove(at: at)
        }
        k += 1
      }
      if starts.last == pos {
        secs[secs.count - 1] = open.last
      } else {
        starts.append(pos)
        secs.append(open.last)
      }
    }
    self.starts = starts
    sections = secs
    plan = secs.map { $0.map { doc.sections[$0].role.isPlan } ?? false }
  }

  func index(_ a: Int) -> Int {
    var lo = 0
    var hi = starts.count
    while lo < hi {
      let m = (lo + hi) / 2
      if starts[m] <= a { lo = m + 1 } else { hi = m }
    }
    return max(0, lo - 1)
  }

  func section(_ a: Int) -> Int? { sections[index(a)] }
  func isPlan(_ a: Int) -> Bool { plan[index(a)] }
}
