import Foundation
import Testing

@testable import ReportKit

/// One hand-written answer key of Corpus/towns (format in Corpus/README.md):
/// a town's report of year N against its report of year N+1.
struct TownKey {
  struct Row {
    var kind: String
    var earlier: String
    var expected: String
    var later: String
  }
  var name: String
  var earlierPath: String
  var laterPath: String
  var rows: [Row]

  /// Reads `<town>-<yearN>-<yearN+1>.key.tsv`; the reports are
  /// `<town>-<year>-fazhi.txt` beside it.
  init(path: String) throws {
    let url = URL(fileURLWithPath: path)
    name = url.lastPathComponent.replacingOccurrences(of: ".key.tsv", with: "")
    let parts = name.split(separator: "-")
    let dir = url.deletingLastPathComponent()
    earlierPath = dir.appendingPathComponent("\(parts[0])-\(parts[1])-fazhi.txt").path
    laterPath = dir.appendingPathComponent("\(parts[0])-\(parts[2])-fazhi.txt").path
    rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#"), !line.hasPrefix("kind\t") else { return nil }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 4 else { return nil }
      return Row(kind: f[0], earlier: f[1], expected: f[2], later: f[3])
    }
  }

  /// Every key of Corpus/towns with its set (develop or check) from
  /// Corpus/towns/SPLIT.tsv; a key not listed there is a check key.
  /// `$TOWN_PAIR_DIR`, when set, is read instead of Corpus/towns (variants
  /// of the pairs written to try the rules on; every key there is a check key
  /// unless a SPLIT.tsv beside them says otherwise).
  static func all() -> [(key: TownKey, set: String)] {
    let dir =
      ProcessInfo.processInfo.environment["TOWN_PAIR_DIR"].map { URL(fileURLWithPath: $0) }
      ?? Paths.corpus.appendingPathComponent("towns")
    var split: [String: String] = [:]
    if let s = try? String(contentsOf: dir.appendingPathComponent("SPLIT.tsv"), encoding: .utf8) {
      for line in s.split(separator: "\n") where !line.hasPrefix("#") {
        let f = line.split(separator: "\t").map(String.init)
        if f.count >= 2 { split[f[0]] = f[1] }
      }
    }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
      .filter { $0.hasSuffix(".key.tsv") }.sorted()
    return names.compactMap { n in
      guard let k = try? TownKey(path: dir.appendingPathComponent(n).path) else { return nil }
      return (k, split[k.name] ?? "check")
    }
  }
}

/// How `compare` does on one key: counts of agreements, and the rows it got
/// wrong (printed for whoever reads the test log).
struct TownScore {
  var planItems = 0
  var found = 0
  var agreed = 0
  var measures = 0
  var measuresRight = 0
  var repeated = 0
  var repeatedFound = 0
  var notRepeatedFlagged = 0
  var seriesKey = 0
  var seriesFound = 0
  var crossedSeries = 0
  var misses: [String] = []

  mutating func add(_ o: TownScore) {
    planItems += o.planItems
    found += o.found
    agreed += o.agreed
    measures += o.measures
    measuresRight += o.measuresRight
    repeated += o.repeated
    repeatedFound += o.repeatedFound
    notRepeatedFlagged += o.notRepeatedFlagged
    seriesKey += o.seriesKey
    seriesFound += o.seriesFound
    crossedSeries += o.crossedSeries
    misses += o.misses
  }

  var foundShare: Double { planItems == 0 ? 1 : Double(found) / Double(planItems) }
  var agreedShare: Double { planItems == 0 ? 1 : Double(agreed) / Double(planItems) }

  var summary: String {
    func f(_ x: Double) -> String { String(format: "%.2f", x) }
    return "plan sentences found \(found)/\(planItems) (\(f(foundShare))), status agrees \(agreed)/\(planItems) "
      + "(\(f(agreedShare))), measurable judged right \(measuresRight)/\(measures), repeated problems found "
      + "\(repeatedFound)/\(repeated) (false \(notRepeatedFlagged)), series of the key found \(seriesFound)/\(seriesKey), "
      + "series crossing subjects \(crossedSeries)"
  }

