/// Reads a decoded report into a `Document`: headings and their numbering,
/// the section tree with roles, paragraphs (joined where a page break cut
/// them), the analysis text, and the report's metadata.
public struct DocumentParser: Sendable {
  let roles: [(role: SectionRole, phrase: String)]
  /// Words naming a period longer than a year (五年, 十四五: review-period-words).
  let periodTrie: WordTrie
  let roleTrie: WordTrie
  let divisions: AdminDivisions
  /// Words that open a planning sentence (`Lexicons/plan-openers.txt`).
  let planOpeners: WordTrie
  /// Words that make a sentence look back (`Lexicons/review-words.txt`).
  let reviewWords: WordTrie
  /// For each UTF-16 unit, whether a review word starts with it: the trie is
  /// asked only where one may start.
  let reviewStarts: [Bool]

  /// Words that promise or look ahead (下一步, 今后, 明年, 将继续:
  /// `Lexicons/promise-markers.txt`): a paragraph opening with one plans.
  let promiseTrie: WordTrie
  /// Connectives that open a paragraph going on from the one before
  /// (`Lexicons/continuation-openers.txt`: 此外，同时，).
  let continuationTrie: WordTrie
  /// Words that make a clause plan (将, 要, 力争, 计划: `Lexicons/plan-markers.txt`
  /// but 今年, which only dates).
  let planMarkerTrie: WordTrie
  /// Aims and modals (不少于, 达到, 须, 要: `Lexicons/commitment-markers.txt`)
  /// with `planMarkerTrie`: a sentence with a figure and none of them
  /// reports a count, it does not plan one.
  let aimTrie: WordTrie

  public init(lexicons: Lexicons = .builtin) {
    divisions = AdminDivisions(lexicons: lexicons)
    planOpeners = WordTrie(lexicons.words(.planOpeners))
    let review = lexicons.words(.reviewWords)
    reviewWords = WordTrie(review)
    var starts = [Bool](repeating: false, count: 1 << 16)
    for w in review { if let f = w.utf16.first { starts[Int(f)] = true } }
    reviewStarts = starts
    promiseTrie = WordTrie(lexicons.words(.promiseMarkers))
    continuationTrie = WordTrie(lexicons.words(.continuationOpeners))
    planMarkerTrie = WordTrie(lexicons.words(.planMarkers).filter { $0 != "今年" })
    aimTrie = WordTrie(lexicons.words(.commitmentMarkers) + lexicons.words(.planMarkers))
    roles = lexicons.pairs(.sectionRoles).compactMap { r in
      SectionRole(rawValue: r.0).map { ($0, r.1) }
    }
    roleTrie = WordTrie(roles.map(\.phrase))
    periodTrie = WordTrie(lexicons.words(.reviewPeriodWords))
  }

  // Sentence-ending marks: a paragraph ending in none of these runs on.
  static let terminal: Set<UInt16> = Set(
    "。！？；：…”’」』）)】》.!?;:～—".utf16)

  struct Line {
    var content: Range<Int>
    var pieces: [Range<Int>]  // content without ** markup
    var markdownLevel: Int?
    var marker: HeadingMarker?
    var boldEnd: Int?  // where a leading **…** closes
  }

