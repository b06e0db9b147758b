import Foundation

/// A store this account may read but not change (a colleague's copy, an archive mounted
/// read-only, a folder or file without write permission). It opens read-only instead of failing
/// on the first write with SQLite's "attempt to write a readonly database"; every change is then
/// refused before it starts, in plain words (`StoreError.readOnly`).
enum ReadOnlyStore {
    /// Why this account cannot change the store, or nil when it can. (root passes `access`
    /// whatever the modes say, as it passes the writes themselves.)
    static func reason(folder: URL, database: URL) -> String? {
        if access(folder.path, W_OK) != 0 { return "this account may not write in its folder" }
        if access(database.path, W_OK) != 0 { return "this account may not write its database file" }
        return nil
    }

    /// What SQLite opens. In WAL mode a reader needs the `-shm` index beside the database; a
    /// folder it cannot write in cannot hold a new one, so when no write-ahead log is waiting
    /// there the file is opened `immutable` (read as it is, no index). A waiting log is read
    /// through the existing index instead: ignoring it would show an older store.
    static func sqlitePath(folder: URL, database: URL) -> String {
        let fm = FileManager.default
        let shm = database.path + "-shm"
        let wal = database.path + "-wal"
        guard access(folder.path, W_OK) != 0, !fm.fileExists(atPath: shm) || !fm.fileExists(atPath: wal) else {
            return database.path
        }
        guard !fm.fileExists(atPath: wal) || fileSize(wal) == 0 else { return database.path }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = database.path.addingPercentEncoding(withAllowedCharacters: allowed) ?? database.path
        return "file:\(encoded)?immutable=1"
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
    }
}

extension Store {
    /// Refuses a change to a read-only store before anything is touched.
    public func requireWritable() throws(StoreError) {
        if let readOnlyReason { throw .readOnly(path: folder.path, reason: readOnlyReason) }
    }

    public var isReadOnly: Bool { readOnlyReason != nil }
}
