import Foundation

/// Owner-only files and folders: the store holds data a trafficker could use to find victims.
enum FilePermissions {
    static func createPrivateFolder(_ url: URL) throws(StoreError) {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .database("cannot create folder \(url.path): \(error.localizedDescription)")
        }
    }

    /// Refuses a folder or file that group or others can read, write or enter.
    static func requirePrivate(_ url: URL, isFolder: Bool) throws(StoreError) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue
        else { return }
        if mode & 0o077 != 0 {
            throw .insecurePermissions(
                path: url.path, mode: String(mode, radix: 8),
                fix: "chmod \(isFolder ? "700" : "600") '\(url.path)'")
        }
    }

    /// The database's companions (`-wal`, `-shm`, `-journal`) and the evidence folder: the WAL
    /// holds recent changes in clear, so it must be as private as the database.
    static func requirePrivateContents(of storeFolder: URL) throws(StoreError) {
        for suffix in ["-wal", "-shm", "-journal"] {
            let url = storeFolder.appendingPathComponent(Store.databaseFileName + suffix)
            try requirePrivate(url, isFolder: false)
        }
        try requirePrivate(storeFolder.appendingPathComponent(Store.evidenceFolderName), isFolder: true)
    }
}
