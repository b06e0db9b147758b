import Foundation
import GRDB

/// v10-seal: each audited table (`SealRegistry`) gets its row MAC and the id of the seal event
/// that last sealed the row; the desk gets its id. The rows of a store made before it are
/// sealed once, with the key, by `flagdesk keys seal-init` (`SealWriter.sealAll`), an event on
/// the trail; until then a write that must be sealed is refused.
enum SealSchema {
    static func v10(_ db: Database) throws {
        try addSealColumns(db)
        try db.execute(
            sql: "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
            arguments: [DeskIdentity.metaKey, UUID().uuidString.lowercased()])
    }

    /// v15-seal-more: the tables of migrations made beside v10 (the team, the desk's set-up,
    /// send attempts, imported mail) get their seal columns on a store that had v10 before them.
    static func v15(_ db: Database) throws {
        try addSealColumns(db)
    }

    /// Gives every registered table that exists and lacks them its two seal columns, so a
    /// migration that creates an audited table later calls this once after its own SQL.
    static func addSealColumns(_ db: Database) throws {
        for table in SealRegistry.tables where try db.tableExists(table.name) {
            guard try !db.columns(in: table.name).contains(where: { $0.name == SealRegistry.macColumn }) else {
                continue
            }
            try db.execute(
                sql: """
                    ALTER TABLE \(table.name) ADD COLUMN \(SealRegistry.macColumn) BLOB;
                    ALTER TABLE \(table.name) ADD COLUMN \(SealRegistry.sealedByColumn) INTEGER;
                    """)
        }
    }
}

/// The desk's id: given once when the store is made, recorded in its seal key file and its
/// backups' manifests, so a store, a key and a backup of different desks are never mixed.
enum DeskIdentity {
    static let metaKey = "desk_id"

    static func id(in db: Database) throws -> String {
        guard let id = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [metaKey])
        else { throw StoreError.refused("the store has no desk id (meta.desk_id was removed)") }
        return id
    }
}
