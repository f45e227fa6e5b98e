// swift-tools-version: 6.1
// Benchmarks live in their own package so that package-benchmark never
// reaches users of the tool. Run from this folder:
//   swift package benchmark
import PackageDescription

let package = Package(
  name: "ReportKitBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    .package(name: "analyze", path: ".."),
  ],
  targets: [
    .executableTarget(
      name: "ReportKitBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ReportKit", package: "analyze"),
      ],
      path: "Benchmarks/ReportKitBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
