import Crypto
import FlagdeskCore
import Foundation

#if canImport(Glibc)
    import Glibc

    // glibc declares syncfs(2) only under _GNU_SOURCE, which the Swift module does not set.
    @_silgen_name("syncfs") private func syncfs(_ descriptor: Int32) -> Int32
#else
    private func syncfs(_ descriptor: Int32) -> Int32 { -1 }
#endif

/// A file written into the evidence folder as its bytes arrive (a message from an mbox or
/// standard input has no file of its own to copy), hashed on the way, then renamed to its
/// SHA-256. Not flushed one by one: an import of thousands of messages flushes the file system
/// once (`EvidenceFiles.flush`) before its transaction commits, so a row never names a file
/// that a crash could lose.
public final class IncomingEvidenceFile {
    private let files: EvidenceFiles
    private let temporary: URL
    private let handle: FileHandle
    private var hasher = SHA256()
    private var buffer: [UInt8] = []
    public private(set) var size: Int64 = 0

    public init(in files: EvidenceFiles) throws(StoreError) {
        self.files = files
        try FilePermissions.createPrivateFolder(files.root)
        temporary = files.root.appendingPathComponent(".incoming-\(UUID().uuidString)")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw .evidenceUnreadable(path: temporary.path, reason: "cannot create a file in the evidence folder")
        }
        self.handle = handle
    }

    public func append(_ bytes: ArraySlice<UInt8>) throws(StoreError) {
        hasher.update(data: bytes)
        size += Int64(bytes.count)
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try drain() }
    }

    private func drain() throws(StoreError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            discard()
            throw .evidenceUnreadable(path: temporary.path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Puts the file in place under its hash (kept once when already held) and returns the hash.
    public func finish() throws(StoreError) -> String {
        try drain()
        try? handle.close()
        let sha256 = hasher.finalize().lowercaseHex
        let destination = files.url(forSHA256: sha256)
        do {
            if FileManager.default.fileExists(atPath: destination.path) {
                try FileManager.default.removeItem(at: temporary)
            } else {
                try FilePermissions.createPrivateFolder(destination.deletingLastPathComponent())
                try FileManager.default.moveItem(at: temporary, to: destination)
                try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: destination.path)
            }
        } catch {
            discard()
            throw .evidenceUnreadable(path: destination.path, reason: error.localizedDescription)
        }
        return sha256
    }

    /// Drops the partial file (a message that could not be read to its end).
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

extension EvidenceFiles {
    /// Flushes the evidence folder's file system to disk (`syncfs`): once per import, not once per file.
    public func flush() {
        let descriptor = open(root.path, O_RDONLY)
        guard descriptor >= 0 else {
            sync()
            return
        }
        defer { close(descriptor) }
        if syncfs(descriptor) != 0 { sync() }
    }
}
