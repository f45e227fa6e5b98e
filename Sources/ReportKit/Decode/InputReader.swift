import Foundation

/// Reads report files from disk, turning every failure into an `InputError`.
public enum InputReader {
  /// The largest file read (a report is far smaller; this bounds memory).
  public static let maxBytes = 512 * 1024 * 1024

  /// The bytes of the file at `path`.
  public static func bytes(at path: String) throws -> [UInt8] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw InputError.notFound(path: path)
    }
    if isDir.boolValue { throw InputError.isDirectory(path: path) }
    guard let h = FileHandle(forReadingAtPath: path) else {
      throw InputError.unreadable(path: path, reason: "没有读取权限")
    }
    defer { try? h.close() }
    do {
      let data = try h.readToEnd() ?? Data()
      if data.count > maxBytes { throw InputError.tooLarge(path: path, bytes: data.count) }
      return [UInt8](data)
    } catch let e as InputError {
      throw e
    } catch {
      throw InputError.unreadable(path: path, reason: "\(error)")
    }
  }
}
