import Crypto
import FlagdeskCore
import Foundation

/// Where a packed message's bytes are: `evidence/packs/<pack>`, `size` bytes from `start`.
public struct MailPackLocation: Sendable, Equatable {
    public var pack: String
    public var start: Int64
    public var size: Int64

    public init(pack: String, start: Int64, size: Int64) {
        self.pack = pack
        self.start = start
        self.size = size
    }
}

/// One import's messages, appended to one file as they stream in, each hashed on the way
/// (issue #19's bench: a file created per message cost 38% of an import in the kernel, on
/// ext4 without a journal). Each message stays evidence of its own: its SHA-256 is in its
/// sealed row, its place in `mail_pack_entries`, and `verify` hashes its bytes in the pack, so
/// an edited, cut or deleted message is named alone. The pack is flushed once, before the
/// import's transaction commits; a run that rolls back removes it.
public final class MailPackWriter {
    private let folder: URL
    /// `<uuid>.pack`: the only form `EvidenceFiles.packURL` accepts from the database.
    public let name: String
    private var descriptor: Int32 = -1
    private var created = false
    /// Bytes on disk, and the buffer after them (written in 1 MiB blocks).
    private var onDisk: Int64 = 0
    private var buffer: [UInt8] = []
    /// The message being appended: where it starts, its hash so far.
    private var start: Int64 = 0
    private var hasher = SHA256()

    public init(in files: EvidenceFiles) {
        folder = files.packFolder
        name = UUID().uuidString.lowercased() + ".pack"
        buffer.reserveCapacity(1 << 20)
    }

    private var end: Int64 { onDisk + Int64(buffer.count) }
    private var path: String { folder.appendingPathComponent(name).path }

    static func isPackName(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        guard utf8.count == 41, name.hasSuffix(".pack") else { return false }
        return utf8[0..<36].allSatisfy { (48...57).contains($0) || (97...102).contains($0) || $0 == 45 }
    }

    /// Starts a message; one not finished before is cut off.
    public func begin() throws(StoreError) {
        try drop()
    }

