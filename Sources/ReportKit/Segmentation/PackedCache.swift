/// A table from short runs of UTF-16 units, packed four to a word, to a
/// small answer (a bit mask of cuts), for the segmenter's caches.
///
/// Swift's `Dictionary` hashes each key with SipHash through `Hasher`; on
/// report text the two caches are probed once per Han run and once per gap,
/// and that hashing cost more than the segmenting it saved. This table
/// mixes the packed words with one multiply each and probes linearly. A key
/// is never all zero (Han units are not 0), so a zero first word marks an
/// empty slot. It grows by doubling and is emptied, like the dictionary it
/// replaces, when it holds `limit` keys.
struct PackedCache<Value: FixedWidthInteger> {
  /// Words per key (2 for a gap of up to 8 units, 4 for a run of up to 16).
  let width: Int
  let limit: Int
  private var keys: [UInt64]
  private var values: [Value]
  private var slotMask: Int
  private(set) var count = 0

  init(width: Int, limit: Int) {
    self.width = width
    self.limit = limit
    let slots = 1024
    keys = Array(repeating: 0, count: slots * width)
    values = Array(repeating: 0, count: slots)
    slotMask = slots - 1
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

  /// The slot holding `key`, or the empty slot where it would go.
  @inline(__always)
  private func slot(of key: UnsafeBufferPointer<UInt64>) -> (index: Int, found: Bool) {
    var i = Int(truncatingIfNeeded: Self.hash(key)) & slotMask
    return keys.withUnsafeBufferPointer { k in
      while true {
        let base = i * width
        if k[base] == 0 { return (i, false) }
        var same = true
        for j in 0..<width where k[base + j] != key[j] {
          same = false
          break
        }
        if same { return (i, true) }
        i = (i + 1) & slotMask
      }
    }
  }

  /// The answer stored for `key` (`width` words), if any.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt64>) -> Value? {
    let s = slot(of: key)
    return s.found ? values[s.index] : nil
  }

  /// Stores `value` for `key`; the table is emptied first when full.
  mutating func store(_ value: Value, for key: UnsafeBufferPointer<UInt64>) {
    if count >= limit { removeAll() }
    if (count + 1) * 2 > values.count { grow() }
    let s = slot(of: key)
    if !s.found {
      for j in 0..<width { keys[s.index * width + j] = key[j] }
      count += 1
    }
    values[s.index] = value
  }

  private mutating func removeAll() {
    for i in keys.indices { keys[i] = 0 }
    count = 0
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let slots = values.count * 2
    keys = Array(repeating: 0, count: slots * width)
    values = Array(repeating: 0, count: slots)
    slotMask = slots - 1
    oldKeys.withUnsafeBufferPointer { k in
      for i in 0..<oldValues.count where k[i * width] != 0 {
        let key = UnsafeBufferPointer(rebasing: k[(i * width)..<(i * width + width)])
        let s = slot(of: key)
        for j in 0..<width { keys[s.index * width + j] = key[j] }
        values[s.index] = oldValues[i]
      }
    }
  }
}
