/// A problem with an input file that stops the tool from reading it.
///
/// Every case names the file, and where it can, the byte offset or line, so that
/// a user can find the fault. The command line maps all of them to exit status 2.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
  case notFound(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case binary(path: String, byteOffset: Int)
  case invalidBytes(path: String, encoding: String, byteOffset: Int, bytes: [UInt8])
  case unknownEncoding(path: String, name: String)
  /// A file over the size a command is designed for (`limit` bytes).
  case tooLarge(path: String, bytes: Int, limit: Int = InputReader.maxBytes)
  /// A .docx (or other container) that cannot be read.
  case damaged(path: String, format: String, reason: String)
  /// A page or document with no text in it.
  case noText(path: String, format: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .notFound(let p), .isDirectory(let p), .unreadable(let p, _), .empty(let p),
      .binary(let p, _), .invalidBytes(let p, _, _, _), .unknownEncoding(let p, _),
      .tooLarge(let p, _, _), .damaged(let p, _, _), .noText(let p, _):
      return p
    }
  }

  /// The message shown to users, in Chinese.
  public var description: String {
    switch self {
    case .notFound(let p): return "\(p): 文件不存在"
    case .isDirectory(let p): return "\(p): 是一个目录，不是报告文件"
    case .unreadable(let p, let reason): return "\(p): 无法读取（\(reason)）"
    case .empty(let p): return "\(p): 文件为空"
    case .binary(let p, let offset):
      return "\(p): 第 \(offset) 字节处起有 NUL 或控制字节，这是二进制文件，不是文本报告"
    case .invalidBytes(let p, let encoding, let offset, let bytes):
      let hex = bytes.prefix(4).map { String($0, radix: 16, uppercase: true) }
        .map { $0.count == 1 ? "0x0" + $0 : "0x" + $0 }.joined(separator: " ")
      return "\(p): 第 \(offset) 字节处的字节（\(hex)）不符合 \(encoding) 编码，也不符合其他可识别的编码；可用 --encoding 指定编码"
    case .unknownEncoding(let p, let name): return "\(p): 不认识的编码名称“\(name)”"
    case .tooLarge(let p, let bytes, let limit):
      return "\(p): 文件过大（\(bytes) 字节），本命令最多处理 \(limit) 字节（\(limit / 1_048_576) MB）；请拆分后再处理"
    case .damaged(let p, let format, let reason): return "\(p): \(format)已损坏，无法读取：\(reason)"
    case .noText(let p, let format): return "\(p): \(format)中没有可读的正文"
    }
  }
}
