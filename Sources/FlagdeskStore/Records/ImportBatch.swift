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
        try requireWritable()
        do {
            return try pool.writeWithoutTransaction { db in
                if let cacheMegabytes {
                    let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                    let previousTemp = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
                    try db.execute(sql: "PRAGMA cache_size = \(-cacheMegabytes * 1024)")
                    // Statement journals (each insert that fires the full-text trigger keeps one)
                    // stay in memory instead of a temporary file written on every row.
                    // Changing temp_store drops every TEMP object of the connection: the seal's
                    // triggers and log are installed again on each side of the change.
                    try db.execute(sql: "PRAGMA temp_store = MEMORY")
                    try SealTriggers.install(in: db)
                    defer {
                        try? db.execute(sql: "PRAGMA cache_size = \(previous)")
                        try? db.execute(sql: "PRAGMA temp_store = \(previousTemp)")
                        try? SealTriggers.install(in: db)
                    }
                    return try decide(db, body)
                }
                return try decide(db, body)
            }
        } catch {
            throw failure(error)
        }
    }

    private func decide<T>(_ db: Database, _ body: (Database) throws -> (result: T, commit: Bool)) throws -> T {
        var outcome: T?
        try db.inTransaction(.immediate) {
            let (result, commit) = try body(db)
            outcome = result
            if commit { try seal(db) }
            return commit ? .commit : .rollback
        }
        return outcome!
    }
}

/// Inserts many new items in one transaction: references numbered in memory from one read of
/// the counter (written back by `finish`), the two per-row statements prepared once and run
/// through SQLite's C API (`RawStatement`), duplicates found through the URL index (rows
/// inserted earlier in the same transaction included, so duplicates within a file are linked
/// like duplicates of stored items).
///
/// The full-text index is filled once for the whole batch by `finish`, not row by row: the
/// row trigger makes every insert a statement with its own savepoint, and FTS5 writes its
/// pending terms to disk at every savepoint (SQLite 3.40), so a million rows made a million
/// one-row segments to merge — most of an import's time. The trigger is dropped inside the
/// transaction and recreated from its own stored text; a rollback (dry run, refused file,
/// kill -9) restores it with everything else.
///
/// The other two insert triggers on items are set aside the same way while the batch runs: the
/// seal's TEMP trigger (which only logs rows inserted without a MAC, and the batch seals each
/// row itself) and the cases' (which acts only on an item filed in a case; put back at the first
/// such item). A row trigger makes each insert a statement with its own journal, into which
/// SQLite copies every page the row touches (the table and its nine indexes) before changing
/// it: at a million rows, most of the inserts' time.
///
/// Into an empty table (a new desk's first import) the queue's four indexes are set aside too
/// and built by `finish` from their stored text, inside the same transaction (a rollback or a
/// kill restores them): at a million rows, 5 s of sorting after the inserts instead of 9 s of
/// searches from the root during them. Rows come from `makePreparer()`, numbered, laid out and
/// sealed on the import's reading thread (`ImportBatchRows`).
public final class ItemBatchWriter {
    private let db: Database
    private let year: Int
    private var number: Int
    public private(set) var firstReference: String?
    public private(set) var lastReference: String?
    /// What the import's audit event records about the items inserted (see `ImportDigest`).
    public private(set) var digest = ImportDigest()

    /// The row trigger's definition, restored by `finish`; the last item id before the batch.
    private let deferredTrigger: String?
    /// The cases' insert trigger, restored by `finish` (or before an item filed in a case);
    /// whether the seal's TEMP insert trigger was dropped (reinstalled by `finish`).
    private var deferredCaseTrigger: String?
    private let sealTriggerDropped: Bool
    private let lastIDBefore: Int64
    /// The items' secondary indexes set aside while a batch fills an empty table (name, SQL),
    /// built again by `finish` from their stored text: one sort each instead of a million
    /// searches from the root (the URL index stays: duplicates are looked up in it).
    private let deferredIndexes: [(name: String, sql: String)]
    private let insertStatement: RawStatement
    private let firstWithURLStatement: RawStatement

    /// The batch's own seal: each row's MAC computed before it is inserted (under an id given in
    /// order, so the MAC can cover it), their sum handed to the transaction's seal by `finish`.
    /// Without a store's key the rows are sealed at commit like any other write.
    private var builder: ItemRowBuilder
    private var sealSum = SealSum()
    private var sealedRows = 0
    private var nextID: Int64
    /// Whether a preparer was handed out (rows then come from it alone, in its order).
    private var preparing = false