  public func parse(_ decoded: [UInt16]) -> Document {
    let source = SourceText(units: decoded)
    let u = decoded
    var analysis = AnalysisText(capacity: decoded.count + decoded.count / 16)
    analysis.sourceLength = decoded.count
    var sections: [Section] = []
    var paragraphs: [Paragraph] = []
    var joins: [ParagraphJoin] = []
    var title: (String, Range<Int>)? = nil
    var sectionStarts: [Int] = []  // analysis start of each section
    var stack: [Int] = []
    var openParagraph: [Range<Int>]? = nil  // pieces of the paragraph being built
    var sawHeading = false
    var preambleLines: [Range<Int>] = []

    func flushParagraph() {
      guard let pieces = openParagraph else { return }
      let start = analysis.units.count
      for p in pieces { analysis.append(u, p) }
      analysis.appendBreak(at: pieces.last!.upperBound)
      paragraphs.append(
        Paragraph(
          pieces: pieces.map(SourceRange.init), analysisRange: AnalysisRange(start, analysis.units.count),
          section: stack.last))
      openParagraph = nil
    }

    func addParagraph(_ pieces: [Range<Int>], canJoin: Bool) {
      let pieces = pieces.filter { !$0.isEmpty }
      guard !pieces.isEmpty else { return }
      if canJoin, let open = openParagraph, let last = open.last,
        runsOn(u, last, next: pieces[0], sawHeading: sawHeading)
      {
        joins.append(
          ParagraphJoin(
            gap: SourceRange(last.upperBound, pieces[0].lowerBound),
            before: SourceRange(last.upperBound - 1, last.upperBound),
            after: SourceRange(pieces[0].lowerBound, pieces[0].lowerBound + 1)))
        openParagraph = open + pieces
        return
      }
      flushParagraph()
      openParagraph = pieces
    }

    for li in 0..<source.lineCount {
      let line = scan(u, source.lineRange(li).offsets)
      // A line of markup alone ("#", "**") holds no text: like an empty line
      // (found by Fuzz/run.sh parser: "#" alone crashed the title reading).
      if line.content.isEmpty || line.pieces.isEmpty { continue }
      let unmarkedRank =
        line.marker == nil && line.markdownLevel == nil
        ? unmarkedHeadingRank(u, source, li, line, afterHeading: sawHeading) : nil
      let isHeading = line.marker != nil || line.markdownLevel != nil || unmarkedRank != nil
      if !isHeading {
        if !sawHeading { preambleLines.append(line.content) }
        addParagraph(line.pieces, canJoin: true)
        continue
      }
      // A first markdown level-1 heading without numbering is the title.
      if line.marker == nil, line.markdownLevel == 1, title == nil, sections.isEmpty {
        let r = trimmed(u, line.pieces.first!.lowerBound..<line.pieces.last!.upperBound)
        title = (source.string(SourceRange(r)), r)
        flushParagraph()
        continue
      }
      flushParagraph()
      sawHeading = true
      let (titleRange, headingEnd, body) = splitHeading(u, line)
      let start = analysis.units.count
      analysis.append(u, titleRange)
      analysis.appendBreak(at: titleRange.upperBound)
      let rank = line.marker?.kind.rank ?? unmarkedRank ?? max(1, (line.markdownLevel ?? 2) - 1)
      while let top = stack.last, sections[top].rank >= rank { stack.removeLast() }
      let parent = stack.last
      let titleText = source.string(SourceRange(titleRange))
      let (role, fromTitle) = roleOf(titleText)
      let s = Section(
        title: titleText, titleRange: SourceRange(titleRange),
        headingRange: SourceRange(line.content.lowerBound, headingEnd),
        marker: line.marker, markdownLevel: line.markdownLevel, rank: rank,
        role: fromTitle ? role : (parent.map { sections[$0].role } ?? .other),
        roleFromTitle: fromTitle, analysisRange: AnalysisRange(at: start), parent: parent, children: [],
        depth: stack.count)
      sections.append(s)
      sectionStarts.append(start)
      if let p = parent { sections[p].children.append(sections.count - 1) }
      stack.append(sections.count - 1)
      if !body.isEmpty { addParagraph(body, canJoin: false) }
    }
    flushParagraph()

    // Each section runs to the next heading of the same or a higher level.
    for i in sections.indices {
      var end = analysis.units.count
      for j in (i + 1)..<sections.count where sections[j].rank <= sections[i].rank {
        end = sectionStarts[j]
        break
      }
      sections[i].analysisRange = AnalysisRange(sectionStarts[i], end)
    }

    if title == nil { title = findTitle(source, preambleLines) }
    var doc = Document(
      source: source, analysis: analysis, sections: sections, paragraphs: paragraphs, joins: joins,
      metadata: ReportMetadata(kind: .unknown))
    MetadataReader(divisions: divisions).read(&doc, title: title, preamble: preambleLines)
    inferRoles(&doc)
    inheritPlanRoles(&doc)
    paragraphRoles(&doc)
    splitAtRoleLabels(&doc)
    return doc
  }

