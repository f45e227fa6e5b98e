import Foundation
import Testing

@testable import ReportKit

/// Inputs a user can really have that are shaped unlike a report: a
/// statistical annex pasted as one sentence, a report repeating one
/// sentence on one line, a table of thousands of rows. The work on them must
/// stay linear, and whatever a rule leaves unchecked because of a cap must be
/// counted in its coverage. (Time is measured in Benchmarks/, not here: these
/// tests check the caps and that the fast paths give the slow paths' answers.)
@Suite struct HostileInputTests {
  static let header = "某县2024年法治政府建设工作报告\n一、主要工作\n"

  /// One sentence listing `n` figures, as exported from a spreadsheet.
  static func figureList(_ n: Int) -> String {
    var s = header + "全年审查："
    for i in 0..<n { s += (i == 0 ? "" : "、") + "\((i * 7919) % 99_991 + 1)件" }
    return s + "。\n"
  }

  /// One sentence repeated `n` times on a single line.
  static func oneLine(_ n: Int) -> String {
    header + String(repeating: "全年受理行政复议案件232件，其中撤销12件，调解成功率97.8%，办结226件。", count: n) + "\n"
  }

  @Test func sentenceLookupMatchesAWalkAtEveryOffset() throws {
    let text = "一、工作\n受理案件12件；办结10件。\n\n二、问题！还有问题？没有结尾"
    let doc = try analyze(text).document
    let u = doc.analysis.units
    for a in 0...u.count {
      var s = a
      while s > 0 && !Punctuation.isSentenceEnd(u[s - 1]) { s -= 1 }
      var e = a
      while e < u.count && !Punctuation.isSentenceEnd(u[e]) { e += 1 }
      #expect(doc.sentence(at: a) == AnalysisRange(s, min(u.count, e + 1)), "offset \(a)")
    }
  }

  @Test func aLongSentenceOfFiguresGetsOneCategoryPerSentence() throws {
    let report = try analyze(Self.figureList(3000))
    #expect(report.quantities.count == 3000)
    let doc = report.document
    let sentence = doc.sentence(at: report.quantities[0].range.lowerBound)
    let expected = CategoryIndex(lexicons: .builtin).category(of: doc, sentence, taxonomy: report.taxonomy)
    for q in report.quantities where q.subjectRange == nil {
      #expect(q.category == expected)
    }
  }

  /// A figure is stored compactly (one sentence may list 200,000 of them):
  /// its unit's strings live in one object shared by the figures in that
  /// unit, optional numbers and the section as plain numbers with flags.
  @Test func figuresInOneUnitShareTheirUnitAndStayCompact() throws {
    #expect(MemoryLayout<Quantity>.stride <= 144)
    let qs = try analyze(Self.figureList(50) + "另有3万人、4万人、5万元，增长1.5%、2.5%，1至3件。\n").quantities
    #expect(qs.count == 56)
    let units = Dictionary(grouping: qs, by: \.unit)
    #expect(Set(units.keys) == ["件", "万人", "万元", "%"])
    for (unit, group) in units {
      let first = try #require(group.first)
      for q in group {
        #expect(q.unitForm === first.unitForm, "\(unit)")
        #expect(q.scale == (unit.hasPrefix("万") ? 1e4 : 1))
      }
    }
    let range = try #require(qs.last)
    #expect(range.high == 3 && range.normalizedHigh == 3 && range.value == 1)
    #expect(qs[0].high == nil && qs[0].normalizedHigh == nil && qs[0].section == 0)
  }

