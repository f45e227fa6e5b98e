import Foundation

extension RuleContext {
  /// Reports a finding whose relation the wording does not make certain: at
  /// most a warning, with the reason in the message.
  mutating func reportUncertain(
    _ message: @autoclosure () -> String, reason: @autoclosure () -> String, at range: @autoclosure () -> SourceRange,
    related: @autoclosure () -> [RelatedSpan] = [], note: @autoclosure () -> String? = nil
  ) {
    report(
      "\(message())（\(reason())，请核对）", at: range(), related: related(), note: note(),
      severity: min(severity, .warning))
  }
}
