import FlagdeskCore
import Foundation
import GRDB

/// `flagdesk backup PATH`: the database through SQLite's online backup (writers elsewhere, a TUI
/// or an import, keep working: the copy is one consistent snapshot), then the evidence files
/// that snapshot cites, then `manifest.json` with every file's SHA-256. Only those files: a key
/// file beside the store is never copied.
extension Store {
    /// Writes a backup into `folder` (absent or empty; created 0700, files 0600) and returns its
    /// manifest. A failed backup removes what it wrote. `beforeManifest` runs once the copy is
    /// complete and before the manifest that makes it restorable is written (the engine records
    /// the backup on the trail there: no backup is usable before the trail says who took it);
    /// when it throws, the copy is removed.
    public func backup(
        to folder: URL, by actor: String, at now: Date, progress: ProgressReport? = nil,
        beforeManifest: (BackupManifest) throws -> Void = { _ in }
    ) throws(StoreError) -> BackupManifest {
        let folder = folder.standardizedFileURL
        guard BackupFiles.isAbsentOrEmpty(folder) else {
            throw .refused("\(folder.path) exists and is not empty; name a new or empty folder for the backup")
        }
        if folder.path == self.folder.path || folder.path.hasPrefix(self.folder.path + "/") {
            throw .refused("the backup cannot go inside the store it copies (\(self.folder.path))")
        }
        guard let key = sealKey.current else { throw .sealKeyMissing(path: sealKey.path) }
        try BackupFiles.createFolder(folder)
        // An empty folder given by the user becomes private too.
        chmod(folder.path, 0o700)
        do {
            return try writeBackup(
                into: folder, by: actor, at: now, key: key, progress: progress, beforeManifest: beforeManifest)
        } catch {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
            }
            throw error
        }
    }

    private func writeBackup(
        into folder: URL, by actor: String, at now: Date, key: SealKey, progress: ProgressReport?,
        beforeManifest: (BackupManifest) throws -> Void
    ) throws(StoreError) -> BackupManifest {
        let databaseCopy = folder.appendingPathComponent(Store.databaseFileName)
        let held: (hashes: [String], chain: ChainVerdict, packs: [String])
        do {
            let oldMask = umask(0o077)
            defer { umask(oldMask) }
            let copy = try DatabaseQueue(path: databaseCopy.path)
            // 1,024 pages (4 MiB) a step: progress at a useful pace, one snapshot throughout.
            try pool.backup(to: copy, pagesPerStep: progress == nil ? -1 : 1024) { step in
                progress?(
                    WorkProgress(
                        stage: "copying the database", unit: "pages", done: step.completedPageCount,
                        total: step.totalPageCount))
            }
            // A single self-contained file (no -wal beside it), so its hash says everything.
            try copy.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
            held = try copy.read { db in
                (try Self.heldHashes(in: db), try AuditTrail.verify(in: db), try Self.heldPacks(in: db))
            }
            try copy.close()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("the online backup failed: \(error)")
        }
        guard case .intact(let events, let head) = held.chain else {
            throw .refused("the store's audit chain does not verify; run `flagdesk verify` before backing it up")
        }
        let evidenceFiles = EvidenceFiles(root: evidenceFolder)
        var copied: [BackupFile] = []
        for (index, hash) in held.hashes.enumerated() {
            progress?(
                WorkProgress(stage: "copying evidence", unit: "files", done: index, total: held.hashes.count))
            let source = evidenceFiles.url(forSHA256: hash)
            // A mandate document sealed into the database has no file to copy.
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            let path = "\(Store.evidenceFolderName)/\(hash.prefix(2))/\(hash)"
            let written = try BackupFiles.copy(source, to: folder.appendingPathComponent(path), mode: 0o600)
            guard written.sha256 == hash else {
                throw .refused("evidence file \(hash) no longer matches its SHA-256; run `flagdesk verify`")
            }
            copied.append(BackupFile(path: path, sha256: hash, size: written.size))
        }
        var packs: [BackupFile] = []
        for (index, pack) in held.packs.enumerated() {
            progress?(WorkProgress(stage: "copying mail", unit: "packs", done: index, total: held.packs.count))
            let path = "\(Store.evidenceFolderName)/packs/\(pack)"
            let written = try BackupFiles.copy(
                evidenceFiles.packFolder.appendingPathComponent(pack), to: folder.appendingPathComponent(path),
                mode: 0o600)
            packs.append(BackupFile(path: path, sha256: written.sha256, size: written.size))
        }
        guard let database = BackupFiles.hash(databaseCopy) else {
            throw .database("cannot read the database copy \(databaseCopy.path)")
        }
        var manifest = BackupManifest(
            format: BackupManifest.currentFormat, createdAt: ISO8601.format(now), createdBy: actor,
            database: BackupFile(path: Store.databaseFileName, sha256: database.sha256, size: database.size),
            chainEvents: events, chainHead: head, evidence: copied, mailPacks: packs, note: BackupManifest.keyFileNote,
            deskID: deskID, seal: "")
        let manifestURL = folder.appendingPathComponent(BackupManifest.fileName)
        do {
            try beforeManifest(manifest)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .refused("the backup was not completed: \(error)")
        }
        do {
            manifest.seal = try BackupSeal.compute(manifest, key: key)
            let data = try manifest.encoded()
            guard
                FileManager.default.createFile(
                    atPath: manifestURL.path, contents: data, attributes: [.posixPermissions: 0o600])
            else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .database("cannot write \(manifestURL.path): \(error.localizedDescription)")
        }
        return manifest
    }

    /// The evidence files a snapshot cites: live evidence rows and mandate documents of people
    /// not purged. Purged rows keep their hash but their file is gone by design; withheld rows
    /// (material the organisation may not hold) never had one.
    static func heldHashes(in db: Database) throws -> [String] {
        // A backup taken before mail packs (v19-perf) has no place rows: every message had a file.
        let packed =
            try db.tableExists("mail_pack_entries")
            ? "AND sha256 NOT IN (SELECT sha256 FROM mail_pack_entries)" : ""
        let purgeMark =
            try db.tableExists("mail_messages") && db.columns(in: "mail_messages").contains { $0.name == "purged_at" }
        let mail =
            try db.tableExists("mail_messages")
            ? "UNION SELECT sha256 FROM mail_messages WHERE \(purgeMark ? "purged_at IS NULL" : "1") \(packed)" : ""
        return try String.fetchAll(
            db,
            sql: """
                SELECT sha256 FROM evidence WHERE purged_at IS NULL AND withheld_reason IS NULL
                UNION
                SELECT mandate_document_sha256 FROM people
                WHERE purged_at IS NULL AND mandate_document_sha256 IS NOT NULL
                \(mail)
                ORDER BY 1
                """)
    }

    /// The packs holding a message not purged (a pack whose messages are all purged is removed).
    static func heldPacks(in db: Database) throws -> [String] {
        guard try db.tableExists("mail_pack_entries") else { return [] }
        return try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT pack FROM mail_pack_entries
                WHERE sha256 IN (SELECT sha256 FROM mail_messages WHERE purged_at IS NULL) ORDER BY 1
                """)
    }
}

extension Store {
    /// `BackupVerifier.verify` with this desk's seal key (after a backup is written).
    public func verifyBackup(_ folder: URL, progress: ProgressReport? = nil) -> BackupVerification {
        BackupVerifier.verify(folder, key: sealKey.current, progress: progress)
    }
}
