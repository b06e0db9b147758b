import Crypto
import FlagdeskCore
import Foundation
import GRDB

extension Store {
    /// Runs `body` in one write transaction and commits only if it says so; otherwise rolls
    /// everything back (an all-or-nothing import that found bad rows, a dry run). A process
    /// killed in the middle leaves the database as before: SQLite never commits half a
    /// transaction.
    ///
    /// `cacheMegabytes` enlarges SQLite's page cache for this transaction: a bulk insert that
    /// touches several indexes and the full-text index otherwise spills pages to the WAL and
    /// reads them back on every row (measured: 19 writes and 6 reads per row with the default
    /// 2 MB). The cache is bounded, so memory stays flat however large the file.
    public func writeThenDecide<T>(
        cacheMegabytes: Int? = nil, _ body: (Database) throws -> (result: T, commit: Bool)
    ) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                if let cacheMegabytes {
                    let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                    let previousTemp = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                    try db.execute(sql: "PRAGMA cache_size = \(-cacheMegabytes * 1024)")
                    // Statement journals (each insert that fires the full-text trigger keeps one)
                    // stay in memory instead of a temporary file written on every row.
                    try db.execute(sql: "PRAGMA temp_store = MEMORY")
                    defer {
                        try? db.execute(sql: "PRAGMA cache_size = \(previous)")
                        try? db.execute(sql: "PRAGMA temp_store = \(previousTemp)")
                    }
                    return try decide(db, body)
                }
                return try decide(db, body)
            }
        } catch {
            throw StoreError(failure: error)
        }
    }

    private func decide<T>(_ db: Database, _ body: (Database) throws -> (result: T, commit: Bool)) throws -> T {
        var outcome: T?
        try db.inTransaction(.immediate) {
            let (result, commit) = try body(db)
            outcome = result
            return commit ? .commit : .rollback
        }
        return outcome!
    }
}

/// Inserts many new items in one transaction: references numbered in memory from one read of
/// the counter (written back by `finish`), statements prepared once, duplicates found through
/// the URL index (rows inserted earlier in the same transaction included, so duplicates within
/// a file are linked like duplicates of stored items).
///
/// The full-text index is filled once for the whole batch by `finish`, not row by row: the
/// row trigger makes every insert a statement with its own savepoint, and FTS5 writes its
/// pending terms to disk at every savepoint (SQLite 3.40), so a million rows made a million
/// one-row segments to merge — most of an import's time. The trigger is dropped inside the
/// transaction and recreated from its own stored text; a rollback (dry run, refused file,
/// kill -9) restores it with everything else.
public final class ItemBatchWriter {
    private let db: Database
    private let year: Int
    private var number: Int
    /// Every item of a batch is created at the same instant: formatted once.
    private var createdAt: (instant: Date, text: String)?
    public private(set) var firstReference: String?
    public private(set) var lastReference: String?
    /// What the import's audit event records about the items inserted (see `ImportDigest`).
    public private(set) var digest = ImportDigest()

    /// The row trigger's definition, restored by `finish`; the last item id before the batch.
    private let deferredTrigger: String?
    private let lastIDBefore: Int64

    public init(year: Int, in db: Database) throws {
        self.db = db
        self.year = year
        self.number = try Counters.current(prefix: "FD", year: year, in: db)
        lastIDBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM items") ?? 0
        deferredTrigger = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'")
        if deferredTrigger != nil { try db.execute(sql: "DROP TRIGGER items_fts_insert") }
    }

    /// The first item already recorded (or inserted in this batch) for a normalised URL.
    public func firstItem(withURL normalizedURL: String) throws -> (id: Int64, reference: String)? {
        try ItemRecords.firstIDWithURL(normalizedURL, in: db)
    }

    public func insert(_ item: Item) throws -> Item {
        number += 1
        let reference = Counters.reference(prefix: "FD", year: year, number: number, digits: 6)
        if createdAt?.instant != item.createdAt { createdAt = (item.createdAt, ISO8601.format(item.createdAt)) }
        let stored = try ItemRecords.insert(item, reference: reference, createdAtText: createdAt?.text, in: db)
        digest.add(reference: reference, normalizedURL: item.normalizedURL, createdAt: createdAt!.text)
        if firstReference == nil { firstReference = reference }
        lastReference = reference
        return stored
    }

    /// Writes the counter back, indexes the batch for full-text search in one statement and
    /// restores the row trigger; call once, after the last insert, before committing.
    public func finish() throws {
        try Counters.advance(prefix: "FD", year: year, to: number, in: db)
        guard let deferredTrigger else { return }
        try db.execute(
            sql: """
                INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
                SELECT id, reference, url, host, explanation, legal_basis FROM items WHERE id > ?
                """,
            arguments: [lastIDBefore])
        try db.execute(sql: deferredTrigger)
    }
}

/// SHA-256 of a stream read in chunks (an import file, a captured body), in the store's hex
/// form, so the engine needs neither its own hasher nor its own hex encoder.
public struct StreamHasher {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: some DataProtocol) {
        hasher.update(data: bytes)
    }

    public func finalizedHex() -> String {
        hasher.finalize().lowercaseHex
    }
}
