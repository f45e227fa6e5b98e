/// The roles of a parsed document's parts and paragraphs: from their titles
/// (section-roles lexicon), from what their sentences do where the title names
/// none, inherited from a plan part, and per paragraph where one opens a plan.
extension DocumentParser {
  /// The role a title names through the section-roles lexicon (longest phrase wins).
  func roleOf(_ title: String) -> (SectionRole, Bool) {
    // The longest phrase the title holds; ties go to the later one: a
    // title is a noun phrase whose head comes last (上年度工作计划落实情况
    // is about 落实情况, what was done of the plan).
    var best: (length: Int, value: Int)? = nil
    for m in roleTrie.matches(in: title) where best == nil || m.length >= best!.length {
      best = (m.length, m.value)
    }
    guard let b = best else { return (.other, false) }
    return (roles[b.value].role, true)
  }

  /// Roles of the top-level parts that do not hang on having seen a
  /// report's titles. A title naming the plan year and not the review year
  /// is a plan part whatever its words (三、2026年主要工作); one naming the
  /// review year and not the plan year or a plan period is a review. A part
  /// whose title decides nothing (no role, no year, or no top-level 一、
  /// markers at all) gets its role from what its sentences do: figures and
  /// wording of the year past (去年, 过去一年, the review year, 完成, 实现) against
  /// plans (要, 将, 着力, 推进, 今年, the plan year).
  func inferRoles(_ doc: inout Document) {
    let plan = doc.metadata.planYear
    let review = doc.metadata.reviewYear
    for i in doc.sections.indices where doc.sections[i].parent == nil {
      let title = doc.sections[i].title
      let years = MetadataReader.years(in: title)
      let namesPlan = plan.map { years.contains($0) } == true || title.hasPrefix("今年")
      let namesReview = review.map { years.contains($0) } == true
      let period = !periodTrie.matches(in: title).isEmpty
      var role = doc.sections[i].role
      let fromTitle = doc.sections[i].roleFromTitle
      if namesPlan && !namesReview {
        if !role.isPlan { role = .plans }
      } else if namesReview && !namesPlan && !period {
        if role.isPlan || !fromTitle { role = .review }
      } else if !fromTitle {
        // A title that looks ahead (下一阶段工作举措, 来年工作设想, 下步怎么干)
        // names the plan part whatever its head noun: the look-ahead word
        // (promise-markers) is the title's time, as the plan year is above.
        role = looksAhead(title) ? .plans : roleFromSentences(doc, i, plan: plan, review: review) ?? .other
      }
      if role != doc.sections[i].role || !fromTitle { setRole(&doc, i, role) }
    }
  }

  /// Whether a title holds a word that looks ahead (promise-markers:
  /// 下一步, 下一阶段, 今后, 明年, 来年).
  func looksAhead(_ title: String) -> Bool {
    let u = Array(title.utf16)
    var found = false
    u.withUnsafeBufferPointer { p in promiseTrie.forEachMatch(p, in: 0..<p.count) { _, _, _ in found = true } }
    return found
  }

