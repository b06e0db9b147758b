import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// The Due tab puts threats to life first, then the nearest deadline, as the deadlines screen
/// does (DESIGN.md §4); windows read in that order page without gaps or repeats either way.
@Suite struct DueOrderTests {
    @Test func threatsToLifeComeFirstAndWindowsPageInOrder() throws {
        let store = try makeTemporaryStore()
        let start = ISO8601.parseInstant("2026-06-01T00:00:00Z")!
        try store.write { db in
            for index in 0..<12 {
                var item = try ItemRecords.insert(
                    sampleItem(url: "https://example.com/ad/\(index)"), year: 2026, in: db)
                // Every third item, with the later deadlines, is a threat to life.
                item.threatToLife = index % 3 == 2
                _ = try ItemRecords.update(item, at: fixedNow, in: db)
                try db.execute(
                    sql: "UPDATE items SET next_deadline_at = ? WHERE id = ?",
                    arguments: [ISO8601.format(start.addingTimeInterval(Double(index) * 3600)), item.id])
            }
        }
        let due = QueueSelection(statuses: [.new], dueBefore: start.addingTimeInterval(86_400))
        try store.read { db in
            let all = try QueueRecords.window(due, after: nil, limit: 50, in: db)
            #expect(all.count == 12)
            let lives = all.map { $0.item.threatToLife }
            #expect(lives == Array(repeating: true, count: 4) + Array(repeating: false, count: 8))
            for group in [all.prefix(4), all.dropFirst(4)] {
                let dates = group.compactMap(\.nextDeadlineAt)
                #expect(dates == dates.sorted())
            }
            // Forward in windows of 3, then backward from the end: the same rows in order.
            var forward: [QueueRow] = []
            while forward.count < 12 {
                let window = try QueueRecords.window(due, after: forward.last?.cursor, limit: 3, in: db)
                guard !window.isEmpty else { break }
                forward += window
            }
            #expect(forward.map(\.item.id) == all.map(\.item.id))
            var backward: [QueueRow] = []
            var cursor = all.last?.cursor
            while let current = cursor {
                let window = try QueueRecords.window(due, after: current, backward: true, limit: 3, in: db)
                backward = window + backward
                cursor = window.first?.cursor
            }
            #expect(backward.map(\.item.id) == all.dropLast().map(\.item.id))
            for (position, row) in all.enumerated() {
                #expect(try QueueRecords.position(of: row.cursor, in: due, in: db) == position)
            }
            #expect(try QueueRecords.count(due, in: db) == 12)
        }
    }

    /// Every statement of the Due tab (window, count, position) searches the deadline index,
    /// never the status index that would read every open item (issue #17: first frame < 0.3 s
    /// at 1,000,000 items).
    @Test func theDueTabSearchesTheDeadlineIndex() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            let item = try ItemRecords.insert(sampleItem(url: "https://example.com/ad/1"), year: 2026, in: db)
            try db.execute(
                sql: "UPDATE items SET next_deadline_at = '2026-06-01T00:00:00Z' WHERE id = ?", arguments: [item.id])
        }
        let due = QueueSelection(
            statuses: [.new, .triaged, .inAction], dueBefore: ISO8601.parseInstant("2026-06-02T00:00:00Z")!)
        try store.read { db in
            let plans = try queryPlans(in: db, touching: "FROM items") {
                let rows = try QueueRecords.window(due, after: nil, limit: 50, in: db)
                _ = try QueueRecords.count(due, atMost: 1000, in: db)
                _ = try QueueRecords.position(of: try #require(rows.first).cursor, in: due, in: db)
            }
            #expect(plans.count >= 3)
            for (sql, plan) in plans {
                // The window: each group one range of `items_due`; the count and the position:
                // the deadline index.
                let index = sql.contains("threat_to_life = ") ? "items_due" : "items_by_deadline"
                #expect(plan.contains { $0.contains("USING INDEX \(index)") }, "\(sql): \(plan)")
                #expect(!plan.contains { $0.contains("items_queue") }, "\(sql): \(plan)")
                #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(sql): \(plan)")
                // The rule of each row's next deadline: the item's documents, then their deadlines.
                #expect(!plan.contains { $0.contains("deadlines_open") }, "\(sql): \(plan)")
            }
        }
    }

    /// An item's next deadline is read from its own documents' deadlines, never by walking every
    /// open deadline of the desk (which made each send and answer read 200,000 deadlines at a
    /// million items, and the bench's fixture never finish).
    @Test func theNextDeadlineOfAnItemReadsItsOwnDocumentsDeadlines() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            let item = try ItemRecords.insert(sampleItem(url: "https://example.com/ad/1"), year: 2026, in: db)
            let plans = try queryPlans(in: db, touching: "UPDATE items") {
                try DeadlineRecords.refreshNextDeadline(itemIDs: [item.id], in: db)
            }
            #expect(plans.count == 1)
            for (sql, plan) in plans {
                #expect(plan.contains { $0.contains("deadlines_by_document") }, "\(sql): \(plan)")
                #expect(!plan.contains { $0.contains("deadlines_open") }, "\(sql): \(plan)")
            }
        }
    }
}
