/// One field of a JSON row type: its JSON name and how its value is written
/// (by `RowJSONEncoder`) and encoded (by `Encodable`). A row type lists its
/// fields once, in output order, in a `JSONFieldTable`; both writers derive
/// from that list, so a field cannot be added to one and forgotten in the
/// other.
struct JSONField<Row>: Sendable {
  let name: StaticString
  let write: @Sendable (Row, inout RowJSONEncoder.ObjectWriter) -> Void
  let encode: @Sendable (Row, inout KeyedEncodingContainer<JSONFieldKey>) throws -> Void

  private static func value<V: Encodable>(
    _ name: StaticString, _ get: @escaping @Sendable (Row) -> V,
    _ put: @escaping @Sendable (inout RowJSONEncoder.ObjectWriter, V) -> Void
  ) -> Self {
    let key = JSONFieldKey(name)
    return Self(
      name: name, write: { row, w in put(&w, get(row)) },
      encode: { row, c in try c.encode(get(row), forKey: key) })
  }

  /// An optional field: left out when nil, as a synthesized `Encodable` does.
  private static func optional<V: Encodable>(
    _ name: StaticString, _ get: @escaping @Sendable (Row) -> V?,
    _ put: @escaping @Sendable (inout RowJSONEncoder.ObjectWriter, V) -> Void
  ) -> Self {
    let key = JSONFieldKey(name)
    return Self(
      name: name, write: { row, w in if let v = get(row) { put(&w, v) } },
      encode: { row, c in try c.encodeIfPresent(get(row), forKey: key) })
  }

  // One entry point per kind of value, so that the writer's own `field` for
  // it (not the generic one) is called.
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> String) -> Self {
    value(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> String?) -> Self {
    optional(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> Int) -> Self {
    value(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> Int?) -> Self {
    optional(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> Double) -> Self {
    value(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> Double?) -> Self {
    optional(name, get) { w, v in w.field(name, v) }
  }
  static func field(_ name: StaticString, _ get: @escaping @Sendable (Row) -> Bool) -> Self {
    value(name, get) { w, v in w.field(name, v) }
  }
  /// A nested value (a span, a list of indices), written the generic way.
  static func field<V: Encodable>(_ name: StaticString, _ get: @escaping @Sendable (Row) -> V) -> Self {
    value(name, get) { w, v in w.field(name, v) }
  }
}

/// The coding key of a `JSONField`: its JSON name.
struct JSONFieldKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ name: StaticString) { stringValue = name.description }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// A row type whose JSON fields are declared once, in `fields`: its
/// `RowJSONEncoder` writer (`write(_:)`) and its `Encodable` conformance
/// (`encode(to:)` calls `encodeFields(to:)`) both derive from the table.
/// Decoding stays synthesized, by the stored properties' names;
/// `JSONFieldTableTests` checks that the table names every stored property,
/// in order, under its own name.
protocol JSONFieldTable: Encodable, JSONRowWritable {
  static var fields: [JSONField<Self>] { get }
}

extension JSONFieldTable {
  func write(_ w: inout RowJSONEncoder.ObjectWriter) {
    for f in Self.fields { f.write(self, &w) }
  }

  func encodeFields(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: JSONFieldKey.self)
    for f in Self.fields { try f.encode(self, &c) }
  }
}
