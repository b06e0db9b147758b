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
        var writeError: StoreError?
        let copied = readChunks(input) { chunk in
            var written = 0
            while written < chunk.count {
                let result = chunk.withUnsafeBytes { write(output, $0.baseAddress! + written, chunk.count - written) }
                if result < 0 {
                    writeError = .database("cannot write \(destination.path): \(String(cString: strerror(errno)))")
                    return false
                }
                written += result
            }
            return true
        }
        if let writeError { throw writeError }
        guard let copied else {
            throw .evidenceUnreadable(path: source.path, reason: String(cString: strerror(errno)))
        }
        guard fsync(output) == 0 else {
            throw .database("cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
        return copied
    }

    /// The SHA-256 and size of a regular file; nil when it is missing, a link or unreadable.
    static func hash(_ url: URL) -> (sha256: String, size: Int64)? {
        let input = open(url.path, O_RDONLY | O_NOFOLLOW)
        guard input >= 0 else { return nil }
        defer { close(input) }
        guard isRegular(descriptor: input) else { return nil }
        return readChunks(input) { _ in true }
    }

    /// Reads a file to its end in 1 MiB chunks, hashing as it goes and handing each chunk to
    /// `body` (which returns false to stop). Nil on a read error or a stop.
    private static func readChunks(_ input: Int32, _ body: (ArraySlice<UInt8>) -> Bool) -> (
        sha256: String, size: Int64
    )? {
        var hasher = SHA256()
        var size: Int64 = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { break }
            hasher.update(data: buffer[0..<count])
            guard body(buffer[0..<count]) else { return nil }
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
