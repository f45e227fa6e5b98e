/// What a token is.
public enum TokenKind: UInt8, Codable, Sendable {
  case word, number, punctuation, space, newline

  public var name: String {
    switch self {
    case .word: return "word"
    case .number: return "number"
    case .punctuation: return "punctuation"
    case .space: return "space"
    case .newline: return "newline"
    }
  }
}

/// A token: a UTF-16 range of the text it was cut from, and its kind.
public struct Token: Equatable, Sendable {
  public var start: Int32
  public var end: Int32
  public var kind: TokenKind

  public init(start: Int, end: Int, kind: TokenKind) {
    self.start = Int32(start)
    self.end = Int32(end)
    self.kind = kind
  }

  public var range: Range<Int> { Int(start)..<Int(end) }
}
