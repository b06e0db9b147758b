import FlagdeskCore
import Foundation
import GRDB

/// What checking a backup folder found. A backup verifies when `problems` is empty.
public struct BackupVerification: Sendable, Equatable {
    public var manifest: BackupManifest?
    /// SQLite's `PRAGMA integrity_check` of the copy ("ok" when sound).
    public var integrity: [String]
    public var chain: ChainVerdict?
    /// Evidence files whose bytes match their SHA-256.
    public var evidenceVerified: Int
    /// Each failed check, in words: what failed and where.
    public var problems: [String]

    public var verifies: Bool { problems.isEmpty }
}

/// Checks a backup folder without changing it: the manifest, the database's hash, SQLite's
/// integrity check, the audit chain and the records' agreement with it (the same checks as
/// `flagdesk verify`, and the chain's head against the manifest's) and every evidence file's hash. Run after every backup and before a restore.
public enum BackupVerifier {
    /// `key`: the seal key of the desk, which the manifest and the copy's rows must match;
    /// without it nothing can be proven and the backup does not verify.
    public static func verify(_ folder: URL, key: SealKey?, progress: ProgressReport? = nil) -> BackupVerification {
        var result = BackupVerification(
            manifest: nil, integrity: [], chain: nil, evidenceVerified: 0, problems: [])
        for entry in BackupFiles.irregularEntries(below: folder) {
            result.problems.append("\(entry) is a link or a special file; a backup holds plain files only")
        }
        let manifestURL = folder.appendingPathComponent(BackupManifest.fileName)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            result.problems.append("\(manifestURL.path) is missing: not a Flagdesk backup, or an unfinished one")
            return result
        }
        guard let manifest = try? JSONDecoder().decode(BackupManifest.self, from: data),
            manifest.format == BackupManifest.currentFormat
        else {
            result.problems.append("\(BackupManifest.fileName) is not a \(BackupManifest.currentFormat) manifest")
            return result
        }
        result.manifest = manifest
        guard let key else {
            result.problems.append("the backup's seal cannot be checked without the desk's seal key file")
            return result
        }
        guard manifest.deskID == key.deskID else {
            result.problems.append(
                "the backup is of desk \(manifest.deskID), the seal key of desk \(key.deskID): a backup and a key of "
                    + "different desks are refused")
            return result
        }
        guard (try? BackupSeal.compute(manifest, key: key)) == manifest.seal else {
            result.problems.append(
                "\(BackupManifest.fileName) does not match its seal: the backup was edited after it was written")
            return result
        }
        guard manifest.database.path == Store.databaseFileName,
            manifest.evidence.allSatisfy(\.isWellFormedEvidence),
            (manifest.mailPacks ?? []).allSatisfy(\.isWellFormedMailPack)
        else {
            result.problems.append("\(BackupManifest.fileName) names a file outside the backup's layout")
            return result
        }
        progress?(WorkProgress(stage: "checking the copy's database", unit: "steps", done: 0, total: nil))
        checkDatabase(folder, manifest, key, &result)
        let files = manifest.evidence + (manifest.mailPacks ?? [])
        for (index, file) in files.enumerated() {
            progress?(
                WorkProgress(stage: "checking the copy's evidence", unit: "files", done: index, total: files.count))
            switch BackupFiles.hash(folder.appendingPathComponent(file.path)) {
            case nil:
                result.problems.append("evidence file \(file.path) is missing")
            case let found? where found.sha256 != file.sha256:
                result.problems.append("evidence file \(file.path) does not match its SHA-256 (now \(found.sha256))")
            default:
                result.evidenceVerified += 1
            }
        }
        return result
    }

    private static func checkDatabase(
        _ folder: URL, _ manifest: BackupManifest, _ key: SealKey, _ result: inout BackupVerification
    ) {
        let databaseURL = folder.appendingPathComponent(Store.databaseFileName)
        guard let found = BackupFiles.hash(databaseURL) else {
            result.problems.append("the database \(Store.databaseFileName) is missing")
            return
        }
        if found.sha256 != manifest.database.sha256 {
            result.problems.append(
                "the database \(Store.databaseFileName) does not match the SHA-256 in the manifest (it was changed)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let copy = try DatabaseQueue(path: databaseURL.path, configuration: configuration)
            defer { try? copy.close() }
            let (integrity, chain, cited, trail, seal, packs) = try copy.read { db in
                (
                    try String.fetchAll(db, sql: "PRAGMA integrity_check"), try AuditTrail.verify(in: db),
                    try Store.heldHashes(in: db).filter { hash in
                        // Mandate documents sealed into the database have no file.
                        try !Bool.fetchOne(
                            db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE mandate_document_sha256 = ?)",
                            arguments: [hash])!
                    },
                    try AuditReconciliation.problems(in: db), try SealVerifier.check(key: key, in: db),
                    try Store.heldPacks(in: db)
                )
            }
            result.problems += trail.map { "records and audit trail disagree: \($0)" }
            result.problems += seal.problems.map { "seal: \($0.message)" }
            result.integrity = integrity
            result.chain = chain
            if integrity != ["ok"] {
                result.problems.append("SQLite integrity check of the copy: \(integrity.joined(separator: "; "))")
            }
            switch chain {
            case .broken(let id, let reason):
                result.problems.append("audit chain broken at event #\(id): \(reason)")
            case .intact(let events, let head) where events != manifest.chainEvents || head != manifest.chainHead:
                result.problems.append(
                    "audit chain ends at \(events) events, head \(head); the manifest recorded \(manifest.chainEvents) "
                        + "events, head \(manifest.chainHead)")
            case .intact:
                break
            }
            let listed = Set(manifest.evidence.map(\.sha256))
            for hash in cited where !listed.contains(hash) {
                result.problems.append("evidence \(hash) is on record but its file is not in the backup")
            }
            let listedPacks = Set(
                (manifest.mailPacks ?? []).map { $0.path.split(separator: "/").last.map(String.init) })
            for pack in packs where !listedPacks.contains(pack) {
                result.problems.append("imported mail in pack \(pack) is on record but the pack is not in the backup")
            }
        } catch {
            result.problems.append("the database copy cannot be read: \(error)")
        }
    }
}
