#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A table from short runs of UTF-16 units, packed four to a word, to a
/// small answer (a bit mask of cuts), for the segmenter's caches.
///
/// Swift's `Dictionary` hashes each key with SipHash through `Hasher`; on
/// report text the two caches are probed once per Han run and once per gap,
/// and that hashing cost more than the segmenting it saved. This table
/// mixes the packed words with one multiply each and looks at the four slots
/// of one bucket. It never grows and is never emptied: a key whose bucket is
/// full replaces one of its four entries (chosen by the key's hash), as a
/// hardware cache does, so storing costs the same whatever was stored
/// before. A key is never all zero (Han units are not 0), so a zero first
/// word marks an empty slot.
///
/// The memory is raw and the reference to the table is a constant, so a
/// probe costs no uniqueness or exclusivity checks. The slots come from
/// `calloc`, whose large blocks are mapped zero pages: a process touches only
/// the pages its text needs.
final class PackedCache<Value: FixedWidthInteger> {
  /// Words per key (2 for a gap of up to 8 units, 4 for a run of up to 16).
  let width: Int
  private let keys: UnsafeMutablePointer<UInt64>
  private let values: UnsafeMutablePointer<Value>
  /// Slots - 1 (slots are a power of two, in buckets of four).
  private let slotMask: Int

  /// A table of `slots` entries (rounded up to a power of two, at least 4).
  init(width: Int, slots: Int) {
    self.width = width
    var n = 4
    while n < slots { n <<= 1 }
    slotMask = n - 1
    guard let k = calloc(n * width, MemoryLayout<UInt64>.stride),
      let v = calloc(n, MemoryLayout<Value>.stride)
    else { fatalError("out of memory for the segmenter's cache") }
    keys = k.assumingMemoryBound(to: UInt64.self)
    values = v.assumingMemoryBound(to: Value.self)
  }

  deinit {
    free(keys)
    free(values)
  }

  @inline(__always)
  private static func hash(_ key: UnsafeBufferPointer<UInt64>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    for w in key {
      h = (h ^ w) &* 0xC2B2_AE3D_27D4_EB4F
      h ^= h >> 29
    }
    return h
  }

  @inline(__always)
  private func matches(_ slot: Int, _ key: UnsafeBufferPointer<UInt64>) -> Bool {
    let base = keys + slot * width
    for j in 0..<width where base[j] != key[j] { return false }
    return true
  }

  /// The answer stored for `key` (`width` words), if any.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt64>) -> Value? {
    let bucket = Int(truncatingIfNeeded: Self.hash(key)) & slotMask & ~3
    for s in bucket..<(bucket + 4) {
      if keys[s * width] == 0 { return nil }
      if matches(s, key) { return values[s] }
    }
    return nil
  }

  /// Stores `value` for `key`, in a free slot of its bucket or in place of
  /// one of the four there.
  @inline(__always)
  func store(_ value: Value, for key: UnsafeBufferPointer<UInt64>) {
    let h = Self.hash(key)
    let bucket = Int(truncatingIfNeeded: h) & slotMask & ~3
    var target = bucket + Int(truncatingIfNeeded: h >> 60) & 3
    for s in bucket..<(bucket + 4) {
      if keys[s * width] == 0 || matches(s, key) {
        target = s
        break
      }
    }
    let base = keys + target * width
    for j in 0..<width { base[j] = key[j] }
    values[target] = value
  }
}
