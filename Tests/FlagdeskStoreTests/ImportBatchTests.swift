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
}