  /// Reads one line: trims it, notes a markdown heading level, drops `**`
  /// markup and reads any heading number.
  func scan(_ u: [UInt16], _ r: Range<Int>) -> Line {
    let c = trimmed(u, r)
    var a = c.lowerBound
    var md: Int? = nil
    if a < c.upperBound && u[a] == 0x23 {
      var j = a
      while j < c.upperBound && u[j] == 0x23 { j += 1 }
      if j - a <= 6 && (j == c.upperBound || u[j] == 0x20 || u[j] == 0x3000) {
        md = j - a
        a = j
        while a < c.upperBound && (u[a] == 0x20 || u[a] == 0x3000) { a += 1 }
      }
    }
    // Pieces without ** markers.
    var pieces: [Range<Int>] = []
    var pieceStart = a
    var j = a
    var bolds: [Int] = []
    while j < c.upperBound {
      if u[j] == 0x2A && j + 1 < c.upperBound && u[j + 1] == 0x2A {
        if j > pieceStart { pieces.append(pieceStart..<j) }
        bolds.append(j)
        j += 2
        pieceStart = j
      } else {
        j += 1
      }
    }
    if c.upperBound > pieceStart { pieces.append(pieceStart..<c.upperBound) }
    let first = pieces.first.map { $0.lowerBound } ?? c.upperBound
    var marker: HeadingMarker? = nil
    if first < c.upperBound {
      marker = MarkerParser.parse(u, from: first, to: pieces.first!.upperBound)
    }
    var boldEnd: Int? = nil
    if bolds.count >= 2 && bolds[0] == a { boldEnd = bolds[1] }
    return Line(
      content: c, pieces: pieces.isEmpty ? [] : pieces, markdownLevel: md, marker: marker,
      boldEnd: boldEnd)
  }

  /// The longest line read as a heading without a number.
  static let maxUnmarkedHeading = 24

  /// The rank of a heading written without a number (存在的不足, 2024年工作打算
  /// on a line of its own): a short line after an empty one (or first),
  /// with no punctuation, whose next line is a numbered heading of rank 2
  /// or lower ((一)…): the part those items belong to, one rank above them.
  /// nil for any other line.
  ///
  /// After a numbered part, such a line followed by plain paragraphs is a
  /// part of the top rank when it plans by its words: it looks ahead
  /// (下一步工作打算, 明年怎么干) or names the plan role (2025年工作计划).
  func unmarkedHeadingRank(_ u: [UInt16], _ source: SourceText, _ li: Int, _ line: Line, afterHeading: Bool = false)
    -> Int?
  {
    let r = line.content
    guard r.count <= Self.maxUnmarkedHeading, r.contains(where: { u[$0] >= 0x4E00 && u[$0] <= 0x9FFF }),
      !r.contains(where: { Self.terminal.contains(u[$0]) || u[$0] == 0xFF0C || u[$0] == 0x3001 || u[$0] == 0x09 })
    else { return nil }
    if li > 0 && !scan(u, source.lineRange(li - 1).offsets).content.isEmpty { return nil }
    var k = li + 1
    while k < source.lineCount {
      let next = scan(u, source.lineRange(k).offsets)
      if next.content.isEmpty || next.pieces.isEmpty {
        k += 1
        continue
      }
      if let m = next.marker, m.kind.rank >= 2 { return m.kind.rank - 1 }
      guard afterHeading, next.markdownLevel == nil else { return nil }
      let text = String(decoding: u[r], as: UTF16.self)
      let (role, named) = roleOf(text)
      return looksAhead(text) || (named && role.isPlan) ? 1 : nil
    }
    return nil
  }

