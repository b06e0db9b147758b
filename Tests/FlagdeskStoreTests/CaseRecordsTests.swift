import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// The case row follows its items through the v13 triggers, whichever statement changed them.
@Suite struct CaseRecordsTests {
    func caseWithItems(_ store: Store, count: Int) throws -> (Case, [Item]) {
        try store.write { db in
            let record = try CaseRecords.insert(
                Case(title: "Ring", createdAt: fixedNow, createdBy: "alice"), year: 2026, in: db)
            var items: [Item] = []
            for index in 0..<count {
                var item = try ItemRecords.insert(
                    sampleItem(url: "https://example.com/ad/\(index)"), year: 2026, in: db)
                item.caseID = record.id
                items.append(try ItemRecords.update(item, at: fixedNow, in: db))
            }
            return (try #require(try CaseRecords.find(id: record.id, in: db)), items)
        }
    }

    @Test func countsThreatAndDeadlineFollowTheItems() throws {
        let store = try makeTemporaryStore()
        let (record, items) = try caseWithItems(store, count: 3)
        #expect(record.itemCount == 3 && record.openItemCount == 3 && record.status == .open)
        let later = fixedNow.addingTimeInterval(3600)
        let after = try store.write { db in
            var urgent = items[0]
            urgent.threatToLife = true
            _ = try ItemRecords.update(urgent, at: later, in: db)
            // A deadline written by its own statement, as DeadlineRecords does.
            try db.execute(
                sql: "UPDATE items SET next_deadline_at = ? WHERE id = ?",
                arguments: ["2026-06-01T10:00:00Z", items[1].id])
            return try #require(try CaseRecords.find(id: record.id, in: db))
        }
        #expect(after.threatToLife)
        #expect(after.nextDeadlineAt == ISO8601.parseInstant("2026-06-01T10:00:00Z"))
    }

    @Test func theCaseClosesWithItsLastOpenItem() throws {
        let store = try makeTemporaryStore()
        let (record, items) = try caseWithItems(store, count: 2)
        let closing = fixedNow.addingTimeInterval(7200)
        let closed = try store.write { db in
            for item in items {
                var resolved = try #require(try ItemRecords.find(id: item.id, in: db))
                resolved.status = .resolved
                _ = try ItemRecords.update(resolved, at: closing, in: db)
            }
            return try #require(try CaseRecords.find(id: record.id, in: db))
        }
        #expect(closed.status == .closed && closed.openItemCount == 0 && closed.closedAt == closing)
    }

    @Test func theTitleIsPurgedWithTheLastItem() throws {
        let store = try makeTemporaryStore()
        let (record, items) = try caseWithItems(store, count: 2)
        let purgedAt = "2033-01-01T00:00:00Z"
        try store.write { db in
            try db.execute(
                sql: "UPDATE items SET status = 'resolved', purged_at = ? WHERE id = ?",
                arguments: [purgedAt, items[0].id])
            #expect(try CaseRecords.find(id: record.id, in: db)?.title == "Ring")
            try db.execute(
                sql: "UPDATE items SET status = 'resolved', purged_at = ? WHERE id = ?",
                arguments: [purgedAt, items[1].id])
        }
        let purged = try store.read { db in try #require(try CaseRecords.find(id: record.id, in: db)) }
        #expect(purged.title == "purged:\(record.reference)")
        #expect(purged.purgedAt == ISO8601.parseInstant(purgedAt))
        // A purged case is read-only.
        #expect(throws: StoreError.self) {
            try store.write { db in _ = try CaseRecords.update(purged, at: fixedNow, in: db) }
        }
    }

    @Test func urgencyOrderUsesTheIndex() throws {
        let store = try makeTemporaryStore()
        let plan = try store.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    EXPLAIN QUERY PLAN SELECT \(CaseRecords.columns) FROM cases WHERE status = 'open'
                    ORDER BY status DESC, threat_to_life DESC, coalesce(next_deadline_at, '9999'), id LIMIT 10
                    """
            ).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("cases_by_urgency"))
        #expect(!plan.contains("TEMP B-TREE"))
    }
}
