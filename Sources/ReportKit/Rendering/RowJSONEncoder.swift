/// A compact JSON encoder for the rows of a report: the same JSON as
/// Foundation's `JSONEncoder` with `.withoutEscapingSlashes` (the same bytes
/// for strings and numbers; tests compare them row by row), written straight
/// into a byte buffer, without the value tree and `Data` that `JSONEncoder`
/// builds for every call. Benchmarks/ measures it ("JSON rows").
///
/// Keys are written in the order a type declares them, a dictionary's in
/// sorted order (`JSONEncoder` here uses hash order, which changes from run
/// to run); nil optionals are left out (synthesized `Codable`
/// uses `encodeIfPresent`); non-finite numbers, which `JSONEncoder` refuses,
/// are written as null.
struct RowJSONEncoder {
  static func encode<T: Encodable>(_ value: T) -> String {
    let sink = Sink()
    sink.value(value)
    return String(decoding: sink.out, as: UTF8.self)
  }

  /// UTF-8 bytes, appended to like a String (whole strings are copied at
  /// once; a String built by many small appends was the bottleneck).
  struct Bytes {
    var storage: [UInt8] = []
    @inline(__always)
    static func += (b: inout Bytes, s: String) {
      var s = s
      s.withUTF8 { b.storage.append(contentsOf: $0) }
    }
    @inline(__always)
    static func += (b: inout Bytes, s: StaticString) {
      s.withUTF8Buffer { b.storage.append(contentsOf: $0) }
    }
    @inline(__always)
    mutating func append(_ c: UInt8) { storage.append(c) }
  }

  /// Where the JSON goes, and the containers still open.
  final class Sink {
    var bytes = Bytes()
    var out: [UInt8] { bytes.storage }

    func value<T: Encodable>(_ v: T) {
      switch v {
      case let s as String: string(s)
      case let d as Double: double(d)
      case let i as Int: bytes += String(i)
      case let b as Bool: bytes += b ? "true" : "false"
      // Other widths, so that no primitive falls through to `encode(to:)`
      // (which would hand it back here).
      case let i as any BinaryInteger: bytes += "\(i)"
      case let f as Float: number(f)
      case let row as JSONRowWritable: row.write(to: self)
      case let d as any SortedPairs:
        // Dictionaries in key order: the same report gives the same bytes
        // in every run (hash order changes from process to process).
        bytes += "{"
        for (i, (k, v)) in d.sortedPairs().enumerated() {
          if i > 0 { bytes += "," }
          string(k)
          bytes += ":"
          value(v)
        }
        bytes += "}"
      default:
        let state = Container()
        try? v.encode(to: RowEncoder(sink: self, state: state))
        close(state)
      }
    }

    /// Ends a container a value opened (and any opened inside it).
    func close(_ c: Container) {
      if let child = c.child {
        close(child)
        c.child = nil
      }
      switch c.kind {
      case .none: bytes += "{}"  // a value that encoded nothing: JSONEncoder writes an empty object
      case .object: bytes += "}"
      case .array: bytes += "]"
      case .single: break
      }
    }

    /// Starts the next element of `c`: closes an open child, writes the comma.
    func next(_ c: Container) {
      if let child = c.child {
        close(child)
        c.child = nil
      }
      if c.count > 0 { bytes += "," }
      c.count += 1
    }

    func key(_ k: CodingKey, in c: Container) {
      next(c)
      string(k.stringValue)
      bytes += ":"
    }

    func double(_ d: Double) { number(d) }

    /// A number as JSONEncoder writes it: the shortest form, without ".0".
    func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ d: F) {
      guard d.isFinite else {
        bytes += "null"
        return
      }
      var s = d.description
      if s.hasSuffix(".0") { s.removeLast(2) }
      bytes += s
    }

