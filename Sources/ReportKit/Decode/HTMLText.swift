/// The text of a web page's article, read by a small tag scanner over UTF-16.
///
/// Scripts, styles, `<head>`, navigation, headers, footers, asides, forms and
/// comments are dropped, and so are elements whose class or id names a site's
/// frame (`<div class="nav">`, `id="footer"`, breadcrumbs, sidebars, share
/// buttons, copyright); when the page has an `<article>` (or else a `<main>`),
/// only its text is kept. Entities (`&amp;`, `&nbsp;`, `&#12290;`, `&#x3002;` …)
/// are decoded. `<p>`, `<br>`, `<div>`, `<li>`, `<h1>`–`<h6>`, `<tr>` and the
/// other block elements end a paragraph: each paragraph is one line, with a
/// blank line between paragraphs, as in the plain-text reports. Headings are
/// written with markdown's `#` marks (`<h2>` → `## `), the items of an ordered
/// list with the numbers a browser draws (`1.`), the cells of a table row
/// are separated by a tab. Runs of white space collapse to one space, and to
/// nothing where a line break stood between two Chinese characters.
///
/// Offsets in the analysis of a page are offsets into this extracted text.
public enum HTMLText {
  /// Whether `units` (decoded text) look like an HTML page: the first thing
  /// after white space is a tag, and the start names a document element.
  public static func looksLikeHTML(_ units: [UInt16]) -> Bool {
    var i = 0
    while i < units.count, isSpace(units[i]) || units[i] == 0xFEFF { i += 1 }
    guard i < units.count, units[i] == lt else { return false }
    let head = String(decoding: units[i..<min(units.count, i + 4096)], as: UTF16.self).lowercased()
    return ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<p ", "<div", "<article"]
      .contains { head.contains($0) }
  }

  /// The article text of the page in `units`.
  public static func extract(_ units: [UInt16]) -> [UInt16] {
    var scope = 0..<units.count
    // Inside an article its own header and footer (title, date) are kept.
    var dropped = Self.dropped
    if let a = element("article", in: units) ?? element("main", in: units) {
      scope = a
      dropped.subtract([Array("header".utf16), Array("footer".utf16)])
    }
    var out = Output()
    var skipUntil: [UInt16]? = nil  // the closing tag name of a dropped element
    var skipDepth = 0
    var pre = 0
    var lists: [Int?] = []  // items counted so far in each open list (nil: unordered)
    var i = scope.lowerBound
    let end = scope.upperBound
    var noGt = Int.max  // see readTag(_:at:end:noGt:)
    while i < end {
      let c = units[i]
      if c == lt {
        // Comments, doctype, CDATA, processing instructions.
        if units.starts(with: "<!--", at: i) {
          i = find("-->", in: units, from: i + 4, end: end).map { $0 + 3 } ?? end
          continue
        }
        let i0 = i
        guard let tag = readTag(units, at: i, end: end, noGt: &noGt) else {
          if skipUntil == nil { out.char(c, pre: pre > 0) }
          i += 1
          continue
        }
        i = tag.end
        if tag.closing == false, rawText.contains(tag.name) {
          // Script and style bodies are raw text: skip to their closing tag.
          let close = Array("</".utf16) + tag.name
          i = findCaseless(close, in: units, from: i, end: end) ?? end
          if let g = readTag(units, at: i, end: end, noGt: &noGt) { i = g.end }
          continue
        }
        if let name = skipUntil {
          if tag.name == name {
            if tag.closing { skipDepth -= 1 } else if !tag.selfClosing { skipDepth += 1 }
            if skipDepth == 0 { skipUntil = nil }
          }
          continue
        }
        if !tag.closing, !tag.selfClosing,
          dropped.contains(tag.name) || isChrome(units, i0..<i, inArticle: scope.count < units.count)
        {
          skipUntil = tag.name
          skipDepth = 1
          continue
        }
        let n = String(decoding: tag.name, as: UTF16.self)
        if n == "pre" { pre += tag.closing ? (pre > 0 ? -1 : 0) : 1 }
        if n == "br" {
          out.breakLine(blank: false)
        } else if n == "td" || n == "th" {
          if !tag.closing { out.cell() }
        } else if headingLevels[n] != nil {
          out.breakLine(blank: true)
          if !tag.closing, let level = headingLevels[n] {
            out.append(Array(String(repeating: "#", count: level).utf16) + [0x20])
            out.markHeadingStart()
          }
        } else if blocks.contains(n) {
          out.breakLine(blank: true)
          // Ordered lists: the numbers a browser draws are written (1. 2. …).
          if n == "ol" {
            if tag.closing { _ = lists.popLast() } else { lists.append(0) }
          } else if n == "ul" {
            if tag.closing { _ = lists.popLast() } else { lists.append(nil) }
          } else if n == "li", !tag.closing, let k = lists.last, let count = k {
            lists[lists.count - 1] = count + 1
            out.append(Array("\(count + 1).".utf16))
            out.markHeadingStart()
          }
        }
        continue
      }
      if skipUntil != nil {
        i += 1
        continue
      }
      if c == amp, let (decoded, next) = entity(units, at: i, end: end) {
        for d in decoded { out.char(d, pre: pre > 0, literal: true) }
        i = next
        continue
      }
      out.char(c, pre: pre > 0)
      i += 1
    }
    return out.finish()
  }

