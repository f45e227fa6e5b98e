import Foundation

/// SARIF 2.1.0 for code scanning: rule metadata, `columnKind`
/// "unicodeCodePoints", and both line/column and charOffset/charLength.
public enum SARIFRenderer {
  public static func render(_ results: [AuditResult], toolVersion: String = "0.1.0") -> String {
    let rules = RuleRegistry.all
    var ruleObjects: [[String: Any]] = []
    for r in rules {
      var props: [String: Any] = [
        "precision": "high",
        "problem.severity": r.defaultSeverity == .info ? "recommendation" : r.defaultSeverity.rawValue,
      ]
      if let s = r.standard { props["tags"] = [s] }
      ruleObjects.append([
        "id": r.id,
        "name": r.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
        "shortDescription": ["text": r.name],
        "fullDescription": ["text": r.explanation],
        "help": ["text": r.explanation],
        "defaultConfiguration": ["level": level(r.defaultSeverity), "enabled": r.enabledByDefault],
        "properties": props,
      ])
    }
    var resultObjects: [[String: Any]] = []
    for r in results {
      let src = r.report.document.source
      for f in r.findings {
        func location(_ range: SourceRange, _ label: String?) -> [String: Any] {
          let a = src.position(range.lowerBound)
          let b = src.position(range.upperBound)
          var loc: [String: Any] = [
            "physicalLocation": [
              "artifactLocation": ["uri": uri(r.report.path)],
              "region": [
                "startLine": a.line, "startColumn": a.column, "endLine": b.line, "endColumn": b.column,
                "charOffset": a.offset, "charLength": b.offset - a.offset,
              ],
            ]
          ]
          if let l = label { loc["message"] = ["text": l] }
          return loc
        }
        var text = f.message
        if let n = f.note { text += "（\(n)）" }
        var obj: [String: Any] = [
          "ruleId": f.ruleID,
          "ruleIndex": rules.firstIndex { $0.id == f.ruleID } ?? 0,
          "level": level(f.severity),
          "message": ["text": text],
          "locations": [location(f.range, nil)],
          "partialFingerprints": ["primaryLocationLineHash": fingerprint(f, src)],
        ]
        if !f.related.isEmpty {
          obj["relatedLocations"] = f.related.enumerated().map { i, rel in
            var l = location(rel.range, rel.label)
            l["id"] = i + 1
            return l
          }
        }
        resultObjects.append(obj)
      }
    }
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "analyze", "semanticVersion": toolVersion,
              "informationUri": "https://example.invalid/analyze", "rules": ruleObjects,
            ]
          ],
          "columnKind": "unicodeCodePoints",
          "results": resultObjects,
        ]
      ],
    ]
    let data =
      (try? JSONSerialization.data(
        withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  static func level(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A relative path as a URI reference (spaces and such percent-encoded).
  static func uri(_ path: String) -> String {
    path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
  }

  /// A stable hash of the rule and the text of the finding's line.
  static func fingerprint(_ f: Finding, _ src: SourceText) -> String {
    let line = src.string(src.lineRange(src.lineIndex(f.range.lowerBound)))
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in (f.ruleID + "\u{0}" + line).utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return String(h, radix: 16) + ":1"
  }
}
