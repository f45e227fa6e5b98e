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
            case .match, .copied, .runs, .derived: return nil
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

  /// The 实际 cell follows what the outcome was read from: a rate worked out
  /// from counts gives the rate and its line, not its sentence as a figure.
  @Test func anOutcomeIsRenderedByItsKind() {
    let sentence = "全年调处各类矛盾纠纷141起，调处成功135起"
    let side = ComparisonRenderer.TargetJSON.Side(
      text: sentence, start: 0, end: 20, line: 19, column: 1, value: 135.0 / 141 * 100, unit: "%", approx: "exact")
    let target = ComparisonRenderer.TargetJSON.Side(
      text: "调处成功率95%以上", start: 0, end: 10, line: 47, column: 1, value: 95, unit: "%", approx: "at_least")
    func row(_ kind: OutcomeKind) -> ComparisonRenderer.TargetJSON {
      .init(
        metric: "调处成功率", target: target, outcome: kind == .evidence ? nil : side,
        evidence: kind == .evidence ? side : nil, kind: kind.rawValue, status: "met", note: "")
    }
    let derived = ComparisonBlocks.words(ComparisonBlocks.outcome(row(.derived)))
    #expect(derived == "95.7%（第 19 行推算）")
    #expect(!ComparisonBlocks.html(ComparisonBlocks.outcome(row(.derived))).contains(sentence))
    #expect(ComparisonBlocks.words(ComparisonBlocks.outcome(row(.stated))) == "\(sentence)（第 19 行）")
    #expect(ComparisonBlocks.words(ComparisonBlocks.outcome(row(.evidence))) == "“\(sentence)”")
    #expect(ComparisonBlocks.words(ComparisonBlocks.outcome(row(.none))) == "—")
  }
}
