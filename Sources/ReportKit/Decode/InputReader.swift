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
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw InputError.notFound(path: path)
    }
    if isDir.boolValue { throw InputError.isDirectory(path: path) }
    guard let h = FileHandle(forReadingAtPath: path) else {
      throw InputError.unreadable(path: path, reason: "没有读取权限")
    }
    defer { try? h.close() }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
      throw InputError.tooLarge(path: path, bytes: size, limit: limit)
    }
    do {
      let data = try h.readToEnd() ?? Data()
      if data.count > limit { throw InputError.tooLarge(path: path, bytes: data.count, limit: limit) }
      return [UInt8](data)
    } catch let e as InputError {
      throw e
    } catch {
      throw InputError.unreadable(path: path, reason: "\(error)")
    }
  }
}
