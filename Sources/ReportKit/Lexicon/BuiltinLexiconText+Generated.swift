// Generated from Lexicons/*.txt by `UPDATE_LEXICONS=1 swift test --filter LexiconFilesTests`.
// Do not edit: edit the .txt files and regenerate.

enum BuiltinLexiconText {
  static let files: [(name: String, text: String)] = []
}
