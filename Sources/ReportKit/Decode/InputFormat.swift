/// The kinds of file a report is read from.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
  /// Plain text (UTF-8, UTF-16, GB18030 …), markdown headings allowed.
  case text
  /// A web page (.html, .htm): the text of its article.
  case html
  /// A Word document (.docx): its paragraphs and tables.
  case docx

  /// The name shown to users.
  public var chineseName: String {
    switch self {
    case .text: return "文本"
    case .html: return "网页"
    case .docx: return "Word 文档"
    }
  }
}

/// Reads the bytes of a report in any of the input formats into text.
public enum InputDocument {
  /// The text of `bytes` read from `path`. The format is found by content
  /// (a zip archive is a .docx; decoded text that starts with an HTML
  /// document's tags is a page) unless `format` forces one; `encoding` forces
  /// the encoding of text and pages.
  public static func decode(_ bytes: [UInt8], path: String, encoding: String? = nil, format: InputFormat? = nil)
    throws -> DecodedText
  {
    if bytes.isEmpty { throw InputError.empty(path: path) }
    let kind = format ?? (DocxText.looksLikeZip(bytes) ? .docx : nil)
    if kind == .docx {
      let units = try DocxText.extract(bytes, path: path)
      guard hasText(units) else { throw InputError.noText(path: path, format: InputFormat.docx.chineseName) }
      return DecodedText(units: units, encoding: "UTF-8", hadBOM: false, format: .docx)
    }
    var decoded = try TextDecoder.decode(bytes, path: path, encoding: encoding)
    if kind == .html || (kind == nil && HTMLText.looksLikeHTML(decoded.units)) {
      decoded.units = HTMLText.extract(decoded.units)
      decoded.format = .html
      guard hasText(decoded.units) else { throw InputError.noText(path: path, format: InputFormat.html.chineseName) }
    }
    return decoded
  }

  /// Whether `units` hold any letter, digit or Chinese character.
  static func hasText(_ units: [UInt16]) -> Bool {
    units.contains { c in
      (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || (c >= 0x3400 && c != 0xFEFF)
    }
  }
}
