import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Batch import into the store")
struct ImportBatchTests {
    private func triggerSQL(_ store: Store) throws -> String? {
        try store.read { db in
            try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'")
        }
    }

    private func matches(_ word: String, _ store: Store) throws -> [String] {
        try store.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT reference FROM items WHERE id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) ORDER BY id",
                arguments: [word])
        }
    }

    @Test func aBatchIsSearchableAndTheRowTriggerIsBackAfterwards() throws {
        let store = try makeTemporaryStore()
        let before = try #require(try triggerSQL(store))
        try store.write { db in _ = try ItemRecords.insert(sampleItem(explanation: "older quokka"), year: 2026, in: db)
        }
        try store.write { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            _ = try batch.insert(sampleItem(url: "https://a.example/1", explanation: "batch quokka"))
            _ = try batch.insert(sampleItem(url: "https://a.example/2", explanation: "batch wombat"))
            try batch.finish()
        }
        #expect(try triggerSQL(store) == before)
        #expect(try matches("quokka", store) == ["FD-2026-000001", "FD-2026-000002"])
        #expect(try matches("wombat", store) == ["FD-2026-000003"])
        // Rows inserted one by one afterwards are indexed by the restored trigger.
        try store.write { db in _ = try ItemRecords.insert(sampleItem(explanation: "later wombat"), year: 2026, in: db)
        }
        #expect(try matches("wombat", store) == ["FD-2026-000003", "FD-2026-000004"])
    }

    @Test func aBatchRolledBackLeavesTheTriggerAndNoRows() throws {
        let store = try makeTemporaryStore()
        let before = try triggerSQL(store)
        let kept: Int = try store.writeThenDecide { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            _ = try batch.insert(sampleItem(url: "https://a.example/1", explanation: "quokka"))
            return (0, false)
        }
        #expect(kept == 0)
        #expect(try triggerSQL(store) == before)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 0)
        #expect(try matches("quokka", store) == [])
    }

    @Test func theBatchRestoresFullTextDefaultsAndKeepsTheIndexConsistent() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            for index in 0..<300 {
                try batch.insert(sampleItem(url: "https://a.example/\(index)", explanation: "batch \(index) quokka"))
            }
            try batch.finish()
        }
        try store.write { db in
            let settings = try Row.fetchAll(
                db, sql: "SELECT k, v FROM items_fts_config WHERE k <> 'version' ORDER BY k")
            #expect(settings.map { "\($0["k"] as String)=\($0["v"] as Int)" } == ["automerge=4", "hashsize=1048576"])
            try db.execute(sql: "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        }
        #expect(try matches("quokka", store).count == 300)
    }

    @Test func duplicatesAreFoundAmongRowsOfTheSameBatchAndEmptyTextStaysText() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            #expect(try batch.firstItemID(withURL: "https://a.example/1") == nil)
            var item = sampleItem(url: "https://a.example/1", explanation: "")
            item.assignee = ""
            #expect(try batch.insert(item) == "FD-2026-000001")
            #expect(try batch.firstItemID(withURL: "https://a.example/1") == 1)
            #expect(try batch.insert(sampleItem(url: "https://a.example/1")) == "FD-2026-000002")
            #expect(try batch.firstItemID(withURL: "https://a.example/1") == 1)
            try batch.finish()
        }
        try store.read { db in
            let row = try #require(
                try Row.fetchOne(db, sql: "SELECT explanation, assignee, case_id FROM items WHERE id = 1"))
            #expect(row["explanation"] as String? == "")
            #expect(row["assignee"] as String? == "")
            #expect((row["case_id"] as Int64?) == nil)
        }
    }

    @Test func aRowTheSchemaRefusesIsAClearStoreError() throws {
        let store = try makeTemporaryStore()
        #expect(throws: StoreError.self) {
            try store.write { db in
                let batch = try ItemBatchWriter(year: 2026, in: db)
                var item = sampleItem(url: "https://a.example/1")
                item.caseID = 999  // no such case: the foreign key refuses it
                try batch.insert(item)
                try batch.finish()
            }
        }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 0)
    }

    /// The batch sets the seal's and the cases' insert triggers aside while it inserts (a row
    /// trigger costs each insert a statement journal) and puts them back: an item filed in a
    /// case still counts in its case, rows inserted afterwards are logged for the seal again.
    @Test func theInsertTriggersSetAsideComeBackAndAnItemInACaseStillCounts() throws {
        let store = try makeTemporaryStore()
        // On the writer's connection, where the seal's TEMP triggers live (rolled back: no write).
        func triggers() throws -> [String] {
            try store.writeThenDecide { db in
                let names = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'items' AND name LIKE '%insert'
                        UNION ALL
                        SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name = 'seal_items_insert'
                        ORDER BY 1
                        """)
                return (names, false)
            }
        }
        let before = try triggers()
        #expect(before == ["cases_follow_item_insert", "items_fts_insert", "seal_items_insert"])
        try store.writeThenDecide { db in
            try db.execute(
                sql: """
                    INSERT INTO cases (reference, title, status, created_at, created_by)
                    VALUES ('C-2026-0001', 'ring', 'open', '2026-05-04T09:00:00Z', 'alice')
                    """)
            let batch = try ItemBatchWriter(year: 2026, sealingFor: store, in: db)
            let names = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name = 'seal_items_insert'")
            #expect(names.isEmpty, "set aside while the batch inserts")
            try batch.insert(sampleItem(url: "https://c.example/1"))
            var filed = sampleItem(url: "https://c.example/2")
            filed.caseID = try Int64.fetchOne(db, sql: "SELECT id FROM cases")
            try batch.insert(filed)
            try batch.finish()
            return ((), true)
        }
        #expect(try triggers() == before)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT item_count FROM cases") } == 1)
        #expect(try store.verifySeal().problems.isEmpty)
    }
}
