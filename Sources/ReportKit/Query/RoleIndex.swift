/// Looks up the section and role at an analysis offset quickly.
struct RoleIndex: Sendable {
  let starts: [Int]
  let sections: [Int?]
  let plan: [Bool]
  /// Paragraphs that plan in a part that does not (下一步，我们将…), in text order.
  let planParagraphs: [AnalysisRange]

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
    planParagraphs = doc.paragraphs.filter { p in
      p.role.isPlan && !(p.section.map { doc.sections[$0].role.isPlan } ?? false)
    }.map(\.analysisRange)
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
  func isPlan(_ a: Int) -> Bool {
    if plan[index(a)] { return true }
    guard !planParagraphs.isEmpty else { return false }
    var lo = 0
    var hi = planParagraphs.count
    while lo < hi {
      let m = (lo + hi) / 2
      if planParagraphs[m].upperBound <= a { lo = m + 1 } else { hi = m }
    }
    return lo < planParagraphs.count && planParagraphs[lo].contains(a)
  }
}