  @Test func compactFieldsReadBackWhatIsWritten() throws {
    var q = try #require(analyze("一、工作\n受理案件12件。\n").quantities.first)
    #expect(q.section == 0 && q.decimals == 0 && q.high == nil)
    q.high = 2.5
    q.normalizedHigh = nil
    q.section = nil
    q.decimals = 3
    #expect(q.high == 2.5 && q.normalizedHigh == nil && q.section == nil && q.decimals == 3)
    q.high = nil
    q.normalizedHigh = 7
    q.section = 12
    #expect(q.high == nil && q.normalizedHigh == 7 && q.section == 12)
    var r = q
    r.unit = "项"
    #expect(r.unit == "项" && r.unitCategory == q.unitCategory && r.baseUnit == q.baseUnit && r.scale == q.scale)
    #expect(q.unit == "件" && r != q)
    r.unit = "件"
    #expect(r == q)
    r.baseUnit = "x"
    #expect(r != q && r.unit == "件")
  }

  @Test func sameMetricPairsAreCappedAndTheRestCounted() throws {
    let n = 1500
    let report = try analyze(Self.oneLine(n))
    let result = Auditor().audit(report)
    let smdv = try #require(result.coverage.first { $0.ruleID == SameMetricDifferentValues.id })
    // Every figure is set against at most maxPartners later figures; the
    // figures within one report's span beyond that are counted as skipped.
    let figures = report.quantities.filter(\.isCount).count
    #expect(smdv.checked <= figures * SameMetricDifferentValues.maxPartners)
    #expect(smdv.skipped > 0)
    let text = TextFindingRenderer.coverage([result])
    #expect(text.contains("超出核对上限未核对 \(smdv.skipped)"))
  }

  @Test func aRuleListsAtMostMaxFindingsAndCountsTheRest() throws {
    // Every repetition has its parts above its total (12 + 226 > 232).
    let n = RuleContext.maxFindings + 200
    let result = Auditor().audit(try analyze(Self.oneLine(n)))
    let parts = result.findings.filter { $0.ruleID == PartsWithinTotal.id }
    let coverage = try #require(result.coverage.first { $0.ruleID == PartsWithinTotal.id })
    #expect(parts.count == RuleContext.maxFindings)
    #expect(coverage.unlisted == n - RuleContext.maxFindings)
    #expect(TextFindingRenderer.coverage([result]).contains("另有 \(coverage.unlisted) 处问题未逐一列出"))
    let json = JSONFindingRenderer.render([result])
    #expect(json.contains("\"unlisted\""))
    // Under the cap nothing is added to the JSON coverage.
    let small = JSONFindingRenderer.render([Auditor().audit(try analyze(Self.oneLine(3)))])
    #expect(!small.contains("\"unlisted\"") && !small.contains("\"skipped\""))
  }

  @Test func copiedTextOnARepeatedReportMatchesEverySentence() throws {
    let a = try analyze(Self.oneLine(400))
    let b = try analyze(Self.oneLine(400).replacingOccurrences(of: "2024年", with: "2025年"))
    let copied = Comparer().copied(a, b)
    // Every sentence but the title (2024 → 2025) is copied.
    #expect(copied.sentences == 401)
    #expect(copied.copiedSentences == 400)
    // Each repeated sentence is matched to the first of its kind.
    let earliest = copied.passages.map(\.earlier.lowerBound).min()
    #expect(copied.passages.allSatisfy { $0.earlier.lowerBound == earliest })
  }

  @Test func seriesSearchIsCappedWithANote() throws {
    // Many figures of one unit whose subjects share no wording: each later
    // figure would otherwise be set against every group of the earlier year.
    let han = Array("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川河海风云雷电")
    func subject(_ i: Int) -> String {
      let n = han.count
      return String([han[i % n], han[(i / n) % n], han[(i * 7 + 3) % n], han[(i * 13 + 5) % n]])
    }
    func report(_ year: Int, _ offset: Int) -> String {
      var s = "某县\(year)年法治政府建设工作报告\n一、\(year)年主要工作\n"
      for i in 0..<(Comparer.maxSeriesCandidates + 100) { s += "办理\(subject(i + offset))事项\(i + 3)件。\n" }
      return s + "二、\(year + 1)年工作安排\n继续推进依法行政。\n"
    }
    let c = Comparer().compare([try analyze(report(2024, 0)), try analyze(report(2025, 1000))])
    #expect(c.notes.contains { $0.contains("逐年对照只比到前 \(Comparer.maxSeriesCandidates) 组") })
  }

