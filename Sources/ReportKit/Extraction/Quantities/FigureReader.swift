extension QuantityExtractor {
  /// Reads the figure that begins at `i`, or nil when it is not a count.
  func read(
    _ p: UnsafeBufferPointer<UInt16>, at start: Int, roles: RoleIndex?, inTitle: Bool, items: inout [Range<Int>],
    units forms: inout [String: FigureUnit]
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
    // 千万) counts only after a word that makes it a figure (上, 超, 近, 数 …);
    // after 百分之 it is the number itself (百分之百: 100%).
    let bareWord =
      bare || (!isArabic && !percentPrefix && num.end == i + 1 && NumberReader.smallUnit(p[i]) != nil)

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
    // The scale of the range's upper end, and the scale of the unit as
    // written (the first number's, or in 3至5万人 the second's).
    var highScale: Double = 1
    var writtenScale: Double? = nil
    var rangeUnitDropped = false
    var countedAfter = false
    var kind: UInt8 = 0
    // The shared unit when the figure's unit is one of the lexicon's as it
    // stands (no scale words), or a fraction's.
    var form: FigureUnit? = nil

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
      unitText = fraction.text
      category = fraction.category
      base = fraction.base
      form = fraction
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
        unitText = scaleText.isEmpty ? unitForms[u.index].text : scaleText + unitForms[u.index].text
        if scaleText.isEmpty { form = unitForms[u.index] }
        category = unitForms[u.index].category
        base = unitForms[u.index].base
        unitFactor = unitFactors[u.index]
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
        unitText = p.string(second.end..<afterScale2) + unitForms[u.index].text
        if afterScale2 == second.end { form = unitForms[u.index] }
        category = unitForms[u.index].category
        base = unitForms[u.index].base
        unitFactor = unitFactors[u.index]
        high = second.value
        highScale = f2
        writtenScale = f2
        rangeUnitDropped = true
        if u.more { approx = .moreThan }
        j = u.end
      } else if scaleFactor > 1, suffixApprox(p, j, plan: false) != nil {
        // A scaled number with no unit but a qualifier: 减少1000万以上.
        unitText = scaleText
        category = "count"
      } else if scaleFactor > 1, j < n, p[j] == 0x591A || p[j] == 0x4F59,
        j + 1 == n || Punctuation.isClauseBreak(p[j + 1]) || Self.isHan(p[j + 1]) && !Self.joiners[Int(p[j + 1])],
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
        form = nil
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
          p.string(second.end..<afterScale2) + unitForms[u.index].text == unitText
        {
          high = second.value
          highScale = f2
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
    // The number in the unit as written (5.2 of 5.2万亿元); only 3000万～1亿元,
    // whose first number has a scale of its own, is rescaled to the unit's.
    let unitScale = writtenScale ?? scaleFactor
    let written = sign * (value + shareExtra)
    // One unit object for every figure in the same unit.
    let unit: FigureUnit
    if let f = form, f.matches(text: unitText, category: category, base: base, scale: unitScale) {
      unit = f
    } else if let f = forms[unitText], f.matches(text: unitText, category: category, base: base, scale: unitScale) {
      unit = f
    } else {
      unit = FigureUnit(text: unitText, category: category, base: base, scale: unitScale)
      forms[unitText] = unit
    }
    let q = Quantity(
      range: AnalysisRange(rangeStart, end), numberRange: AnalysisRange(start, num.end),
      value: unitScale == scaleFactor ? written : written * scaleFactor / unitScale,
      high: high, decimals: num.decimals, approx: approx, unit: unit,
      normalizedValue: sign * (value + shareExtra) * factor, normalizedHigh: high.map { $0 * highScale * unitFactor },
      change: change?.word, subject: sub.text, subjectRange: sub.range.map(AnalysisRange.init), scope: sub.scope,
      chineseNumerals: num.chinese, spaceBeforeUnit: space, rangeUnitDropped: rangeUnitDropped,
      section: roles?.section(start))
    if !sub.items.isEmpty { items = sub.items }
    return q
  }

  /// Up to four UTF-16 units packed into one key (no allocation per lookup).
}
