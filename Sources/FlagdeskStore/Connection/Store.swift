import Foundation
import GRDB

/// The local store: one SQLite database (WAL, foreign keys, STRICT tables) and the evidence
/// folder beside it. Folder 0700, files 0600 (DESIGN.md §8).
public final class Store: Sendable {
    public static let databaseFileName = "flagdesk.sqlite"
    public static let evidenceFolderName = "evidence"

    public let folder: URL
    let pool: DatabasePool
    /// How a write waits for another process's write transaction (see `WriterWait`).
    public let writerWait: WriterWait
    /// The seal key (outside the store) every write that changes audited rows is sealed with.
    let sealKey: SealKeyBox
    /// Where the seal key file is (or is to be created).
    public let sealKeyFile: URL?
    /// The desk's id, given at `init` (v10-seal) and recorded in its seal key file.
    public let deskID: String
    /// The database file opened (device and inode), to notice it going away (`checkStillThere`).
    let opened: FileIdentity
    /// Why this account cannot change the store (nil: it can): see `ReadOnlyStore`.
    public let readOnlyReason: String?

    public var databaseURL: URL { folder.appendingPathComponent(Store.databaseFileName) }
    public var evidenceFolder: URL { folder.appendingPathComponent(Store.evidenceFolderName) }
    /// The page size of a store made by `init` (bytes); see `prepareDatabase` below.
    static let newPageSize = 16_384

    /// Opens the store in `folder`, creating it when `create` is true. An existing folder or
    /// database that other users can read is refused with the command that fixes it. `wait`
    /// says how long a write waits for another process's write (default: two minutes).
    ///
    /// Only `create` makes a new database: an empty file, or one without Flagdesk's tables, is
    /// refused (a store lost or replaced is never silently a fresh desk). `sealKeyFile` is read
    /// when present; a key of another desk is refused. A store this account cannot write (or
    /// `readOnly`, asked for) opens read-only: reads work, every write is refused (`ReadOnlyStore`).
    public init(
        folder: URL, create: Bool, wait: WriterWait = WriterWait(limit: .seconds(120)), sealKeyFile: URL? = nil,
        readOnly: Bool = false
    ) throws(StoreError) {
        self.folder = folder.standardizedFileURL
        self.writerWait = wait
        self.sealKeyFile = sealKeyFile
        let fm = FileManager.default
        let databasePath = self.folder.appendingPathComponent(Store.databaseFileName).path
        let existed = fm.fileExists(atPath: databasePath)
        if !existed {
            guard create else {
                throw .missingStore(path: self.folder.path)
            }
            try FilePermissions.createPrivateFolder(self.folder)
        } else if ((try? fm.attributesOfItem(atPath: databasePath)[.size]) as? NSNumber)?.intValue == 0 {
            throw .notAStore(path: databasePath, reason: "the database file is empty")
        }
        let key = SealKeyBox(nil, path: sealKeyFile?.path)
        sealKey = key
        let readOnly =
            !existed
            ? nil
            : readOnly
                ? "opened read-only on request"
                : ReadOnlyStore.reason(folder: self.folder, database: URL(fileURLWithPath: databasePath))
        readOnlyReason = readOnly
        try FilePermissions.requirePrivate(self.folder, isFolder: true)
        if readOnly == nil {
            try FilePermissions.createPrivateFolder(self.folder.appendingPathComponent(Store.evidenceFolderName))
        }

        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly != nil
        // Writers from several processes (a TUI and a CLI import) wait for each other instead of
        // failing with "database is locked" (GRDB pools open write transactions IMMEDIATE, so
        // the wait happens at BEGIN, before anything is read that could go stale).
        configuration.busyMode = .callback { tries in wait.shouldRetry(tries: tries) }
        // A 32 MB page cache per connection, filled only as pages are read (a TUI or a command
        // reads on one connection at a time). With SQLite's 2 MB default a deadline list at a
        // million items re-read most of its pages from the file on every refresh (1.4 ms
        // instead of 0.5 ms in the sqlite3 shell).
        configuration.prepareDatabase { db in
            // A new store is made with 16 KiB pages, set before the pool turns WAL on (the size
            // is fixed from then on; on a store with content the pragma changes nothing). Measured
            // at a million items, first import: 20-25% faster than SQLite's 4 KiB (a quarter of
            // the page reads, writes and WAL frames, shallower indexes); queue and search
            // queries as fast. Stores made before keep their 4 KiB pages.
            if !existed { try db.execute(sql: "PRAGMA page_size = \(Store.newPageSize)") }
            db.add(function: SealTriggers.function(key))
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        let oldMask = umask(0o077)
        defer { umask(oldMask) }
        do {
            let openedPath =
                readOnly == nil
                ? databasePath
                : ReadOnlyStore.sqlitePath(folder: self.folder, database: URL(fileURLWithPath: databasePath))
            pool = try DatabasePool(path: openedPath, configuration: configuration)
            if existed, try pool.read({ db in try !db.tableExists("grdb_migrations") || !db.tableExists("events") }) {
                throw StoreError.notAStore(path: databasePath, reason: "it holds no Flagdesk tables")
            }
            if let readOnly {
                // Upgrading the schema writes: a read-only store must already be current.
                guard try pool.read({ db in try Schema.migrator.hasCompletedMigrations(db) }) else {
                    throw StoreError.readOnly(
                        path: self.folder.path,
                        reason: readOnly + ", and this version of Flagdesk must first upgrade it, which writes")
                }
            } else {
                try Schema.migrator.migrate(pool)
                try pool.writeWithoutTransaction { db in try SealTriggers.install(in: db) }
            }
            deskID = try pool.read { db in try DeskIdentity.id(in: db) }
        } catch {
            throw StoreError(failure: error)
        }
        if let sealKeyFile, let found = try SealKeyFile.read(at: sealKeyFile, storeFolder: self.folder) {
            guard found.deskID == deskID else {
                throw .refused(
                    "the seal key file \(sealKeyFile.path) belongs to desk \(found.deskID), but the store in "
                        + "\(self.folder.path) is desk \(deskID): a store and a key of different desks are refused. "
                        + "Point [security] seal_key_file at this desk's key, or --store at the key's desk")
            }
            key.set(found)
        }
        try FilePermissions.requirePrivate(URL(fileURLWithPath: databasePath), isFolder: false)
        try FilePermissions.requirePrivateContents(of: self.folder)
        guard let identity = FileIdentity(path: databasePath) else {
            throw .storeGone(path: self.folder.path, reason: "the database file vanished while it was opened")
        }
        opened = identity
    }

    /// Refuses when the database file at the store's path is not the one opened: the folder was
    /// removed or moved, or the file replaced. SQLite keeps writing to an open file that was
    /// unlinked, so without this a desk would go on "saving" into a file nobody will read.
    public func checkStillThere() throws(StoreError) {
        switch FileIdentity(path: databaseURL.path) {
        case nil:
            throw .storeGone(path: folder.path, reason: "its database file was removed or its folder moved")
        case let identity? where identity != opened:
            throw .storeGone(path: folder.path, reason: "its database file was replaced by another file")
        default:
            return
        }
    }

    /// Runs `body` in one write transaction; anything thrown rolls everything back. Refused when
    /// the store went away (`checkStillThere`). Everything it changed in audited rows is sealed
    /// before it commits (`SealWriter`).
    public func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try requireWritable()
        try checkStillThere()
        do {
            return try pool.write { db in
                let result = try body(db)
                try seal(db)
                return result
            }
        } catch {
            throw failure(error)
        }
    }

