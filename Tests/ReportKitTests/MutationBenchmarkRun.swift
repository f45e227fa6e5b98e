import Foundation
import Testing

@testable import ReportKit

/// Running the mutation benchmark: each planted copy audited and tallied.
extension MutationBenchmark {
  struct Tally: Sendable {
    var planted = 0
    /// Planted into relations the text already held.
    var existing = 0
    /// … and recognised there.
    var existingRecognised = 0
    /// Reported by the kind's rules somewhere in the copy.
    var recognised = 0
    /// Reported at the edited span (the finding's span or one it names).
    var found = 0
    var recall: Double { recognised == 0 ? 1 : Double(found) / Double(recognised) }
  }

  struct Outcome: Sendable {
    var tallies: [PlantedKind: Tally] = [:]
    var falseErrors: [String] = []
    var reports = 0
    /// Misses, for the log: kind, file, the edit.
    var misses: [String] = []
  }

  func run(_ paths: [String]) throws -> Outcome {
    var outcome = Outcome()
    for path in paths {
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let original = Auditor().audit(try analyze(text, path: path))
      outcome.reports += 1
      let src = original.report.document.source
      outcome.falseErrors += original.findings.filter { $0.severity == .error }.map {
        "\(path): \($0.ruleID) \(src.string($0.range))"
      }
      for e in edits(original.report) {
        let copy = e.apply(to: src.units)
        var cfg = RuleConfiguration()
        for r in RuleRegistry.all where !e.kind.rules.contains(r.id) { try cfg.apply("\(r.id)=off", source: "bench") }
        let result = Auditor(configuration: cfg).audit(try analyze(copy, path: path))
        // Findings the original had at the same place do not count.
        let findings = result.findings.filter { e.kind.rules.contains($0.ruleID) }
        let before = original.findings.filter { e.kind.rules.contains($0.ruleID) }.count
        let span = e.span
        let atSpan = findings.contains { f in
          ([f.range] + f.related.map(\.range)).contains {
            $0.offsets.overlaps(span) || ($0.isEmpty && span.contains($0.lowerBound))
          }
        }
        var t = outcome.tallies[e.kind, default: Tally()]
        t.planted += 1
        let recognised = atSpan || findings.count > before || !e.existing
        if recognised { t.recognised += 1 }
        if e.existing { t.existing += 1 }
        if e.existing && recognised { t.existingRecognised += 1 }
        if atSpan { t.found += 1 }
        if !atSpan {
          let line = src.position(e.range.lowerBound).line
          let what = recognised ? "missed" : "not recognised"
          outcome.misses.append(
            "\(what): \(e.kind.rawValue) \((path as NSString).lastPathComponent):\(line) \(src.string(SourceRange(e.range))) → \(e.replacement)"
          )
        }
        outcome.tallies[e.kind] = t
      }
    }
    return outcome
  }

  static func table(_ o: Outcome) -> String {
    var s =
      "| kind | planted | in relations of the text | recognised there | found at the span | missed | recall |\n"
      + "|---|---:|---:|---:|---:|---:|---:|\n"
    var all = Tally()
    for k in PlantedKind.allCases {
      let t = o.tallies[k] ?? Tally()
      all.planted += t.planted
      all.existing += t.existing
      all.existingRecognised += t.existingRecognised
      s +=
        "| \(k.rawValue) | \(t.planted) | \(t.existing) | \(t.existingRecognised) | \(t.found) | \(t.recognised - t.found) | \(String(format: "%.2f", t.recall)) |\n"
    }
    let share = all.existing == 0 ? 0 : 100 * Double(all.existingRecognised) / Double(all.existing)
    s +=
      "\n\(all.planted) edits in \(o.reports) reports; false errors on the unedited originals: \(o.falseErrors.count); checkable relations of the texts recognised: \(all.existingRecognised) of \(all.existing) (\(String(format: "%.0f", share))%)\n"
    return s
  }
}

@Suite struct MutationBenchmarkTests {
  /// The recall each kind reached on the full run (README, "Audit in CI"):
  /// a kind falling below it fails.
  static let recorded: [PlantedKind: Double] = [
    .rate: 1, .count: 1, .partOverTotal: 1, .exhaustiveSum: 1, .statedGrowth: 1, .changeDirection: 1, .planYear: 1,
    .headingNumber: 1,
  ]

  /// Always on: the two fixtures, a few edits of each kind. With
  /// MUTATION_BENCH=full, every report of ../shared/corpus as well, with more
  /// edits per report, and a table for each half of corpus/SPLIT.tsv
  /// (the fixtures count as develop).
  @Test func plantedErrorsAreFoundAtTheirSpan() throws {
    let full = ProcessInfo.processInfo.environment["MUTATION_BENCH"] == "full"
    let fixtures = ["gaoxing-2024-fazhi.txt", "gaoxing-2025-fazhi.txt"].map {
      Paths.corpus.appendingPathComponent($0).path
    }
    var groups = [("fixtures", fixtures)]
    if full && Paths.sharedAvailable {
      let split = try String(contentsOf: Paths.shared.appendingPathComponent("SPLIT.tsv"), encoding: .utf8)
      var role: [String: String] = [:]
      for line in split.split(separator: "\n").dropFirst() {
        let f = line.split(separator: "\t")
        if f.count == 2 { role[String(f[0])] = String(f[1]) }
      }
      let shared = Paths.sharedReports()
      func part(_ r: String) -> [String] {
        shared.filter { p in role.contains { p.hasSuffix("/" + $0.key) && $0.value == r } }
      }
      groups = [("develop", fixtures + part("develop")), ("check", part("check"))]
    }
    let bench = MutationBenchmark(perReport: full ? 12 : 4)
    var total = 0
    for (name, paths) in groups {
      let o = try bench.run(paths)
      print("\(name):\n" + MutationBenchmark.table(o))
      for m in o.misses.prefix(20) { print(m) }
      #expect(o.falseErrors == [])
      for k in PlantedKind.allCases {
        let t = o.tallies[k] ?? MutationBenchmark.Tally()
        #expect(t.recall >= Self.recorded[k]! - 1e-9, "\(name) \(k.rawValue): \(t.found) of \(t.recognised)")
      }
      total += o.tallies.values.reduce(0) { $0 + $1.planted }
      // The generator plants something of every kind into the fixtures.
      if name != "check" { #expect(PlantedKind.allCases.allSatisfy { (o.tallies[$0]?.planted ?? 0) > 0 }) }
    }
    if full { #expect(total >= 500) }
  }
}
