import FlagdeskCore
import FlagdeskStore
import Foundation

/// What a backup or a restore wrote, and what checking it found.
public struct BackupReport: Sendable, Equatable {
    public var folder: URL
    public var manifest: BackupManifest
    public var verification: BackupVerification
    /// Key files are never in a backup: the output says to back them up separately.
    public var keyFileNote: String
}

extension Desk {
    /// `flagdesk backup PATH`: an online copy of the database (a TUI or an import may keep
    /// writing), the evidence files it cites and a manifest of SHA-256s, into a new or empty
    /// folder; then the copy is opened and checked as `restore` checks it (SQLite integrity, the
    /// audit chain, every evidence hash). Coordinators only: a backup carries every victim's
    /// record and every piece of evidence, so taking one is a decision about all of them.
    /// The trail records the backup before the manifest that makes the copy restorable is
    /// written: a copy of everything never exists without the record of who took it.
    public func backup(to folder: URL, progress: ProgressReport? = nil) throws(EngineError) -> BackupReport {
        try requireCoordinator(to: "back up the store (a backup carries everything in it)")
        try refuseOwnFile(folder.path)
        let manifest: BackupManifest
        var recording: EngineError?
        do {
            manifest = try store.backup(to: folder, by: actor, at: now, progress: progress) { copy in
                do throws(EngineError) {
                    try self.recordBackup(copy)
                } catch {
                    recording = error
                    throw error
                }
            }
        } catch {
            throw recording ?? EngineError(error)
        }
        let verification = store.verifyBackup(folder, progress: progress)
        guard verification.verifies else {
            throw .integrity(
                "the backup in \(folder.path) was written but does not verify:\n  - "
                    + verification.problems.joined(separator: "\n  - "))
        }
        return BackupReport(
            folder: folder, manifest: manifest, verification: verification, keyFileNote: BackupManifest.keyFileNote)
    }

    /// Who took a copy of everything is part of the custody record.
    private func recordBackup(_ manifest: BackupManifest) throws(EngineError) {
        _ = try storeWrite { db in
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "store", entityID: "backup", action: "backup",
                    payload: [
                        "chain_head": manifest.chainHead, "chain_events": String(manifest.chainEvents),
                        "database_sha256": manifest.database.sha256, "evidence_files": String(manifest.evidence.count),
                    ]), in: db)
        }
    }
}

/// `flagdesk restore PATH`: no store is open (there is none yet), so the configuration is read
/// here; who acts and their role come from the restored desk, which is removed again when the
/// actor is not its coordinator.
public enum StoreRestore {
    /// Verifies the backup, restores it into the store folder the options name (absent or
    /// empty), then opens the restored store and verifies it as `flagdesk verify` does.
    public static func restore(from backup: URL, options: DeskOptions) throws(EngineError) -> BackupReport {
        let loaded: LoadedConfig
        do {
            loaded = try ConfigLoader.load(path: options.configPath, environment: options.environment)
        } catch {
            throw .configuration(error.description)
        }
        let folder = StoreLocator.folder(flag: options.storePath, environment: options.environment, config: loaded)
        let verification: BackupVerification
        do {
            verification = try BackupRestore.restore(
                from: backup, to: folder,
                sealKeyFile: SealKeyLocation.file(config: loaded.config, environment: options.environment))
        } catch {
            throw EngineError(error)
        }
        guard let manifest = verification.manifest else { throw .store("the backup has no manifest") }
        var reopened = options
        reopened.storePath = folder.path
        reopened.createStore = false
        let desk: Desk
        do {
            // Roles belong to the restored desk: only its coordinator may bring it back.
            desk = try Desk.open(reopened)
            try desk.requireCoordinator(to: "restore a store")
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        let restored = try desk.verify()
        guard restored.isIntact else {
            throw .integrity("the restored store in \(folder.path) does not verify; run `flagdesk verify` on it")
        }
        return BackupReport(
            folder: folder, manifest: manifest, verification: verification, keyFileNote: BackupManifest.keyFileNote)
    }
}
