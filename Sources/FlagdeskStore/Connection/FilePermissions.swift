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

    /// Writes a new owner-only (0600) file in a 0700 folder, synced; never replaces a file
    /// (O_EXCL: an existing one, perhaps another store's key, stays). `what` names it in errors.
    static func createPrivateFile(at url: URL, contents: Data, what: String) throws(StoreError) {
        try createPrivateFolder(url.deletingLastPathComponent())
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "the file already exists" : String(cString: strerror(errno))
            throw .refused("cannot create \(what) \(url.path): \(reason)")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: contents)
            try handle.synchronize()
            try handle.close()
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw .refused("cannot write \(what) \(url.path): \(error.localizedDescription)")
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
