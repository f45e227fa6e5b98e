import CICU

/// The text of one input file after decoding, as UTF-16 code units, with the
/// encoding it was read in.
public struct DecodedText: Sendable {
  /// The decoded text without any byte order mark.
  public var units: [UInt16]
  /// The encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `GB18030` …).
  public var encoding: String
  /// Whether the file began with a byte order mark.
  public var hadBOM: Bool
  /// What the file was: plain text, or a page or document whose text was
  /// extracted (`units` is then the extracted text).
  public var format: InputFormat = .text
}

/// Turns the bytes of a report into text.
///
/// UTF-8 (with or without BOM) and UTF-16 with BOM are recognised directly. Bytes
/// that are not valid UTF-8 go to ICU's charset detector, and the encoding it
/// names (GB18030 covers GBK and GB2312) is converted with an ICU converter that
/// stops at the first byte that does not fit, so the error can name it.
public enum TextDecoder {
  /// Decodes `bytes` read from `path`. `encoding` forces an ICU converter name.
  public static func decode(_ bytes: [UInt8], path: String, encoding: String? = nil) throws
    -> DecodedText
  {
    if bytes.isEmpty { throw InputError.empty(path: path) }
    // Offsets are kept in 32 bits further on; the bound keeps them there.
    if bytes.count > InputReader.maxBytes { throw InputError.tooLarge(path: path, bytes: bytes.count) }
    if let name = encoding {
      let canonical = try canonicalName(name, path: path)
      var body = bytes[...]
      var bom = false
      if canonical.hasPrefix("UTF-8"), bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        body = bytes[3...]
        bom = true
      }
      let units = try convert(Array(body), from: canonical, path: path, baseOffset: bom ? 3 : 0)
      return DecodedText(units: stripBOM(units), encoding: canonical, hadBOM: bom)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      let body = Array(bytes[3...])
      let scan = scanUTF8(body)
      if let bad = scan.invalid {
        throw invalid(path: path, encoding: "UTF-8", offset: bad + 3, bytes: bytes)
      }
      try rejectBinary(body, path: path, base: 3, firstNUL: scan.firstNUL)
      return DecodedText(units: utf16(fromValidUTF8: body, count: scan.units), encoding: "UTF-8", hadBOM: true)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
      let units = try convert(Array(bytes[2...]), from: name, path: path, baseOffset: 2)
      return DecodedText(units: units, encoding: name, hadBOM: true)
    }
    // One pass checks the UTF-8, transcodes it and finds any NUL (four
    // passes over a long report cost a tenth of its analysis time once it
    // no longer fits in cache); bytes that are not UTF-8 are scanned again
    // for the offset of the first bad one.
    if let valid = utf16IfValidUTF8(bytes) {
      try rejectBinary(bytes, path: path, base: 0, firstNUL: valid.firstNUL)
      return DecodedText(units: valid.units, encoding: "UTF-8", hadBOM: false)
    }
    let scan = scanUTF8(bytes)
    guard let bad = scan.invalid else {
      try rejectBinary(bytes, path: path, base: 0, firstNUL: scan.firstNUL)
      return DecodedText(units: utf16(fromValidUTF8: bytes, count: scan.units), encoding: "UTF-8", hadBOM: false)
    }
    try rejectBinary(bytes, path: path, base: 0)
    // Text that is almost all well-formed UTF-8 is damaged UTF-8, not another
    // encoding: reading it as GB18030 would succeed and be silently wrong.
    if utf8Share(bytes) >= 0.9 {
      throw invalid(path: path, encoding: "UTF-8", offset: bad, bytes: bytes)
    }
    let guess = detect(bytes)
    guard let name = guess, name != "UTF-8" else {
      throw invalid(path: path, encoding: "UTF-8", offset: bad, bytes: bytes)
    }
    let units = try convert(bytes, from: name, path: path, baseOffset: 0)
    return DecodedText(units: units, encoding: name, hadBOM: false)
  }

  /// The offset of the first byte that is not part of a well-formed UTF-8
  /// sequence, or nil when all of `bytes` is valid UTF-8.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? { scanUTF8(bytes).invalid }

  /// What one pass over UTF-8 finds: the first ill-formed byte (nil when all
  /// is well formed), the UTF-16 units the valid prefix makes, the first NUL.
  struct UTF8Scan {
    var invalid: Int?
    var units: Int
    var firstNUL: Int?
  }

  static func scanUTF8(_ bytes: [UInt8]) -> UTF8Scan {
    bytes.withUnsafeBufferPointer { p -> UTF8Scan in
      let n = p.count
      var i = 0
      var units = 0
      var nul: Int? = nil
      while i < n {
        let b = p[i]
        if b < 0x80 {
          if b == 0 && nul == nil { nul = i }
          units += 1
          i += 1
          continue
        }
        // Three bytes from E1–EC or EE–EF with two continuation bytes: nearly
        // every Han character and Chinese punctuation mark (the general
        // checks below cost three times as much).
        if i + 2 < n && ((b >= 0xE1 && b <= 0xEC) || (b >= 0xEE && b <= 0xEF))
          && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80
        {
          units += 1
          i += 3
          continue
        }
        let (need, lower, upper) = leadShape(b)
        if need == 0 { return UTF8Scan(invalid: i, units: units, firstNUL: nul) }
        if i + need >= n { return UTF8Scan(invalid: i, units: units, firstNUL: nul) }
        let c1 = p[i + 1]
        if c1 < lower || c1 > upper { return UTF8Scan(invalid: i, units: units, firstNUL: nul) }
        for k in 2..<(need + 1) where !(0x80...0xBF).contains(p[i + k]) {
          return UTF8Scan(invalid: i, units: units, firstNUL: nul)
        }
        units += need == 3 ? 2 : 1
        i += need + 1
      }
      return UTF8Scan(invalid: nil, units: units, firstNUL: nul)
    }
  }

  /// What a UTF-8 lead byte needs (Unicode's table of well-formed
  /// sequences): how many continuation bytes follow, and the range the first
  /// of them must fall in; `need` 0 for a byte that cannot lead.
  @inline(__always)
  static func leadShape(_ b: UInt8) -> (need: Int, lower: UInt8, upper: UInt8) {
    switch b {
    case 0xC2...0xDF: return (1, 0x80, 0xBF)
    case 0xE0: return (2, 0xA0, 0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: return (2, 0x80, 0xBF)
    case 0xED: return (2, 0x80, 0x9F)
    case 0xF0: return (3, 0x90, 0xBF)
    case 0xF1...0xF3: return (3, 0x80, 0xBF)
    case 0xF4: return (3, 0x80, 0x8F)
    default: return (0, 0x80, 0xBF)
    }
  }

  /// The UTF-16 units of `bytes` and the offset of its first NUL, or nil
  /// when `bytes` is not well-formed UTF-8 (the sequences `scanUTF8`
  /// accepts). One pass checks and transcodes into an array of at most one
  /// unit per byte: Chinese text fills a third of it, and only the pages it
  /// fills are touched; counting first and writing second read the text twice.
  static func utf16IfValidUTF8(_ bytes: [UInt8]) -> (units: [UInt16], firstNUL: Int?)? {
    var valid = true
    var nul: Int? = nil
    let units = bytes.withUnsafeBufferPointer { p -> [UInt16] in
      [UInt16](unsafeUninitializedCapacity: p.count) { out, initialized in
        let n = p.count
        var i = 0
        var o = 0
        while i < n {
          let b = p[i]
          if b < 0x80 {
            if b == 0 && nul == nil { nul = i }
            out[o] = UInt16(b)
            o += 1
            i += 1
            continue
          }
          // Three bytes from E1–EC or EE–EF: nearly every Han character
          // and Chinese punctuation mark.
          if i + 2 < n && ((b >= 0xE1 && b <= 0xEC) || (b >= 0xEE && b <= 0xEF)) {
            let c1 = p[i + 1]
            let c2 = p[i + 2]
            if (c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80 {
              out[o] = UInt16(b & 0x0F) << 12 | UInt16(c1 & 0x3F) << 6 | UInt16(c2 & 0x3F)
              o += 1
              i += 3
              continue
            }
          }
          let (need, lower, upper) = leadShape(b)
          if need == 0 || i + need >= n || p[i + 1] < lower || p[i + 1] > upper {
            valid = false
            break
          }
          var v = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
          var k = 1
          while k <= need {
            let c = p[i + k]
            if (c & 0xC0) != 0x80 { break }
            v = v << 6 | UInt32(c & 0x3F)
            k += 1
          }
          if k <= need {
            valid = false
            break
          }
          if v >= 0x10000 {
            out[o] = UInt16(0xD800 + ((v - 0x10000) >> 10))
            out[o + 1] = UInt16(0xDC00 + ((v - 0x10000) & 0x3FF))
            o += 2
          } else {
            out[o] = UInt16(v)
            o += 1
          }
          i += need + 1
        }
        initialized = valid ? o : 0
      }
    }
    return valid ? (units, nul) : nil
  }

  /// Transcodes well-formed UTF-8 (checked by `scanUTF8`, which gives
  /// `count`, the number of units) straight into UTF-16: no intermediate
  /// String, which for a long report cost a second copy of the text and a
  /// third of decoding time.
  static func utf16(fromValidUTF8 bytes: [UInt8], count: Int) -> [UInt16] {
    bytes.withUnsafeBufferPointer { p -> [UInt16] in
      return [UInt16](unsafeUninitializedCapacity: count) { out, initialized in
        var i = 0
        var o = 0
        let n = p.count
        // The bound on `o` guards the buffer should `count` ever be short.
        while i < n && o < count {
          let b = UInt32(p[i])
          if b >= 0xE0 && b < 0xF0 {
            out[o] = UInt16((b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F))
            i += 3
            o += 1
          } else if b < 0x80 {
            out[o] = UInt16(b)
            i += 1
            o += 1
          } else if b < 0xE0 {
            out[o] = UInt16((b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F))
            i += 2
            o += 1
          } else {
            if o + 1 >= count { break }
            let v =
              (b & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
              | UInt32(p[i + 3] & 0x3F)
            let w = v - 0x10000
            out[o] = UInt16(0xD800 + (w >> 10))
            out[o + 1] = UInt16(0xDC00 + (w & 0x3FF))
            i += 4
            o += 2
          }
        }
        initialized = o
      }
    }
  }

  /// The share of non-ASCII bytes that stand in well-formed UTF-8 sequences.
  static func utf8Share(_ bytes: [UInt8]) -> Double {
    var good = 0
    var total = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let need = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 ? 1 : 0
      var ok = need > 0 && i + need < n
      if ok { for k in 1...need where bytes[i + k] & 0xC0 != 0x80 { ok = false } }
      if ok {
        good += need + 1
        total += need + 1
        i += need + 1
      } else {
        total += 1
        i += 1
      }
    }
    return total == 0 ? 1 : Double(good) / Double(total)
  }

  /// Encodes UTF-16 text into the ICU encoding `name` (used to write test
  /// copies of reports in other encodings).
  public static func encode(_ units: [UInt16], to name: String) throws -> [UInt8] {
    var status = U_ZERO_ERROR
    guard let conv = ucnv_open(name, &status), status.rawValue <= 0 else {
      throw InputError.unknownEncoding(path: "", name: name)
    }
    defer { ucnv_close(conv) }
    var out = [CChar](repeating: 0, count: units.count * 4 + 16)
    var st = U_ZERO_ERROR
    let n = units.withUnsafeBufferPointer { src in
      ucnv_fromUChars(conv, &out, Int32(out.count), src.baseAddress, Int32(src.count), &st)
    }
    return out.prefix(Int(n)).map { UInt8(bitPattern: $0) }
  }

  static func stripBOM(_ units: [UInt16]) -> [UInt16] {
    units.first == 0xFEFF ? Array(units.dropFirst()) : units
  }

  /// Rejects bytes that are not text: any NUL, or control characters (other
  /// than tab, line breaks and form feed) in more than 1% of the first 64 KiB.
  static func rejectBinary(_ bytes: [UInt8], path: String, base: Int, firstNUL: Int?? = nil) throws {
    // `firstNUL` when a scan has already looked (nil inside: there is none).
    if let z = firstNUL ?? bytes.firstIndex(of: 0) { throw InputError.binary(path: path, byteOffset: base + z) }
    let head = bytes.prefix(65536)
    var controls = 0
    var first: Int? = nil
    for (i, b) in head.enumerated() where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B {
      controls += 1
      if first == nil { first = i }
    }
    if let f = first, controls * 100 > head.count {
      throw InputError.binary(path: path, byteOffset: base + f)
    }
  }

  static func invalid(path: String, encoding: String, offset: Int, bytes: [UInt8]) -> InputError {
    .invalidBytes(
      path: path, encoding: encoding, byteOffset: offset,
      bytes: Array(bytes[offset..<min(bytes.count, offset + 4)]))
  }

  /// ICU's charset detector's best guess among the encodings Chinese reports
  /// arrive in, or nil when none is credible.
  static func detect(_ bytes: [UInt8]) -> String? {
    var status = U_ZERO_ERROR
    guard let det = ucsdet_open(&status), status.rawValue <= 0 else { return nil }
    defer { ucsdet_close(det) }
    return bytes.withUnsafeBufferPointer { p -> String? in
      p.withMemoryRebound(to: CChar.self) { c -> String? in
        ucsdet_setText(det, c.baseAddress, Int32(c.count), &status)
        var count: Int32 = 0
        guard let all = ucsdet_detectAll(det, &count, &status), status.rawValue <= 0 else {
          return nil
        }
        for k in 0..<Int(count) {
          guard let m = all[k] else { continue }
          var s2 = U_ZERO_ERROR
          let name = String(cString: ucsdet_getName(m, &s2))
          let confidence = ucsdet_getConfidence(m, &s2)
          if confidence < 10 { continue }
          switch name {
          case "GB18030", "Big5", "UTF-8", "UTF-16LE", "UTF-16BE": return name
          default: continue
          }
        }
        return nil
      }
    }
  }

  static func canonicalName(_ name: String, path: String) throws -> String {
    var status = U_ZERO_ERROR
    guard let conv = ucnv_open(name, &status), status.rawValue <= 0 else {
      throw InputError.unknownEncoding(path: path, name: name)
    }
    defer { ucnv_close(conv) }
    var s2 = U_ZERO_ERROR
    return String(cString: ucnv_getName(conv, &s2))
  }

  /// Converts `bytes` from the ICU encoding `name` to UTF-16, stopping at the
  /// first byte sequence that does not fit and reporting its offset.
  static func convert(_ bytes: [UInt8], from name: String, path: String, baseOffset: Int) throws
    -> [UInt16]
  {
    var status = U_ZERO_ERROR
    guard let conv = ucnv_open(name, &status), status.rawValue <= 0 else {
      throw InputError.unknownEncoding(path: path, name: name)
    }
    defer { ucnv_close(conv) }
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nil, nil, nil, &status)
    var out = [UInt16](repeating: 0, count: bytes.count * 2 + 16)
    var offsets = [Int32](repeating: 0, count: out.count)
    var failedAt: Int? = nil
    var written = 0
    bytes.withUnsafeBufferPointer { src in
      src.withMemoryRebound(to: CChar.self) { csrc in
        out.withUnsafeMutableBufferPointer { dst in
          offsets.withUnsafeMutableBufferPointer { offs in
            var source = csrc.baseAddress
            let sourceLimit = csrc.baseAddress.map { $0 + csrc.count }
            var target = dst.baseAddress
            let targetLimit = dst.baseAddress.map { $0 + dst.count }
            var st = U_ZERO_ERROR
            ucnv_toUnicode(conv, &target, targetLimit, &source, sourceLimit, offs.baseAddress, 1, &st)
            if let t = target, let b = dst.baseAddress { written = t - b }
            if st.rawValue > 0 {
              var invalid = [CChar](repeating: 0, count: 32)
              var len: Int8 = 32
              var s3 = U_ZERO_ERROR
              ucnv_getInvalidChars(conv, &invalid, &len, &s3)
              let consumed = (source.map { s in csrc.baseAddress.map { s - $0 } ?? 0 }) ?? 0
              failedAt = max(0, consumed - Int(len))
            }
          }
        }
      }
    }
    if let at = failedAt {
      throw InputError.invalidBytes(
        path: path, encoding: name, byteOffset: baseOffset + at,
        bytes: Array(bytes[at..<min(bytes.count, at + 4)]))
    }
    out.removeSubrange(written...)
    if let z = out.firstIndex(of: 0) {
      throw InputError.binary(path: path, byteOffset: baseOffset + Int(offsets[z]))
    }
    return stripBOM(out)
  }
}
