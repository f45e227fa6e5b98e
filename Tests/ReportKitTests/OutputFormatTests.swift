import Foundation
import Testing

@testable import ReportKit

@Suite struct OutputFormatTests {
  let result = Auditor().audit(try! Analyzer().analyze(path: Paths.seed))

  @Test func sarifHasWhatCodeScanningNeeds() throws {
    let text = SARIFRenderer.render([result])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(obj["version"] as? String == "2.1.0")
    let run = try #require((obj["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == result.findings.count)
    let source = try String(contentsOfFile: Paths.seed, encoding: .utf8)
    for r in results {
      let loc = try #require((r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let region = try #require(loc["region"] as? [String: Any])
      let start = try #require(region["startColumn"] as? Int)
      #expect(start >= 1)
      let off = try #require(region["charOffset"] as? Int)
      let len = try #require(region["charLength"] as? Int)
      #expect(len >= 0 && off + len <= source.unicodeScalars.count)
      #expect(r["partialFingerprints"] != nil)
    }
  }

  /// Validates against the official schema in ../shared/schemas with Python's
  /// jsonschema, where both are on the machine.
  @Test(.enabled(if: OutputFormatTests.validatorAvailable, "python3 jsonschema or the schema is absent"))
  func sarifValidatesAgainstTheSchema() throws {
    let schema = Paths.repo.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
      .path
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-test-\(UUID().uuidString).sarif")
    try SARIFRenderer.render([result]).write(to: log, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: log) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", "-c",
      "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print('ok')",
      log.path, schema,
    ]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    try p.run()
    p.waitUntilExit()
    let msg = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(p.terminationStatus == 0, "\(msg)")
  }

  static let validatorAvailable: Bool = {
    let schema = Paths.repo.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
      .path
    guard FileManager.default.fileExists(atPath: schema) else { return false }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import jsonschema"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }()

  @Test func githubEscapesPercentAndNewlines() {
    #expect(GitHubFindingRenderer.escapeData("结案率 97.8%\n说明") == "结案率 97.8%25%0A说明")
    #expect(GitHubFindingRenderer.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    let text = GitHubFindingRenderer.render([result])
    for line in text.split(separator: "\n") where line.hasPrefix("::warning") || line.hasPrefix("::error") {
      #expect(line.contains("file=") && line.contains("line="))
      let message = line.split(separator: "::", maxSplits: 2).last ?? ""
      #expect(!message.contains("%") || message.contains("%25") || message.contains("%0A"))
    }
  }

  @Test func textShowsFileLineColumnAndMarker() {
    let text = TextFindingRenderer.render([result])
    #expect(text.contains("gaoxing-2024-fazhi.txt:13:"))
    #expect(text.contains("^"))
  }

  @Test func jsonCarriesFindingsWithSpans() throws {
    let text = JSONFindingRenderer.render([result])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let findings = try #require(obj["findings"] as? [[String: Any]])
    #expect(findings.count == result.findings.count)
    #expect(obj["coverage"] != nil)
  }
}

@Suite struct StreamingJSONTests {
  /// The streamed JSON is the same document as the encoded model.
  @Test func streamedEqualsEncoded() throws {
    for path in [Paths.seed] + Paths.sharedReports().prefix(2) {
      let report = try Analyzer().analyze(path: path)
      var streamed = ""
      ReportJSON.stream(report) { streamed += $0 }
      let a = try JSONSerialization.jsonObject(with: Data(streamed.utf8))
      let b = try JSONSerialization.jsonObject(with: Data(ReportJSON.encode(ReportJSON(report)).utf8))
      let sa = try JSONSerialization.data(withJSONObject: a, options: [.sortedKeys])
      let sb = try JSONSerialization.data(withJSONObject: b, options: [.sortedKeys])
      #expect(sa == sb, "\(path)")
      #expect(!(try JSONDecoder().decode(ReportJSON.self, from: Data(streamed.utf8))).quantities.isEmpty)
    }
  }
}
