import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// Content-addressed evidence files: `evidence/<first two hex digits>/<sha256>`, written once,
/// read-only afterwards. The original file is only read, never moved or changed.
public struct EvidenceFiles: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Where the file of a hash is held. The hash comes from the database; anything that is not
    /// 64 hexadecimal digits (a damaged or forged row: `../../x`) maps to a name that cannot
    /// leave the evidence folder and is never held, so it reads as missing.
    public func url(forSHA256 sha256: String) -> URL {
        guard Self.isSHA256(sha256) else {
            return root.appendingPathComponent("invalid").appendingPathComponent("not-a-sha256")
        }
        let name = sha256.lowercased()
        return root.appendingPathComponent(String(name.prefix(2))).appendingPathComponent(name)
    }

    /// Whether `text` is a SHA-256 in hexadecimal (64 digits).
    public static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0 | 0x20) }
    }

    /// Copies a file into the store while hashing it, then renames it into place atomically.
    /// Returns its SHA-256 (hex) and size. A file already held (same hash) is not copied twice.
    public func importFile(at source: URL) throws(StoreError) -> (sha256: String, size: Int64) {
        guard let input = FileHandle(forReadingAtPath: source.path) else {
            throw .evidenceUnreadable(path: source.path, reason: "no such file or not readable")
        }
        defer { try? input.close() }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .evidenceUnreadable(path: source.path, reason: "it is a folder, not a file")
        }
        try FilePermissions.createPrivateFolder(root)
        let temporary = root.appendingPathComponent(".incoming-\(UUID().uuidString)")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let output = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw .evidenceUnreadable(path: temporary.path, reason: "cannot create a file in the evidence folder")
        }
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            defer { try? output.close() }
            while true {
                let chunk = try input.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { break }
                hasher.update(data: chunk)
                try output.write(contentsOf: chunk)
                size += Int64(chunk.count)
            }
            try output.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .evidenceUnreadable(path: source.path, reason: error.localizedDescription)
        }
        let sha256 = hasher.finalize().lowercaseHex
        let destination = url(forSHA256: sha256)
        do {
            if FileManager.default.fileExists(atPath: destination.path) {
                try FileManager.default.removeItem(at: temporary)
            } else {
                try FilePermissions.createPrivateFolder(destination.deletingLastPathComponent())
                try FileManager.default.moveItem(at: temporary, to: destination)
                try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: destination.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .evidenceUnreadable(path: destination.path, reason: error.localizedDescription)
        }
        return (sha256, size)
    }

    /// The SHA-256 of a held file, or nil when it is missing.
    /// The SHA-256 and size of a file that must not be held (Dir. 2011/93/EU Art. 5): read
    /// once, never copied, so the bytes never reach the store, its backups or its bundles.
    public static func hashWithoutHolding(at source: URL) throws(StoreError) -> (sha256: String, size: Int64) {
        guard let handle = FileHandle(forReadingAtPath: source.path) else {
            throw .evidenceUnreadable(path: source.path, reason: "no such file or not readable")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += Int64(chunk.count)
        }
        return (hasher.finalize().lowercaseHex, size)
    }

    public func hashOfHeldFile(sha256: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: url(forSHA256: sha256).path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().lowercaseHex
    }

    /// Checks every evidence row that is not purged and whose bytes were not withheld (hash and
    /// metadata only, Dir. 2011/93/EU Art. 5): the file exists and its hash matches.
    public func verify(in db: Database, progress: ProgressReport? = nil) throws -> [EvidenceProblem] {
        var problems: [EvidenceProblem] = []
        let total = try progress.map { _ in try EvidenceRecords.heldCount(in: db) }
        var done = 0
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, sha256, original_name FROM evidence
                WHERE \(EvidenceRecords.heldPredicate) ORDER BY id
                """)
        while let row = try rows.next() {
            let expected: String = row["sha256"]
            let id: Int64 = row["id"]
            progress?(WorkProgress(stage: "hashing evidence files", unit: "files", done: done, total: total))
            done += 1
            switch hashOfHeldFile(sha256: expected) {
            case nil:
                problems.append(EvidenceProblem(evidenceID: id, sha256: expected, reason: "file is missing"))
            case let actual? where actual != expected:
                problems.append(
                    EvidenceProblem(evidenceID: id, sha256: expected, reason: "file content changed (now \(actual))"))
            default:
                break
            }
        }
        return problems
    }

    /// A media type from the file name's extension; content is never interpreted.
    public static func mediaType(forFileName name: String) -> String {
        let types: [String: String] = [
            "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
            "webp": "image/webp", "mp4": "video/mp4", "webm": "video/webm", "mov": "video/quicktime",
            "txt": "text/plain", "html": "text/html", "htm": "text/html", "pdf": "application/pdf",
            "json": "application/json", "mhtml": "multipart/related", "warc": "application/warc",
            "zip": "application/zip", "eml": "message/rfc822", "csv": "text/csv",
        ]
        let ext = (name as NSString).pathExtension.lowercased()
        return types[ext] ?? "application/octet-stream"
    }
}

/// An evidence file that no longer matches its record.
public struct EvidenceProblem: Sendable, Equatable {
    public let evidenceID: Int64
    public let sha256: String
    public let reason: String
}
