import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Search: the plan follows how common the words are")
struct FullTextPlanTests {
    /// `FullTextPlan.broadFrom + 500` items mention "passport"; every 500th also "wombat".
    private func store() throws -> Store {
        let store = try makeTemporaryStore()
        try store.write { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            for index in 0..<(FullTextPlan.broadFrom + 500) {
                var item = sampleItem(
                    url: "https://site\(index).example/ad",
                    explanation: index % 500 == 0 ? "passport wombat \(index)" : "passport \(index)")
                // Mixed priorities and statuses, so queue order is not id order.
                item.priority = [.normal, .urgent, .high][index % 3]
                item.status = index % 4 == 0 ? .resolved : .new
                try batch.insert(item)
            }
            try batch.finish()
        }
        return store
    }

    private func plan(_ sql: String, _ match: String, in db: Database) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [match]).map { $0["detail"] as String }
            .joined(separator: "; ")
    }

    @Test func commonWordsWalkTheQueueOrderAndRareOnesAreLookedUp() throws {
        let store = try store()
        try store.read { db in
            let common = try #require(try FullTextPlan.condition(for: "passport", in: db))
            #expect(common.sql == FullTextPlan.walking)
            // A prefix that is common although no word is exactly it.
            #expect(try FullTextPlan.condition(for: "passp", in: db)?.sql == FullTextPlan.walking)
            #expect(try FullTextPlan.condition(for: "wombat", in: db)?.sql == FullTextPlan.selective)
            #expect(try FullTextPlan.condition(for: "passport wombat", in: db)?.sql == FullTextPlan.selective)
            #expect(try FullTextPlan.condition(for: "passport", counting: true, in: db)?.sql == FullTextPlan.selective)
            #expect(try FullTextPlan.condition(for: "   ", in: db) == nil)
            let ordered = "SELECT id FROM items WHERE \(common.sql) ORDER BY priority, created_at, id LIMIT 50"
            let detail = try plan(ordered, common.match, in: db)
            #expect(detail.contains("SCAN items USING COVERING INDEX items_order"), "\(detail)")
        }
    }

    @Test func bothPlansListTheSameItemsInQueueOrder() throws {
        let store = try store()
        for text in ["passport", "passp", "wombat", "passport wombat", "site12"] {
            let (listed, expected, counted) = try store.read { db in
                (
                    try ItemRecords.list(ItemFilter(text: text), limit: 60, offset: 30, in: db).map(\.id),
                    try Int64.fetchAll(
                        db,
                        sql: """
                            SELECT id FROM items WHERE id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)
                            ORDER BY priority, created_at, id LIMIT 60 OFFSET 30
                            """, arguments: [FullTextQuery.match(for: text)]),
                    try ItemRecords.count(ItemFilter(text: text), in: db)
                )
            }
            #expect(listed == expected, "search '\(text)'")
            #expect(!listed.isEmpty || text.contains("wombat"), "search '\(text)'")
            let all = try store.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?",
                    arguments: [FullTextQuery.match(for: text)])
            }
            #expect(counted == all, "count '\(text)'")
        }
    }

    @Test func theQueueWindowFindsTheSameRowsEitherWay() throws {
        let store = try store()
        let open = QueueSelection(statuses: [.new, .triaged], text: "passport")
        try store.read { db in
            let window = try QueueRecords.window(open, after: nil, limit: 40, in: db)
            let expected = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM items WHERE status IN ('new', 'triaged')
                    AND id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH '"passport"*')
                    ORDER BY priority, created_at, id LIMIT 40
                    """)
            #expect(window.map(\.item.id) == expected)
            let next = try QueueRecords.window(open, after: window.last?.cursor, limit: 40, in: db)
            #expect(next.first.map { window.last!.cursor.precedes($0.cursor, order: .priority) } == true)
            #expect(try QueueRecords.position(of: next[0].cursor, in: open, in: db) == 40)
        }
    }
}