    func string(_ s: String) {
      var s = s
      s.withUTF8 { u in
        bytes.append(0x22)
        var plain = 0
        for i in 0..<u.count {
          let b = u[i]
          guard b == 0x22 || b == 0x5C || b < 0x20 else { continue }
          bytes.storage.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<i]))
          switch b {
          case 0x22: bytes += "\\\""
          case 0x5C: bytes += "\\\\"
          case 0x0A: bytes += "\\n"
          case 0x0D: bytes += "\\r"
          case 0x09: bytes += "\\t"
          case 0x08: bytes += "\\b"
          case 0x0C: bytes += "\\f"
          default:
            let hex: StaticString = "0123456789abcdef"
            bytes += "\\u00"
            hex.withUTF8Buffer { h in
              bytes.append(h[Int(b >> 4)])
              bytes.append(h[Int(b & 0xF)])
            }
          }
          plain = i + 1
        }
        bytes.storage.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<u.count]))
        bytes.append(0x22)
      }
    }
  }

  /// An object written field by field, with the keys, order and omissions
  /// (nil optionals) of a synthesized `Encodable`.
  struct ObjectWriter {
    let sink: Sink
    var first = true

    mutating func key(_ k: StaticString) {
      if !first { sink.bytes += "," }
      first = false
      sink.bytes.append(0x22)
      sink.bytes += k
      sink.bytes += "\":"
    }
    mutating func field(_ k: StaticString, _ v: String) {
      key(k)
      sink.string(v)
    }
    mutating func field(_ k: StaticString, _ v: Int) {
      key(k)
      sink.bytes += String(v)
    }
    mutating func field(_ k: StaticString, _ v: Double) {
      key(k)
      sink.double(v)
    }
    mutating func field(_ k: StaticString, _ v: Bool) {
      key(k)
      sink.bytes += v ? "true" : "false"
    }
    mutating func field<T: Encodable>(_ k: StaticString, nested v: T) {
      key(k)
      sink.value(v)
    }
  }

  /// A dictionary with String keys, as pairs in key order.
  protocol SortedPairs {
    func sortedPairs() -> [(String, any Encodable)]
  }

  /// One open object or array.
  final class Container {
    enum Kind { case none, object, array, single }
    var kind = Kind.none
    var count = 0
    /// A nested container still open inside this one.
    var child: Container?
  }

  struct RowEncoder: Encoder {
    let sink: Sink
    let state: Container
    var codingPath: [CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      if state.kind == .none {
        state.kind = .object
        sink.bytes += "{"
      }
      return KeyedEncodingContainer(Keyed<Key>(sink: sink, state: state))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
      if state.kind == .none {
        state.kind = .array
        sink.bytes += "["
      }
      return Unkeyed(sink: sink, state: state)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
      if state.kind == .none { state.kind = .single }
      return Single(sink: sink)
    }
  }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: Sink
    let state: Container
    var codingPath: [CodingKey] = []

    mutating func encodeNil(forKey key: Key) {
      sink.key(key, in: state)
      sink.bytes += "null"
    }
    mutating func encode(_ value: String, forKey key: Key) {
      sink.key(key, in: state)
      sink.string(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) {
      sink.key(key, in: state)
      sink.double(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) {
      sink.key(key, in: state)
      sink.bytes += String(value)
    }
    mutating func encode(_ value: Bool, forKey key: Key) {
      sink.key(key, in: state)
      sink.bytes += value ? "true" : "false"
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
      sink.key(key, in: state)
      sink.value(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      sink.key(key, in: state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
      sink.key(key, in: state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
      sink.key(key, in: state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child)
    }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let sink: Sink
    let state: Container
    var codingPath: [CodingKey] = []
    var count: Int { state.count }

    mutating func encodeNil() {
      sink.next(state)
      sink.bytes += "null"
    }
    mutating func encode<T: Encodable>(_ value: T) {
      sink.next(state)
      sink.value(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      sink.next(state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
      sink.next(state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder {
      sink.next(state)
      let child = Container()
      state.child = child
      return RowEncoder(sink: sink, state: child)
    }
  }

  struct Single: SingleValueEncodingContainer {
    let sink: Sink
    var codingPath: [CodingKey] = []

    mutating func encodeNil() { sink.bytes += "null" }
    mutating func encode(_ value: String) { sink.string(value) }
    mutating func encode(_ value: Double) { sink.double(value) }
    mutating func encode(_ value: Int) { sink.bytes += String(value) }
    mutating func encode(_ value: Bool) { sink.bytes += value ? "true" : "false" }
    mutating func encode<T: Encodable>(_ value: T) { sink.value(value) }
  }
}

/// A row that writes its own JSON, the same as its synthesized `Encodable`
/// writes (tests compare the two), without Codable's containers: the rows are
/// most of the JSON of a report and this path halves its cost.
protocol JSONRowWritable {
  func write(_ w: inout RowJSONEncoder.ObjectWriter)
}

extension JSONRowWritable {
  func write(to sink: RowJSONEncoder.Sink) {
    sink.bytes += "{"
    var w = RowJSONEncoder.ObjectWriter(sink: sink)
    write(&w)
    sink.bytes += "}"
  }
}

extension Span: JSONRowWritable {
  func write(_ w: inout RowJSONEncoder.ObjectWriter) {
    w.field("start", start)
    w.field("end", end)
    w.field("line", line)
    w.field("column", column)
    w.field("endLine", endLine)
    w.field("endColumn", endColumn)
    w.field("text", text)
  }
}

extension Dictionary: RowJSONEncoder.SortedPairs where Key == String, Value: Encodable {
  func sortedPairs() -> [(String, any Encodable)] { keys.sorted().map { ($0, self[$0]!) } }
}