  /// review or plans from what the part's sentences do (a sentence opening
  /// with a plan opener or naming the plan year plans; one holding a review
  /// word or naming the review year looks back); nil when neither clearly
  /// prevails (fewer than two signals, or a tie).
  func roleFromSentences(_ doc: Document, _ i: Int, plan: Int?, review: Int?) -> SectionRole? {
    // On the analysis units (no String per part or sentence: a part of
    // thousands of sentences is read once, at the speed of the rest).
    let range = doc.sections[i].analysisRange
    let planYear = plan.map { Array("\($0)年".utf16) }
    let reviewYear = review.map { Array("\($0)年".utf16) }
    var p = 0
    var r = 0
    // Not in a part whose paragraphs carry role labels (工作成效：…; 下步打算：…):
    // a topic part, divided by them, is no review as a whole.
    let labelled = doc.paragraphs.contains {
      range.contains($0.analysisRange.lowerBound) && labelRole(doc, $0.analysisRange) != nil
    }
    let counts = doc.metadata.kind != .governmentWork && !labelled
    doc.analysis.units.withUnsafeBufferPointer { b in
      // Whether `w` stands at `k` and ends by `end`.
      func at(_ w: [UInt16], _ k: Int, _ end: Int) -> Bool { k + w.count <= end && b.has(w, at: k) }
      var s = range.lowerBound
      while s < range.upperBound {
        var e = s
        while e < range.upperBound && b[e] != 0x3002 && b[e] != 0x0A && b[e] != 0xFF1B { e += 1 }
        // A sentence without its leading spaces and commas.
        var t = s
        while t < e && (b[t] == 0x20 || b[t] == 0xFF0C) { t += 1 }
        if t < e && planOpeners.longestMatch(b, from: t, limit: e) != nil { p += 1 }
        // One pass over the sentence for the review words (a trie step per
        // unit, not a scan per word) and the two years.
        var lookBack = false
        var planSeen = false
        var reviewSeen = false
        var k = t
        while k < e && !(lookBack && (planSeen || planYear == nil) && (reviewSeen || reviewYear == nil)) {
          if !lookBack && reviewStarts[Int(b[k])] && reviewWords.longestMatch(b, from: k, limit: e) != nil {
            lookBack = true
          }
          if !planSeen, let y = planYear, at(y, k, e) { planSeen = true }
          if !reviewSeen, let y = reviewYear, at(y, k, e) { reviewSeen = true }
          k += 1
        }
        // Outside a 政府工作报告 (which keeps its own rules) the sentence's
        // mood decides too: an aim or modal (不少于, 须, 要, 将; 下一步) plans,
        // and a 完成 or 实现 in it is what is to be done (年内全部完成村规民约修订);
        // a figure in digits with neither is a count of what was done
        // (全年集体学法12次, against 全年举办…不少于18场次).
        var aims = false
        if counts && !reviewSeen {
          aimTrie.forEachMatch(b, in: t..<e) { _, _, _ in aims = true }
          if !aims { promiseTrie.forEachMatch(b, in: t..<e) { _, _, _ in aims = true } }
        }
        if planSeen || aims { p += 1 }
        if lookBack && !aims { r += 1 }
        if reviewSeen { r += 1 }
        if counts && !planSeen && !aims && (t..<e).contains(where: { b[$0] >= 0x30 && b[$0] <= 0x39 }) { r += 1 }
        s = e + 1
      }
    }
    guard p + r >= 2 else { return nil }
    if p * 2 > r * 3 { return .plans }
    if r * 2 > p * 3 { return .review }
    return nil
  }

  /// A part inside a plan part plans too, whatever its own title says
  /// (（2）领导干部年度述法实现全覆盖 under 下一步工作打算 names the leaders'
  /// duties, and is a plan for them): it takes its parent's role unless its
  /// title names a plan role of its own.
  func inheritPlanRoles(_ doc: inout Document) {
    for i in doc.sections.indices {  // parents come before their parts
      guard let p = doc.sections[i].parent, doc.sections[p].role.isPlan, !doc.sections[i].role.isPlan else {
        continue
      }
      doc.sections[i].role = doc.sections[p].role
    }
  }

  /// The role of each paragraph: its section's, or `.plans` where the
  /// paragraph opens as a plan wherever it stands (a review part's closing
  /// paragraph, a report with no plan part): it opens with a word that looks
  /// ahead (下一步, 今后, 明年: promise-markers) or with the plan year, and
  /// its opening clause plans (将, 要, 力争, 计划: plan-markers): 下一步，我们将…;
  /// 2025年，街道将…; or its first clause is a label that looks ahead before a
  /// colon (下步打算：…). A plan paragraph closing on ： (下一步重点做好以下工作：)
  /// introduces the paragraphs after it in its part, which plan too.
  func paragraphRoles(_ doc: inout Document) {
    let planYear = doc.metadata.planYear.map { Array("\($0)年".utf16) }
    // While a plan introduction runs: the section it stands in.
    var introducing = false
    var introSection: Int? = nil
    for k in doc.paragraphs.indices {
      let para = doc.paragraphs[k]
      // A report without parts reviews its year outside its plan paragraphs.
      let own = para.section.map { doc.sections[$0].role } ?? (doc.sections.isEmpty ? .review : .other)
      var role = own
      if !own.isPlan {
        if introducing && introSection == para.section {
          role = .plans
        } else {
          introducing = false
          if opensPlan(doc, para.analysisRange, planYear: planYear) {
            role = .plans
            let last = TextSpans.trim(doc, para.analysisRange).upperBound - 1
            if last >= para.analysisRange.lowerBound && doc.analysis.units[last] == 0xFF1A {
              introducing = true
              introSection = para.section
              // The numbered items after it in its part are what it
              // introduces: they plan too (下一步，我镇将重点做好以下工作： and
              // then （一）…（二）… where no title of their own opens the plan).
              // The part is the top-level one it stands in: after a list
              // of numbered problems it stands in the last of them.
              if var s = para.section {
                while let up = doc.sections[s].parent { s = up }
                let part = doc.sections[s].analysisRange
                for j in doc.sections.indices
                where j != s && doc.sections[j].analysisRange.lowerBound >= para.analysisRange.upperBound
                  && doc.sections[j].analysisRange.lowerBound < part.upperBound
                {
                  doc.sections[j].role = .plans
                }
              }
            }
          } else if own == .other, let labelled = labelRole(doc, para.analysisRange) {
            role = labelled
          } else if k > 0, doc.metadata.kind != .governmentWork, doc.paragraphs[k - 1].role == .plans,
            doc.paragraphs[k - 1].section == para.section, opensAsContinuation(doc, para.analysisRange)
          {
            // 2025年，我镇将…。 then 同时，镇政府…一律先行开展公平竞争审查。: a
            // paragraph that says it goes on from a plan paragraph plans too.
            role = .plans
          }
        }
      }
      doc.paragraphs[k].role = role
    }
  }

