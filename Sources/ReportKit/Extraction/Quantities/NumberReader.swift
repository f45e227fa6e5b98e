/// Reads numbers written in digits or in Chinese numerals from UTF-16 units
/// of the analysis text (full-width digits are already folded to ASCII).
enum NumberReader {
  struct Read {
    var value: Double
    var end: Int
    var decimals: Int
    var chinese: Bool
  }

  @inline(__always)
  static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

  /// Chinese digits 零〇一二两三四五六七八九 → 0…9.
  @inline(__always)
  static func chineseDigit(_ u: UInt16) -> Int? {
    switch u {
    case 0x96F6, 0x3007: return 0
    case 0x4E00: return 1
    case 0x4E8C, 0x4E24: return 2
    case 0x4E09: return 3
    case 0x56DB: return 4
    case 0x4E94: return 5
    case 0x516D: return 6
    case 0x4E03: return 7
    case 0x516B: return 8
    case 0x4E5D: return 9
    default: return nil
    }
  }

  /// 十百千 → 10, 100, 1000.
  @inline(__always)
  static func smallUnit(_ u: UInt16) -> Double? {
    switch u {
    case 0x5341: return 10
    case 0x767E: return 100
    case 0x5343: return 1000
    default: return nil
    }
  }

  static let wan: UInt16 = 0x4E07  // 万
  static let yi: UInt16 = 0x4EBF  // 亿
  static let dian: UInt16 = 0x70B9  // 点

  @inline(__always)
  static func isChineseNumeral(_ u: UInt16) -> Bool {
    chineseDigit(u) != nil || smallUnit(u) != nil
  }

  /// An Arabic number at `i`: digits, thousands separators (`1,854`, `18 000`),
  /// a decimal part.
  static func arabic(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> Read? {
    guard i < end, isDigit(p[i]) else { return nil }
    var v: Double = 0
    var j = i
    var groupLen = 0
    while j < end {
      let c = p[j]
      if isDigit(c) {
        v = v * 10 + Double(c - 0x30)
        j += 1
        groupLen += 1
      } else if c == 0x2C || c == 0x20 {
        // A thousands separator: one to three digits before it in the first
        // group, three in later ones, and exactly three digits after it. A
        // space separates only after a first group ("18 000").
        let firstGroup = j - i == groupLen
        guard firstGroup ? groupLen <= 3 : groupLen == 3 else { break }
        if c == 0x20 && !firstGroup { break }
        guard j + 3 < end, isDigit(p[j + 1]), isDigit(p[j + 2]), isDigit(p[j + 3]) else { break }
        if j + 4 < end && isDigit(p[j + 4]) { break }
        j += 1
        groupLen = 0
      } else {
        break
      }
    }
    var decimals = 0
    if j + 1 < end && p[j] == 0x2E && isDigit(p[j + 1]) {
      j += 1
      var scale = 0.1
      while j < end && isDigit(p[j]) {
        v += Double(p[j] - 0x30) * scale
        scale /= 10
        decimals += 1
        j += 1
      }
    }
    return Read(value: v, end: j, decimals: decimals, chinese: false)
  }

  /// A number in Chinese numerals at `i` (一千八百五十四, 两万, 十二, 三千零五,
  /// 九十七点八). Stops before 万/亿 only if nothing numeric precedes them.
  static func chinese(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> Read? {
    guard i < end, isChineseNumeral(p[i]) else { return nil }
    var total: Double = 0  // completed 亿 and 万 sections
    var section: Double = 0  // below 万
    var digit: Double? = nil
    var j = i
    var sawAny = false
    var scaleRuns = 0
    while j < end {
      let c = p[j]
      if let d = chineseDigit(c) {
        if digit != nil && d != 0 {
          // Two digits in a row (二〇二四): read as a digit string.
          return digitString(p, i, end)
        }
        digit = Double(d)
        sawAny = true
        j += 1
      } else if let m = smallUnit(c) {
        section += (digit ?? 1) * m
        digit = nil
        sawAny = true
        j += 1
      } else if c == wan && sawAny {
        if p[j - 1] != yi { scaleRuns += 1 }
        section += digit ?? 0
        total += section * 10_000
        section = 0
        digit = nil
        j += 1
        // 万亿
        if j < end && p[j] == yi {
          total *= 10_000
          j += 1
        }
      } else if c == yi && sawAny {
        if p[j - 1] != wan { scaleRuns += 1 }
        section += digit ?? 0
        total = (total + section) * 100_000_000
        section = 0
        digit = nil
        j += 1
      } else {
        break
      }
    }
    guard sawAny else { return nil }
    // A number whose only scale word closes it (两万, 一千八百万, 千亿) is the
    // number before the scale: the scale belongs with the unit (万人, 亿元), as
    // after Arabic digits (1800万人).
    if scaleRuns == 1, j > i, p[j - 1] == wan || p[j - 1] == yi {
      var k = j
      while k > i && (p[k - 1] == wan || p[k - 1] == yi) { k -= 1 }
      if k > i, let r = chinese(p, i, k), r.end == k { return r }
    }
    var value = total + section + (digit ?? 0)
    var decimals = 0
    if j + 1 < end && p[j] == dian, chineseDigit(p[j + 1]) != nil {
      j += 1
      var scale = 0.1
      while j < end, let d = chineseDigit(p[j]) {
        value += Double(d) * scale
        scale /= 10
        decimals += 1
        j += 1
      }
    }
    return Read(value: value, end: j, decimals: decimals, chinese: true)
  }

  /// Chinese digits read one by one (二〇二四 → 2024); nil when none is at `i`.
  static func digitString(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> Read? {
    var v: Double = 0
    var j = i
    while j < end, let d = chineseDigit(p[j]) {
      v = v * 10 + Double(d)
      j += 1
    }
    guard j > i else { return nil }
    return Read(value: v, end: j, decimals: 0, chinese: true)
  }

  /// Scale words after a number: 万, 亿, 万亿, 千万, 百万, 千亿, 十万 → factor and end.
  static func scale(_ p: UnsafeBufferPointer<UInt16>, _ i: Int, _ end: Int) -> (Double, Int) {
    var f: Double = 1
    var j = i
    if j < end, let m = smallUnit(p[j]), j + 1 < end, p[j + 1] == wan || p[j + 1] == yi {
      f = m
      j += 1
    }
    if j < end && p[j] == wan {
      f *= 10_000
      j += 1
      if j < end && p[j] == yi {
        f *= 100_000_000
        j += 1
      }
    } else if j < end && p[j] == yi {
      f *= 100_000_000
      j += 1
      // 百亿亿次: 亿亿 is 10^16.
      if j < end && p[j] == yi {
        f *= 100_000_000
        j += 1
      }
    } else {
      return (1, i)
    }
    return (f, j)
  }
}
