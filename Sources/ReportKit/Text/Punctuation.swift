/// Where sentences and clauses of Chinese prose end, defined once for the
/// extractors, the rules and the comparison.
///
/// Three sets, each named for what it ends (they differ on purpose):
/// - `isSentenceEnd`: 。！？； and a line break. A piece between semicolons
///   reads as a sentence of its own (each item of a list of targets, each
///   achievement of a review paragraph), so every sentence query splits there.
/// - `isFullStop`: 。！？ and a line break, without ；. Inside quotation marks
///   or brackets a clause does not end at ，or ；, but a full stop still ends
///   it (a quotation never runs on past one).
/// - `isClauseEnd`: ，； and the full stops: where a clause ends outside quotes.
/// - `isClauseBreak`: the clause ends plus ：、 brackets and their ASCII forms:
///   where the words naming a figure (its subject) stop.
enum Punctuation {
  /// 。！？； and line breaks.
  @inline(__always)
  static func isSentenceEnd(_ c: UInt16) -> Bool {
    switch c {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x0A: return true
    default: return false
    }
  }

  /// 。！？ and line breaks: a sentence end that holds inside quotation marks.
  @inline(__always)
  static func isFullStop(_ c: UInt16) -> Bool { c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0A }

  /// ，； and the full stops.
  @inline(__always)
  static func isClauseEnd(_ c: UInt16) -> Bool { c == 0xFF0C || c == 0xFF1B || isFullStop(c) }

  /// ，。；：！？、 line break , ; : ! ? （ ） ( )
  @inline(__always)
  static func isClauseBreak(_ c: UInt16) -> Bool {
    switch c {
    case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x3001, 0x0A, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0xFF08, 0xFF09,
      0x28, 0x29:
      return true
    default: return false
    }
  }
}
