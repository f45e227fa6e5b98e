/// The head of a standalone HTML page, from the doctype to `<body>`: the
/// report page (`ReportPageRenderer`), the findings page
/// (`HTMLFindingRenderer`) and the comparison page (`ComparisonBlocks.html`)
/// each give their own title and inline style, and the report page a
/// viewport line.
enum HTMLPage {
  static func head(title: String, style: String, viewport: Bool = false) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    if viewport { out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" }
    out += "<title>\(HTMLFindingRenderer.escape(title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
    return out
  }
}
