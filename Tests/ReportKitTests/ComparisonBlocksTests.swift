import Foundation
import Testing

@testable import ReportKit

/// The text and Markdown outputs of a comparison are two renderings of one
/// model of its lines: each says what the model says, in the model's order.
@Suite struct ComparisonBlocksTests {
  static let blocks = ComparisonBlocks(ComparisonRenderer.model(TownshipCompareTests.result))

  /// The offsets of `parts` in `text`, each found after the one before.
  func inOrder(_ parts: [String], in text: String) -> Bool {
    var rest = text[...]
    for p in parts {
      guard let r = rest.range(of: p) else { return false }
      rest = rest[r.upperBound...]
    }
    return true
  }

  /// Every heading, caption and table cell of the model, in order.
  var said: [String] {
    Self.blocks.blocks.flatMap { b -> [String] in
      switch b {
      case .title, .blank: return []
      case .line(let s), .heading(let s), .caption(let s, _): return [s]
      case .table(let head, let rows): return head + rows.flatMap { $0 }
      }
    }
  }

  @Test func bothRenderersSayWhatTheModelSays() {
    let parts = said
    #expect(parts.count > 20)
    #expect(inOrder(parts, in: Self.blocks.text()))
    // Markdown escapes | inside cells.
    #expect(inOrder(parts.map { $0.replacingOccurrences(of: "|", with: "\\|") }, in: Self.blocks.markdown()))
  }

  @Test func formatsDifferOnlyInMarkup() {
    let text = Self.blocks.text()
    let md = Self.blocks.markdown()
    #expect(md.hasPrefix("# 年度对照\n"))
    #expect(text.hasPrefix("年度对照："))
    #expect(md.contains("\n## ") && !text.contains("\n## "))
    #expect(text.contains("\n== ") && !md.contains("\n== "))
    #expect(md.contains("|---|"))
  }
}
