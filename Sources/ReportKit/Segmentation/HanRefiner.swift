/// A layer over ICU's word break for one run of Han characters: it moves the
/// boundaries ICU's dictionary gets wrong where the text's own grammar says
/// where a word ends. It works on one byte per character of the run (a cut
/// before it, or a character inside a domain-lexicon word that no rule may
/// cut), so it costs one pass or two over the run.
///
/// The rules, in order:
/// 1. Chinese numerals are one word: 三十五, 百分之五十, 三分之一, 第十四, and
///    a date with its unit, 一九九八年, 十二月, 三十一日 (a year of 2–4 digit
///    characters, a month 1–12, a day 1–31). ICU's dictionary cuts them where
///    its entries happen to end (五|十五岁, 三十|一日).
/// 2. A numeral and the classifier after it are two words (一|条, 两|个,
///    三|年), as the national segmentation standard writes them; ICU's
///    dictionary has many such pairs as entries (一个 and 一起 stay whole).
/// 3. A word and a single derivational suffix after it are one word
///    (委员|会 → 委员会, 现代|化 → 现代化, 获奖|者 → 获奖者).
/// 4. A run of words of one or two characters, all of them characters used
///    for transcribing foreign names, with at least one single character, is
///    one word (克|林|顿, 克林|顿 → 克林顿): ICU leaves names it does not know
///    as single characters or cuts them at a dictionary entry.
/// 5. A particle or adverb that ICU's dictionary glued to its neighbour is a
///    word of its own: X的 (新的, 你的; not 目的, 有的), 也是, 都要, 更大.
/// 6. A common surname followed by one or two single characters that are not
///    words of their own is a personal name, kept whole (江|泽|民 → 江泽民).
///
/// Words of the domain lexicon are never cut or merged by these rules.
final class HanRefiner {
  /// Per character of the current run (and one past it): `cut` if a word
  /// starts there, `locked` if it is inside a lexicon word (never cut, never
  /// merged). Raw memory: the passes index it
  /// per character, and an array's uniqueness and bounds checks cost more
  /// than the rules themselves.
  private(set) var marks: UnsafeMutablePointer<UInt8>
  private var capacity = 0
  static let cut: UInt8 = 1
  static let locked: UInt8 = 2
  /// The general word list of the dictionary pass, if any.
  let dictionary: GeneralDictionary?
  /// `RuleTable.flags`, held here so that a run reads no global.
  private let ruleFlags = HanRefiner.ruleTable.flags
  /// Scratch for the dictionary pass: the best score from each position to
  /// the end of the run, and where its first word ends.
  private(set) var best: UnsafeMutablePointer<Float>
  private(set) var next: UnsafeMutablePointer<Int32>

  init(dictionary: GeneralDictionary? = nil) {
    self.dictionary = dictionary
    capacity = 256
    marks = .allocate(capacity: capacity)
    best = .allocate(capacity: capacity)
    next = .allocate(capacity: capacity)
  }

  deinit {
    marks.deallocate()
    best.deallocate()
    next.deallocate()
  }

  // MARK: Character classes

  /// A 1-bit-per-character table over the CJK Unified Ideographs block and
  /// a few other BMP characters (〇 U+3007, ○ U+25CB).
  struct CharSet: @unchecked Sendable {
    /// 65,536 bits; the sets are static, so the memory lives as long as the
    /// process.
    private let bits: UnsafeMutablePointer<UInt64>
    /// The characters, as given.
    let chars: String

    init(_ chars: String) {
      self.chars = chars
      bits = .allocate(capacity: 1024)
      bits.initialize(repeating: 0, count: 1024)
      for u in chars.utf16 { bits[Int(u >> 6)] |= 1 << UInt64(u & 63) }
    }

    @inline(__always)
    func contains(_ u: UInt16) -> Bool {
      bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0
    }
  }

