import Foundation
import GRDB

/// The local store: one SQLite database (WAL, foreign keys, STRICT tables) and the evidence
/// folder beside it. Folder 0700, files 0600 (DESIGN.md §8).
public final class Store: Sendable {
    public static let databaseFileName = "flagdesk.sqlite"
    public static let evidenceFolderName = "evidence"

    public let folder: URL
    let pool: DatabasePool

    public var databaseURL: URL { folder.appendingPathComponent(Store.databaseFileName) }
    public var evidenceFolder: URL { folder.appendingPathComponent(Store.evidenceFolderName) }

    /// Opens the store in `folder`, creating it when `create` is true. An existing folder or
    /// database that other users can read is refused with the command that fixes it.
    public init(folder: URL, create: Bool) throws(StoreError) {
        self.folder = folder.standardizedFileURL
        let fm = FileManager.default
        let databasePath = self.folder.appendingPathComponent(Store.databaseFileName).path
        if !fm.fileExists(atPath: databasePath) {
            guard create else {
                throw .missingStore(path: self.folder.path)
            }
            try FilePermissions.createPrivateFolder(self.folder)
        }
        try FilePermissions.requirePrivate(self.folder, isFolder: true)
        try FilePermissions.createPrivateFolder(self.folder.appendingPathComponent(Store.evidenceFolderName))

        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Writers from several processes (a TUI and a CLI import) wait for each other instead of
        // failing with "database is locked" (GRDB pools open write transactions IMMEDIATE).
        configuration.busyMode = .timeout(15)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        do {
            pool = try DatabasePool(path: databasePath, configuration: configuration)
            try Schema.migrator.migrate(pool)
        } catch {
            throw .database(String(describing: error))
        }
        try FilePermissions.requirePrivate(URL(fileURLWithPath: databasePath), isFolder: false)
        try FilePermissions.requirePrivateContents(of: self.folder)
    }

    /// Runs `body` in one write transaction; anything thrown rolls everything back.
    public func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// Runs `body` on a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(String(describing: error))
        }
    }

    /// SQLite's own consistency check (`PRAGMA integrity_check`): "ok" when sound.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

/// The handle record functions receive inside `Store.read`/`Store.write`. The engine passes it
/// on to the record functions of this module and never runs SQL itself (DESIGN.md §1).
public typealias StoreTransaction = Database