  // MARK: - Output

  /// The extracted text as it grows: white space collapsed, lines trimmed.
  struct Output {
    var units: [UInt16] = []
    /// White space seen and not yet written: 0 none, 1 a space, 2 with a line break.
    var pendingSpace = 0
    var lineStart = 0
    var cellsInRow = 0
    var headingStart: Int? = nil

    mutating func char(_ c: UInt16, pre: Bool, literal: Bool = false) {
      if pre && (c == 0x0A || c == 0x0D) {
        if c == 0x0A { breakLine(blank: false) }
        return
      }
      if !literal && isSpace(c) {
        let newline = c == 0x0A || c == 0x0D
        pendingSpace = max(pendingSpace, newline ? 2 : 1)
        return
      }
      if literal && (c == 0xA0 || c == 0x20) {
        // &nbsp; is a space that does not collapse, but never starts a line.
        if units.count > lineStart, units.count != headingStart { units.append(0x20) }
        return
      }
      if pendingSpace > 0 {
        if units.count > lineStart, units.count != headingStart {
          // A line break in the source between two Chinese characters is no space.
          let prev = units.last!
          let joinsCJK = pendingSpace == 2 && prev >= 0x2E80 && c >= 0x2E80
          if !joinsCJK && prev != 0x20 && prev != 0x09 { units.append(0x20) }
        }
        pendingSpace = 0
      }
      units.append(c)
    }

    mutating func append(_ s: [UInt16]) {
      pendingSpace = 0
      units += s
    }

    mutating func markHeadingStart() { headingStart = units.count }

    /// A cell of a table row: a tab before every cell but the first.
    mutating func cell() {
      pendingSpace = 0
      trimLineEnd()
      if units.count > lineStart && cellsInRow > 0 { units.append(0x09) }
      cellsInRow += 1
    }

    mutating func trimLineEnd() {
      while units.count > lineStart, let l = units.last, l == 0x20 || l == 0x09 { units.removeLast() }
    }

    /// Ends the current line; `blank` puts an empty line after it (a paragraph).
    mutating func breakLine(blank: Bool) {
      pendingSpace = 0
      trimLineEnd()
      cellsInRow = 0
      if units.count > lineStart, units.count == headingStart {
        // An empty heading: drop its marks.
        while units.count > lineStart { units.removeLast() }
      }
      headingStart = nil
      if units.count > lineStart {
        units.append(0x0A)
        if blank { units.append(0x0A) }
        lineStart = units.count
      } else if blank, units.count >= 2, units[units.count - 1] == 0x0A, units[units.count - 2] != 0x0A {
        units.append(0x0A)
        lineStart = units.count
      }
    }

    mutating func finish() -> [UInt16] {
      breakLine(blank: false)
      while units.last == 0x0A { units.removeLast() }
      if !units.isEmpty { units.append(0x0A) }
      return units
    }
  }

  // MARK: - Tags