  /// Digit characters of Chinese numerals (a year is written with these).
  static let digitChars = CharSet("〇○零一二三四五六七八九")
  /// All numeral characters: digits, place values and 两.
  static let numeralChars = CharSet("〇○零一二三四五六七八九十百千万亿两")
  /// Classifiers (measure words) and time units that stand after a numeral as
  /// a word of their own.
  static let classifiers = CharSet(
    "个条项次名位件种家年岁天届张片份批支只台辆架艘座所层步句篇本场段首声顿倍元斤吨户人类期起季周枚颗根把笔轮代封幅间栋")
  /// Single-character suffixes that derive a word from the word before them.
  static let suffixes = CharSet("化性者们型式率会界员长家论法业")
  /// Characters used to transcribe foreign personal and place names (the
  /// common ones of the Xinhua transcription tables).
  static let transcription = CharSet(
    "阿埃艾安昂奥澳巴拜班邦包保鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜敦顿多厄恩法菲费芬丰佛弗福盖冈戈格根贡古圭哈"
      + "海汉豪赫亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里利莉列林琳隆卢鲁伦罗洛马玛"
      + "迈麦曼芒梅门蒙米密缅莫姆穆纳娜奈南瑙内尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴丘萨塞桑瑟森沙莎尚什舍圣施史"
      + "斯松苏索塔泰坦汤唐特滕提图托瓦旺威韦维温沃乌伍西希锡谢辛休修雅亚扬耶伊因英尤约泽扎詹兹佐")

  /// Common single-character surnames that are seldom a word of their own.
  static let surnames = CharSet(
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范贾夏韦邹孟熊秦邱尹薛闫段雷侯陶黎贺顾郝龚邵钱严覃戴孔汤施樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹耿焦俞柳祝舒阮纪裴霍涂苗盛翁冉骆靳柴鲍喻祁蒲滕屈饶牟穆卓缪褚娄窦戚岑晏瞿佟臧闵邬卞栾隋寇甄虞敖巩佘邝"
  )
  /// Characters that are words of their own (particles, pronouns, common
  /// verbs and adverbs): never part of a name.
  static let functionChars = CharSet(
    "的了是在和与及也都就又还把被将对从向为以于而等个这那有不说到要会上下中来去年月日人们我你他她它各每些该此其所之很更最已并且或即但却没让给跟同由因如若则再才只并着过地得呢吗吧啊称表示指出认为新老大小多少高长第一二三四五六七八九十百千万亿两"
  )

  /// Adverbs that ICU's dictionary joins with the word after them (也是,
  /// 都要, 更大) where the grammar has two words.
  static let adverbs = CharSet("也都更很")

  @inline(__always)
  static func value(ofDigit u: UInt16) -> Int? {
    u == 0x25CB ? 0 : NumberReader.chineseDigit(u)  // ○ beside the reader's 〇 零 一 … 九
  }

