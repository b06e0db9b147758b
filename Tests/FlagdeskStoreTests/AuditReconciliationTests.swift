import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Records against the audit trail")
struct AuditReconciliationTests {
    /// Three items imported as a batch with the one event an import writes.
    private func importedStore() throws -> Store {
        let store = try makeTemporaryStore()
        try store.write { db in
            let batch = try ItemBatchWriter(year: 2026, in: db)
            for index in 1...3 { _ = try batch.insert(sampleItem(url: "https://a.example/\(index)")) }
            try batch.finish()
            try AuditChainWriter(in: db).append(
                AuditEntry(
                    actor: "alice", at: fixedNow, entity: "import", entityID: "f", action: "import",
                    payload: [
                        "file": "f.csv", "first": batch.firstReference!, "last": batch.lastReference!,
                        "items": String(batch.digest.count), "items_sha256": batch.digest.finalizedHex(),
                    ]))
        }
        return store
    }

    @Test func anImportAgreesWithItsItems() throws {
        let store = try importedStore()
        #expect(try store.read { db in try AuditReconciliation.problems(in: db) } == [])
        let events = try store.read { db in try AuditReconciliation.itemEvents(reference: "FD-2026-000002", in: db) }
        #expect(events.map(\.entity) == ["import"])
    }

    @Test func anImportedItemEditedInPlaceIsFound() throws {
        let store = try importedStore()
        try store.write { db in
            try db.execute(
                sql: "UPDATE items SET url_normalized = 'https://b.example/' WHERE reference = 'FD-2026-000002'")
        }
        let problems = try store.read { db in try AuditReconciliation.problems(in: db) }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("no longer match the digest") == true)
    }

    @Test func aDocumentMarkedPurgedByHandIsFound() throws {
        let store = try importedStore()
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO documents (reference, kind, language, status, recipient_kind, drafted_at, drafted_by,
                        updated_at, purged_at) VALUES ('N-2026-00001', 'dsa-notice', 'en', 'withdrawn', 'provider', ?,
                        'alice', ?, '2031-01-01T00:00:00Z')
                    """, arguments: [ISO8601.format(fixedNow), ISO8601.format(fixedNow)])
            try AuditTrail.append(
                AuditEntry(actor: "alice", at: fixedNow, entity: "document", entityID: "N-2026-00001", action: "draft"),
                in: db)
        }
        #expect(
            try store.read { db in try AuditReconciliation.problems(in: db) } == [
                "document N-2026-00001 marked purged at 2031-01-01T00:00:00Z, but no purge event at that time "
                    + "accounts for it"
            ])
    }

    @Test func anItemInsertedBehindTheTrailIsFound() throws {
        let store = try importedStore()
        try store.write { db in _ = try ItemRecords.insert(sampleItem(url: "https://c.example/"), year: 2026, in: db) }
        let problems = try store.read { db in try AuditReconciliation.problems(in: db) }
        #expect(problems == ["the store holds 4 items but the audit trail records the creation of 3"])
    }

    @Test func anItemAddedWithItsEventAgrees() throws {
        let store = try importedStore()
        try store.write { db in
            let item = try ItemRecords.insert(sampleItem(url: "https://c.example/"), year: 2026, in: db)
            try AuditTrail.append(
                AuditEntry(actor: "alice", at: fixedNow, entity: "item", entityID: item.reference, action: "add"),
                in: db)
        }
        #expect(try store.read { db in try AuditReconciliation.problems(in: db) } == [])
    }
}
