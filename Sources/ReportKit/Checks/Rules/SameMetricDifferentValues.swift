/// 同一指标两个数值（same-metric-different-values）。
///
/// 检查什么：工作回顾里两处计数说的像是同一件事（“解答群众法律咨询 262 人次”与
/// “解答法律咨询服务 1100 多人次”：单位相同，所计之事的字面高度相似），数值却不同。
/// 警告会同时指出两处。
///
/// 为什么：口径可能不同（一处是宣传活动中的咨询，一处是全年），也可能是抄错；
/// 两种情况读者都需要报告说清楚。
///
/// 只比较相距不超过 10 万字（`sameReportSpan`）的两处：最长的报告约 3 万字，
/// 更长的输入是多份报告的汇编，相隔很远的两处不属于同一份报告；这也使核对随
/// 输入线性增长。
struct SameMetricDifferentValues: Rule {
  static let id = "same-metric-different-values"
  static let name = "同一指标两个数值"
  static let defaultSeverity = Severity.warning
  static let explanation = "同一份报告里，单位相同、所计之事高度相似的两个计数数值不同时给出警告（口径可能不同，需说明）。"
  static let triggeringExamples = [
    "一、工作回顾\n全年解答群众法律咨询 262 人次。接待办理法律援助 11 件次，解答法律咨询服务⟦1100 多人次⟧。"
  ]
  static let nonTriggeringExamples = [
    "一、工作回顾\n全年解答群众法律咨询 262 人次。发放宣传资料 18000 余份。"
  ]

  /// Subjects at least this alike (Dice over their words) count as one metric.
  static let threshold = 0.6
  /// The most later figures of its unit one figure is compared with.
  static let maxPartners = 256

  func check(_ report: Report, _ ctx: inout RuleContext) {
    let doc = report.document
    // The figures compared, by index, read in place (a filtered copy of the
    // figures retained every string each one holds, 168 bytes a figure).
    let qs = report.quantities
    let pick = qs.indices.filter { k in
      let q = qs[k]
      return q.isCount && q.subject.count >= 3 && !doc.role(at: q.range.lowerBound, section: q.section).isPlan
    }
    // Words as sorted ids (one merge per pair), figures grouped by unit, and
    // pairs only within one report's span: linear in a long input.
    let segmenter = ctx.environment.makeSegmenter()
    var ids: [String: Int32] = [:]
    let words = pick.map { k in
      segmenter.words(qs[k].subject).map { w -> Int32 in
        if let i = ids[w] { return i }
        let i = Int32(ids.count)
        ids[w] = i
        return i
      }.sorted()
    }
    var groups: [String: [Int]] = [:]
    for (i, k) in pick.enumerated() { groups[qs[k].baseUnit + "\u{1}" + qs[k].unitCategory, default: []].append(i) }
    // Each figure's group and place in it, so that pairs come out in the
    // order of the earlier figure, then the later one, without being stored.
    let member = Array(groups.values)
    var next = [Int](repeating: 0, count: pick.count)
    var groupOf = [Int](repeating: 0, count: pick.count)
    for (g, members) in member.enumerated() {
      for (k, i) in members.enumerated() {
        groupOf[i] = g
        next[i] = k + 1
      }
    }
    for i in pick.indices {
      let members = member[groupOf[i]]
      // The later figures of its unit within one report's span, found by
      // binary search, and a cap on how many of them it is set against (the
      // longest real report has under 100 figures of one unit): a table
      // pasted as text stays linear, and what was left is counted.
      let from = next[i]
      let reach = qs[pick[i]].range.lowerBound + sameReportSpan
      var lo = from
      var hi = members.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if qs[pick[members[mid]]].range.lowerBound <= reach { lo = mid + 1 } else { hi = mid }
      }
      let upto = min(lo, from + Self.maxPartners)
      if lo > upto { ctx.skipped(lo - upto) }
      for j in members[from..<upto] {
        let (m, n) = (words[i].count, words[j].count)
        // Dice ≥ t needs 2·min(m, n) ≥ t·(m + n): most pairs stop here.
        guard 2 * Double(min(m, n)) >= Self.threshold * Double(m + n) else { continue }
        let sim = dice(sorted: words[i], words[j])
        guard sim >= Self.threshold else { continue }
        // Read in place, here and in the finding's autoclosures (made only
        // when the finding is listed): binding the two figures copied them,
        // two memcpy and a retain and a release of every string they hold,
        // for every pair (a fifth of the audit of one sentence of figures).
        let (a, b) = (pick[i], pick[j])
        let ok = qs[a].normalizedValue == qs[b].normalizedValue
        ctx.counted(held: ok)
        if !ok {
          ctx.report(
            "“\(qs[b].subject)”\(doc.text(qs[b].range)) 与前文“\(qs[a].subject)”\(doc.text(qs[a].range)) 像是同一指标却数值不同，请说明口径",
            at: doc.original(qs[b].range), related: [RelatedSpan(range: doc.original(qs[a].range), label: "前文数值")],
            note: "所计之事的相似度 \(format(sim, digits: 2))（阈值 \(Self.threshold)）")
        }
      }
    }
  }
}