  /// The value of a small numeral (一 … 九十九) or nil.
  static func smallValue(_ p: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Int? {
    var total = 0
    var current = 0
    var i = a
    while i < b {
      let u = p[i]
      if u == 0x5341 {  // 十
        total += (current == 0 ? 1 : current) * 10
        current = 0
      } else if let d = value(ofDigit: u) {
        current = current * 10 + d
      } else {
        return nil
      }
      i += 1
    }
    return total + current
  }

  // MARK: The pass

  /// Starts a run of `n` characters: no cuts, nothing locked. Returns the
  /// marks (`n + 1` of them) for the caller to fill with the cuts and locks
  /// of the first segmentation.
  @inline(__always)
  func begin(_ n: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity < n + 1 {
      marks.deallocate()
      best.deallocate()
      next.deallocate()
      capacity = max(n + 1, capacity * 2)
      marks = .allocate(capacity: capacity)
      best = .allocate(capacity: capacity)
      next = .allocate(capacity: capacity)
    }
    marks.update(repeating: 0, count: n + 1)
    return marks
  }

  /// Refines the marks of the Han run of `n` characters at `base` in `p`
  /// (after `begin`, with a cut at 0 and at `n`, before each word of the
  /// first segmentation, and the locks of its lexicon words). A rule whose
  /// characters do not occur in the run is not run: it could change
  /// nothing there.
  func refine(_ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int) {
    if n < 2 { return }
    let table = ruleFlags
    var present: UInt8 = 0
    for k in 0..<n { present |= table[Int(p[base + k])] }
    if present & Self.startsNumeral != 0 { markNumerals(p, base: base, n: n) }
    if present & Self.isSuffix != 0 { mergeSuffixes(p, base: base, n: n) }
    if present & Self.isTranscription != 0 { mergeTranscriptions(p, base: base, n: n) }
    if present & Self.isParticle != 0 { splitParticles(p, base: base, n: n) }
    if present & Self.isSurname != 0 { mergeNames(p, base: base, n: n) }
    if let d = dictionary { choosePath(p, base: base, n: n, dictionary: d) }
  }

  /// Which rules a character can start or take part in, one byte per UTF-16
  /// unit, from the same sets the rules read.
  struct RuleTable: @unchecked Sendable {
    let flags: UnsafeMutablePointer<UInt8>
    init() {
      let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
      flags.initialize(repeating: 0, count: 1 << 16)
      self.flags = flags
      func add(_ set: CharSet, _ f: UInt8) { for u in set.chars.utf16 { flags[Int(u)] |= f } }
      // A numeral, or 第 数 几 before one (markNumerals).
      add(HanRefiner.numeralChars, HanRefiner.startsNumeral)
      add(HanRefiner.suffixes, HanRefiner.isSuffix)
      add(HanRefiner.transcription, HanRefiner.isTranscription)
      // 的 or an adverb (splitParticles).
      add(HanRefiner.adverbs, HanRefiner.isParticle)
      flags[0x7684] |= HanRefiner.isParticle
      add(HanRefiner.surnames, HanRefiner.isSurname)
    }
  }
  static let ruleTable = RuleTable()
  static let startsNumeral: UInt8 = 1
  static let isSuffix: UInt8 = 2
  static let isTranscription: UInt8 = 4
  static let isParticle: UInt8 = 8
  static let isSurname: UInt8 = 16

  @inline(__always)
  static func isCut(_ m: UnsafeMutablePointer<UInt8>, _ k: Int) -> Bool { m[k] & cut != 0 }
  @inline(__always)
  static func isLocked(_ m: UnsafeMutablePointer<UInt8>, _ k: Int) -> Bool { m[k] & locked != 0 }

  /// Makes `a..<b` one word unless a lexicon word overlaps it.
  @inline(__always)
  private func force(_ a: Int, _ b: Int) -> Bool {
    let marks = self.marks
    if Self.isLocked(marks, a) || Self.isLocked(marks, b) { return false }
    for k in (a + 1)..<b where Self.isLocked(marks, k) { return false }
    marks[a] |= Self.cut
    marks[b] |= Self.cut
    for k in (a + 1)..<b { marks[k] &= ~Self.cut }
    return true
  }

  /// Rules 1 and 2.
  private func markNumerals(_ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int) {
    let marks = self.marks
    var i = 0
    while i < n {
      let u = p[base + i]
      let startsSpan =
        Self.numeralChars.contains(u)
        || ((u == 0x7B2C || u == 0x6570 || u == 0x51E0) && i + 1 < n  // 第 数 几
          && Self.numeralChars.contains(p[base + i + 1]))
      if !startsSpan {
        i += 1
        continue
      }
      let a = i
      var j = i + 1
      var allDigits = Self.digitChars.contains(u)
      while j < n {
        let c = p[base + j]
        if Self.numeralChars.contains(c) {
          if !Self.digitChars.contains(c) { allDigits = false }
          j += 1
        } else if c == 0x5206 && j + 2 < n && p[base + j + 1] == 0x4E4B  // 分之
          && Self.numeralChars.contains(p[base + j + 2])
        {
          allDigits = false
          j += 2
        } else {
          break
        }
      }
      // A date unit after the numeral.
      if j < n {
        let unit = p[base + j]
        let numeralStart = (u == 0x7B2C || u == 0x6570 || u == 0x51E0) ? a + 1 : a
        if unit == 0x5E74 && allDigits && j - numeralStart >= 2 && j - numeralStart <= 4 {  // 年
          j += 1
        } else if unit == 0x6708 || unit == 0x65E5 || unit == 0x53F7 {  // 月 日 号
          let v = Self.smallValue(p, base + numeralStart, base + j) ?? 0
          let limit = unit == 0x6708 ? 12 : 31
          if v >= 1 && v <= limit && numeralStart == a { j += 1 }
        }
      }
      if j - a >= 2 {
        _ = force(a, j)
      } else if j - a == 1 && j < n && Self.isCut(marks, a) && !Self.isCut(marks, j) && j + 1 <= n
        && Self.isCut(marks, j + 1)
        && !Self.isLocked(marks, j) && Self.classifiers.contains(p[base + j])
        && !(u == 0x4E00 && (p[base + j] == 0x4E2A || p[base + j] == 0x8D77))  // 一个 一起
      {
        // Rule 2: a two-character word numeral + classifier.
        marks[j] |= Self.cut
      }
      i = j
    }
  }

  /// Rule 5: a particle or adverb that ICU's dictionary glued to a
  /// neighbour: X的 (新的, 你的) and 也是, 都要, 更大 are two words.
  private func splitParticles(_ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int) {
    let marks = self.marks
    var k = 0
    while k + 2 <= n {
      if Self.isCut(marks, k) && !Self.isCut(marks, k + 1) && Self.isCut(marks, k + 2) && !Self.isLocked(marks, k + 1) {
        let a = p[base + k]
        let b = p[base + k + 1]
        let de = b == 0x7684 && a != 0x76EE && a != 0x6709 && a != 0x522B && a != 0x4F3C  // X的 but 目的 有的 别的 似的
        if de || Self.adverbs.contains(a) {
          marks[k + 1] |= Self.cut
        }
        k += 2
      } else {
        k += 1
      }
    }
  }

  /// Rule 6: a surname followed by one or two single characters that are
  /// not words of their own is a personal name (江|泽|民 → 江泽民).
  private func mergeNames(_ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int) {
    let marks = self.marks
    var k = 0
    while k + 1 < n {
      if Self.isCut(marks, k) && Self.isCut(marks, k + 1) && Self.surnames.contains(p[base + k])
        && !Self.isLocked(marks, k + 1)
      {
        var g = 0
        while g < 2 && k + 1 + g < n && Self.isCut(marks, k + 2 + g) && !Self.isLocked(marks, k + 1 + g)
          && !Self.functionChars.contains(p[base + k + 1 + g])
          && !Self.surnames.contains(p[base + k + 1 + g])
        {
          g += 1
        }
        if g >= 1 {
          for m in (k + 1)...(k + g) { marks[m] &= ~Self.cut }
          k += 1 + g
          continue
        }
      }
      k += 1
    }
  }

  /// Rule 3.
  private func mergeSuffixes(_ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int) {
    let marks = self.marks
    var prev = 0  // start of the word before position k
    var k = 1
    while k < n {
      if Self.isCut(marks, k) {
        if k - prev >= 2 && Self.isCut(marks, k + 1) && !Self.isLocked(marks, k) && Self.suffixes.contains(p[base + k])
          && !Self.numeralChars.contains(p[base + k - 1])
        {
          marks[k] &= ~Self.cut
          k += 1
          continue
        }
        prev = k
      }
      k += 1
    }
  }

  /// Rule 4.
  private func mergeTranscriptions(
    _ p: UnsafeBufferPointer<UInt16>, base: Int, n: Int
  ) {
    let marks = self.marks
    var k = 0
    while k < n {
      // A run of words of one or two characters, all from the transcription
      // set, with at least one single character: 克|林|顿, 克林|顿, 巴拉|克.
      guard Self.isCut(marks, k) else {
        k += 1
        continue
      }
      var j = k
      var singles = 0
      var words = 0
      while j < n {
        let len =
          Self.isCut(marks, j + 1)
          ? 1 : (j + 2 <= n && Self.isCut(marks, j + 2) && !Self.isLocked(marks, j + 1) ? 2 : 0)
        if len == 0 { break }
        if !Self.transcription.contains(p[base + j]) { break }
        if len == 2 && !Self.transcription.contains(p[base + j + 1]) { break }
        if len == 1 { singles += 1 }
        words += 1
        j += len
      }
      if words >= 2 && singles >= 1 && (j - k >= 3 || singles == 2) {
        for m in (k + 1)..<j { marks[m] &= ~Self.cut }
        k = j
      } else {
        k = max(j, k + 1)
      }
    }
  }
}
