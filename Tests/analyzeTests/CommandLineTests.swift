import Foundation
import Testing

/// Runs the built `analyze` binary as a user would, and checks exit statuses
/// and output. Skipped when the binary has not been built (`swift build`).
enum CLI {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seed = repo.appendingPathComponent("Corpus/gaoxing-2024-fazhi.txt").path

  static let binary: String? = {
    let candidates = [
      ".build/debug/analyze", ".build/x86_64-unknown-linux-gnu/debug/analyze", ".build/release/analyze",
    ]
    return candidates.map { repo.appendingPathComponent($0).path }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  struct Result {
    var status: Int32
    var out: String
    var err: String
  }

  static func run(_ args: [String], cwd: URL? = nil) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: binary!)
    p.arguments = args
    if let c = cwd { p.currentDirectoryURL = c }
    let o = Pipe()
    let e = Pipe()
    p.standardOutput = o
    p.standardError = e
    try p.run()
    let out = o.fileHandleForReading.readDataToEndOfFile()
    let err = e.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(
      status: p.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
  }

  static func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }
}

@Suite(.enabled(if: CLI.binary != nil, "analyze is not built"))
struct CommandLineTests {
  @Test func summaryRunsFromAnyFolder() throws {
    // The lexicons are compiled in: run from a folder far from the repo.
    let r = try CLI.run([CLI.seed], cwd: URL(fileURLWithPath: "/"))
    #expect(r.status == 0)
    #expect(r.out.contains("单位：高兴镇"))
    #expect(r.out.contains("数字（30 个"))
  }

  @Test func outputIsTheSameFromRunToRun() throws {
    // Hash order changes from process to process; no output may depend on it.
    let corpus = CLI.repo.appendingPathComponent("Corpus").path
    let later = CLI.repo.appendingPathComponent("Corpus/gaoxing-2025-fazhi.txt").path
    let commands = [
      [CLI.seed, "--format", "json"], [CLI.seed, later, "--format", "json"], ["audit", CLI.seed, "--format", "json"],
      ["audit", CLI.seed, "--format", "sarif"], ["compare", CLI.seed, later, "--format", "json"],
      ["batch", corpus, "--jobs", "1", "--quiet"],
    ]
    for args in commands {
      let a = try CLI.run(args)
      let b = try CLI.run(args)
      #expect(a.status != 2 && !a.out.isEmpty, "\(args)")
      #expect(a.out == b.out, "\(args)")
    }
  }

  @Test func badInputAndUsageExitTwo() throws {
    let missing = try CLI.run(["/no/such/report.txt"])
    #expect(missing.status == 2)
    #expect(missing.err.contains("/no/such/report.txt"))
    let usage = try CLI.run(["audit", "--no-such-option", CLI.seed])
    #expect(usage.status == 2)
    let bin = try CLI.temp("b.txt", [0x41, 0x00, 0x42])
    let binary = try CLI.run([bin])
    #expect(binary.status == 2)
    #expect(binary.err.contains("第 1 字节"))
  }

  /// Each command's size budget (README, "Size and work budget"): a file
  /// over it is refused before it is read, with exit 2 and the limit named.
  @Test func filesOverTheBudgetExitTwoBeforeBeingRead() throws {
    let path = try CLI.temp("huge.txt", Array("一、工作\n".utf8))
    // A sparse file: its size is over the audit's bound, no disk is used.
    let h = try #require(FileHandle(forWritingAtPath: path))
    try h.truncate(atOffset: 256 * 1024 * 1024 + 1)
    try h.close()
    defer { try? FileManager.default.removeItem(atPath: path) }
    for command in [["audit"], ["compare", CLI.seed]] {
      let r = try CLI.run(command + [path])
      #expect(r.status == 2, "\(command)")
      #expect(r.err.contains("文件过大") && r.err.contains("256 MB"), "\(command): \(r.err)")
    }
  }

  @Test func auditExitStatusFollowsFailOn() throws {
    let clean = try CLI.run(["audit", CLI.seed])
    #expect(clean.status == 0)
    let warn = try CLI.run(["audit", "--fail-on", "warning", CLI.seed])
    #expect(warn.status == 1)
    var text = try String(contentsOfFile: CLI.seed, encoding: .utf8)
    text = text.replacingOccurrences(of: "结案率 97.8%", with: "结案率 98.8%")
    let bad = try CLI.temp("bad.txt", Array(text.utf8))
    let failed = try CLI.run(["audit", "--format", "github", bad])
    #expect(failed.status == 1)
    #expect(failed.out.contains("::error file="))
    #expect(failed.out.contains("98.8%25"))
    let off = try CLI.run(["audit", "--rule", "rate-matches-counts=off", bad])
    #expect(off.status == 0)
  }

  @Test func segmentPrintsOneLinePerInputLine() throws {
    let r = try CLI.run(["segment", CLI.seed])
    #expect(r.status == 0)
    let input = try String(contentsOfFile: CLI.seed, encoding: .utf8)
    let inputLines = input.filter { $0 == "\n" }.count + (input.hasSuffix("\n") ? 0 : 1)
    #expect(r.out.filter { $0 == "\n" }.count == inputLines)
    #expect(r.out.contains("习近平法治思想") || r.out.contains("习近平"))
  }