    public init(year: Int, sealingFor store: Store? = nil, in db: Database) throws {
        self.db = db
        self.year = year
        builder = ItemRowBuilder(macer: store?.sealKey.current.map(SealMACer.init), year: year)
        self.number = try Counters.current(prefix: "FD", year: year, in: db)
        lastIDBefore = try Int64.fetchOne(db, sql: "SELECT max(id) FROM items") ?? 0
        nextID = lastIDBefore + 1
        deferredIndexes =
            lastIDBefore == 0
            ? try Row.fetchAll(
                db,
                sql: """
                    SELECT name, sql FROM sqlite_master
                    WHERE type = 'index' AND tbl_name = 'items' AND sql IS NOT NULL AND name <> 'items_by_url'
                        AND sql NOT LIKE '% WHERE %'
                    ORDER BY name
                    """
            ).map { ($0[0], $0[1]) } : []
        for index in deferredIndexes { try db.execute(sql: "DROP INDEX main.\(index.name)") }
        deferredTrigger = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'")
        if deferredTrigger != nil { try db.execute(sql: "DROP TRIGGER items_fts_insert") }
        deferredCaseTrigger = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'cases_follow_item_insert'")
        if deferredCaseTrigger != nil { try db.execute(sql: "DROP TRIGGER cases_follow_item_insert") }
        // Without a key the rows are sealed at commit: the trigger must log them.
        let sealTrigger = try Bool.fetchOne(
            db, sql: "SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name = 'seal_items_insert'")
        sealTriggerDropped = builder.macer != nil && sealTrigger == true
        if sealTriggerDropped { try db.execute(sql: "DROP TRIGGER temp.seal_items_insert") }
        insertStatement = try RawStatement(
            """
            INSERT INTO items (reference, url, url_normalized, host, provider_key, category, keywords,
                content_types, legal_basis, explanation, minor, threat_to_life, lea_hold, source, status,
                priority, duplicate_of, case_id, person_id, assignee, created_at, created_by, updated_at, version,
                id, seal_mac)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        firstWithURLStatement = try RawStatement(
            "SELECT id FROM items WHERE url_normalized = ? ORDER BY id LIMIT 1", in: db)
    }

    /// A preparer for another thread, numbering rows from where this batch stands; from then on
    /// rows come from it alone (`insert(_: PreparedItemRow)`, in the order it prepared them).
    /// Its URL filter clears rows only on a store that held no item before the batch: a row of
    /// a fuller store is always looked up in the URL index.
    public func makePreparer() -> ItemRowPreparer {
        precondition(!preparing, "one preparer per batch")
        preparing = true
        return ItemRowPreparer(
            builder: ItemRowBuilder(macer: builder.macer, year: year), number: number, nextID: nextID,
            filtering: lastIDBefore == 0 && nextID == 1)
    }

    /// The id of the first item already recorded (or inserted in this batch) for a normalised URL.
    func firstItemID(withURL normalizedURL: String) throws -> Int64? {
        let statement = firstWithURLStatement
        defer { statement.reset() }
        statement.bind(1, normalizedURL)
        return try statement.step() ? statement.int64(column: 0) : nil
    }

    /// Inserts `item` under the next reference and returns that reference (its `duplicateOf` as
    /// the caller set it). Not public: an import's rows come from the preparer; this path is for
    /// the store's own tests of the batch (triggers, indexes, seal), which need no second thread.
    @discardableResult
    func insert(_ item: Item) throws -> String {
        precondition(!preparing, "rows come from the preparer once one was made")
        if item.caseID != nil { try restoreCaseTrigger() }
        let row = builder.build(item, id: nextID, number: number + 1, mayBeDuplicate: false)
        try insert(row, duplicateOf: item.duplicateOf)
        return row.reference
    }

    /// Inserts a row of the preparer (the next one it prepared), linked to the first item with
    /// its URL when it may be a duplicate; returns that item's id (nil: a new URL).
    @discardableResult
    public func insert(_ row: PreparedItemRow) throws -> Int64? {
        guard preparing, row.id == nextID, row.number == number + 1 else {
            throw StoreError.refused("an import row came out of order (row \(row.id), expected \(nextID))")
        }
        let prepared = row.cells[PreparedItemRow.duplicateCell]
        var duplicateOf = prepared.kind == .integer ? prepared.value : nil
        if row.mayBeDuplicate { duplicateOf = try firstItemID(withURL: row.normalizedURL) }
        let caseCell = row.cells[PreparedItemRow.duplicateCell + 1]
        if caseCell.kind != .null { try restoreCaseTrigger() }
        try insert(row, duplicateOf: duplicateOf)
        return duplicateOf
    }

    /// Binds the row's bytes where they lie (SQLite copies nothing before the step) and inserts
    /// it; re-sealed here only when its duplicate differs from the one it was sealed with.
    private func insert(_ row: PreparedItemRow, duplicateOf: Int64?) throws {
        let prepared = row.cells[PreparedItemRow.duplicateCell]
        let sealed =
            duplicateOf == (prepared.kind == .integer ? prepared.value : nil)
            ? row.sealed : builder.seal(bytes: row.bytes, cells: row.cells, id: row.id, duplicateOf: duplicateOf)
        let statement = insertStatement
        defer { statement.reset() }
        try row.bytes.withUnsafeBytes { base in
            for (offset, cell) in row.cells.enumerated() {
                let index = Int32(offset + 1)
                if offset == PreparedItemRow.duplicateCell {
                    statement.bind(index, duplicateOf)
                    continue
                }
                switch cell.kind {
                case .null: statement.bind(index, nil as Int64?)
                case .integer: statement.bind(index, cell.value)
                case .text:
                    let start = Int(cell.value)
                    statement.bindUnchanging(
                        index, text: UnsafeRawBufferPointer(rebasing: base[start..<start + cell.count]))
                }
            }
            statement.bind(24, row.version)
            statement.bind(25, row.id)
            if let sealed {
                try sealed.withUnsafeBytes { mac in
                    statement.bindUnchanging(26, blob: mac)
                    _ = try statement.step()
                    sealSum.add(SealSum(macBytes: mac))
                    sealedRows += 1
                }
            } else {
                statement.bind(26, nil as Int64?)
                _ = try statement.step()
            }
        }
        number += 1
        nextID += 1
        digest.add(reference: row.reference, normalizedURL: row.normalizedURL, createdAt: row.createdAt)
        if firstReference == nil { firstReference = row.reference }
        lastReference = row.reference
    }

    private func restoreCaseTrigger() throws {
        guard let sql = deferredCaseTrigger else { return }
        try db.execute(sql: sql)
        deferredCaseTrigger = nil
    }

    /// Writes the counter back, indexes the batch for full-text search in one statement and
    /// restores the row trigger; call once, after the last insert, before committing.
    ///
    /// For the fill, FTS5 keeps up to 16 MiB of terms in memory before writing a segment and
    /// does not merge segments while it writes (with its defaults, 1 MiB and automerge 4, a
    /// million rows took 4.1 s instead of 2.8 s; 64 MiB was no faster and took 80 MB more);
    /// both are set back to the defaults afterwards, in the same transaction, and later writes
    /// merge as usual.
    public func finish() throws {
        try Counters.advance(prefix: "FD", year: year, to: number, in: db)
        for index in deferredIndexes { try db.execute(sql: index.sql) }
        try restoreCaseTrigger()
        if sealTriggerDropped { try SealTriggers.install(in: db) }
        if sealedRows > 0 {
            try SealWriter.addDelta(table: 0, sum: sealSum, rows: sealedRows, in: db)
            sealedRows = 0
            sealSum = SealSum()
        }
        guard let deferredTrigger else { return }
        // `hashsize` is newer than FTS5 itself: an SQLite without it just fills with the default.
        try? db.execute(sql: "INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 16777216)")
        try db.execute(sql: "INSERT INTO items_fts(items_fts, rank) VALUES ('automerge', 0)")
        try db.execute(
            sql: """
                INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
                SELECT id, reference, url, host, explanation, legal_basis FROM items WHERE id > ?
                """,
            arguments: [lastIDBefore])
        // FTS5's defaults, through FTS5 itself (so every connection reloads them).
        try? db.execute(sql: "INSERT INTO items_fts(items_fts, rank) VALUES ('hashsize', 1048576)")
        try db.execute(sql: "INSERT INTO items_fts(items_fts, rank) VALUES ('automerge', 4)")
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