    public func append(_ bytes: ArraySlice<UInt8>) throws(StoreError) {
        if descriptor < 0 { try create() }
        hasher.update(data: bytes)
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try drain() }
    }

    /// The message's SHA-256 (hex) and place; the next one starts after it.
    public func finish() -> (sha256: String, location: MailPackLocation) {
        let location = MailPackLocation(pack: name, start: start, size: end - start)
        let sha256 = hasher.finalize().lowercaseHex
        start = end
        hasher = SHA256()
        return (sha256, location)
    }

    /// Cuts the last finished (or the unfinished) message off again: one already held.
    public func drop(_ location: MailPackLocation? = nil) throws(StoreError) {
        let from = location?.start ?? start
        hasher = SHA256()
        start = from
        guard end > from else { return }
        if from >= onDisk {
            buffer.removeLast(Int(end - from))
        } else {
            buffer.removeAll(keepingCapacity: true)
            guard ftruncate(descriptor, off_t(from)) == 0 else { throw failure("cannot cut the pack short") }
            onDisk = from
        }
    }

    /// Writes what is buffered, flushes the pack and its folder to disk and makes it read-only;
    /// removes it when it holds nothing. Called once, before the transaction commits.
    public func close() throws(StoreError) {
        guard descriptor >= 0 else { return }
        try drop()
        try drain()
        defer {
            Glibc.close(descriptor)
            descriptor = -1
        }
        if onDisk == 0 {
            unlink(path)
            created = false
            return
        }
        guard fsync(descriptor) == 0, fchmod(descriptor, 0o400) == 0 else { throw failure("cannot flush the pack") }
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard folderDescriptor >= 0 else { throw failure("cannot flush the pack's folder") }
        defer { Glibc.close(folderDescriptor) }
        guard fsync(folderDescriptor) == 0 else { throw failure("cannot flush the pack's folder") }
    }

    /// Removes the pack (the import rolled back: no row names it).
    public func discard() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
        if created { unlink(path) }
        created = false
    }

    private func create() throws(StoreError) {
        try FilePermissions.createPrivateFolder(folder)
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot create a pack in the evidence folder") }
        created = true
    }

    private func drain() throws(StoreError) {
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { bytes in
                pwrite(
                    descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(onDisk) + off_t(written))
            }
            guard count > 0 else {
                discard()
                throw failure("cannot write the pack")
            }
            written += count
        }
        onDisk += Int64(written)
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure(_ what: String) -> StoreError {
        .evidenceUnreadable(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}

/// What a packed message's bytes hash to, read back from its pack.
public enum PackedBytes: Equatable, Sendable {
    case missing
    /// The pack ends before the message does: `held` of its bytes are there.
    case cutShort(held: Int64)
    case sha256(String)
}

extension EvidenceFiles {
    public var packFolder: URL { root.appendingPathComponent("packs") }

    /// The pack a name from the database means; nil for any other form (a damaged or forged
    /// row cannot leave the folder).
    func packURL(_ name: String) -> URL? {
        MailPackWriter.isPackName(name) ? packFolder.appendingPathComponent(name) : nil
    }

    /// The first `limit` bytes of a packed message; nil when its pack is missing.
    public func readPacked(_ location: MailPackLocation, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        let read = withPackedBytes(location, limit: Int64(limit)) { bytes.append(contentsOf: $0) }
        return read == nil ? nil : bytes
    }

    /// Hashes a packed message's bytes as they are now.
    public func hashOfPacked(_ location: MailPackLocation) -> PackedBytes {
        var hasher = SHA256()
        guard let read = withPackedBytes(location, limit: location.size, { hasher.update(bufferPointer: $0) })
        else { return .missing }
        return read < location.size ? .cutShort(held: read) : .sha256(hasher.finalize().lowercaseHex)
    }

    /// Feeds up to `limit` bytes of the message to `body` in blocks; the count read, nil when
    /// the pack cannot be opened.
    private func withPackedBytes(
        _ location: MailPackLocation, limit: Int64, _ body: (UnsafeRawBufferPointer) -> Void
    ) -> Int64? {
        guard let url = packURL(location.pack), location.start >= 0 else { return nil }
        // An empty message has no bytes to find (its import may have written no pack).
        if location.size == 0 { return 0 }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var block = [UInt8](repeating: 0, count: 1 << 20)
        var done: Int64 = 0
        let wanted = min(limit, location.size)
        while done < wanted {
            let count = block.withUnsafeMutableBytes { block in
                pread(
                    descriptor, block.baseAddress!, Int(min(Int64(block.count), wanted - done)),
                    off_t(location.start + done))
            }
            guard count > 0 else { break }
            block.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            done += Int64(count)
        }
        return done
    }

    /// Overwrites a purged message's bytes in its pack with zeros (GDPR Art. 5(1)(e)); the
    /// others stay where they are. Whether it was done (a pack already gone counts as done).
    func erasePacked(_ location: MailPackLocation) -> Bool {
        guard let url = packURL(location.pack), location.start >= 0, location.size >= 0 else { return false }
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return errno == ENOENT }
        guard status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) else { return false }
        chmod(url.path, 0o600)
        defer { chmod(url.path, 0o400) }
        let descriptor = open(url.path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let zeros = [UInt8](repeating: 0, count: 1 << 16)
        let end = min(location.start + location.size, Int64(status.st_size))
        var at = location.start
        while at < end {
            let count = zeros.withUnsafeBytes {
                pwrite(descriptor, $0.baseAddress!, Int(min(Int64($0.count), end - at)), off_t(at))
            }
            guard count > 0 else { return false }
            at += Int64(count)
        }
        return fsync(descriptor) == 0
    }

    /// Removes a pack none of whose messages is held any more.
    func removePack(_ name: String) {
        guard let url = packURL(name) else { return }
        unlink(url.path)
    }
}
