import Foundation
import GRDB

/// The write path's net: on each Flagdesk connection, TEMP triggers on every audited table log
/// the rows a transaction touches (and the MAC each had before), and an insert into the trail
/// marks the transaction as one to seal. Every write path, present and future, is covered
/// without each use case saying so; the `sqlite3` shell has no such triggers, which is what
/// `verify` finds. Before a row is changed or deleted, its old values must still match its
/// MAC: a row edited outside Flagdesk is never sealed again by a later, honest write.
enum SealTriggers {
    /// The message of the refusal above, recognised by `StoreError(failure:)`.
    static let tamperedMarker = "flagdesk-seal: row changed outside Flagdesk"
    static let rowMACFunction = "flagdesk_row_mac"
    /// The log's table number for "the trail grew" (audited tables are numbered from 0).
    static let eventsMarker = -1

    /// `flagdesk_row_mac(table number, rowid, values...)`: what the row's `seal_mac` must hold.
    static func function(_ key: SealKeyBox) -> DatabaseFunction {
        DatabaseFunction(rowMACFunction, argumentCount: nil, pure: true) { values in
            guard let macer = key.currentMACer else { throw StoreError.sealKeyMissing(path: key.path) }
            guard values.count >= 2, let index = Int.fromDatabaseValue(values[0]),
                SealRegistry.tables.indices.contains(index), let rowid = Int64.fromDatabaseValue(values[1])
            else { return nil }
            var encoder = SealRowEncoder()
            encoder.begin(table: SealRegistry.tables[index].name, rowid: rowid)
            for value in values.dropFirst(2) { encoder.value(value) }
            return macer.stored(encoder)
        }
    }

    /// (Inside a trigger SQLite refuses a qualified target: `seal_touched` is the TEMP table,
    /// which a TEMP trigger's names reach first.)
    static func install(in db: Database) throws {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS seal_touched (
                    tbl INTEGER NOT NULL, rid INTEGER NOT NULL, old_mac BLOB, PRIMARY KEY (tbl, rid));
                CREATE TEMP TABLE IF NOT EXISTS seal_delta (tbl INTEGER NOT NULL, sum TEXT NOT NULL, rows INTEGER NOT NULL);
                DROP TRIGGER IF EXISTS temp.seal_events_insert;
                CREATE TEMP TRIGGER seal_events_insert AFTER INSERT ON main.events WHEN new.entity <> 'seal' BEGIN
                    INSERT OR IGNORE INTO seal_touched (tbl, rid, old_mac) VALUES (\(eventsMarker), 0, NULL);
                END;
                """)
        for (index, table) in SealRegistry.tables.enumerated() {
            try db.execute(sql: sql(for: table, index: index))
        }
    }

    private static func sql(for table: SealedTable, index: Int) -> String {
        let name = table.name
        let oldValues = table.columns.map { "old.\($0)" }.joined(separator: ", ")
        let check = """
            SELECT RAISE(ABORT, '\(tamperedMarker)')
                WHERE NOT EXISTS (SELECT 1 FROM seal_touched WHERE tbl = \(index) AND rid = old.rowid)
                AND old.\(SealRegistry.macColumn) IS NOT \(rowMACFunction)(\(index), old.rowid, \(oldValues));
            INSERT OR IGNORE INTO seal_touched (tbl, rid, old_mac) VALUES (\(index), old.rowid, old.\(SealRegistry.macColumn));
            """
        return """
            DROP TRIGGER IF EXISTS temp.seal_\(name)_insert;
            DROP TRIGGER IF EXISTS temp.seal_\(name)_update;
            DROP TRIGGER IF EXISTS temp.seal_\(name)_delete;
            CREATE TEMP TRIGGER seal_\(name)_insert AFTER INSERT ON main.\(name)
            WHEN new.\(SealRegistry.macColumn) IS NULL BEGIN
                INSERT OR IGNORE INTO seal_touched (tbl, rid, old_mac) VALUES (\(index), new.rowid, NULL);
            END;
            CREATE TEMP TRIGGER seal_\(name)_update BEFORE UPDATE OF \(table.columns.joined(separator: ", "))
            ON main.\(name) BEGIN
            \(check)
            END;
            CREATE TEMP TRIGGER seal_\(name)_delete BEFORE DELETE ON main.\(name) BEGIN
            \(check)
            END;
            """
    }
}

/// The seal key a store's connections use, set once the key file is read or created.
final class SealKeyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var key: SealKey?
    /// Its hash states, keyed once per key, not once per row the triggers check.
    private var macer: SealMACer?
    /// Where the key file is expected (for the message when it is missing).
    let path: String?

    init(_ key: SealKey?, path: String?) {
        self.key = key
        self.macer = key.map(SealMACer.init)
        self.path = path
    }

    var current: SealKey? {
        lock.lock()
        defer { lock.unlock() }
        return key
    }

    /// The MACer of `current`.
    var currentMACer: SealMACer? {
        lock.lock()
        defer { lock.unlock() }
        return macer
    }

    func set(_ key: SealKey) {
        let macer = SealMACer(key)
        lock.lock()
        self.key = key
        self.macer = macer
        lock.unlock()
    }
}