    /// Seals the changes of the transaction open on `db`; every write path calls it last.
    func seal(_ db: Database) throws {
        try SealWriter.sealTransaction(db, key: sealKey)
    }

    /// `StoreError(failure:)`, naming this store's seal key file when the key is missing.
    func failure(_ error: any Error) -> StoreError {
        let mapped = StoreError(failure: error)
        if case .sealKeyMissing(nil) = mapped { return .sealKeyMissing(path: sealKey.path) }
        return mapped
    }

    /// Runs `body` on a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(failure: error)
        }
    }

    /// SQLite's own consistency check (`PRAGMA integrity_check`): "ok" when sound.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}

/// A file's device and inode: the same path may name another file later.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

extension StoreError {
    /// The store error for anything thrown by SQLite or by a record function: a lock that could
    /// not be had in time becomes `.busy` (never SQLite's own "database is locked").
    public init(failure error: any Error) {
        switch error {
        case let error as StoreError:
            self = error
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED:
            self = .busy
        case let error as DatabaseError where error.message?.contains(SealTriggers.tamperedMarker) == true:
            self = .refused(
                "this write touches a row changed outside Flagdesk (its values no longer match its seal): nothing "
                    + "was written. Run `flagdesk verify` to see what changed, and restore the store from a backup")
        case let error as DatabaseError where error.message?.contains("seal key file is missing") == true:
            self = .sealKeyMissing(path: nil)
        default:
            self = .database(String(describing: error))
        }
    }
}

/// The handle record functions receive inside `Store.read`/`Store.write`. The engine passes it
/// on to the record functions of this module and never runs SQL itself (DESIGN.md §1).
public typealias StoreTransaction = Database
