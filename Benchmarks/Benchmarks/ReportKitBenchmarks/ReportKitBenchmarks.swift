import Benchmark
import Foundation
import ReportKit

#if canImport(Glibc)
  import Glibc
#endif

/// The reports every benchmark runs over: all of ../shared/corpus when it is
/// beside the repo, else the sample report in Corpus/.
let corpus: [(path: String, bytes: [UInt8])] = {
  let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let shared = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus")
  var files: [String] = []
  if let e = FileManager.default.enumerator(atPath: shared.path) {
    for case let f as String in e where f.hasSuffix(".txt") { files.append(shared.appendingPathComponent(f).path) }
  }
  if files.isEmpty { files = [repo.appendingPathComponent("Corpus/gaoxing-2024-fazhi.txt").path] }
  return files.sorted().map { ($0, (try? InputReader.bytes(at: $0)) ?? []) }
}()
let totalBytes = corpus.reduce(0) { $0 + $1.bytes.count }
let decoded: [[UInt16]] = corpus.map { (try? TextDecoder.decode($0.bytes, path: $0.path).units) ?? [] }
let megabytes = String(format: "%.2f MB", Double(totalBytes) / 1e6)

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1, maxDuration: .seconds(3), maxIterations: 50)

  Benchmark("decode corpus (\(megabytes))") { benchmark in
    for _ in benchmark.scaledIterations {
      for f in corpus { blackHole(try? TextDecoder.decode(f.bytes, path: f.path)) }
    }
  }

  /// Segments `texts` once per iteration with the segmenter `make` gives:
  /// one for the whole run (warm caches) or a fresh one each pass (cold).
  func segment(_ benchmark: Benchmark, _ texts: [[UInt16]], fresh: Bool = false, _ make: () -> Segmenter) {
    var tokens: [Token] = []
    let warm = fresh ? nil : make()
    for _ in benchmark.scaledIterations {
      let segmenter = warm ?? make()
      for u in texts {
        tokens.removeAll(keepingCapacity: true)
        segmenter.segment(u, into: &tokens)
        blackHole(tokens.count)
      }
    }
  }
  Benchmark("segment corpus (\(megabytes))") { segment($0, decoded) { Segmenter() } }
  // The segmenter above keeps its caches from one pass to the next, so after
  // the first pass it answers most Han runs from them. Here each pass gets a
  // fresh segmenter (the domain trie built once), as each `analyze segment`
  // process does.
  let domainTrie = WordTrie(Lexicons.builtin.words(.domainWords))
  Benchmark("segment corpus, caches cold (\(megabytes))") {
    segment($0, decoded, fresh: true) { Segmenter(trie: domainTrie) }
  }
  Benchmark("segment corpus, no general word list (\(megabytes))") {
    segment($0, decoded) { Segmenter(dictionary: nil) }
  }
  // ICU's segmentation alone, no lexicon nor rules: asked of ICU's iterator
  // for every gap, then computed by `CJKDictionaryBreaker` over ICU's own
  // dictionary where it gives the same cuts (the gap caches on in both).
  Benchmark("segment corpus, ICU only (\(megabytes))") {
    segment($0, decoded) {
      let icu = Segmenter(words: [], dictionary: nil)
      icu.refines = false
      icu.usesDictionaryBreaker = false
      return icu
    }
  }
  Benchmark("segment corpus, ICU only through its dictionary (\(megabytes))") {
    segment($0, decoded) {
      let icu = Segmenter(words: [], dictionary: nil)
      icu.refines = false
      return icu
    }
  }
  // The SIGHAN development halves (general text, not reports), when present.
  let sighan = ["pku", "msr"].compactMap { name -> [UInt16]? in
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let f = repo.deletingLastPathComponent().appendingPathComponent("shared/data/sighan-dev/\(name)-dev-input.txt")
    return (try? String(contentsOf: f, encoding: .utf8)).map { Array($0.utf16) }
  }
  if !sighan.isEmpty {
    Benchmark("segment SIGHAN PKU and MSR development halves (0.50 MB)") { segment($0, sighan) { Segmenter() } }
    Benchmark("segment SIGHAN PKU and MSR development halves, caches cold (0.50 MB)") {
      segment($0, sighan, fresh: true) { Segmenter(trie: domainTrie) }
    }
  }

  let parser = DocumentParser()
  let docs = decoded.map { parser.parse($0) }
  let extractor = QuantityExtractor()
  Benchmark("extract quantities (\(megabytes))") { benchmark in
    for _ in benchmark.scaledIterations {
      for d in docs { blackHole(extractor.extract(d)) }
    }
  }

  let analyzer = Analyzer()
  let sc = corpus.filter { $0.path.contains("state-council-2024") || $0.path.contains("state-council-2025") }
  let pairReports = sc.compactMap { try? analyzer.analyze(bytes: $0.bytes, path: $0.path) }
  let pairBytes = String(format: "%.2f MB", Double(sc.reduce(0) { $0 + $1.bytes.count }) / 1e6)
  Benchmark("compare a pair, analysed (\(pairBytes))") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(Comparer().compare(pairReports)) }
  }

  let auditor = Auditor()
  let reports = corpus.compactMap { try? analyzer.analyze(bytes: $0.bytes, path: $0.path) }
  Benchmark("audit corpus, analysed (\(megabytes))") { benchmark in
    for _ in benchmark.scaledIterations {
      for r in reports { blackHole(auditor.audit(r)) }
    }
  }

  Benchmark("JSON of the analysed corpus (\(megabytes))") { benchmark in
    for _ in benchmark.scaledIterations {
      for r in reports {
        var bytes = 0
        ReportJSON.stream(r) { bytes += $0.utf8.count }
        blackHole(bytes)
      }
    }
  }

  // Scaling: the corpus concatenated 1×, 10× and 100× into one text, analysed
  // whole (time must grow linearly, memory with the input only).
  var joined: [UInt8] = []
  for f in corpus { joined += f.bytes + [0x0A] }
  for k in [1, 10, 100] {
    var big: [UInt8] = []
    big.reserveCapacity(joined.count * k)
    for _ in 0..<k { big += joined }
    let mb = String(format: "%.1f MB", Double(big.count) / 1e6)
    Benchmark(
      "scaling \(k)x, one text (\(mb))",
      configuration: .init(
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(k == 100 ? 60 : 5),
        maxIterations: k == 100 ? 5 : 10)
    ) { benchmark in
      for _ in benchmark.scaledIterations { blackHole(try? analyzer.analyze(bytes: big, path: "scaled.txt")) }
    }
    // The audit of the same text, analysed beforehand (1× and 10×: the
    // pairwise rules stay within one report's span, so this grows linearly).
    if k <= 10, let analysed = try? analyzer.analyze(bytes: big, path: "scaled.txt") {
      Benchmark(
        "audit scaling \(k)x, one text (\(mb))",
        configuration: .init(timeUnits: .milliseconds, maxDuration: .seconds(20), maxIterations: 10)
      ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(auditor.audit(analysed)) }
      }
    }
  }

  // Hostile shapes (issue: linear time whatever the input's shape), 1× and
  // 10×, analysis and audit: one sentence of figures, one long line, deeply
  // nested headings, thousands of headings.
  //
  // Run them with ANALYZE_BENCH_REUSE_MEMORY=1: glibc then serves every
  // allocation from its heap and keeps it between iterations. Without it a
  // 10× model's arrays (over 32 MB) are mapped and unmapped every iteration
  // and pay fresh page faults each time, while the 1× arrays are reused from
  // the heap: the ratio would measure the allocator, not the algorithm. (A
  // single `analyze` process pays first-touch faults at both sizes; README
  // gives those figures too.)
  #if canImport(Glibc)
    // mallopt is not in Glibc's module map: looked up by name. Its options
    // from <malloc.h>: M_TRIM_THRESHOLD -1, M_MMAP_MAX -4.
    if ProcessInfo.processInfo.environment["ANALYZE_BENCH_REUSE_MEMORY"] != nil,
      let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt")
    {
      let mallopt = unsafeBitCast(f, to: (@convention(c) (Int32, Int32) -> Int32).self)
      _ = mallopt(-4, 0)
      _ = mallopt(-1, Int32.max)
    }
  #endif
  for (name, make) in hostileShapes {
    for k in [1, 10] {
      let bytes = Array(make(k).utf8)
      let mb = String(format: "%.2f MB", Double(bytes.count) / 1e6)
      Benchmark(
        "shape \(name) \(k)x, analysis (\(mb))",
        configuration: .init(timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 10)
      ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? analyzer.analyze(bytes: bytes, path: "shape.txt")) }
      }
      if let analysed = try? analyzer.analyze(bytes: bytes, path: "shape.txt") {
        Benchmark(
          "shape \(name) \(k)x, audit (\(mb))",
          configuration: .init(timeUnits: .milliseconds, maxDuration: .seconds(10), maxIterations: 10)
        ) { benchmark in
          for _ in benchmark.scaledIterations { blackHole(auditor.audit(analysed)) }
        }
      }
    }
  }

  Benchmark("whole pipeline (\(megabytes))") { benchmark in
    for _ in benchmark.scaledIterations {
      for f in corpus { blackHole(try? analyzer.analyze(bytes: f.bytes, path: f.path)) }
    }
  }
}

