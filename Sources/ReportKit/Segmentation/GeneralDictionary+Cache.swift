import Foundation

/// The general word list's trie, cached in a file so that a process reads it
/// instead of parsing the list again (jieba keeps such a cache too). The cache
/// lives in `$XDG_CACHE_HOME/analyze` (else `~/.cache/analyze`); it names the
/// list's path, size and modification time, and is rebuilt when they change.
/// A cache that cannot be written is no error; one that does not read back
/// whole and consistent is ignored.
extension GeneralDictionary {
  static let cacheMagic: UInt64 = 0x3130_4447_5A4C_4E41  // "ANLZGD01"

  /// The cache directory, or nil without a home.
  static var cacheDirectory: String? {
    let env = ProcessInfo.processInfo.environment
    if let x = env["XDG_CACHE_HOME"], !x.isEmpty { return x + "/analyze" }
    if let h = env["HOME"], !h.isEmpty { return h + "/.cache/analyze" }
    return nil
  }

  /// The cache file of the list at `source`.
  static func cachePath(source: String) -> String? {
    guard let dir = cacheDirectory else { return nil }
    var h: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the path
    for b in source.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return dir + "/general-dictionary-" + String(h, radix: 16) + ".bin"
  }

  /// The size and modification time (ns) of `path`.
  static func stamp(_ path: String) -> (size: UInt64, mtime: Int64)? {
    guard let a = try? FileManager.default.attributesOfItem(atPath: path),
      let size = (a[.size] as? NSNumber)?.uint64Value, let date = a[.modificationDate] as? Date
    else { return nil }
    return (size, Int64(date.timeIntervalSince1970 * 1e9))
  }

  /// The header: magic, source size, source mtime, minimum frequency, slots,
  /// nodes, words, and the log of the total frequency.
  static let headerCount = 8

  /// The cache image of this dictionary, for a list of `size` bytes
  /// modified at `mtime`.
  func cacheImage(size: UInt64, mtime: Int64) -> Data {
    var out = Data()
    let header: [UInt64] = [
      Self.cacheMagic, size, UInt64(bitPattern: mtime), UInt64(Self.minimumFrequency),
      UInt64(slots.count), UInt64(scores.count), UInt64(count), UInt64(logTotal.bitPattern),
    ]
    header.withUnsafeBytes { out.append(contentsOf: $0) }
    slots.withUnsafeBytes { out.append(contentsOf: $0) }
    root.withUnsafeBytes { out.append(contentsOf: $0) }
    scores.withUnsafeBytes { out.append(contentsOf: $0) }
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

  /// The cached dictionary of `source`, if a cache is there, matches the list
  /// as it is now, and is consistent.
  static func loadCached(source: String) -> GeneralDictionary? {
    guard let path = cachePath(source: source), let st = stamp(source),
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    return decodeCache(data, source: source, size: st.size, mtime: st.mtime)
  }

  /// Reads a cache image; nil unless every count and index is in range.
  static func decodeCache(_ data: Data, source: String, size: UInt64, mtime: Int64) -> GeneralDictionary? {
    data.withUnsafeBytes { raw -> GeneralDictionary? in
      let hbytes = headerCount * 8
      guard raw.count >= hbytes else { return nil }
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
        raw.count == hbytes + slotCount * 8 + 65536 * 4 + nodeCount * 4
      else { return nil }
      var slots = [UInt64](repeating: 0, count: slotCount)
      var root = [UInt32](repeating: 0, count: 65536)
      var scores = [Float](repeating: 0, count: nodeCount)
      var at = hbytes
      slots.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + slotCount * 8)]))
      }
      at += slotCount * 8
      root.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + 65536 * 4)])) }
      at += 65536 * 4
      scores.withUnsafeMutableBytes {
        $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + nodeCount * 4)]))
      }
      // Every edge must lead to a node that exists.
      let n = UInt64(nodeCount)
      for v in slots where v != 0 {
        if v >> 40 >= n || ((v & keyBits) &- 1) >> 16 >= n { return nil }
      }
      for c in root where UInt64(c) >= n { return nil }
      return GeneralDictionary(
        slots: slots, root: root, scores: scores, count: wordCount,
        logTotal: Float(bitPattern: UInt32(truncatingIfNeeded: h[7])), source: source)
    }
  }
}
