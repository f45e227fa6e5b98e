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
/// of one bucket. It starts small and doubles while it is under half full,
/// up to `maximumSlots` (a process segmenting one report touches only the
/// memory that report needs: every fresh page costs a fault). Full, it is
/// never emptied: a key whose bucket is full replaces one of its four entries
/// (chosen by the key's hash), as a hardware cache does. A key is never all
/// zero (Han units are not 0), so a zero first word marks an empty slot.
///
/// The state lives in raw memory behind a constant reference, so a probe
/// costs no uniqueness or exclusivity checks.
final class PackedCache<Value: FixedWidthInteger> {
  private struct State {
    var keys: UnsafeMutablePointer<UInt64>
    var values: UnsafeMutablePointer<Value>
    /// Slots - 1 (slots are a power of two, in buckets of four).
    var slotMask: Int
    var count: Int
  }

  /// Words per key (2 for a gap of up to 8 units, 4 for a run of up to 16).
  let width: Int
  /// The most slots the table grows to.
  let maximumSlots: Int
  private let state: UnsafeMutablePointer<State>

  /// A table of keys of `width` words that grows to `maximumSlots` entries
  /// (rounded up to a power of two).
  init(width: Int, maximumSlots: Int) {
    self.width = width
    var m = 1 << 10
    while m < maximumSlots { m <<= 1 }
    self.maximumSlots = m
    state = .allocate(capacity: 1)
    state.initialize(to: Self.fresh(width: width, slots: 1 << 10))
  }

  private static func fresh(width: Int, slots: Int) -> State {
    guard let k = calloc(slots * width, MemoryLayout<UInt64>.stride),
      let v = calloc(slots, MemoryLayout<Value>.stride)
    else { fatalError("out of memory for the segmenter's cache") }
    return State(
      keys: k.assumingMemoryBound(to: UInt64.self), values: v.assumingMemoryBound(to: Value.self),
      slotMask: slots - 1, count: 0)
  }

  deinit {
    free(state.pointee.keys)
    free(state.pointee.values)
    state.deallocate()
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
  private func matches(_ keys: UnsafeMutablePointer<UInt64>, _ slot: Int, _ key: UnsafeBufferPointer<UInt64>) -> Bool {
    let base = keys + slot * width
    for j in 0..<width where base[j] != key[j] { return false }
    return true
  }

  /// The answer stored for `key` (`width` words), if any.
  @inline(__always)
  func value(for key: UnsafeBufferPointer<UInt64>) -> Value? {
    let s = state.pointee
    let bucket = Int(truncatingIfNeeded: Self.hash(key)) & s.slotMask & ~3
    for slot in bucket..<(bucket + 4) {
      if s.keys[slot * width] == 0 { return nil }
      if matches(s.keys, slot, key) { return s.values[slot] }
    }
    return nil
  }

  /// Stores `value` for `key`, in a free slot of its bucket or in place of
  /// one of the four there; the table first doubles if it is half full and
  /// may still grow.
  @inline(__always)
  func store(_ value: Value, for key: UnsafeBufferPointer<UInt64>) {
    if (state.pointee.count + 1) * 2 > state.pointee.slotMask + 1 && state.pointee.slotMask + 1 < maximumSlots {
      grow()
    }
    put(value, key)
  }

  @inline(__always)
  private func put(_ value: Value, _ key: UnsafeBufferPointer<UInt64>) {
    let s = state.pointee
    let h = Self.hash(key)
    let bucket = Int(truncatingIfNeeded: h) & s.slotMask & ~3
    var target = bucket + Int(truncatingIfNeeded: h >> 60) & 3
    var isNew = false
    for slot in bucket..<(bucket + 4) {
      if s.keys[slot * width] == 0 {
        target = slot
        isNew = true
        break
      }
      if matches(s.keys, slot, key) {
        target = slot
        break
      }
    }
    let base = s.keys + target * width
    for j in 0..<width { base[j] = key[j] }
    s.values[target] = value
    if isNew { state.pointee.count += 1 }
  }

  /// Doubles the table and puts every entry back.
  private func grow() {
    let old = state.pointee
    state.pointee = Self.fresh(width: width, slots: (old.slotMask + 1) * 2)
    for slot in 0...old.slotMask where old.keys[slot * width] != 0 {
      put(old.values[slot], UnsafeBufferPointer(start: old.keys + slot * width, count: width))
    }
    free(old.keys)
    free(old.values)
  }
}
