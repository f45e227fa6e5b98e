import Foundation

/// The general word list's trie, cached in a file so that a process reads it
/// instead of parsing the list again (jieba keeps such a cache too). The cache
/// lives in `$XDG_CACHE_HOME/analyze` (else `~/.cache/analyze`); it names the
/// list's path, size and modification time, and is rebuilt when they change.
/// A cache that cannot be written is no error; one whose header or size does
/// not match is ignored, and one damaged inside gives odd words, never a
/// crash (every index is checked where it is used).
extension GeneralDictionary {
  static let cacheMagic: UInt64 = 0x3430_4447_5A4C_4E41  // "ANLZGD04"

  /// The cache directory, or nil without a home.
  static var cacheDirectory: String? {
    if let x = getenv("XDG_CACHE_HOME"), x.pointee != 0 { return String(cString: x) + "/analyze" }
    if let h = getenv("HOME"), h.pointee != 0 { return String(cString: h) + "/.cache/analyze" }
    return nil
  }

  /// The cache file of the list at `source`.
  static func cachePath(source: String) -> String? {
    guard let dir = cacheDirectory else { return nil }
    var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the path
    for b in source.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    // The format's version is in the name, so that builds of another
    // version keep their own file instead of rewriting this one.
    return dir + "/general-dictionary-v4-" + String(h, radix: 16) + ".bin"
  }

  /// The size and modification time (ns since 1970) of `path`.
  static func stamp(_ path: String) -> (size: UInt64, mtime: Int64)? {
    // stat, not FileManager's attributes (a dictionary of boxed values).
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let t = info.st_mtimespec
    #else
      let t = info.st_mtim
    #endif
    return (UInt64(info.st_size), Int64(t.tv_sec) &* 1_000_000_000 &+ Int64(t.tv_nsec))
  }

  /// The header: magic, source size, source mtime, minimum frequency, slots,
  /// nodes, words, and the log of the total frequency.
  static let headerCount = 8

  /// The cache image of this dictionary, for a list of `size` bytes
  /// modified at `mtime`.
  func cacheImage(size: UInt64, mtime: Int64) -> Data {
    var out = Data()
    let t = table
    let header: [UInt64] = [
      Self.cacheMagic, size, UInt64(bitPattern: mtime), UInt64(Self.minimumFrequency),
      UInt64(t.slotCount), UInt64(t.nodeCount), UInt64(count), UInt64(logTotal.bitPattern),
    ]
    header.withUnsafeBytes { out.append(contentsOf: $0) }
    out.append(UnsafeBufferPointer(start: t.slots, count: t.slotCount * 2))
    out.append(UnsafeBufferPointer(start: t.root, count: 1 << 16))
    return out
  }

  /// Writes the cache for `source` (errors are ignored).
  func writeCache() {
    guard let path = Self.cachePath(source: source), let dir = Self.cacheDirectory,
      let st = Self.stamp(source)
    else { return }
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let out = cacheImage(size: st.size, mtime: st.mtime)
    let tmp = path + ".\(getpid()).tmp"
    if FileManager.default.createFile(atPath: tmp, contents: out) {
      if rename(tmp, path) != 0 { unlink(tmp) }
    }
  }

  /// The cached dictionary of `source`, if a cache is there and matches the
  /// list as it is now. The file is mapped, not read: a process touches only
  /// the pages its text needs.
  static func loadCached(source: String) -> GeneralDictionary? {
    guard let path = cachePath(source: source), let st = stamp(source) else { return nil }
    let fd = open(path, O_RDONLY)
    if fd < 0 { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
    let length = Int(info.st_size)
    guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      return nil
    }
    let raw = UnsafeRawBufferPointer(start: base, count: length)
    let d = decodeCache(raw, source: source, size: st.size, mtime: st.mtime) { munmap(base, length) }
    if d == nil { munmap(base, length) }
    return d
  }

  /// Reads a cache image held by the caller until `release` is called;
  /// nil unless its header matches and its sizes add up. The tables are
  /// used where they lie: every index read from them is checked at use.
  static func decodeCache(
    _ raw: UnsafeRawBufferPointer, source: String, size: UInt64, mtime: Int64,
    release: @escaping () -> Void
  ) -> GeneralDictionary? {
    let hbytes = headerCount * 8
    guard raw.count >= hbytes, let base = raw.baseAddress else { return nil }
    var h = [UInt64](repeating: 0, count: headerCount)
    for k in 0..<headerCount { h[k] = raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self) }
    guard h[0] == cacheMagic, h[1] == size, h[2] == UInt64(bitPattern: mtime),
      h[3] == UInt64(minimumFrequency)
    else { return nil }
    let slotCount = Int(truncatingIfNeeded: h[4])
    let nodeCount = Int(truncatingIfNeeded: h[5])
    let wordCount = Int(truncatingIfNeeded: h[6])
    guard slotCount > 0, slotCount & (slotCount - 1) == 0, slotCount <= 1 << 28,
      nodeCount > 0, nodeCount <= 1 << 24, wordCount >= 0, wordCount < nodeCount,
      raw.count == hbytes + slotCount * 16 + 65536 * 8,
      Int(bitPattern: base) % 8 == 0
    else { return nil }
    let slots = (base + hbytes).assumingMemoryBound(to: UInt64.self)
    let root = (base + hbytes + slotCount * 16).assumingMemoryBound(to: UInt64.self)
    let table = Table(slots: slots, slotCount: slotCount, root: root, nodeCount: nodeCount, release: release)
    return GeneralDictionary(
      table: table, count: wordCount, logTotal: Float(bitPattern: UInt32(truncatingIfNeeded: h[7])),
      source: source)
  }

  /// Reads a cache image from `data` (a copy is kept).
  static func decodeCache(_ data: Data, source: String, size: UInt64, mtime: Int64) -> GeneralDictionary? {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
    data.withUnsafeBytes { copy.copyMemory(from: $0) }
    let d = decodeCache(
      UnsafeRawBufferPointer(rebasing: copy[0..<data.count]), source: source, size: size, mtime: mtime
    ) { copy.deallocate() }
    if d == nil { copy.deallocate() }
    return d
  }
}
