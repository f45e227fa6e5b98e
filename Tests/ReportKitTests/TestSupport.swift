import Foundation
import Testing

@testable import ReportKit

/// Paths the tests read from. The shared corpus lives beside the repo and is
/// never copied in; tests on it are skipped when it is absent.
enum Paths {
  static let repo: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = repo.appendingPathComponent("Corpus")
  static let seed = corpus.appendingPathComponent("gaoxing-2024-fazhi.txt").path
  static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared/corpus")
  static let sharedAvailable = FileManager.default.fileExists(
    atPath: shared.appendingPathComponent("SOURCES.tsv").path)
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Every report in the shared corpus except the seed (which is in Corpus/).
  static func sharedReports() -> [String] {
    guard sharedAvailable else { return [] }
    var out: [String] = []
    for dir in ["state-council", "provincial"] {
      let d = shared.appendingPathComponent(dir)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: d.path)) ?? []
      out += names.filter { $0.hasSuffix(".txt") }.sorted().map { d.appendingPathComponent($0).path }
    }
    return out
  }
}

/// Text with spans marked by ⟦ and ⟧, for tests that check where something is
/// without counting columns by hand.
struct MarkedText {
  /// The text without markers.
  var text: String
  /// The marked ranges, in Unicode scalar offsets of `text`.
  var ranges: [Range<Int>]

  init(_ marked: String) {
    var out = String.UnicodeScalarView()
    var ranges: [Range<Int>] = []
    var open: Int? = nil
    var n = 0
    for s in marked.unicodeScalars {
      if s == "⟦" {
        open = n
      } else if s == "⟧", let o = open {
        ranges.append(o..<n)
        open = nil
      } else {
        out.append(s)
        n += 1
      }
    }
    text = String(out)
    self.ranges = ranges
  }
}

extension String {
  /// The substring at Unicode scalar offsets.
  func scalars(_ r: Range<Int>) -> String {
    let s = Array(unicodeScalars)
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[r])
    return String(v)
  }

  /// The substring at the offsets of an analysis range (the same as scalar
  /// offsets for the all-BMP test texts).
  func scalars(_ r: AnalysisRange) -> String { scalars(r.offsets) }
}

/// Analyzes a string as if it were a UTF-8 file.
func analyze(_ text: String, path: String = "test.txt") throws -> Report {
  try Analyzer().analyze(bytes: Array(text.utf8), path: path)
}