  /// The plain `segment [--time] FILE` is read without ArgumentParser; it
  /// must give what the parsed command gives, and leave the rest to it.
  @Test func plainSegmentCommandLineMatchesTheParsedOne() throws {
    let plain = try CLI.run(["segment", CLI.seed])
    let parsed = try CLI.run(["segment", "--format", "text", CLI.seed])
    #expect(plain.status == 0 && plain.out == parsed.out && !plain.out.isEmpty)
    let timed = try CLI.run(["segment", CLI.seed, "--time"])
    #expect(timed.out == plain.out && timed.err.hasPrefix("segment-seconds: "))
    #expect(try CLI.run(["segment", CLI.seed, CLI.seed]).status == 2)
    #expect(try CLI.run(["segment", "--time", "--time", CLI.seed]).out == plain.out)
    let help = try CLI.run(["segment", "--help"])
    #expect(help.status == 0 && help.out.contains("--time"))
    #expect(try CLI.run(["segment", "/no/such/file"]).status == 2)
  }

  @Test func rulesAndExplain() throws {
    let rules = try CLI.run(["rules"])
    #expect(rules.status == 0 && rules.out.contains("rate-matches-counts"))
    let explain = try CLI.run(["explain", "rate-matches-counts"])
    #expect(explain.status == 0 && explain.out.contains("比率"))
    #expect(try CLI.run(["explain", "nope"]).status == 2)
  }

  @Test func batchWritesADatabase() throws {
    let db = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-\(UUID().uuidString).db").path
    defer { try? FileManager.default.removeItem(atPath: db) }
    let r = try CLI.run(["batch", "--quiet", "--sqlite", db, CLI.repo.appendingPathComponent("Corpus").path])
    #expect(r.status == 0 && r.out.isEmpty && r.err.contains("已写入"))
    #expect(FileManager.default.fileExists(atPath: db))
    let bad = try CLI.run(["batch", "--quiet", "--sqlite", "/nonexistent-dir/x.db", CLI.seed])
    #expect(bad.status == 2 && bad.err.contains("SQLite"))
  }

  @Test func pagesAndDocumentsBadOrEmptyExitTwo() throws {
    let empty = try CLI.temp(
      "empty.html", Array("<html><head><script>var n = 3;</script></head><body></body></html>".utf8))
    let r = try CLI.run([empty])
    #expect(r.status == 2 && r.err.contains("网页中没有可读的正文"))
    // A zip cut short: a damaged .docx.
    let cut = try CLI.temp(
      "cut.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + Array(repeating: 0x41, count: 64))
    let d = try CLI.run([cut])
    #expect(d.status == 2 && d.err.contains("cut.docx: Word 文档（.docx）已损坏"))
    let forced = try CLI.run(["--input-format", "docx", CLI.seed])
    #expect(forced.status == 2 && forced.err.contains("已损坏"))
    let page = CLI.repo.appendingPathComponent("Tests/ReportKitTests/Fixtures/formats/gaoxing-2024-fazhi.html").path
    let ok = try CLI.run([page])
    #expect(ok.status == 0 && ok.out.contains("（网页，UTF-8）") && ok.out.contains("数字（30 个"))
    #expect(try CLI.run(["--input-format", "pdf", page]).status == 2)
  }
}

/// Headless Chromium, where installed (Debian's `chromium`; .ci/run installs it).
enum Chromium {
  static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs Chromium headless with `args`; its standard output.
  static func run(_ args: [String]) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path!)
    p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + args
    let o = Pipe()
    p.standardOutput = o
    p.standardError = FileHandle.nullDevice
    try p.run()
    // A browser that hangs (no display services, say) is stopped, and the test fails on its output.
    DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if p.isRunning { p.terminate() } }
    let out = o.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: out, as: UTF8.self)
  }
}

@Suite(.enabled(if: CLI.binary != nil && Chromium.path != nil, "analyze is not built or chromium is absent"))
struct ReportPageBrowserTests {
  @Test func everyFigureIsMarkedInTheRenderedPage() throws {
    let page = try CLI.run([CLI.seed, "--format", "html"])
    #expect(page.status == 0)
    let file = try CLI.temp("gaoxing.html", Array(page.out.utf8))
    let dom = try Chromium.run(["--dump-dom", "file://" + file])
    #expect(dom.contains("</main>"))
    // The figures the analysis finds, in order.
    let json = try CLI.run([CLI.seed, "--format", "json"])
    let analysis = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    let figures = (analysis?["quantities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    #expect(figures.count == 30)
    // The quantity marks of the page as the browser built it, pieces of one figure joined.
    var marked: [Int: String] = [:]
    for m in dom.matches(of: /<mark data-kind="quantity" data-id="q(\d+)"[^>]*>([^<]*)<\/mark>/) {
      marked[Int(m.1)!, default: ""] += String(m.2)
    }
    #expect(marked.count == figures.count)
    for (i, text) in figures.enumerated() {
      #expect(marked[i] == text, "figure \(i) \(text) is marked as \(marked[i] ?? "nothing")")
    }
    // Each mark carries what was counted on hover.
    #expect(dom.contains("title=\"560 人次 · 多于 · "))
    // A screenshot, kept as a build artefact.
    let dir = CLI.repo.appendingPathComponent(".build/artifacts")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let shot = dir.appendingPathComponent("report-page.png").path
    try? FileManager.default.removeItem(atPath: shot)
    _ = try Chromium.run(["--window-size=1400,1100", "--screenshot=" + shot, "file://" + file])
    #expect(FileManager.default.fileExists(atPath: shot))
  }
}
