import Foundation
import Testing
import ZIPFoundation

@testable import ReportKit

/// Writes .docx files for tests: `word/document.xml` and `word/styles.xml` as
/// Word writes them (namespaces, run properties, proofing marks, bookmarks,
/// tab stops), in a zip made with ZIPFoundation.
enum DocxWriter {
  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// Runs of `text`, cut inside every number of two or more digits (`347` →
  /// `34` + `7`), as Word does when a figure was edited, and around `**`.
  static func runs(_ text: String) -> String {
    var pieces: [(String, Bool)] = []
    var bold = false
    for (k, part) in text.components(separatedBy: "**").enumerated() {
      if k > 0 { bold.toggle() }
      var cur = ""
      var digits = 0
      for ch in part {
        if ch.isASCII && ch.isNumber {
          digits += 1
          if digits == 2 {
            pieces.append((cur, bold))
            cur = ""
          }
        } else {
          digits = 0
        }
        cur.append(ch)
      }
      pieces.append((cur, bold))
    }
    return pieces.filter { !$0.0.isEmpty }.map { t, b in
      let rpr = "<w:rPr><w:rFonts w:ascii=\"仿宋\" w:eastAsia=\"仿宋\"/>\(b ? "<w:b/>" : "")<w:sz w:val=\"32\"/></w:rPr>"
      let space = t.hasPrefix(" ") || t.hasSuffix(" ") ? " xml:space=\"preserve\"" : ""
      return "<w:r>\(rpr)<w:t\(space)>\(escape(t))</w:t></w:r><w:proofErr w:type=\"gramEnd\"/>"
    }.joined()
  }

