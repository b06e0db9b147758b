import Foundation

/// `flagdesk restore PATH`: a verified backup becomes the store again.
public enum BackupRestore {
    /// Verifies the backup in `backup`, then copies its database and evidence files into
    /// `storeFolder`, which must be absent or empty: an existing store is never overwritten.
    /// The copy is assembled in a private folder beside the target and renamed into place, so
    /// a failed restore leaves no half store. Every byte copied is hashed again on the way, so
    /// a backup changed after the check is refused too.
    public static func restore(
        from backup: URL, to storeFolder: URL, sealKeyFile: URL
    ) throws(StoreError) -> BackupVerification {
        let backup = backup.standardizedFileURL
        let target = storeFolder.standardizedFileURL
        let key = try SealKeyFile.read(at: sealKeyFile, storeFolder: target)
        let verification = BackupVerifier.verify(backup, key: key)
        guard verification.verifies, let manifest = verification.manifest else {
            throw .refused(
                "the backup in \(backup.path) does not verify, nothing was restored:\n  - "
                    + verification.problems.joined(separator: "\n  - "))
        }
        guard BackupFiles.isAbsentOrEmpty(target) else {
            throw .refused(
                "\(target.path) is not empty: a restore never overwrites a store. Move it away first "
                    + "(mv '\(target.path)' '\(target.path).old'), then restore again")
        }
        let parent = target.deletingLastPathComponent()
        try BackupFiles.createFolder(parent)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).restoring-\(UUID().uuidString)")
        try BackupFiles.createFolder(staging)
        do {
            try copy(
                manifest.database, from: backup, to: staging, mode: 0o600)
            for file in manifest.evidence {
                // Held evidence is read-only, as `EvidenceFiles` leaves it.
                try copy(file, from: backup, to: staging, mode: 0o400)
            }
            // Packs stay writable by the desk: a purge overwrites a purged message's bytes.
            for file in manifest.mailPacks ?? [] { try copy(file, from: backup, to: staging, mode: 0o600) }
            try BackupFiles.createFolder(staging.appendingPathComponent(Store.evidenceFolderName))
            // rmdir, not a recursive removal: it fails if anything appeared in the target meanwhile.
            if FileManager.default.fileExists(atPath: target.path), rmdir(target.path) != 0 {
                throw StoreError.refused("\(target.path) is no longer empty; nothing was restored")
            }
            try FileManager.default.moveItem(at: staging, to: target)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            if let error = error as? StoreError { throw error }
            throw .database("cannot restore into \(target.path): \(error.localizedDescription)")
        }
        return verification
    }

    private static func copy(_ file: BackupFile, from backup: URL, to staging: URL, mode: mode_t) throws(StoreError) {
        let written = try BackupFiles.copy(
            backup.appendingPathComponent(file.path), to: staging.appendingPathComponent(file.path), mode: mode)
        guard written.sha256 == file.sha256 else {
            throw .refused(
                "\(file.path) changed while it was being restored (SHA-256 now \(written.sha256)); nothing was restored"
            )
        }
    }
}
