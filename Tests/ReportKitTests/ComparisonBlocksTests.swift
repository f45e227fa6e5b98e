import Foundation
import Testing

@testable import ReportKit

/// The text, Markdown and HTML outputs of a comparison are three renderings
/// of one model: each says what the model says, in the model's order.
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

  /// Every heading, caption and table cell of the model, in order, as text
  /// and Markdown say them.
  var said: [String] {
    Self.blocks.blocks.flatMap { b -> [String] in
      switch b {
      case .title, .blank: return []
      case .note(let s), .heading(let s), .caption(let s, _, _, _): return [s]
      case .pair(let e, let l, let y): return [ComparisonBlocks.pairTitle(e, l, y)]
      case .table(let t): return t.rows.flatMap { $0.map(ComparisonBlocks.words) }
      }
    }
  }

  /// The words of every cell and caption that HTML shows whole, in order.
  var shownInHTML: [String] {
    Self.blocks.blocks.flatMap { b -> [String] in
      switch b {
      case .note(let s), .heading(let s), .caption(let s, _, _, _): return [s]
      case .table(let t):
        return t.rows.flatMap {
          $0.compactMap { c -> String? in
            switch c {
            case .text(let s), .located(let s, _), .quoted(let s, _), .commitment(let s, _, _, _), .problem(let s, _):
              return s
            case .status(let s): return ComparisonRenderer.statusName[s]
            case .match, .copied, .runs: return nil
            }
          }
        }
      default: return []
      }
    }
  }

  @Test func everyRendererSaysWhatTheModelSays() {
    let parts = said
    #expect(parts.count > 20)
    #expect(inOrder(parts, in: Self.blocks.text()))
    // Markdown escapes | inside cells.
    #expect(inOrder(parts.map { $0.replacingOccurrences(of: "|", with: "\\|") }, in: Self.blocks.markdown()))
    let shown = shownInHTML
    #expect(shown.count > 20)
    #expect(inOrder(shown.map(HTMLFindingRenderer.escape), in: Self.blocks.html()))
  }

  @Test func formatsDifferOnlyInMarkup() {
    let text = Self.blocks.text()
    let md = Self.blocks.markdown()
    #expect(md.hasPrefix("# 年度对照\n"))
    #expect(text.hasPrefix("年度对照："))
    #expect(md.contains("\n## ") && !text.contains("\n## "))
    #expect(text.contains("\n== ") && !md.contains("\n== "))
    #expect(md.contains("|---|"))
    let html = Self.blocks.html()
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
    #expect(html.components(separatedBy: "<details>").count == html.components(separatedBy: "</details>").count)
  }
}
