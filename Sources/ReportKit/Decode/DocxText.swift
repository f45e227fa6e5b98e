import CZlibSystem
import Foundation
import ZIPFoundation

/// The text of a Word document (.docx): `word/document.xml` read from the zip
/// with ZIPFoundation and walked by a small XML tag scanner.
///
/// Paragraphs come in document order, one a line with a blank line between
/// them, as in the plain-text reports; the runs of a paragraph are joined, so a
/// number Word split across runs (`34` `7 件`) is whole. Paragraphs whose style
/// is a heading (`heading N` or `Title` in `word/styles.xml`, whatever the
/// style's id) get markdown's `#` marks. A table row is one line, its cells
/// separated by a tab. The numbers of Word's automatic lists (一、 （一） 1.)
/// are written before their paragraphs (`DocxNumbering`). Deleted revisions,
/// field codes, text boxes and the fallback copies of drawings are left out.
///
/// Offsets in the analysis of a document are offsets into this extracted text.
public enum DocxText {
  /// Whether `bytes` begin like a zip archive (a .docx is one).
  public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
  }

  /// The text of the .docx in `bytes`, read from `path`.
  ///
  /// The archive is read from a temporary copy on disk, not from memory:
  /// ZIPFoundation's in-memory file traps when a damaged archive points past
  /// its end (found by Fuzz/run.sh decode), where a real file just reads
  /// nothing and the archive is reported damaged.
  public static func extract(_ bytes: [UInt8], path: String) throws -> [UInt16] {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-\(UUID().uuidString).docx")
    do {
      try Data(bytes).write(to: copy)
    } catch {
      throw InputError.unreadable(path: path, reason: "无法写入临时文件（\(error)）")
    }
    defer { try? FileManager.default.removeItem(at: copy) }
    let archive: Archive
    do {
      archive = try Archive(url: copy, accessMode: .read)
    } catch {
      throw InputError.damaged(path: path, format: "Word 文档（.docx）", reason: "不是完整的 zip 压缩包")
    }
    guard let entry = archive["word/document.xml"] else {
      throw InputError.damaged(path: path, format: "Word 文档（.docx）", reason: "压缩包中没有 word/document.xml")
    }
    let document = try read(entry, of: archive, bytes: bytes, path: path)
    var styles = Styles()
    if let entry = archive["word/styles.xml"], let xml = try? read(entry, of: archive, bytes: bytes, path: path) {
      styles = Self.styles(xml)
    }
    var numbering = DocxNumbering()
    if let n = archive["word/numbering.xml"], let xml = try? read(n, of: archive, bytes: bytes, path: path) {
      numbering = DocxNumbering(xml: xml)
    }
    let text = String(decoding: document, as: UTF8.self)
    guard text.contains("<w:body") else {
      throw InputError.damaged(path: path, format: "Word 文档（.docx）", reason: "word/document.xml 中没有正文（w:body）")
    }
    return paragraphs(Array(text.utf16), styles: styles, numbering: numbering)
  }

  static func read(_ entry: Entry, of archive: Archive, bytes: [UInt8], path: String) throws -> [UInt8] {
    // ZIPFoundation loops for ever on a part whose data ends before its
    // deflate stream does (a truncated or damaged .docx; found by Fuzz/run.sh
    // decode): the part's data is checked first, within the file's bytes.
    guard partIsWhole(entry, in: bytes) else {
      throw InputError.damaged(path: path, format: "Word 文档（.docx）", reason: "\(entry.path) 的数据不完整")
    }
    var out: [UInt8] = []
    do {
      // A part that inflates past the input bound (a zip bomb) is damaged.
      _ = try archive.extract(entry) {
        out += $0
        if out.count > InputReader.maxBytes { throw InputError.tooLarge(path: path, bytes: out.count) }
      }
    } catch let e as InputError {
      throw e
    } catch {
      throw InputError.damaged(
        path: path, format: "Word 文档（.docx）", reason: "\(entry.path) 无法解压（\(error)）")
    }
    return out
  }

  /// Whether the data of `entry` lies within `bytes` and, when deflated,
  /// its stream ends within that data (inflated into a scratch buffer, at
  /// most `InputReader.maxBytes` of output).
  static func partIsWhole(_ entry: Entry, in bytes: [UInt8]) -> Bool {
    // The entry's local header: its signature followed, 26 bytes on, by its name.
    let name = Array(entry.path.utf8)
    func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    var at: Int? = nil
    var i = 0
    while i + 30 + name.count <= bytes.count {
      if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x03 && bytes[i + 3] == 0x04
        && u16(i + 26) == name.count && bytes[(i + 30)..<(i + 30 + name.count)].elementsEqual(name)
      {
        at = i
        break
      }
      i += 1
    }
    guard let h = at else { return false }
    let method = u16(h + 8)
    let start = h + 30 + name.count + u16(h + 28)
    guard entry.compressedSize <= UInt64(Int.max - start) else { return false }
    let end = start + Int(entry.compressedSize)
    guard end <= bytes.count else { return false }
    guard method == 8 else { return true }
    var stream = z_stream()
    guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return false
    }
    defer { inflateEnd(&stream) }
    var scratch = [UInt8](repeating: 0, count: 1 << 16)
    var produced = 0
    return bytes.withUnsafeBufferPointer { input -> Bool in
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + start)
      stream.avail_in = UInt32(end - start)
      while true {
        let r = scratch.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          let r = inflate(&stream, Z_NO_FLUSH)
          produced += out.count - Int(stream.avail_out)
          return r
        }
        if r == Z_STREAM_END { return true }
        // An error, or no progress with all the data read: not whole.
        guard r == Z_OK, produced <= InputReader.maxBytes else { return false }
        if stream.avail_in == 0 && stream.avail_out != 0 { return false }
      }
    }
  }

  /// What paragraph styles say, by style id.
  struct Styles {
    /// Heading levels: styles named `heading N` (Word's own names, the same in
    /// every language; the ids differ: `Heading1`, `1`, `a3` …) and `Title`
    /// (level 1).
    var headings: [String: Int] = [:]
    /// The list (numId, level) a style numbers its paragraphs with (a
    /// multilevel list linked to the heading styles).
    var numbering: [String: (id: String, level: Int)] = [:]
  }

  static func styles(_ xml: [UInt8]) -> Styles {
    let u = Array(String(decoding: xml, as: UTF8.self).utf16)
    var out = Styles()
    var i = 0
    var styleId: String? = nil
    var noGt = Int.max
    while let k = u[i...].firstIndex(of: HTMLText.lt) {
      guard let tag = HTMLText.readTag(u, at: k, end: u.count, noGt: &noGt) else {
        i = k + 1
        continue
      }
      let name = String(decoding: tag.name, as: UTF16.self)
      let r = k..<tag.end
      if name == "w:style" {
        styleId = tag.closing ? nil : attribute("w:styleId", u, r)
      } else if name == "w:name", let id = styleId, let v = attribute("w:val", u, r)?.lowercased() {
        if v == "title" {
          out.headings[id] = 1
        } else if v.hasPrefix("heading "), let n = Int(v.dropFirst(8)), (1...6).contains(n) {
          out.headings[id] = n
        }
      } else if name == "w:numid", let id = styleId, let v = attribute("w:val", u, r) {
        out.numbering[id] = (v, out.numbering[id]?.level ?? 0)
      } else if name == "w:ilvl", let id = styleId, let v = attribute("w:val", u, r).flatMap({ Int($0) }) {
        out.numbering[id] = (out.numbering[id]?.id ?? "0", v)
      }
      i = tag.end
    }
    return out
  }

  /// The value of attribute `name` in the tag at `range` of `u`.
  static func attribute(_ name: String, _ u: [UInt16], _ range: Range<Int>) -> String? {
    let key = Array((name + "=").utf16)
    guard let k = HTMLText.findCaseless(key, in: u, from: range.lowerBound, end: range.upperBound) else {
      return nil
    }
    // The attribute name must stand alone (w:val, not w:valx or xw:val).
    if k > 0, !HTMLText.isSpace(u[k - 1]) { return nil }
    let q = k + key.count
    guard q < range.upperBound, u[q] == 0x22 || u[q] == 0x27 else { return nil }
    guard let e = u[(q + 1)..<range.upperBound].firstIndex(of: u[q]) else { return nil }
    return String(decoding: u[(q + 1)..<e], as: UTF16.self)
  }

  /// The paragraphs and table rows of `word/document.xml`.
  static func paragraphs(_ u: [UInt16], styles: Styles, numbering: DocxNumbering = DocxNumbering())
    -> [UInt16]
  {
    var numbering = numbering
    var numID: String? = nil  // the paragraph's list (w:numPr), if numbered
    var numLevel = 0
    var styleNumbering: (id: String, level: Int)? = nil  // the paragraph style's list
    var out: [UInt16] = []
    var para: [UInt16] = []  // the paragraph being read
    var heading: Int? = nil
    var inText = false
    var inProperties = 0  // inside w:pPr / w:rPr (tab stops are no tabs)
    var skip: [UInt16]? = nil  // the element being left out
    var skipDepth = 0
    var tableDepth = 0
    var cells: [[UInt16]] = []  // cells of the outer table's row being read
    var cell: [UInt16] = []

    func endParagraph() {
      var p = para
      para = []
      let list = numID.map { ($0, numLevel) } ?? styleNumbering
      if let (id, level) = list, !p.isEmpty, let number = numbering.next(numID: id, level: level) {
        p = Array(number.utf16) + p
      }
      numID = nil
      numLevel = 0
      styleNumbering = nil
      while let l = p.last, l == 0x20 || l == 0x09 { p.removeLast() }
      while let f = p.first, f == 0x20 { p.removeFirst() }
      defer { heading = nil }
      if tableDepth > 0 {
        if !p.isEmpty {
          if !cell.isEmpty { cell.append(0x20) }
          cell += p
        }
        return
      }
      guard !p.isEmpty else { return }
      if let h = heading { out += Array(String(repeating: "#", count: h).utf16) + [0x20] }
      out += p
      out += [0x0A, 0x0A]
    }

    var i = 0
    let n = u.count
    var noGt = Int.max  // see HTMLText.readTag(_:at:end:noGt:)
    while i < n {
      let c = u[i]
      if c != HTMLText.lt {
        if inText && skip == nil {
          if c == HTMLText.amp, let (d, next) = HTMLText.entity(u, at: i, end: n) {
            para += d
            i = next
            continue
          }
          para.append(c == 0x0A || c == 0x0D ? 0x20 : c)
        }
        i += 1
        continue
      }
      guard let tag = HTMLText.readTag(u, at: i, end: n, noGt: &noGt) else {
        i += 1
        continue
      }
      let start = i
      i = tag.end
      let name = String(decoding: tag.name, as: UTF16.self)
      if let s = skip {
        if tag.name == s, !tag.selfClosing {
          skipDepth += tag.closing ? -1 : 1
          if skipDepth == 0 { skip = nil }
        }
        continue
      }
      switch name {
      case "w:del", "w:instrtext", "w:deltext", "w:txbxcontent", "mc:fallback", "w:footnotereference",
        "w:commentreference", "v:textbox":
        if !tag.closing && !tag.selfClosing {
          skip = tag.name
          skipDepth = 1
        }
      case "w:p":
        if tag.closing || tag.selfClosing {
          endParagraph()
        } else {
          para = []
          heading = nil
          numID = nil
          numLevel = 0
          styleNumbering = nil
        }
      case "w:ppr", "w:rpr":
        if !tag.selfClosing { inProperties += tag.closing ? -1 : 1 }
      case "w:pstyle":
        if let v = attribute("w:val", u, start..<tag.end) {
          heading = styles.headings[v]
          styleNumbering = styles.numbering[v]
        }
      case "w:numid":
        if inProperties > 0 { numID = attribute("w:val", u, start..<tag.end) }
      case "w:ilvl":
        if inProperties > 0 { numLevel = attribute("w:val", u, start..<tag.end).flatMap { Int($0) } ?? 0 }
      case "w:t":
        inText = !tag.closing && !tag.selfClosing
      case "w:tab":
        if inProperties == 0 { para.append(0x09) }
      case "w:br", "w:cr":
        if inProperties == 0 { para.append(0x20) }
      case "w:tbl":
        if !tag.selfClosing {
          if !tag.closing, tableDepth == 0 { endParagraph() }
          tableDepth += tag.closing ? -1 : 1
        }
      case "w:tr":
        if tableDepth == 1 {
          if tag.closing {
            let row = cells.filter { !$0.isEmpty }
            if !row.isEmpty {
              out += Array(row.joined(separator: [0x09]))
              out += [0x0A, 0x0A]
            }
          }
          cells = []
        }
      case "w:tc":
        if tableDepth == 1 {
          if tag.closing { cells.append(cell) }
          cell = []
        }
      default:
        break
      }
    }
    endParagraph()
    while out.last == 0x0A { out.removeLast() }
    if !out.isEmpty { out.append(0x0A) }
    return out
  }
}