  /// Reports to compare the fast paths with the slow ones on: the seed,
  /// and the shared corpus when it is beside the repo.
  static func realReports() throws -> [Report] {
    let paths = [Paths.seed] + Paths.sharedReports()
    return try paths.map { p in
      try Analyzer().analyze(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: p))), path: p)
    }
  }

  /// The rules find words in a sentence by a scan of the analysis units
  /// (`TextSpans.find`) instead of a Foundation search of a string built for
  /// it: at every sentence of the real reports, and at places made to be
  /// awkward, the scan finds what Foundation finds, first and last.
  @Test func unitScanFindsWhatFoundationFinds() throws {
    let words = ["其中", "分别为", "两类", "率", "中其中"]
    let made = try analyze(
      Self.header + "其中。其中其中中。中其中其中，其。分别为分别。两类两类。\n其\n中。其中分别为两类，其中。")
    var sentences = 0
    for report in try Self.realReports() + [made] {
      let doc = report.document
      let u = doc.analysis.units
      var a = 0
      while a < u.count {
        let s = doc.sentence(at: a)
        defer { a = max(a + 1, s.upperBound) }
        sentences += 1
        let text = doc.text(s)
        for w in words {
          let scan = Array(w.utf16)
          let first = text.range(of: w).map { s.lowerBound + text[..<$0.lowerBound].utf16.count }
          let last = text.range(of: w, options: .backwards).map { s.lowerBound + text[..<$0.lowerBound].utf16.count }
          #expect(TextSpans.find(scan, in: u, s.offsets) == first, "\(w) in \(text)")
          #expect(TextSpans.find(scan, in: u, s.offsets, last: true) == last, "\(w) in \(text)")
        }
      }
    }
    #expect(sentences > 10)
    #expect(TextSpans.find(Array("其中".utf16), in: Array("其".utf16), 0..<1) == nil)
    #expect(TextSpans.find(Array("其中".utf16), in: Array("xx其中".utf16), 0..<3) == nil)
    #expect(TextSpans.find(Array("其中".utf16), in: Array("xx其中".utf16), 2..<4) == 2)
  }

  /// `SuffixWords` answers as `String.hasSuffix` over each word: for every
  /// figure's subject in the real reports, and for strings where comparing
  /// bytes alone would be wrong (a compatibility ideograph, a combining mark).
  @Test func suffixWordsAnswerAsHasSuffix() throws {
    let lists = [Lexicons.builtin.words(.shareRates), Lexicons.builtin.words(.mayExceedRates)]
    var subjects = try Self.realReports().flatMap { $0.quantities.map(\.subject) }
    subjects += [
      "", "率", "结案率", "结案\u{F961}", "结案率\u{301}", "覆盖率", "拨备覆盖率", "e\u{301}结案率", "\u{0600}率",
      "结案率 ", "ABC占比", "占比\u{FE0F}", "结案率\r\n", "\u{2F800}结案率",
    ]
    var plain = 0
    for list in lists {
      let ends = SuffixWords(list)
      for s in subjects {
        if SuffixWords.isPlain(s) { plain += 1 }
        #expect(ends.any(endingOf: s) == list.contains { s.hasSuffix($0) }, "\(s)")
      }
    }
    // The fast path is taken on real subjects (not only the fallback).
    #expect(plain > subjects.count)
    #expect(!SuffixWords.isPlain("结案\u{F961}") && !SuffixWords.isPlain("结案率\u{301}"))
    #expect(SuffixWords(["率"]).any(endingOf: "结案\u{F961}"))
    // A word that is not plain (from a user's lexicon) is asked of hasSuffix.
    #expect(SuffixWords(["案\u{F961}"]).any(endingOf: "结案率"))
    #expect(!SuffixWords(["案\u{F961}"]).any(endingOf: "结案"))
  }
}
