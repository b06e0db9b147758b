import Crypto
import FlagdeskCore
import Foundation

/// File operations of backup and restore: copies that hash what they copy, never follow a
/// symbolic link, never replace an existing file, and create everything private (DESIGN.md §8).
enum BackupFiles {
    /// Copies `source` to `destination` (which must not exist) with `mode`, returning the
    /// SHA-256 and size of the bytes written.
    static func copy(_ source: URL, to destination: URL, mode: mode_t) throws(StoreError) -> (
        sha256: String, size: Int64
    ) {
        let input = open(source.path, O_RDONLY | O_NOFOLLOW)
        guard input >= 0 else {
            throw .evidenceUnreadable(path: source.path, reason: String(cString: strerror(errno)))
        }
        defer { close(input) }
        guard isRegular(descriptor: input) else {
            throw .evidenceUnreadable(path: source.path, reason: "not a regular file")
        }
        try createFolder(destination.deletingLastPathComponent())
        let output = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        guard output >= 0 else {
            throw .database("cannot create \(destination.path): \(String(cString: strerror(errno)))")
        }
        defer { close(output) }
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { throw .evidenceUnreadable(path: source.path, reason: String(cString: strerror(errno))) }
            if count == 0 { break }
            hasher.update(data: buffer[0..<count])
            var written = 0
            while written < count {
                let result = buffer.withUnsafeBytes { write(output, $0.baseAddress! + written, count - written) }
                if result < 0 {
                    throw .database("cannot write \(destination.path): \(String(cString: strerror(errno)))")
                }
                written += result
            }
            size += Int64(count)
        }
        guard fsync(output) == 0 else {
            throw .database("cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
        return (hasher.finalize().lowercaseHex, size)
    }

    /// The SHA-256 and size of a regular file; nil when it is missing, a link or unreadable.
    static func hash(_ url: URL) -> (sha256: String, size: Int64)? {
        let input = open(url.path, O_RDONLY | O_NOFOLLOW)
        guard input >= 0 else { return nil }
        defer { close(input) }
        guard isRegular(descriptor: input) else { return nil }
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            hasher.update(data: buffer[0..<count])
            size += Int64(count)
        }
        return (hasher.finalize().lowercaseHex, size)
    }

    /// Creates a folder (and its missing parents) with mode 0700.
    static func createFolder(_ url: URL) throws(StoreError) {
        try FilePermissions.createPrivateFolder(url)
    }

    /// Whether a folder is absent or empty.
    static func isAbsentOrEmpty(_ url: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: url.path) else { return true }
        return (try? FileManager.default.contentsOfDirectory(atPath: url.path))?.isEmpty ?? false
    }

    /// Paths below `folder` that are symbolic links or neither files nor folders: a backup
    /// holds only plain files, so anything else was put there by someone else.
    static func irregularEntries(below folder: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            var status = stat()
            guard lstat(folder.appendingPathComponent(relative).path, &status) == 0 else { continue }
            let type = status.st_mode & mode_t(S_IFMT)
            if type != mode_t(S_IFREG) && type != mode_t(S_IFDIR) { found.append(relative) }
        }
        return found.sorted()
    }

    private static func isRegular(descriptor: Int32) -> Bool {
        var status = stat()
        return fstat(descriptor, &status) == 0 && status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG)
    }
}
