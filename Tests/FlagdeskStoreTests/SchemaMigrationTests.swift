import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Schema migrations")
struct SchemaMigrationTests {
    /// A database left at v5 with items in it, as a store of the previous release would be.
    private func v3Database() throws -> DatabaseQueue {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fd-v5-\(UUID().uuidString).sqlite")
        let queue = try DatabaseQueue(path: path.path)
        try Schema.migrator.migrate(queue, upTo: "v5-retention")
        try queue.write { db in
            let first = try ItemRecords.insert(
                sampleItem(url: "https://a.example/1", explanation: "quokka"), year: 2026, in: db)
            var second = sampleItem(url: "https://a.example/2", explanation: "wombat")
            second.duplicateOf = first.id
            _ = try ItemRecords.insert(second, year: 2026, in: db)
        }
        return queue
    }

    @Test func rebuildingItemsKeepsRowsIdsSearchAndRules() throws {
        let queue = try v3Database()
        let before = try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM items ORDER BY id") }
        #expect(try queue.read { db in try opcodes(of: Self.statusInsert, in: db) }.contains("OpenEphemeral"))
        try Schema.migrator.migrate(queue, upTo: "v7-search")
        try queue.read { db in
            #expect(try Row.fetchAll(db, sql: "SELECT * FROM items ORDER BY id") == before)
            #expect(
                try Int.fetchOne(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'wombat'") == 2)
            let names = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE tbl_name = 'items' AND type IN ('index', 'trigger') ORDER BY name"
            )
            #expect(
                names == [
                    "items_by_case", "items_by_category", "items_by_deadline", "items_by_person", "items_by_provider",
                    "items_by_url", "items_fts_delete",
                    "items_fts_insert", "items_fts_update", "items_order", "items_queue", "sqlite_autoindex_items_1",
                ])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
        // The same rules hold, and an insert no longer builds temporary b-trees for them.
        try queue.write { db in
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE items SET status = 'lost' WHERE id = 1")
            }
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE items SET minor = 'maybe' WHERE id = 1")
            }
            _ = try ItemRecords.insert(
                sampleItem(url: "https://a.example/3", explanation: "numbat"), year: 2026, in: db)
            #expect(try Int.fetchOne(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'numbat'") == 3)
            let plan = try opcodes(of: Self.statusInsert, in: db)
            #expect(!plan.contains("OpenEphemeral"))
        }
    }

    @Test func theSearchIndexIsRebuiltWithoutColumnSizesAndFindsTheSame() throws {
        let queue = try v3Database()
        try Schema.migrator.migrate(queue, upTo: "v6-bulk-intake")
        let tables = "SELECT name FROM sqlite_master WHERE name LIKE 'items_fts%' AND type = 'table' ORDER BY name"
        #expect(try queue.read { db in try String.fetchAll(db, sql: tables) }.contains("items_fts_docsize"))
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            #expect(!(try String.fetchAll(db, sql: tables)).contains("items_fts_docsize"))
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'quokka'") == [1])
            #expect(
                try Int.fetchAll(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH '\"a.example\"'") == [
                    1, 2,
                ])
            try db.execute(sql: "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        }
        // The row triggers still keep it up to date.
        try queue.write { db in
            try db.execute(sql: "UPDATE items SET explanation = 'bilby' WHERE id = 2")
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'bilby'") == [2])
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'wombat'") == [])
            try db.execute(sql: "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        }
    }

    @Test func v8AddsPurgedAtToItemsAndDocumentsAndKeepsEveryRowAndRule() throws {
        let queue = try v3Database()
        try Schema.migrator.migrate(queue, upTo: "v7-search")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO documents (reference, kind, language, status, recipient_kind, fields, drafted_at,
                        drafted_by, sent_at, updated_at, frozen_text, frozen_sha256, frozen_format)
                    VALUES ('N-2026-00001', 'dsa-notice', 'en', 'sent', 'provider', '{"kind":"dsa-notice"}', ?, 'alice',
                        ?, ?, 'the notice as sent', ?, 'txt')
                    """,
                arguments: [
                    ISO8601.format(fixedNow), ISO8601.format(fixedNow), ISO8601.format(fixedNow),
                    String(repeating: "c", count: 64),
                ])
            try db.execute(sql: "INSERT INTO document_items (document_id, item_id) VALUES (1, 1)")
        }
        let tables = ["items", "documents"]
        let before = try queue.read { db in
            try tables.map { try Row.fetchAll(db, sql: "SELECT * FROM \($0) ORDER BY id") }
        }
        try Schema.migrator.migrate(queue, upTo: "v8-item-purge")
        try queue.write { db in
            for (table, rows) in zip(tables, before) {
                let columns = try db.columns(in: table).map(\.name)
                #expect(columns.contains("purged_at"), "\(table)")
                let after = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id")
                #expect(after.count == rows.count)
                for (old, new) in zip(rows, after) {
                    for column in old.columnNames {
                        #expect(new[column] as DatabaseValue == old[column] as DatabaseValue)
                    }
                    #expect((new["purged_at"] as String?) == nil)
                }
            }
            let indexes = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%purged' ORDER BY name")
            #expect(indexes == ["documents_purged", "evidence_purged", "items_purged"])
            // The records read the new column; the rules hold as before.
            #expect(try ItemRecords.find(id: 1, in: db)?.purgedAt == nil)
            let document = try #require(try DocumentRecords.find(reference: "N-2026-00001", in: db))
            #expect(document.purged == nil && document.frozen?.text == "the notice as sent")
            #expect(throws: (any Error).self) {
                try db.execute(sql: "UPDATE documents SET frozen_sha256 = NULL WHERE id = 1")
            }
            #expect(try Int.fetchAll(db, sql: "SELECT rowid FROM items_fts WHERE items_fts MATCH 'wombat'") == [2])
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
        }
    }

    private static let statusInsert = """
        INSERT INTO items (reference, url, url_normalized, host, source, status, priority,
            created_at, created_by, updated_at, held_from)
        VALUES ('x', 'u', 'u', 'h', 'other', 'new', 2, 't', 'a', 't', 'new')
        """

    private func opcodes(of sql: String, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "EXPLAIN " + sql).map { $0["opcode"] }
    }
}
