/// What a JSON row's fields are handed to, one by one, with their JSON
/// names: the compact row writer (`RowJSONEncoder.ObjectWriter`), the
/// `Encodable` conformance (`KeyedFieldEncoder`) and the tests' recorder.
protocol JSONFieldVisitor {
  mutating func field(_ k: StaticString, _ v: String)
  mutating func field(_ k: StaticString, _ v: String?)
  mutating func field(_ k: StaticString, _ v: Int)
  mutating func field(_ k: StaticString, _ v: Int?)
  mutating func field(_ k: StaticString, _ v: Double)
  mutating func field(_ k: StaticString, _ v: Double?)
  mutating func field(_ k: StaticString, _ v: Bool)
  /// A nested value (a span, a list of indices).
  mutating func field<T: Encodable>(_ k: StaticString, _ v: T)
}

/// A row type whose JSON fields are declared once, in `visitFields`: their
/// names, their order, their values (an optional left out when nil, as a
/// synthesized `Encodable` does). Its `RowJSONEncoder` writer (`write(_:)`)
/// and its `Encodable` conformance (`encode(to:)` calls `encodeFields(to:)`)
/// are both derived from it. Decoding stays synthesized, by the stored
/// properties' names; `JSONFieldTableTests` checks that the fields are the
/// stored properties, in order, under their own names.
protocol JSONFieldTable: Encodable, JSONRowWritable {
  func visitFields<V: JSONFieldVisitor>(_ v: inout V)
}

extension JSONFieldTable {
  func write(_ w: inout RowJSONEncoder.ObjectWriter) { visitFields(&w) }

  func encodeFields(to encoder: Encoder) throws {
    var e = KeyedFieldEncoder(container: encoder.container(keyedBy: JSONFieldKey.self))
    visitFields(&e)
    if let error = e.error { throw error }
  }
}

extension RowJSONEncoder.ObjectWriter: JSONFieldVisitor {}

/// The coding key of a field: its JSON name.
struct JSONFieldKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }
  init(_ name: StaticString) { stringValue = name.description }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// Encodes visited fields into a keyed container (the first error kept).
struct KeyedFieldEncoder: JSONFieldVisitor {
  var container: KeyedEncodingContainer<JSONFieldKey>
  var error: Error?

  mutating func put<T: Encodable>(_ k: StaticString, _ v: T) {
    guard error == nil else { return }
    do { try container.encode(v, forKey: JSONFieldKey(k)) } catch { self.error = error }
  }
  mutating func putIfPresent<T: Encodable>(_ k: StaticString, _ v: T?) {
    guard error == nil else { return }
    do { try container.encodeIfPresent(v, forKey: JSONFieldKey(k)) } catch { self.error = error }
  }

  mutating func field(_ k: StaticString, _ v: String) { put(k, v) }
  mutating func field(_ k: StaticString, _ v: String?) { putIfPresent(k, v) }
  mutating func field(_ k: StaticString, _ v: Int) { put(k, v) }
  mutating func field(_ k: StaticString, _ v: Int?) { putIfPresent(k, v) }
  mutating func field(_ k: StaticString, _ v: Double) { put(k, v) }
  mutating func field(_ k: StaticString, _ v: Double?) { putIfPresent(k, v) }
  mutating func field(_ k: StaticString, _ v: Bool) { put(k, v) }
  mutating func field<T: Encodable>(_ k: StaticString, _ v: T) { put(k, v) }
}
