import Foundation

/// Reads report files from disk, turning every failure into an `InputError`.
public enum InputReader {
  /// The largest file read (a report is far smaller; this bounds memory).
  public static let maxBytes = 512 * 1024 * 1024

  /// The largest report `analyze audit` and `analyze compare` take: their
  /// model of a text is larger than the analysis's (about 34 bytes per
  /// input byte on a text that is all figures, against 17 for the analysis),
  /// so their bound is half the analysis's. See README, "Size and work budget".
  public static let maxAuditBytes = 256 * 1024 * 1024

  /// The bytes of the file at `path`, at most `limit` of them (else
  /// `InputError.tooLarge`, before the file is read).
  public static func bytes(at path: String, limit: Int = maxBytes) throws -> [UInt8] {
    // POSIX calls, not FileManager: its attribute dictionary's casts cost
    // more at start-up than reading a report.
    var info = stat()
    guard stat(path, &info) == 0 else { throw InputError.notFound(path: path) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw InputError.isDirectory(path: path) }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw InputError.unreadable(path: path, reason: "没有读取权限") }
    defer { close(fd) }
    let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
    if size > limit { throw InputError.tooLarge(path: path, bytes: size, limit: limit) }
    // Read straight into the array, sized by the file's size (a Data read
    // in chunks and then copied cost two passes and twice the pages over a
    // large file); a pipe, or a file that grew, goes on in chunks.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, count in
      count = 0
      guard let base = buf.baseAddress else { return }
      while count < size {
        let r = read(fd, base + count, size - count)
        if r < 0 && errno == EINTR { continue }
        if r < 0 { failure = errno }
        if r <= 0 { break }
        count += r
      }
    }
    if failure == 0 {
      try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
        while true {
          let r = read(fd, chunk.baseAddress, chunk.count)
          if r < 0 && errno == EINTR { continue }
          if r < 0 { failure = errno }
          if r <= 0 { break }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<r]))
          if bytes.count > limit { throw InputError.tooLarge(path: path, bytes: bytes.count, limit: limit) }
        }
      }
    }
    if failure != 0 { throw InputError.unreadable(path: path, reason: String(cString: strerror(failure))) }
    return bytes
  }
}
