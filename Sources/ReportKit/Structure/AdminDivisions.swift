/// China's administrative divisions from `Lexicons/admin-divisions.txt`: the
/// places a reporting unit can be named after, with the short forms provinces
/// go by in titles and speeches (四川, 广西, 内蒙古).
public struct AdminDivisions: Sendable {
  /// One division.
  public struct Division: Sendable, Equatable {
    /// The full standard name (四川省, 广西壮族自治区, 甘孜藏族自治州).
    public var name: String
    /// `province`, `prefecture` or `county`.
    public var level: String
    /// The province a prefecture or county belongs to (nil for a province).
    public var parent: String?
    /// The usual short form of a province (四川), nil otherwise.
    public var short: String?
  }

  /// Every listed division.
  public let all: [Division]
  let byName: [String: Int]
  let byShort: [String: Int]
  /// Full names and province short forms, for longest-match scans.
  let trie: WordTrie
  /// The division of each trie word.
  let trieDivision: [Int]

  /// Endings of the names of divisions (`Lexicons/division-suffixes.txt`),
  /// for units at levels the list does not hold (most counties, all towns).
  public let suffixes: [String]
  /// The words a body is named by when its place is left out (省人民政府:
  /// `Lexicons/division-levels.txt`), longest first.
  public let levels: [String]

  public init(lexicons: Lexicons = .builtin) {
    var all: [Division] = []
    for r in lexicons.rows(.adminDivisions) where r.count >= 2 {
      let parent = r.count >= 3 && r[2] != "-" && !r[2].isEmpty ? r[2] : nil
      let short = r.count >= 4 && !r[3].isEmpty ? r[3] : nil
      all.append(Division(name: r[0], level: r[1], parent: parent, short: short))
    }
    self.all = all
    suffixes = lexicons.words(.divisionSuffixes)
    levels = lexicons.words(.divisionLevels).enumerated()
      .sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }.map(\.element)
    var byName: [String: Int] = [:]
    var byShort: [String: Int] = [:]
    // A name listed at two levels (吉林省 has 吉林市; no full name repeats)
    // keeps its first row; provinces' short forms only.
    for (i, d) in all.enumerated() {
      if byName[d.name] == nil { byName[d.name] = i }
      if let s = d.short, byShort[s] == nil { byShort[s] = i }
    }
    self.byName = byName
    self.byShort = byShort
    let named = byName.sorted { $0.value < $1.value }
    let shorts = byShort.sorted { $0.value < $1.value }
    trie = WordTrie(named.map(\.key) + shorts.map(\.key))
    trieDivision = named.map(\.value) + shorts.map(\.value)
  }

  /// The division with this full name.
  public func division(named name: String) -> Division? { byName[name].map { all[$0] } }

  /// The province whose short form this is (四川 → 四川省).
  public func province(short: String) -> Division? { byShort[short].map { all[$0] } }

  /// The places named in `text`, in order, each the longest listed full name
  /// or province short form at its position (四川省 over 四川; a short form
  /// resolves to its province).
  public func places(in text: String) -> [Division] {
    let u = Array(text.utf16)
    return u.withUnsafeBufferPointer { p -> [Division] in
      var out: [Division] = []
      var i = 0
      while i < p.count {
        if let m = trie.longestMatch(p, from: i, limit: p.count) {
          out.append(all[trieDivision[m.value]])
          i += m.length
        } else {
          i += 1
        }
      }
      return out
    }
  }

  /// Whether `name` (a unit without 人民政府) is a well-formed division name: a
  /// listed one, or a name ending in a division suffix whose leading listed
  /// place, if any, is a real province or prefecture, with no suffix doubled
  /// (自治区自治区, 省省). Every province is listed, so a name ending like
  /// one (省, 自治区, 特别行政区) must be listed (川省 is not).
  public func isPlausible(_ name: String) -> Bool {
    if division(named: name) != nil { return true }
    if ["省", "自治区", "特别行政区"].contains(where: { name.hasSuffix($0) }) { return false }
    guard name.utf16.count >= 2, suffixes.contains(where: { name.hasSuffix($0) }) else { return false }
    for s in suffixes where name.contains(s + s) { return false }
    return true
  }

  /// The division's name with its leading short form made full: 四川成都市 →
  /// 四川省成都市; 广西 → 广西壮族自治区. A name that already begins with a full
  /// name, or with no listed place, is returned as it is.
  public func normalized(_ name: String) -> String {
    let u = Array(name.utf16)
    guard let end = u.withUnsafeBufferPointer({ trie.longestMatch($0, from: 0, limit: $0.count)?.length })
    else { return name }
    let w = String(decoding: u[0..<end], as: UTF16.self)
    if division(named: w) != nil { return name }
    guard let p = province(short: w) else { return name }
    let rest = String(decoding: u[end...], as: UTF16.self)
    // 广西自治区 → 广西壮族自治区: a bare level word after the short form is
    // the province's own ending, not a second place.
    for s in ["省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区"]
    where p.name.hasSuffix(s) && rest.hasPrefix(s) {
      return p.name + rest.dropFirst(s.count)
    }
    return p.name + rest
  }
}