  static func paragraph(_ line: String) -> String {
    var text = line
    var style = ""
    if let m = line.firstMatch(of: /^(#+)\s+(.*)$/) {
      // Chinese Word names its heading styles' ids 1, 2, 3.
      style = "<w:pStyle w:val=\"\(m.1.count)\"/>"
      text = String(m.2)
    }
    return
      "<w:p w:rsidR=\"00A1\"><w:pPr>\(style)<w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:ind w:firstLine=\"640\"/></w:pPr>"
      + "<w:bookmarkStart w:id=\"0\" w:name=\"_Toc1\"/>\(runs(text))<w:bookmarkEnd w:id=\"0\"/></w:p>"
  }

  static func table(_ rows: [[String]]) -> String {
    "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
      + rows.map { r in
        "<w:tr>" + r.map { "<w:tc><w:tcPr/><w:p><w:r><w:t>\(escape($0))</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
      }.joined() + "</w:tbl>"
  }

  static func document(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
    """
  }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/></w:style></w:styles>
    """

  /// A .docx whose document body is `body` (paragraphs and tables).
  static func docx(body: String, withDocument: Bool = true, numbering: String? = nil, styles: String = styles)
    throws -> [UInt8]
  {
    let archive = try Archive(accessMode: .create)
    var files: [(String, String)] = [
      (
        "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
      ),
      ("word/styles.xml", styles),
    ]
    if let n = numbering { files.append(("word/numbering.xml", n)) }
    if withDocument { files.append(("word/document.xml", document(body))) }
    for (path, text) in files {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return [UInt8](archive.data!)
  }

  /// The text report at `path` as a .docx: each non-empty line a paragraph.
  static func docx(ofTextFile path: String) throws -> [UInt8] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let body = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }.map(paragraph).joined()
    return try docx(body: body)
  }
}

@Suite struct InputFormatTests {
  static let savedPage = Paths.fixtures.appendingPathComponent("formats/gaoxing-2024-fazhi.html").path

  /// What a figure is, without where it stands (offsets differ by format).
  struct Figure: Equatable, CustomStringConvertible {
    var text: String
    var value: Double
    var high: Double?
    var unit: String
    var approx: String
    var subject: String
    var description: String { "\(text) \(value) \(high ?? .nan) \(unit) \(approx) \(subject)" }
  }

  static func figures(_ r: Report) -> [Figure] {
    r.quantities.map { q in
      Figure(
        text: r.document.analysis.string(q.range), value: q.value, high: q.high, unit: q.unit,
        approx: "\(q.approx)", subject: q.subject)
    }
  }

  @Test func savedWebPageGivesTheFiguresOfTheTextFile() throws {
    let text = try Analyzer().analyze(path: Paths.seed)
    let page = try Analyzer().analyze(path: Self.savedPage)
    #expect(page.format == .html)
    let a = Self.figures(text)
    let b = Self.figures(page)
    #expect(a.count == 30)
    #expect(b == a)
    #expect(page.document.metadata.unit == "高兴镇")
    #expect(page.document.sections.count == text.document.sections.count)
    // Nothing of the script, style, navigation or footer is read.
    let extracted = String(decoding: page.document.source.units, as: UTF16.self)
    for leak in ["visits", "356", "共 42 条", "版权所有", "content:", "<p", "&nbsp;", "&ldquo;", "&#12290;"] {
      #expect(!extracted.contains(leak), "\(leak) leaked into the text")
    }
  }

  @Test func forcedTextReadsThePageWithItsTags() throws {
    let page = try Analyzer().analyze(path: Self.savedPage, format: .text)
    #expect(page.format == .text)
    #expect(Self.figures(page) != Self.figures(try Analyzer().analyze(path: Paths.seed)))
  }

  @Test func wordDocumentGivesTheFiguresOfTheTextFile() throws {
    let bytes = try DocxWriter.docx(ofTextFile: Paths.seed)
    let doc = try Analyzer().analyze(bytes: bytes, path: "gaoxing.docx")
    #expect(doc.format == .docx)
    let a = Self.figures(try Analyzer().analyze(path: Paths.seed))
    #expect(Self.figures(doc) == a)
    #expect(doc.document.metadata.title == "高兴镇 2024 年法治政府建设工作报告")
    #expect(doc.document.sections.count == 15)
  }

  /// A document written by python-docx (Fixtures/formats/make-word-document.py),
  /// not by these tests: Word's own heading styles and XML.
  @Test func wordDocumentFromPythonDocxGivesTheFiguresOfTheTextFile() throws {
    let path = Paths.fixtures.appendingPathComponent("formats/gaoxing-2024-fazhi.docx").path
    let doc = try Analyzer().analyze(path: path)
    #expect(doc.format == .docx)
    #expect(Self.figures(doc) == Self.figures(try Analyzer().analyze(path: Paths.seed)))
    #expect(doc.document.metadata.title == "高兴镇 2024 年法治政府建设工作报告")
    let text = String(decoding: doc.document.source.units, as: UTF16.self)
    #expect(text.contains("\n附表\t项目\t说明\n\n一\t法律顾问\t全年聘请\n"))
  }

  @Test func htmlEntitiesBreaksAndDroppedElements() {
    let page = """
      <html><head><title>x</title><script>var a = "<p>9 件</p>";</script></head>
      <body><nav>首页 12 条</nav><h1>某镇&nbsp;2024&#x5E74;报告</h1>
      <p>一是&ldquo;办&rdquo;结 5&nbsp;件<br>二是 6 &amp; 7</p><!-- 8 件 -->
      <ul><li>甲</li><li>乙</li></ul><table><tr><td>项目</td><td>数量</td></tr><tr><td>案件</td><td>3 件</td></tr></table>
      <div>中文
         换行</div></body></html>
      """
    let out = String(decoding: HTMLText.extract(Array(page.utf16)), as: UTF16.self)
    #expect(
      out == "# 某镇 2024年报告\n\n一是“办”结 5 件\n二是 6 & 7\n\n甲\n\n乙\n\n项目\t数量\n\n案件\t3 件\n\n中文换行\n")
  }

  @Test func pageInGB18030IsDecodedThenRead() throws {
    let page =
      "<html><head><meta charset=\"gb2312\"><title>报告</title></head><body><p>某镇2024年法治政府建设工作报告</p><p>全年办结案件 347 件。</p></body></html>"
    let bytes = try TextDecoder.encode(Array(page.utf16), to: "GB18030")
    let decoded = try InputDocument.decode(bytes, path: "gbk.html")
    #expect(decoded.format == .html && decoded.encoding == "GB18030")
    #expect(String(decoding: decoded.units, as: UTF16.self) == "某镇2024年法治政府建设工作报告\n\n全年办结案件 347 件。\n")
  }

  @Test func orderedListsKeepTheirNumbers() {
    let page =
      "<html><body><p>工作安排</p><ol><li> 加强学习 </li><li>完善制度<ul><li>甲</li></ul></li><li></li><li>推进执法</li></ol></body></html>"
    let out = String(decoding: HTMLText.extract(Array(page.utf16)), as: UTF16.self)
    #expect(out == "工作安排\n\n1.加强学习\n\n2.完善制度\n\n甲\n\n4.推进执法\n")
  }

  @Test func siteFrameIsDroppedByClassAndId() {
    let page = """
      <html><body><div class="header">高兴镇人民政府</div><div id="main-nav"><ul><li>首页</li><li>政务公开 12</li></ul></div>
      <div class="bread-crumb">当前位置：首页 &gt; 政务公开</div>
      <div class="content"><div class="title">报告</div><p>办结 5 件。</p><div class="navigator-free">正文 6 件</div></div>
      <div class='share'>分享到 3 个平台</div><div id="footer"><div>版权所有 2024</div></div></body></html>
      """
    let out = String(decoding: HTMLText.extract(Array(page.utf16)), as: UTF16.self)
    #expect(out == "报告\n\n办结 5 件。\n\n正文 6 件\n")
  }

  @Test func articleIsPreferredToThePage() {
    let page = "<html><body><div>栏目 3 个</div><article><header><h1>标题</h1></header><p>正文 5 件</p></article></body></html>"
    let out = String(decoding: HTMLText.extract(Array(page.utf16)), as: UTF16.self)
    #expect(out == "# 标题\n\n正文 5 件\n")
  }

  @Test func pageWithoutTextIsAnError() {
    let page = Array(
      "<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><nav>菜单</nav></body></html>".utf8)
    #expect(throws: InputError.noText(path: "empty.html", format: "网页")) {
      try InputDocument.decode(page, path: "empty.html")
    }
  }

