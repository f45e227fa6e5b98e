/// What a figure of a year-by-year series is of: its subject, not the head
/// word of its unit phrase. 合格率 of the law exam (组织机关干部参加法律知识考试，
/// 参考干部130人，合格127人，合格率97.7%) and of the case-file review (评查案卷40卷，
/// 合格37卷，合格率92.5%) are two series.
extension Comparer {
  /// The most characters of a subject that is only a unit phrase's head
  /// word (合格率, 培训, 合格) and so needs its sentence to say what it is of.
  static let bareSubject = 3
  /// The most characters of the sentence's opening clause a bare subject
  /// is qualified with.
  static let qualifierLength = 16

  /// The bare subjects (with their base unit) that more than one figure of
  /// a report's review has: those figures need their sentences to be told
  /// apart.
  func sharedBareSubjects(_ r: Report, _ x: StatementExtractor) -> Set<String> {
    var seen: [String: Int] = [:]
    for q in r.quantities where q.change == nil && q.subject.count <= Self.bareSubject && !q.subject.isEmpty {
      guard r.document.role(at: q.range.lowerBound, section: q.section) == .review else { continue }
      seen[q.baseUnit + "\u{0}" + x.metric(q.subject), default: 0] += 1
    }
    return Set(seen.filter { $0.value > 1 }.keys)
  }

  /// The series key of a figure: the canonical metric of its subject; a
  /// bare subject that several figures of the review share is prefixed
  /// with its sentence's opening clause (digits left out, so that two
  /// years' counts do not part it).
  func seriesKey(_ r: Report, _ q: Quantity, _ x: StatementExtractor, shared: Set<String>) -> String {
    let key = x.metric(q.subject)
    guard q.subject.count <= Self.bareSubject, shared.contains(q.baseUnit + "\u{0}" + key) else { return key }
    return qualifiedSubject(r, q, key: key)
  }

  /// A bare subject (合格率) with its sentence's opening clause before it,
  /// digits left out (组织机关干部参加年度法律知识考试·合格率); other subjects as
  /// they are.
  func qualifiedSubject(_ r: Report, _ q: Quantity, key: String? = nil) -> String {
    let key = key ?? q.subject
    guard q.subject.count <= Self.bareSubject, let range = q.subjectRange else { return key }
    let d = r.document
    let s = d.sentence(at: q.range.lowerBound)
    guard let first = TextSpans.clauses(d, s).first, first.upperBound <= range.lowerBound else { return key }
    let words = d.text(first).filter { !("0"..."9").contains($0) && !("０"..."９").contains($0) && !$0.isWhitespace }
    return String(words.prefix(Self.qualifierLength)) + "·" + key
  }
}