  /// Class and id words of a site's frame around the article (menus,
  /// breadcrumbs, sidebars, share buttons, copyright lines).
  static let chromeWords: Set<String> = [
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share",
    "copyright", "topbar", "toolbar", "skip", "header", "footer",
  ]

  /// Whether the tag at `r` is a frame element by its class or id
  /// (`<div class="nav">`, `<div id="footer">`); inside an article its own
  /// header and footer are kept.
  static func isChrome(_ u: [UInt16], _ r: Range<Int>, inArticle: Bool) -> Bool {
    for name in ["class", "id"] {
      guard let v = DocxText.attribute(name, u, r)?.lowercased() else { continue }
      for w in v.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }) where chromeWords.contains(String(w)) {
        if inArticle && (w == "header" || w == "footer") { continue }
        return true
      }
    }
    return false
  }

  struct Tag {
    var name: [UInt16]  // lower-cased
    var closing: Bool
    var selfClosing: Bool
    var end: Int  // just after `>`
  }

  static let lt: UInt16 = 0x3C
  static let gt: UInt16 = 0x3E
  static let amp: UInt16 = 0x26

  static let rawText: Set<[UInt16]> = Set(["script", "style", "textarea", "title", "xmp"].map { Array($0.utf16) })
  static let dropped: Set<[UInt16]> = Set(
    [
      "head", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "iframe", "select", "button",
      "object", "canvas", "math",
    ].map { Array($0.utf16) })
  static let blocks: Set<String> = [
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption",
    "section", "article", "main", "blockquote", "pre", "hr", "address", "figure", "figcaption", "center",
    "body", "html", "details", "summary", "fieldset", "legend",
  ]
  static let headingLevels: [String: Int] = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

  static func isSpace(_ c: UInt16) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

  static func isLetter(_ c: UInt16) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

  /// Reads the tag at `i` (`units[i]` is `<`), or nil when `<` starts no tag.
  /// Declarations (`<!DOCTYPE …>`, `<?xml …?>`) read as a nameless tag.
  static func readTag(_ u: [UInt16], at i: Int, end: Int) -> Tag? {
    var noGt = Int.max
    return readTag(u, at: i, end: end, noGt: &noGt)
  }

  /// The tag at `i`, in time linear in the input over all the calls of one
  /// scan that share `noGt`: the first offset from which no `>` follows up
  /// to `end` (a scan that runs to the end without one sets it, and later
  /// calls from there on fail at once), and a quote left open to the end
  /// closes the tag at its first `>` instead (found by Fuzz/run.sh decode:
  /// a mutated styles.xml full of `<` with no `>` took over 20 s for 40 KB).
  static func readTag(_ u: [UInt16], at i: Int, end: Int, noGt: inout Int) -> Tag? {
    guard i < noGt else { return nil }
    var j = i + 1
    guard j < end else { return nil }
    if u[j] == 0x21 || u[j] == 0x3F {  // <! or <?
      guard let k = u[j..<end].firstIndex(of: gt) else {
        noGt = min(noGt, i)
        return nil
      }
      return Tag(name: [], closing: false, selfClosing: true, end: k + 1)
    }
    var closing = false
    if u[j] == 0x2F {
      closing = true
      j += 1
    }
    guard j < end, isLetter(u[j]) else { return nil }
    var name: [UInt16] = []
    while j < end, isLetter(u[j]) || (u[j] >= 0x30 && u[j] <= 0x39) || u[j] == 0x2D || u[j] == 0x3A {
      name.append(isLetter(u[j]) ? u[j] | 0x20 : u[j])
      j += 1
    }
    // Attributes: quoted values may hold `>`.
    var quote: UInt16? = nil
    var last: UInt16 = 0
    var firstGt: Int? = nil
    func tag(endingAt g: Int) -> Tag {
      let voids: Set<String> = ["br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"]
      let selfClosing = last == 0x2F || voids.contains(String(decoding: name, as: UTF16.self))
      return Tag(name: name, closing: closing, selfClosing: selfClosing, end: g + 1)
    }
    while j < end {
      let c = u[j]
      if c == gt && firstGt == nil { firstGt = j }
      if let q = quote {
        if c == q { quote = nil }
      } else if c == 0x22 || c == 0x27 {
        quote = c
      } else if c == gt {
        return tag(endingAt: j)
      }
      if !isSpace(c) { last = c }
      j += 1
    }
    guard let g = firstGt else {
      noGt = min(noGt, i)
      return nil
    }
    return tag(endingAt: g)
  }

  /// The range of the first `<name …>…</name>` element's content in `u`.
  static func element(_ name: String, in u: [UInt16]) -> Range<Int>? {
    let open = Array("<\(name)".utf16)
    var i = 0
    var noGt = Int.max
    while let k = findCaseless(open, in: u, from: i, end: u.count) {
      if let t = readTag(u, at: k, end: u.count, noGt: &noGt), String(decoding: t.name, as: UTF16.self) == name {
        let close = Array("</\(name)".utf16)
        let stop = findCaseless(close, in: u, from: t.end, end: u.count) ?? u.count
        return t.end..<stop
      }
      i = k + 1
    }
    return nil
  }

  static func find(_ s: String, in u: [UInt16], from: Int, end: Int) -> Int? {
    findCaseless(Array(s.utf16), in: u, from: from, end: end)
  }

  /// The first position at or after `from` where `needle` (ASCII) stands,
  /// letters compared without case.
  static func findCaseless(_ needle: [UInt16], in u: [UInt16], from: Int, end: Int) -> Int? {
    guard !needle.isEmpty, end - from >= needle.count else { return nil }
    let first = needle[0] | (isLetter(needle[0]) ? 0x20 : 0)
    var i = from
    while i + needle.count <= end {
      let c = u[i]
      if (isLetter(c) ? c | 0x20 : c) == first {
        var k = 1
        while k < needle.count {
          let a = u[i + k]
          let b = needle[k]
          if (isLetter(a) ? a | 0x20 : a) != (isLetter(b) ? b | 0x20 : b) { break }
          k += 1
        }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  // MARK: - Entities

  static let named: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ensp": 0x20,
    "emsp": 0x20, "thinsp": 0x20, "ideographicspace": 0x3000, "mdash": 0x2014, "ndash": 0x2013,
    "hellip": 0x2026, "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019,
    "middot": 0xB7, "times": 0xD7, "divide": 0xF7, "deg": 0xB0, "plusmn": 0xB1, "permil": 0x2030,
    "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "bull": 0x2022, "laquo": 0xAB, "raquo": 0xBB,
    "yen": 0xA5, "sup2": 0xB2, "sup3": 0xB3, "frac12": 0xBD, "shy": 0xAD, "zwsp": 0x200B,
  ]

  /// The text of the entity at `i` (`units[i]` is `&`) and the offset after
  /// it, or nil when no entity stands there (the `&` is then text).
  static func entity(_ u: [UInt16], at i: Int, end: Int) -> ([UInt16], Int)? {
    var j = i + 1
    let limit = min(end, i + 34)
    var name: [UInt16] = []
    while j < limit, u[j] != 0x3B, isLetter(u[j]) || (u[j] >= 0x30 && u[j] <= 0x39) || u[j] == 0x23 {
      name.append(u[j])
      j += 1
    }
    let terminated = j < end && u[j] == 0x3B
    let s = String(decoding: name, as: UTF16.self)
    var scalar: UInt32? = nil
    if s.hasPrefix("#x") || s.hasPrefix("#X") {
      scalar = UInt32(s.dropFirst(2), radix: 16)
    } else if s.hasPrefix("#") {
      scalar = UInt32(s.dropFirst())
    } else if terminated {
      scalar = named[s] ?? named[s.lowercased()]
    } else if s.lowercased() == "nbsp" || s.lowercased() == "amp" {
      scalar = named[s.lowercased()]
    }
    guard let v = scalar, v != 0, let us = Unicode.Scalar(v) else { return nil }
    if v == 0xAD || v == 0x200B { return ([], terminated ? j + 1 : j) }
    return (Array(String(Character(us)).utf16), terminated ? j + 1 : j)
  }
}

extension Array where Element == UInt16 {
  /// Whether the ASCII string `s` stands at `i`.
  func starts(with s: String, at i: Int) -> Bool {
    var k = i
    for c in s.utf16 {
      guard k < count, self[k] == c else { return false }
      k += 1
    }
    return true
  }
}
