import Foundation

/// The trie of a built-in word list, kept in a file beside the general word
/// list's cache (`GeneralDictionary+Cache.swift`), so that `segment` maps and
/// copies its domain words' trie instead of parsing the list and building
/// the trie at every start (6 M instructions, a sixth of its start-up).
///
/// The file names the list and holds a hash of its text: a build with other
/// words finds a different hash and rewrites the file. One that is damaged
/// is ignored (`WordTrie.init(slots:terminal:count:)` checks every child and
/// that lookups end), so the trie is then built as before. A file that
/// cannot be written is no error.
extension WordTrie {
  static let cacheMagic: UInt64 = 0x3130_5444_5A4C_4E41  // "ANLZDT01"

  /// The header: magic, hash of the list's text, its length in bytes, slots,
  /// nodes, words.
  static let cacheHeaderCount = 6

  /// The trie of the built-in list `name` (as `Lexicons.builtinTrie` builds
  /// it), from the cache when the cache was written from the same text.
  public static func cachedBuiltin(_ name: LexiconName) -> WordTrie {
    guard var text = BuiltinLexiconText.files.first(where: { $0.name == name.rawValue })?.text,
      let path = GeneralDictionary.cacheDirectory.map({ $0 + "/builtin-trie-v1-" + name.rawValue + ".bin" })
    else { return Lexicons.builtinTrie(name) }
    let (hash, length) = text.withUTF8 { (Self.textHash($0), UInt64($0.count)) }
    if let t = load(path, hash: hash, length: length) { return t }
    let trie = Lexicons.builtinTrie(name)
    trie.writeCache(path, hash: hash, length: length)
    return trie
  }

  /// FNV-1a over the bytes, eight at a time (the tail padded with zeros),
  /// and the length mixed in.
  static func textHash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    let raw = UnsafeRawBufferPointer(b)
    var i = 0
    while i + 8 <= raw.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < raw.count {
      tail |= UInt64(raw[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x100_0000_01B3
    return (h ^ UInt64(raw.count)) &* 0x100_0000_01B3
  }

  /// The cache image of this trie for a text of `length` bytes hashing to
  /// `hash`.
  func cacheImage(hash: UInt64, length: UInt64) -> Data {
    withTables { slots, terminal in
      var out = Data()
      let header: [UInt64] = [
        Self.cacheMagic, hash, length, UInt64(slots.count), UInt64(terminal.count), UInt64(count),
      ]
      header.withUnsafeBytes { out.append(contentsOf: $0) }
      out.append(slots)
      out.append(terminal)
      return out
    }
  }

  /// Reads a cache image; nil unless it was written for this text and is a
  /// well-formed trie.
  static func decodeCache(_ raw: UnsafeRawBufferPointer, hash: UInt64, length: UInt64) -> WordTrie? {
    let hbytes = cacheHeaderCount * 8
    guard raw.count >= hbytes else { return nil }
    var h = [UInt64](repeating: 0, count: cacheHeaderCount)
    for k in 0..<cacheHeaderCount { h[k] = raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) }
    guard h[0] == cacheMagic, h[1] == hash, h[2] == length, h[3] <= 1 << 26, h[4] <= 1 << 24, h[5] <= 1 << 24
    else { return nil }
    let slotCount = Int(h[3])
    let nodeCount = Int(h[4])
    guard slotCount > 0, nodeCount > 0, raw.count == hbytes + slotCount * 8 + nodeCount * 4,
      let base = raw.baseAddress
    else { return nil }
    // Copied with memcpy into arrays made uninitialized (not zeroed first).
    let slots = [UInt64](unsafeUninitializedCapacity: slotCount) { b, n in
      memcpy(b.baseAddress!, base + hbytes, slotCount * 8)
      n = slotCount
    }
    let terminal = [Int32](unsafeUninitializedCapacity: nodeCount) { b, n in
      memcpy(b.baseAddress!, base + hbytes + slotCount * 8, nodeCount * 4)
      n = nodeCount
    }
    return WordTrie(slots: slots, terminal: terminal, count: Int(h[5]))
  }

  /// The cached trie at `path`, if there is one for this text.
  static func load(_ path: String, hash: UInt64, length: UInt64) -> WordTrie? {
    let fd = open(path, O_RDONLY)
    if fd < 0 { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0, info.st_size < 1 << 30 else { return nil }
    let size = Int(info.st_size)
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
    defer { munmap(base, size) }
    return decodeCache(UnsafeRawBufferPointer(start: base, count: size), hash: hash, length: length)
  }

  /// Writes the cache (errors are ignored; a file appears whole or not at all).
  func writeCache(_ path: String, hash: UInt64, length: UInt64) {
    guard let dir = GeneralDictionary.cacheDirectory else { return }
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let tmp = path + ".\(getpid()).tmp"
    if FileManager.default.createFile(atPath: tmp, contents: cacheImage(hash: hash, length: length)) {
      if rename(tmp, path) != 0 { unlink(tmp) }
    }
  }
}