  /// Scores the comparison of a key's two reports.
  init(_ key: TownKey) throws {
    let a = Analyzer()
    let older = try a.analyze(path: key.earlierPath)
    let newer = try a.analyze(path: key.laterPath)
    let result = Comparer().compare([older, newer])
    guard let pair = result.pairs.first else {
      misses.append("\(key.name): not paired: \(result.notes)")
      return
    }
    let e = result.reports[pair.earlier]
    let l = result.reports[pair.later]
    // Key texts are found in the source text (they may hold a heading's
    // number, which the analysis text leaves out); the tool's ranges are
    // mapped back to it.
    func ranges(_ r: Report, _ s: String) -> [Range<Int>] {
      let u = r.document.source.units
      let w = Array(s.utf16)
      guard !w.isEmpty, u.count >= w.count else { return [] }
      var out: [Range<Int>] = []
      for i in 0...(u.count - w.count) where u[i] == w[0] && Array(u[i..<(i + w.count)]) == w {
        out.append(i..<(i + w.count))
      }
      return out
    }
    func src(_ r: Report, _ x: AnalysisRange) -> Range<Int> { r.document.original(x).offsets }
    func overlap(_ x: Range<Int>, _ y: Range<Int>) -> Int {
      max(0, min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound))
    }
    let statusName: [FollowUpStatus: String] = [
      .followedUp: "followed_up", .mentionedOnly: "mentioned_only", .notMentioned: "not_mentioned",
    ]
    for row in key.rows {
      switch row.kind {
      case "plan":
        planItems += 1
        guard let r = ranges(e, row.earlier).first else {
          misses.append("\(key.name): plan text not in the analysis text: \(row.earlier)")
          continue
        }
        // The key marks sentences, the tool clauses: an item is found when
        // commitments cover half of it, and its status is the strongest of
        // theirs (followed up over mentioned over not mentioned).
        let over = e.commitments.indices.filter { overlap(src(e, e.commitments[$0].range), r) > 0 }
        let covered = over.map { overlap(src(e, e.commitments[$0].range), r) }.reduce(0, +)
        guard !over.isEmpty, covered * 2 >= r.count else {
          misses.append("\(key.name): plan sentence not found as a commitment: \(row.earlier)")
          continue
        }
        found += 1
        let rank: [FollowUpStatus: Int] = [.followedUp: 2, .mentionedOnly: 1, .notMentioned: 0]
        let strongest = pair.commitments.filter { over.contains($0.commitment) }.max {
          rank[$0.status]! < rank[$1.status]!
        }
        let got = strongest.map { statusName[$0.status]! } ?? "?"
        let shown =
          strongest?.matches.first.map { "\(l.document.text($0.range).prefix(30))（\(format($0.score))）" } ?? ""
        if got == row.expected {
          agreed += 1
        } else {
          misses.append("\(key.name): status \(got), key \(row.expected): \(row.earlier) ← \(shown)")
        }
      case "measure":
        measures += 1
        guard let r = ranges(e, row.earlier).first else {
          misses.append("\(key.name): measure text not in the analysis text: \(row.earlier)")
          continue
        }
        let judged = pair.targets.filter { overlap(src(e, $0.target.range), r) > 0 }
        let got =
          judged.max { overlap(src(e, $0.target.range), r) < overlap(src(e, $1.target.range), r) }?.status.rawValue
          ?? "none"
        if got == row.expected {
          measuresRight += 1
        } else {
          misses.append("\(key.name): measure \(got), key \(row.expected): \(row.earlier)")
        }
      case "problem":
        guard let r = ranges(e, row.earlier).first else {
          misses.append("\(key.name): problem text not in the analysis text: \(row.earlier)")
          continue
        }
        let flagged = pair.repeatedProblems.filter { overlap(src(e, e.problems[$0.earlier].range), r) > 0 }
        if row.expected == "repeated" {
          repeated += 1
          let lr = ranges(l, row.later).first ?? 0..<0
          if flagged.contains(where: { overlap(src(l, l.problems[$0.later].range), lr) > 0 }) {
            repeatedFound += 1
          } else {
            misses.append("\(key.name): repeated problem not found: \(row.earlier) / \(row.later)")
          }
        } else if !flagged.isEmpty {
          notRepeatedFlagged += 1
          misses.append("\(key.name): problem flagged as repeated, key not_repeated: \(row.earlier)")
        }
      default:
        break
      }
    }
    // Series: each figure of a tool series is placed on the key's series
    // rows by where the row's value is written; a series whose figures sit
    // on different rows pairs two subjects.
    let seriesRows = key.rows.filter { $0.kind == "series" }
    seriesKey = seriesRows.count
    func row(of q: Quantity, in r: Report, later: Bool) -> Int? {
      let hits = seriesRows.indices.filter { k in
        ranges(r, later ? seriesRows[k].expected == "" ? "" : seriesRows[k].later : seriesRows[k].expected)
          .contains { overlap($0, src(r, q.range)) > 0 }
      }
      return hits.count == 1 ? hits[0] : nil
    }
    var linked = Set<Int>()
    for s in result.series {
      var rowsOf: [Int?] = []
      for p in s.points {
        let r = result.reports[p.report]
        rowsOf.append(row(of: r.quantities[p.quantity], in: r, later: p.report == pair.later))
      }
      let known = Set(rowsOf.compactMap { $0 })
      if known.count > 1 {
        crossedSeries += 1
        misses.append("\(key.name): series \(s.metric) pairs \(known.map { seriesRows[$0].earlier }.sorted())")
      } else if let k = known.first, rowsOf.allSatisfy({ $0 == k }) {
        linked.insert(k)
      }
    }
    seriesFound = linked.count
  }
}

@Suite struct TownPairTests {
  static let scores: [(name: String, set: String, score: TownScore)] = TownKey.all().map {
    ($0.key.name, $0.set, (try? TownScore($0.key)) ?? TownScore.empty($0.key.name))
  }