  /// Splits a heading line into its title, the end of the heading, and the
  /// body text that follows a lead-in heading on the same line.
  func splitHeading(_ u: [UInt16], _ line: Line) -> (Range<Int>, Int, [Range<Int>]) {
    let start = line.marker?.range.upperBound ?? line.pieces.first?.lowerBound ?? line.content.lowerBound
    let end = line.content.upperBound
    var titleStart = start
    while titleStart < end && (u[titleStart] == 0x20 || u[titleStart] == 0x3000) { titleStart += 1 }
    func strip(_ r: Range<Int>) -> Range<Int> {
      var e = r.upperBound
      while e > r.lowerBound && (u[e - 1] == 0x3002 || u[e - 1] == 0x20 || u[e - 1] == 0xFF1B) {
        e -= 1
      }
      return r.lowerBound..<e
    }
    if let b = line.boldEnd, b > titleStart {
      let rest = line.pieces.compactMap { p -> Range<Int>? in
        let lo = max(p.lowerBound, b + 2)
        return lo < p.upperBound ? lo..<p.upperBound : nil
      }
      return (strip(titleStart..<b), b + 2, rest)
    }
    if line.markdownLevel == nil {
      // A lead-in heading: the title is the first sentence when more follows.
      var j = titleStart
      while j < end {
        let c = u[j]
        if c == 0x3002 || c == 0xFF01 || c == 0xFF1F {
          var k = j + 1
          while k < end && (u[k] == 0x20 || u[k] == 0x3000) { k += 1 }
          if k < end {
            let rest = line.pieces.compactMap { p -> Range<Int>? in
              let lo = max(p.lowerBound, k)
              return lo < p.upperBound ? lo..<p.upperBound : nil
            }
            return (titleStart..<j, j + 1, rest)
          }
          break
        }
        j += 1
      }
    }
    let titleEnd = line.pieces.last.map { min($0.upperBound, end) } ?? end
    return (strip(titleStart..<titleEnd), end, [])
  }

  func trimmed(_ u: [UInt16], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    func space(_ c: UInt16) -> Bool { c == 0x20 || c == 0x09 || c == 0x3000 || c == 0xA0 || c == 0xFEFF }
    while a < b && space(u[a]) { a += 1 }
    while b > a && space(u[b - 1]) { b -= 1 }
    return a..<b
  }

  /// Whether a paragraph ending at `last` runs on into the next: it ends
  /// without a sentence mark, is not part of the report's opening lines, and is
  /// long enough to be body text.
  func runsOn(_ u: [UInt16], _ last: Range<Int>, next: Range<Int>, sawHeading: Bool) -> Bool {
    guard sawHeading, last.count >= 8, let end = u[last].last else { return false }
    if Self.terminal.contains(end) { return false }
    // A row of a table pasted from Word (cells split by tabs) stands alone.
    if u[last].contains(0x09) || u[next].contains(0x09) { return false }
    // So does a row of a list of indicators written line after line as a
    // name, ： and a short figure (行政执法案卷评查合格率：95%以上, then
    // 行政复议纠错率：5%以内).
    let rows = u.withUnsafeBufferPointer { TextSpans.isIndicatorRow($0, last) && TextSpans.isIndicatorRow($0, next) }
    if rows { return false }
    return true
  }

  /// The title of a report without a markdown title: the first opening line
  /// that names a report, cut before any "——" delivery line.
  func findTitle(_ source: SourceText, _ preamble: [Range<Int>]) -> (String, Range<Int>)? {
    for r in preamble.prefix(4) {
      let s = source.string(SourceRange(r))
      guard s.contains("报告") || s.contains("总结") else { continue }
      if s.hasPrefix("——") { continue }
      var end = r.upperBound
      if let dash = s.range(of: "——") {
        end = r.lowerBound + s[..<dash.lowerBound].utf16.count
      }
      if end - r.lowerBound > 60 { continue }
      let tr = r.lowerBound..<end
      return (source.string(SourceRange(tr)), tr)
    }
    return nil
  }
}
