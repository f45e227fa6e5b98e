/// Word's automatic list numbering (`word/numbering.xml`): the numbers Word
/// draws before a numbered paragraph (一、 （一） 1. （1）) are not in the
/// paragraph's text, so they are made here from each list level's format
/// (`w:numFmt`: decimal, chineseCounting, …) and text (`w:lvlText`: `%1、`,
/// `（%1）`, `%1.%2`), counting the paragraphs of each list in document order.
struct DocxNumbering {
  struct Level {
    var format = "decimal"
    var text = "%1."
    var start = 1
  }

  /// Levels by abstract numbering id, then by level.
  var abstract: [String: [Int: Level]] = [:]
  /// Abstract numbering id of each list (`w:num`), with start overrides.
  var lists: [String: (abstract: String, starts: [Int: Int])] = [:]
  /// Counters of each abstract list's levels as the document runs.
  var counters: [String: [Int: Int]] = [:]

  init() {}

  init(xml: [UInt8]) {
    let u = Array(String(decoding: xml, as: UTF8.self).utf16)
    var i = 0
    var abstractID: String? = nil
    var numID: String? = nil
    var level: Int? = nil
    var overrideLevel: Int? = nil
    var noGt = Int.max
    while let k = u[i...].firstIndex(of: HTMLText.lt) {
      guard let tag = HTMLText.readTag(u, at: k, end: u.count, noGt: &noGt) else {
        i = k + 1
        continue
      }
      i = tag.end
      let r = k..<tag.end
      func attr(_ n: String) -> String? { DocxText.attribute(n, u, r) }
      switch String(decoding: tag.name, as: UTF16.self) {
      case "w:abstractnum":
        abstractID = tag.closing ? nil : attr("w:abstractNumId")
      case "w:lvl":
        level = tag.closing ? nil : attr("w:ilvl").flatMap { Int($0) }
        if let a = abstractID, let l = level { abstract[a, default: [:]][l] = Level() }
      case "w:numfmt":
        if let a = abstractID, let l = level, let v = attr("w:val") { abstract[a]?[l]?.format = v }
      case "w:lvltext":
        if let a = abstractID, let l = level, let v = attr("w:val") { abstract[a]?[l]?.text = v }
      case "w:start":
        if let a = abstractID, let l = level, let v = attr("w:val").flatMap({ Int($0) }) { abstract[a]?[l]?.start = v }
      case "w:num":
        numID = tag.closing ? nil : attr("w:numId")
      case "w:abstractnumid":
        if let n = numID, let v = attr("w:val") { lists[n] = (v, [:]) }
      case "w:lvloverride":
        overrideLevel = tag.closing ? nil : attr("w:ilvl").flatMap { Int($0) }
      case "w:startoverride":
        if let n = numID, let l = overrideLevel, let v = attr("w:val").flatMap({ Int($0) }) { lists[n]?.starts[l] = v }
      default:
        break
      }
    }
  }

  /// The number of the next paragraph of list `numID` at `level`, as Word
  /// draws it (`（三）`), or nil for a bullet or an unknown list.
  mutating func next(numID: String, level: Int) -> String? {
    guard numID != "0", let list = lists[numID], let levels = abstract[list.abstract],
      let lvl = levels[level]
    else { return nil }
    var c = counters[list.abstract] ?? [:]
    let start = list.starts[level] ?? lvl.start
    c[level] = (c[level] ?? (start - 1)) + 1
    // A level restarts under a new item of any level above it.
    for deeper in c.keys where deeper > level { c[deeper] = nil }
    counters[list.abstract] = c
    if lvl.format == "bullet" || lvl.format == "none" { return nil }
    var out = lvl.text
    for l in 0...8 where out.contains("%\(l + 1)") {
      let n = c[l] ?? (list.starts[l] ?? levels[l]?.start ?? 1)
      out = out.replacingOccurrences(of: "%\(l + 1)", with: Self.format(n, levels[l]?.format ?? lvl.format))
    }
    return out
  }

  static let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// `n` in Word's number format `format`.
  static func format(_ n: Int, _ format: String) -> String {
    switch format {
    case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographLegalTraditional",
      "taiwaneseCounting", "taiwaneseCountingThousand":
      return chinese(n)
    case "ideographDigital", "taiwaneseDigital":
      return String(n).map { digits[Int(String($0))!] }.joined()
    case "lowerLetter", "upperLetter":
      guard n >= 1 else { return String(n) }
      let letter = String(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
      let s = String(repeating: letter, count: (n - 1) / 26 + 1)
      return format == "upperLetter" ? s.uppercased() : s
    case "lowerRoman", "upperRoman":
      let s = roman(n)
      return format == "upperRoman" ? s : s.lowercased()
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return (1...20).contains(n) ? String(UnicodeScalar(0x2460 + UInt32(n - 1))!) : String(n)
    case "decimalFullWidth":
      return String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0)!) })
    default:
      return String(n)
    }
  }

  /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (below 10,000).
  static func chinese(_ n: Int) -> String {
    guard n > 0, n < 10000 else { return String(n) }
    if n < 10 { return digits[n] }
    if n < 20 { return "十" + (n == 10 ? "" : digits[n - 10]) }
    let units = ["", "十", "百", "千"]
    let ds = String(n).map { Int(String($0))! }
    var out = ""
    var zero = false
    for (k, d) in ds.enumerated() {
      let place = ds.count - 1 - k
      if d == 0 {
        zero = true
        continue
      }
      if zero && !out.isEmpty { out += "零" }
      zero = false
      out += digits[d] + units[place]
    }
    return out
  }

  static func roman(_ n: Int) -> String {
    guard n > 0, n < 4000 else { return String(n) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var n = n
    var out = ""
    for (v, s) in table {
      while n >= v {
        out += s
        n -= v
      }
    }
    return out
  }
}
