/// What a JSON row's fields are handed to, one by one, with their JSON
/// names: the compact row writer (`RowJSONEncoder.ObjectWriter`), the
/// `Encodable` conformance (`KeyedFieldEncoder`) and the tests' recorder.
protocol JSONFieldVisitor {
  /// How a field's name is handed over: made from the name's literal, so
  /// that each visitor gets it in its own form at no cost (the row writer a
  /// `StaticString`, the encoder a coding key).
  associatedtype Key: ExpressibleByStringLiteral
  mutating func field(_ k: Key, _ v: String)
  mutating func field(_ k: Key, _ v: Int)
  mutating func field(_ k: Key, _ v: Double)
  mutating func field(_ k: Key, _ v: Bool)
  /// An optional string or number: left out when nil, else handed to the
  /// method of its type (the default; the tests' recorder records nil too).
  mutating func field<T: JSONScalar>(_ k: Key, _ v: T?)
  /// A nested value (a span, a list of indices), under its own label so
  /// that an optional scalar never falls to it (and is written as null).
  mutating func field<T: Encodable>(_ k: Key, nested v: T)
}

extension JSONFieldVisitor {
  mutating func field<T: JSONScalar>(_ k: Key, _ v: T?) { if let v { v.visit(k, &self) } }
}

/// A value a field visitor takes through a method of its own type, so that
/// one generic method serves the optional of each.
protocol JSONScalar: Encodable {
  func visit<V: JSONFieldVisitor>(_ k: V.Key, _ v: inout V)
}

extension String: JSONScalar {
  func visit<V: JSONFieldVisitor>(_ k: V.Key, _ v: inout V) { v.field(k, self) }
}

extension Int: JSONScalar {
  func visit<V: JSONFieldVisitor>(_ k: V.Key, _ v: inout V) { v.field(k, self) }
}

extension Double: JSONScalar {
  func visit<V: JSONFieldVisitor>(_ k: V.Key, _ v: inout V) { v.field(k, self) }
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

extension RowJSONEncoder.ObjectWriter: JSONFieldVisitor {
  typealias Key = StaticString
}

/// The coding key of a field: its JSON name.
struct JSONFieldKey: CodingKey, ExpressibleByStringLiteral {
  let stringValue: String
  var intValue: Int? { nil }
  init(stringLiteral value: String) { stringValue = value }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}

/// Encodes visited fields into a keyed container (the first error kept),
/// each through the container's own method for its type, as a synthesized
/// `Encodable` does (the generic one casts at run time: JSONEncoder took a
/// fifth longer over a report's rows).
struct KeyedFieldEncoder: JSONFieldVisitor {
  var container: KeyedEncodingContainer<JSONFieldKey>
  var error: Error?

  mutating func field(_ k: JSONFieldKey, _ v: String) {
    do { try container.encode(v, forKey: k) } catch { self.error = self.error ?? error }
  }
  mutating func field(_ k: JSONFieldKey, _ v: Int) {
    do { try container.encode(v, forKey: k) } catch { self.error = self.error ?? error }
  }
  mutating func field(_ k: JSONFieldKey, _ v: Double) {
    do { try container.encode(v, forKey: k) } catch { self.error = self.error ?? error }
  }
  mutating func field(_ k: JSONFieldKey, _ v: Bool) {
    do { try container.encode(v, forKey: k) } catch { self.error = self.error ?? error }
  }
  mutating func field<T: Encodable>(_ k: JSONFieldKey, nested v: T) {
    do { try container.encode(v, forKey: k) } catch { self.error = self.error ?? error }
  }
}