  @Test func wordTablesAreRowsOfCells() throws {
    let body =
      DocxWriter.paragraph("## 一、基本情况") + DocxWriter.table([["项目", "数量"], ["受理案件", "347 件"]])
      + DocxWriter.paragraph("办结 3**4**5 件。")
    let units = try DocxText.extract(DocxWriter.docx(body: body), path: "t.docx")
    #expect(String(decoding: units, as: UTF16.self) == "## 一、基本情况\n\n项目\t数量\n\n受理案件\t347 件\n\n办结 345 件。\n")
  }

  @Test func wordListNumbersAreWritten() throws {
    let numbering = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="multilevel"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="6"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
      </w:numbering>
      """
    func p(_ text: String, _ num: String, _ level: Int, style: String = "") -> String {
      "<w:p><w:pPr>\(style)<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }
    let body = [
      p("基本情况", "1", 0), p("组织领导", "1", 1), p("教育培训", "1", 1), p("培训 3 次。", "1", 2),
      p("培训 5 次。", "1", 2), p("存在问题", "1", 0), p("问题一", "1", 1), p("要点", "2", 0),
    ].joined()
    let text = String(
      decoding: try DocxText.extract(DocxWriter.docx(body: body, numbering: numbering), path: "n.docx"), as: UTF16.self)
    #expect(
      text
        == "一、基本情况\n\n（一）组织领导\n\n（二）教育培训\n\n1.培训 3 次。\n\n2.培训 5 次。\n\n二、存在问题\n\n（一）问题一\n\n要点\n")
    // The structure reader sees the numbered headings.
    let report = try Analyzer().analyze(bytes: DocxWriter.docx(body: body, numbering: numbering), path: "n.docx")
    #expect(report.document.sections.map(\.title).prefix(3) == ["基本情况", "组织领导", "教育培训"])
    // A heading style linked to a list numbers its paragraphs; a start override counts from 9.
    let linked = DocxWriter.styles.replacingOccurrences(
      of: "<w:name w:val=\"heading 1\"/>",
      with: "<w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr>")
    let styled = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>工作安排</w:t></w:r></w:p>"
    let t2 = String(
      decoding: try DocxText.extract(
        DocxWriter.docx(body: styled, numbering: numbering, styles: linked), path: "s.docx"),
      as: UTF16.self)
    #expect(t2 == "# 九、工作安排\n")
    let numbers = [1, 10, 12, 20, 21, 105, 110, 1005].map { DocxNumbering.chinese($0) }
    #expect(numbers == ["一", "十", "十二", "二十", "二十一", "一百零五", "一百一十", "一千零五"])
  }

  @Test func damagedWordDocumentsAreErrors() throws {
    let good = try DocxWriter.docx(ofTextFile: Paths.seed)
    let cut = Array(good.prefix(good.count / 2))
    #expect(throws: InputError.self) { try InputDocument.decode(cut, path: "cut.docx") }
    do {
      _ = try InputDocument.decode(cut, path: "cut.docx")
    } catch let e as InputError {
      #expect(e.description.hasPrefix("cut.docx: Word 文档（.docx）已损坏"))
    }
    let empty = try DocxWriter.docx(body: "", withDocument: false)
    #expect(throws: InputError.self) { try InputDocument.decode(empty, path: "nodoc.docx") }
    #expect(throws: InputError.self) {
      try InputDocument.decode(Array("这是一份文本报告。".utf8), path: "t.docx", format: .docx)
    }
  }
}