  /// The role a paragraph's opening label names (工作成效：…; 存在问题：…)
  /// through the section-roles lexicon, in a part whose title names none
  /// (a report whose parts are topics, each with its results, problems and
  /// plans). A label is what stands before a colon with no clause break
  /// before it (`labelEnd`), and names a role by its head (`headRole`), as a
  /// label inside a paragraph does (`labelCuts`).
  func labelRole(_ doc: Document, _ r: AnalysisRange) -> SectionRole? {
    let units = doc.analysis.units
    var t = r.lowerBound
    while t < r.upperBound && (units[t] == 0x20 || units[t] == 0x3000) { t += 1 }
    guard let c = labelEnd(units, from: t, limit: r.upperBound),
      let role = headRole(String(decoding: units[t..<c], as: UTF16.self)), role == .review || role == .plans
    else { return nil }
    return role
  }

  /// Whether a paragraph opens with a connective that goes on from the
  /// paragraph before (continuation-openers: 此外，同时，), as its own clause.
  func opensAsContinuation(_ doc: Document, _ r: AnalysisRange) -> Bool {
    doc.analysis.units.withUnsafeBufferPointer { p -> Bool in
      var t = r.lowerBound
      while t < r.upperBound && (p[t] == 0x20 || p[t] == 0x3000) { t += 1 }
      guard let m = continuationTrie.longestMatch(p, from: t, limit: r.upperBound) else { return false }
      let e = t + m.length
      return e < r.upperBound && (p[e] == 0xFF0C || p[e] == 0x2C)
    }
  }

  /// Whether a paragraph opens as a plan (see `paragraphRoles`).
  func opensPlan(_ doc: Document, _ r: AnalysisRange, planYear: [UInt16]?) -> Bool {
    doc.analysis.units.withUnsafeBufferPointer { p -> Bool in
      var t = r.lowerBound
      while t < r.upperBound && (p[t] == 0x20 || p[t] == 0x3000) { t += 1 }
      // The word that looks ahead, in the paragraph's first clause (下一步，;
      // 在新的一年里，; 面向2025年，).
      var first = t
      while first < r.upperBound && !Punctuation.isClauseEnd(p[first]) { first += 1 }
      var e: Int? = nil
      var k = t
      while k < first && e == nil {
        if let m = promiseTrie.longestMatch(p, from: k, limit: first) {
          // 将继续, 将进一步: the modal is the word's own.
          if p[k] == 0x5C06 { return true }
          e = k + m.length
        } else if let y = planYear, k + y.count <= first, p.has(y, at: k) {
          e = k + y.count
        }
        k += 1
      }
      guard let e else { return false }
      // A label that looks ahead before a colon (下步打算：…; 今后工作安排：…)
      // says what the paragraph after it does: it plans, modal or not.
      // (A colon ends no clause here: the label is the clause's head.)
      var c = e
      while c < first && p[c] != 0xFF1A && p[c] != 0x3A { c += 1 }
      if c < first { return true }
      // The rest of its clause and the clause after it: 下一步，我们将…;
      // 在新的一年里，街道要….
      var end = first
      if end < r.upperBound && p[end] == 0xFF0C {
        end += 1
        while end < r.upperBound && !Punctuation.isClauseEnd(p[end]) { end += 1 }
      }
      var plans = false
      planMarkerTrie.forEachMatch(p, in: e..<end) { _, s, _ in
        // 要 of 主要, 重要, 需要 is no modal of the clause.
        if p[s] == 0x8981 && s > e && (p[s - 1] == 0x4E3B || p[s - 1] == 0x91CD || p[s - 1] == 0x9700) { return }
        plans = true
      }
      return plans
    }
  }

  func setRole(_ doc: inout Document, _ i: Int, _ role: SectionRole) {
    doc.sections[i].role = role
    for c in doc.sections[i].children where !doc.sections[c].roleFromTitle {
      setRole(&doc, c, role)
    }
  }
}
