/// The readable summary `analyze FILE` prints.
public enum SummaryRenderer {
  public static func render(_ report: Report) -> String {
    let doc = report.document
    let m = doc.metadata
    var out = ""
    func line(_ s: String) { out += s + "\n" }
    line("文件：\(report.path)（\(report.encoding)）")
    line("标题：\(m.title ?? "（未识别）")")
    line("单位：\(m.unit ?? "（未识别）")　类型：\(m.kind.chineseName)")
    let review = m.reviewYear.map { "\($0) 年" } ?? "（未识别）"
    let plan = m.planYear.map { "\($0) 年" } ?? "（未识别）"
    var years = "回顾年度：\(review)　计划年度：\(plan)"
    if let d = m.deliveredYear, m.kind == .governmentWork { years += "　作报告年份：\(d) 年" }
    line(years)
    line("")
    line("结构（\(doc.sections.count) 个标题）：")
    for s in doc.sections {
      let indent = String(repeating: "  ", count: s.depth + 1)
      let marker = s.marker.map { doc.source.string($0.range) } ?? ""
      let pos = doc.source.position(s.headingRange.lowerBound)
      let role = s.roleFromTitle || s.parent == nil ? "［\(s.role.chineseName)］" : ""
      line("\(indent)\(marker)\(s.title)　\(role)　第 \(pos.line) 行")
    }
    if !doc.joins.isEmpty {
      line("")
      line("被分页截断后接合的段落（\(doc.joins.count) 处）：")
      for j in doc.joins {
        let a = doc.source.position(j.before.lowerBound)
        let b = doc.source.position(j.after.lowerBound)
        line("  第 \(a.line) 行“\(doc.source.string(j.before))” + 第 \(b.line) 行“\(doc.source.string(j.after))”")
      }
    }
    line("")
    let chars = doc.source.scalarOffset(doc.source.units.count)
    line("统计：\(chars) 字符，\(doc.source.lineCount) 行，\(doc.paragraphs.count) 段")
    return out
  }
}
