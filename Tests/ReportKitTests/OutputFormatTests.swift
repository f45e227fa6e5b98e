import Foundation
import Testing

@testable import ReportKit

@Suite struct OutputFormatTests {
  let result = Auditor().audit(try! Analyzer().analyze(path: Paths.seed))

  /// A finding whose message and source hold markup characters.
  func planted() throws -> AuditResult {
    let report = try analyze("一、工作回顾\n全年办件 <b>|12 件</b>。\n")
    let src = report.document.source
    let text = src.string(SourceRange(0, src.units.count))
    let at = try #require(text.utf16.firstIndex(of: "|".utf16.first!)).utf16Offset(in: text)
    let f = Finding(
      ruleID: "impossible-value", severity: .error, message: "a|b<script>&", range: SourceRange(at, at + 5))
    return AuditResult(
      report: report, findings: [f], coverage: [RuleCoverage(ruleID: "impossible-value", checked: 1, held: 0)])
  }

  @Test func markdownHasARowPerFindingAndEscapesCells() throws {
    let md = MarkdownFindingRenderer.render([result])
    let rows = md.split(separator: "\n").filter { $0.range(of: #"^\| \d+:\d+ \|"#, options: .regularExpression) != nil }
    #expect(rows.count == result.findings.count)
    let p = MarkdownFindingRenderer.render([try planted()])
    #expect(p.contains(#"a\|b&lt;script&gt;&amp;"#))
    #expect(p.contains(#"&lt;b&gt;**\|12 件**&lt;/b&gt;"#))
    #expect(p.contains("错误 1，警告 0，提示 0"))
  }

  @Test func htmlMarksTheSpanAndEscapesText() throws {
    let html = HTMLFindingRenderer.render([result])
    #expect(html.components(separatedBy: "<tr class=\"finding ").count - 1 == result.findings.count)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    let p = HTMLFindingRenderer.render([try planted()])
    #expect(p.contains("a|b&lt;script&gt;&amp;"))
    #expect(p.contains("&lt;b&gt;<mark>|12 件</mark>&lt;/b&gt;"))
    #expect(!p.contains("<script>"))
  }

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
  /// The fast compact encoder writes what JSONEncoder writes: the same bytes
  /// for numbers and strings, the same document for rows (JSONEncoder orders
  /// keys by hash here; RowJSONEncoder in declaration order).
  @Test func rowEncoderWritesWhatJSONEncoderWrites() throws {
    let enc = JSONEncoder()
    enc.outputFormatting = [.withoutEscapingSlashes]
    func expectSame<T: Encodable>(_ v: T) throws {
      let a = RowJSONEncoder.encode(v)
      let b = String(decoding: try enc.encode(v), as: UTF8.self)
      func normal(_ s: String) throws -> Data {
        try JSONSerialization.data(
          withJSONObject: JSONSerialization.jsonObject(with: Data(s.utf8), options: [.fragmentsAllowed]),
          options: [.sortedKeys, .fragmentsAllowed])
      }
      if T.self == [String].self || T.self == [Double].self || T.self == [Int].self {
        #expect(a == b)
      } else {
        #expect(try normal(a) == normal(b), "\(a)")
      }
    }
    try expectSame(["a\"b\\c/d\n\r\t\u{8}\u{C}\u{1}\u{1F}\u{7F}中\u{2028}😀"])
    try expectSame([Int8(-3), 7])
    try expectSame([Float(1.5), 2])
    try expectSame([560.0, 1.5, 0.1, 1e-7, 1.3e12, 1e16, -3, 97.8, 0, -0.0, 123456.789, 2.5e8])
    struct Row: Codable {
      var a: Int?
      var b: String
      var c: [Int]
      var d: Double?
      var e: [String: [String: Int]]
      var f: [Row]
    }
    #expect(RowJSONEncoder.encode(["b": 1, "a": 2, "c": 3]) == #"{"a":2,"b":1,"c":3}"#)
    try expectSame(Row(a: nil, b: "x", c: [], d: 2, e: [:], f: [Row(a: 1, b: "", c: [1, 2], d: nil, e: [:], f: [])]))
    for path in [Paths.seed] + Paths.sharedReports().prefix(3) {
      let report = try Analyzer().analyze(path: path)
      let model = ReportJSON(report)
      for q in model.quantities { try expectSame(q) }
      for c in model.commitments { try expectSame(c) }
      for p in model.problems { try expectSame(p) }
      for t in model.targets { try expectSame(t) }
      try expectSame(model.sections)
      try expectSame(model.metadata)
    }
  }

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
