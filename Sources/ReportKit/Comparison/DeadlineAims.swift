/// Aims set by a deadline within the plan year (6月底前完成清单梳理, 年底前
/// 全部配齐法律顾问, 9月底前投入运行), judged against the next review: the
/// deadline is when, not how much. The review sentence about the same work
/// (its words without the deadline, at `minSubjectScore`) answers it:
/// - undone or put off (未, 没有, 推迟, 延期), or done in a later month than
///   the deadline, or put to a later year than the plan's: not met;
/// - done (a figure or a word of doing, `reportsWork`), in no later month:
///   met;
/// - no such sentence: not reported.
/// A clause whose figures are judged already (年内完成全部18个村的修订) is left
/// to them.
extension Comparer {
  struct DeadlineAim {
    var clause: AnalysisRange
    /// The deadline as written, and its last month (6月底前: 6; 年底前: 12).
    var deadline: String
    var month: Int
    /// The words of the work the deadline is for: the clause, or the whole
    /// item of a field line.
    var work: AnalysisRange
  }

  /// The last month a deadline allows in the plan year, or nil for one
  /// beyond it (到2027年) or of another year.
  static func deadlineMonth(_ d: String, planYear: Int?) -> Int? {
    let u = Array(d.utf16)
    if let y = Int(String(d.prefix(4))), d.count > 4, d.hasPrefix("20") {
      guard y == planYear else { return nil }
    }
    if d.hasPrefix("到") { return nil }
    if d.contains("上半年") { return 6 }
    if let m = u.firstIndex(of: 0x6708) {  // 月: the digits before it
      var s = m
      while s > 0 && u[s - 1] >= 0x30 && u[s - 1] <= 0x39 { s -= 1 }
      if s < m, let v = Int(String(decoding: u[s..<m], as: UTF16.self)) {
        return (1...12).contains(v) ? v : nil
      }
    }
    return 12  // 年底前, 年内, 下半年, 年底
  }

  /// A deadline within a term from an event (自印发之日起15日内, 一个月内,
  /// 3个工作日内) or at the year's start (年初), in a town's plan: a count
  /// and a unit of time before 内, or 年初. It names no month of the year.
  static func relativeDeadline(_ t: String) -> String? {
    if let r = t.range(of: "年初") { return String(t[r]) }
    let u = Array(t.utf16)
    let units: [[UInt16]] = ["个工作日", "个月", "工作日", "日", "天", "周"].map { Array($0.utf16) }
    var i = 0
    while i < u.count {
      guard let n = u.withUnsafeBufferPointer({ Frequency.smallCount($0, i, u.count) }) else {
        i += 1
        continue
      }
      let k = i + n.length
      if let w = units.first(where: { k + $0.count < u.count && Array(u[k..<(k + $0.count)]) == $0 }),
        u[k + w.count] == 0x5185  // 内
      {
        return String(decoding: u[i...(k + w.count)], as: UTF16.self)
      }
      i = k
    }
    return nil
  }

  /// The deadline aims of a report's plan commitments.
  func deadlineAims(_ r: Report) -> [(aim: DeadlineAim, commitment: Int)] {
    let d = r.document
    var out: [(aim: DeadlineAim, commitment: Int)] = []
    for (ci, c) in r.commitments.enumerated() {
      guard d.role(at: c.range.lowerBound, section: c.section).isPlan else { continue }
      let relative =
        c.deadline == nil && d.metadata.kind != .governmentWork ? Self.relativeDeadline(d.text(c.range)) : nil
      guard let dl = c.deadline ?? relative,
        let month = relative != nil ? 12 : Self.deadlineMonth(dl, planYear: d.metadata.planYear)
      else { continue }
      guard let clause = TextSpans.clauses(d, c.range).first(where: { d.text($0).contains(dl) }) else { continue }
      var work = clause
      // A field of its own (时限：9月底前完成) sets the deadline of the work
      // its item's other fields name (目标：…；措施：…): the item is the clause.
      let field = d.text(clause)
      if let colon = field.firstIndex(of: "："), field[field.index(after: colon)...].hasPrefix(dl),
        field.count < field.distance(from: field.startIndex, to: colon) + 1 + dl.count + 4
      {
        work = d.sentence(at: clause.lowerBound)
      }
      // A deadline is for work named beside it (年底前 alone names none), and
      // a term extended to a date (执行期限延长到今年年底) is no deadline.
      let text = d.text(work)
      guard text.count >= dl.count + 4, let at = text.range(of: dl) else { continue }
      var before = text[..<at.lowerBound]
      if before.hasSuffix("今年") { before = before.dropLast(2) }
      if before.hasSuffix("到") || before.hasSuffix("至") { continue }
      out.append((DeadlineAim(clause: clause, deadline: dl, month: month, work: work), ci))
    }
    return out
  }

  /// The outcome of a deadline aim in the next review.
  func deadlineOutcome(
    _ a: DeadlineAim, commitment c: Commitment, of older: Report, in newer: Report, sim: TextSimilarity,
    reviewSentences: [AnalysisRange], reviewIndex: TextSimilarity.Index
  ) -> TargetOutcome {
    let d = older.document
    let clauseText = d.text(a.clause)
    let target = Target(
      metric: clauseText, text: clauseText, range: a.clause, quantity: nil, value: Double(a.month), high: nil,
      unit: "月", approx: .atMost, horizon: .thisYear, horizonYear: d.metadata.planYear, section: c.section,
      category: c.category, bound: .ceiling, fromPlanClause: true)
    let query = d.text(a.work).replacingOccurrences(of: a.deadline, with: "")
    let later = newer.document
    for m in sim.bestCoverage(query, in: reviewIndex, k: 3) where m.score >= Self.minSubjectScore {
      let s = reviewSentences[m.index]
      let text = later.text(s)
      let months = later.analysis.units.withUnsafeBufferPointer { Self.months($0, s) }
      let laterYear = d.metadata.planYear.map { y in MetadataReader.years(in: text).contains { $0 > y } } ?? false
      let note = "目标 \(a.deadline)；实际“\(text.prefix(40))”（相似度 \(format(m.score, digits: 2))）"
      if environment.undoneWords.contains(where: text.contains) || laterYear || months.contains(where: { $0 > a.month })
      {
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .notMet, note: note, kind: .evidence)
      }
      if !months.isEmpty || reportsWork(s, in: newer) {
        return TargetOutcome(
          target: target, outcome: nil, evidence: (s, m.score), status: .met, note: note,
          value: months.max().map(Double.init), kind: months.isEmpty ? .evidence : .derived)
      }
    }
    return TargetOutcome(
      target: target, outcome: nil, evidence: nil, status: .notReported, note: "下一年回顾中未报告同一事项（目标 \(a.deadline)）",
      kind: .none)
  }
}
