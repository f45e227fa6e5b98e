import Foundation
import Testing

@testable import ReportKit

@Suite struct DecodingTests {
  let seedBytes: [UInt8] = try! InputReader.bytes(at: Paths.seed)

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = try TextDecoder.decode(seedBytes, path: "a.txt")
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + seedBytes, path: "a.txt")
    #expect(plain.encoding == "UTF-8")
    #expect(bom.hadBOM && !plain.hadBOM)
    #expect(plain.units == bom.units)
    #expect(String(decoding: plain.units, as: UTF16.self).hasPrefix("\n\n# 高兴镇"))
  }

  @Test func utf8TranscodesLikeTheStandardLibrary() throws {
    // One-, two-, three- and four-byte sequences, at the start, middle and end.
    let samples = ["a", "é", "中", "𠀀", "a é中𠀀z", "第１２条：𝟘％ 😀", String(decoding: seedBytes, as: UTF8.self)]
    for s in samples {
      let decoded = try TextDecoder.decode(Array(s.utf8), path: "a.txt")
      #expect(decoded.units == Array(s.utf16), "\(s.prefix(20))")
    }
  }

  /// The one-pass decoder accepts exactly the bytes the scanner accepts and
  /// gives the standard library's units for them: the edges of every lead
  /// byte's range (overlong forms, surrogates, above U+10FFFF, a cut
  /// sequence, NUL) and random mixes of valid and invalid sequences.
  @Test func onePassDecoderAgreesWithTheScanner() {
    var cases: [[UInt8]] = [
      [0x00], [0x41, 0x00, 0x42], [0xC1, 0x80], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
      [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xE4, 0xB8], [0xE4, 0xB8, 0x41],
      [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x90, 0x80], [0x80], [0xFF], Array("中文，𠀀😀é".utf8),
    ]
    var rng = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      [0x41], [0xC3, 0xA9], [0xE4, 0xB8, 0xAD], [0xF0, 0xA0, 0x80, 0x80], [0x80], [0xE4, 0xB8], [0],
    ]
    for _ in 0..<500 {
      var b: [UInt8] = []
      for _ in 0..<Int.random(in: 1...12, using: &rng) { b += pieces.randomElement(using: &rng)! }
      cases.append(b)
    }
    for b in cases {
      let scan = TextDecoder.scanUTF8(b)
      let one = TextDecoder.utf16IfValidUTF8(b)
      #expect((one == nil) == (scan.invalid != nil), "\(b)")
      if let one {
        #expect(one.units == Array(String(decoding: b, as: UTF8.self).utf16), "\(b)")
        #expect(one.firstNUL == scan.firstNUL, "\(b)")
      }
    }
  }

  @Test func gb18030CopyDecodesToTheSameText() throws {
    let original = try TextDecoder.decode(seedBytes, path: "a.txt")
    let gb = try TextDecoder.encode(original.units, to: "GB18030")
    #expect(gb != seedBytes)
    #expect(TextDecoder.firstInvalidUTF8(gb) != nil)
    let back = try TextDecoder.decode(gb, path: "gb.txt")
    #expect(back.encoding == "GB18030")
    #expect(back.units == original.units)
  }

  @Test(arguments: ["UTF-16LE", "UTF-16BE"])
  func utf16WithBOMDecodesToTheSameText(_ name: String) throws {
    let original = try TextDecoder.decode(seedBytes, path: "a.txt")
    let bom: [UInt8] = name == "UTF-16LE" ? [0xFF, 0xFE] : [0xFE, 0xFF]
    let bytes = bom + (try TextDecoder.encode(original.units, to: name))
    let back = try TextDecoder.decode(bytes, path: "u16.txt")
    #expect(back.encoding == name)
    #expect(back.units == original.units)
  }

  @Test func forcedEncoding() throws {
    let original = try TextDecoder.decode(seedBytes, path: "a.txt")
    let gb = try TextDecoder.encode(original.units, to: "GB18030")
    let back = try TextDecoder.decode(gb, path: "gb.txt", encoding: "gbk")
    #expect(back.units == original.units)
    #expect(throws: InputError.unknownEncoding(path: "gb.txt", name: "no-such-encoding")) {
      try TextDecoder.decode(gb, path: "gb.txt", encoding: "no-such-encoding")
    }
  }

  @Test func damagedUTF8NamesTheByte() throws {
    var bytes = seedBytes
    let at = 1000
    // Replace a whole character's bytes at a boundary with an invalid byte.
    var i = at
    while bytes[i] & 0xC0 == 0x80 { i += 1 }
    bytes.insert(0xFF, at: i)
    do {
      _ = try TextDecoder.decode(bytes, path: "bad.txt")
      Issue.record("damaged UTF-8 was accepted")
    } catch let e as InputError {
      guard case .invalidBytes(let path, let enc, let offset, let b) = e else {
        Issue.record("wrong error \(e)")
        return
      }
      #expect(path == "bad.txt")
      #expect(enc == "UTF-8")
      #expect(offset == i)
      #expect(b.first == 0xFF)
      #expect(e.description.contains("第 \(i) 字节"))
    }
  }

  @Test func invalidGB18030NamesTheByte() throws {
    let original = try TextDecoder.decode(seedBytes, path: "a.txt")
    var gb = try TextDecoder.encode(original.units, to: "GB18030")
    // 0x81 0x20 is not a GB18030 sequence: a lead byte followed by a space.
    let at = 2001
    var i = at
    while gb[i] >= 0x80 { i += 1 }  // at an ASCII byte, so the pair is clean
    gb.insert(0x81, at: i)
    do {
      _ = try TextDecoder.decode(gb, path: "gb.txt", encoding: "GB18030")
      Issue.record("invalid GB18030 was accepted")
    } catch let e as InputError {
      guard case .invalidBytes(_, _, let offset, _) = e else {
        Issue.record("wrong error \(e)")
        return
      }
      #expect(offset == i)
    }
  }

  @Test func emptyBinaryMissingAndDirectory() throws {
    #expect(throws: InputError.empty(path: "e.txt")) { try TextDecoder.decode([], path: "e.txt") }
    #expect(throws: InputError.binary(path: "b.bin", byteOffset: 3)) {
      try TextDecoder.decode([0x41, 0x42, 0x43, 0x00, 0x44], path: "b.bin")
    }
    #expect(throws: InputError.notFound(path: "/no/such/file.txt")) {
      try InputReader.bytes(at: "/no/such/file.txt")
    }
    #expect(throws: InputError.isDirectory(path: Paths.corpus.path)) {
      try InputReader.bytes(at: Paths.corpus.path)
    }
  }

  @Test func randomBinaryIsRejected() throws {
    var g = SystemRandomNumberGenerator()
    let bytes = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &g) }
    #expect(throws: InputError.self) { try TextDecoder.decode(bytes, path: "r.bin") }
  }
}