  /// The scores of one set, printed pair by pair and in total.
  static func total(_ set: String) -> TownScore? {
    let mine = scores.filter { $0.set == set }
    guard !mine.isEmpty else { return nil }
    var t = TownScore.zero
    // On stderr, unbuffered (a buffered stdout was cut short when the test
    // process ended), and appended to $TOWN_PAIR_LOG when set (the test
    // runner's own output still loses lines at times).
    let log = ProcessInfo.processInfo.environment["TOWN_PAIR_LOG"].flatMap { FileHandle(forWritingAtPath: $0) }
    log?.seekToEndOfFile()
    func say(_ line: String) {
      let data = Data((line + "\n").utf8)
      FileHandle.standardError.write(data)
      log?.write(data)
    }
    for s in mine {
      say("[\(set)] \(s.name): \(s.score.summary)")
      for m in s.score.misses { say("    \(m)") }
      t.add(s.score)
    }
    say("[\(set)] total: \(t.summary)")
    return t
  }

  /// The pairs the rules were written on or read: qingxi and liutang;
  /// qingshi, liuxi and baisha (written blind in session 4); tonggang, meilin
  /// and jintan (written blind in session 5); yuntang, shanping and luwan
  /// (written blind late in session 5, read in session 6); xitou, hekou and
  /// quannan (set A, written blind in session 6, measured once, then read);
  /// lingxia, songping and yanqian (set B, written blind in session 6,
  /// measured blind, then read); hefeng, daoxiang, sangyuan, longdu, fengqi
  /// and heming (sets C and D, written blind in session 7, measured blind:
  /// status 48/88, then read: 58/88 with labels that look ahead and labels
  /// of results, 下步打算： and 工作成效：; 62/88 with a title read by its
  /// head, 上年度工作计划落实情况). Their figures are asserted as floors (a
  /// change that loses any fails): at this writing found 266/269, status
  /// 229/269 (session 7: 199 before the subject-figure follow-ups and the
  /// mention share for next year's problems and plan, 228 with them alone,
  /// 229 with s7-17b's measurable aims; the nine oldest pairs 128/147, the
  /// eight newest 101/122), measurable 134/185, repeated 21/31, no false
  /// repeat, no crossed series. The issue's bars
  /// that develop does not reach yet are known issues: the test shows the
  /// gap instead of hiding it.
  @Test func developSet() throws {
    let t = try #require(Self.total("develop"))
    #expect(t.found >= Floor.found)
    #expect(t.agreed >= Floor.agreed)
    #expect(t.measuresRight >= Floor.measuresRight)
    #expect(t.repeatedFound >= Floor.repeatedFound)
    #expect(t.notRepeatedFlagged == 0)
    #expect(t.crossedSeries == 0)
    Self.bars(t)
  }

  /// Develop's figures when the floors were last raised (session 7, all
  /// 23 pairs: the 17 older ones 266, 229, 134, 21; session 8: status 305
  /// with plan parts and items read by their structure (s8-17, 295) and the
  /// outcomes of s8-17b's measurable aims); then set F (lianao, lifu,
  /// juzhou) read and made develop: 26 pairs, found 396, status 346,
  /// measurable 216, repeated 26).
  enum Floor {
    static let found = 396
    static let agreed = 346
    /// Session 8 (s8-17b's measurable aims): 169 -> 193.
    static let measuresRight = 216
    static let repeatedFound = 26
  }

  /// The pairs nobody working on the rules has read (a key not listed in
  /// SPLIT.tsv, or listed as check). What must hold anywhere is asserted
  /// (no series crossing subjects, no problem called repeated that is
  /// not); the issue's bars are asserted as goals, each a known issue
  /// while it is not reached.
  @Test func checkSet() throws {
    guard let t = Self.total("check") else { return }
    #expect(t.crossedSeries == 0)
    #expect(t.notRepeatedFlagged == 0)
    Self.bars(t)
  }

  /// The issue's bars: plan sentences found >= 0.9, status agreeing >= 0.85,
  /// every measurable plan judged right, every repeated problem found. A
  /// bar not reached is recorded as a known issue (the log names the
  /// gap); a bar reached is asserted.
  static func bars(_ t: TownScore) {
    let bars: [(String, Bool)] = [
      ("plan sentences found >= 0.9", t.foundShare >= 0.9),
      ("status agrees >= 0.85", t.agreedShare >= 0.85),
      ("every measurable plan judged right", t.measuresRight == t.measures),
      ("every repeated problem found", t.repeatedFound == t.repeated),
    ]
    for (name, met) in bars {
      if met {
        #expect(met, "\(name)")
      } else {
        withKnownIssue("#17 bar not reached: \(name) (\(t.summary))") { #expect(met, "\(name)") }
      }
    }
  }
}

extension TownScore {
  static var zero: TownScore { TownScore() }
  static func empty(_ name: String) -> TownScore {
    var s = TownScore()
    s.misses = ["\(name): could not be read"]
    return s
  }
  private init() {}
}
