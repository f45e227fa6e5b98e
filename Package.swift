// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "analyze",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "analyze", targets: ["analyze"]),
    .library(name: "ReportKit", targets: ["ReportKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Core library
    .systemLibrary(
      name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev", "pkg-config"])]),
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev", "pkg-config"])]),
    .systemLibrary(
      name: "CZlibSystem", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev", "pkg-config"])]),
    .target(
      name: "ReportKit",
      dependencies: [
        "CICU", "CSQLite", "CZlibSystem", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // Tools
    .executableTarget(
      name: "analyze",
      dependencies: ["ReportKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    // Tests
    .testTarget(
      name: "ReportKitTests", dependencies: ["ReportKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures"]),
    .testTarget(name: "analyzeTests", dependencies: ["analyze"]),
  ],
  swiftLanguageModes: [.v5]
)

for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("BareSlashRegexLiterals")]
}
