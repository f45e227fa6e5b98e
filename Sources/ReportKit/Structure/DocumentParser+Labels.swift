extension DocumentParser {
  /// Cuts a paragraph where a label inside it names another role than the
  /// paragraph's: 问题一：执法力量跟不上。…。改进措施：执法队员增加到12名以上。
  /// in a problems part is a problem, then a plan. A label is what stands
  /// at a sentence's start before a colon with no clause break before it,
  /// with text after the colon, and whose head (its last words) is a phrase
  /// of the section-roles lexicon (改进措施, 存在问题, 工作成效). The rest of the paragraph from the
  /// label on is a paragraph of its own for roles (`continues`), up to the
  /// next such label; the text keeps its paragraphs (`paragraphCount`).
  /// Not in a 政府工作报告, whose statuses were checked with its paragraphs
  /// whole; and only in a paragraph of one piece (not joined across a page
  /// break).
  func splitAtRoleLabels(_ doc: inout Document) {
    guard doc.metadata.kind != .governmentWork else { return }
    var out: [Paragraph] = []
    var changed = false
    for p in doc.paragraphs {
      let cuts = p.pieces.count == 1 ? labelCuts(doc, p) : []
      guard !cuts.isEmpty else {
        out.append(p)
        continue
      }
      changed = true
      var start = p.analysisRange.lowerBound
      var role = p.role
      var continues = false
      for cut in cuts + [(offset: p.analysisRange.upperBound, role: p.role)] {
        let range = AnalysisRange(start, cut.offset)
        var piece = p
        piece.analysisRange = range
        let lower = start == p.analysisRange.lowerBound ? p.pieces[0].lowerBound : doc.original(range).lowerBound
        let upper =
          cut.offset == p.analysisRange.upperBound
          ? p.pieces[0].upperBound : doc.original(AnalysisRange(cut.offset, cut.offset)).lowerBound
        piece.pieces = [SourceRange(lower, max(lower, upper))]
        piece.role = role
        piece.continues = continues
        out.append(piece)
        start = cut.offset
        role = cut.role
        continues = true
      }
    }
    if changed { doc.paragraphs = out }
  }

  /// Where a label starting at `t` ends: the colon closing at least two
  /// units with no clause break before it (工作成效：, 改进措施：), or nil.
  func labelEnd(_ units: [UInt16], from t: Int, limit: Int) -> Int? {
    var c = t
    while c < limit && units[c] != 0xFF1A && units[c] != 0x3A {
      if Punctuation.isClauseBreak(units[c]) { return nil }
      c += 1
    }
    return c < limit && c - t >= 2 ? c : nil
  }

  /// The role a label names by its head: the longest role phrase that ends
  /// it (改进措施：, 下步打算：), not one inside a sentence that ends in a colon
  /// (现将…和2025年工作安排报告如下：).
  func headRole(_ label: String) -> SectionRole? {
    let n = label.utf16.count
    var best: (length: Int, value: Int)? = nil
    for m in roleTrie.matches(in: label) where m.start + m.length == n && (best == nil || m.length > best!.length) {
      best = (m.length, m.value)
    }
    return best.map { roles[$0.value].role }
  }

  /// The sentence starts inside paragraph `p` (not its first) whose label
  /// names a role other than the one the text before it has.
  func labelCuts(_ doc: Document, _ p: Paragraph) -> [(offset: Int, role: SectionRole)] {
    let units = doc.analysis.units
    let r = p.analysisRange
    var cuts: [(offset: Int, role: SectionRole)] = []
    var current = p.role
    var k = r.lowerBound
    while k < r.upperBound {
      guard Punctuation.isFullStop(units[k]) else {
        k += 1
        continue
      }
      k += 1
      var t = k
      while t < r.upperBound && (units[t] == 0x20 || units[t] == 0x3000) { t += 1 }
      guard let c = labelEnd(units, from: t, limit: r.upperBound), c + 1 < r.upperBound,
        let role = headRole(String(decoding: units[t..<c], as: UTF16.self)),
        role == .review || role == .plans || role == .problems, role != current
      else { continue }
      cuts.append((t, role))
      current = role
    }
    return cuts
  }
}