/// Inputs shaped unlike a report, at scale `k` (10× is ten times the text).
let hostileShapes: [(String, @Sendable (Int) -> String)] = [
  (
    "one sentence of figures",
    { k in
      var s = "某县2024年法治政府建设工作报告\n一、审查情况\n全年审查："
      for i in 0..<(20_000 * k) { s += (i == 0 ? "" : "、") + "\((i * 7919) % 99_991 + 1)件" }
      return s + "。\n"
    }
  ),
  (
    "one long line",
    { k in
      "某县2024年法治政府建设工作报告\n一、主要工作\n"
        + String(repeating: "全年受理行政复议案件232件，其中撤销12件，调解成功率97.8%，办结226件。", count: 2000 * k) + "\n"
    }
  ),
  (
    "nested headings",
    { k in
      var s = "某县2024年法治政府建设工作报告\n"
      for i in 0..<(2000 * k) {
        s += "一、工作\(i)\n（一）加强\(i)\n1.推进\(i)\n（1）落实\(i)\n# 标题\n## 标题\n### 标题\n#### 标题\n"
        s += "全年办理案件\(i + 3)件，同比增长\(i % 50)%。\n"
      }
      return s
    }
  ),
  (
    "thousands of headings",
    { k in
      var s = "某县2024年法治政府建设工作报告\n一、主要工作\n"
      for i in 0..<(5000 * k) { s += "\(i + 1).加强第\(i)项工作\n开展活动\(i % 90 + 2)场次。\n" }
      return s
    }
  ),
]
