import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// What counts as closed, and what a purge erases and keeps, on rows written directly.
@Suite("Retention records")
struct RetentionRecordsTests {
    /// fixedNow + 10 years: everything written at fixedNow is past any period.
    let later = RetentionCutoffs(
        people: fixedNow.addingTimeInterval(86_400), evidence: fixedNow.addingTimeInterval(86_400))
    let before = RetentionCutoffs(
        people: fixedNow.addingTimeInterval(-86_400), evidence: fixedNow.addingTimeInterval(-86_400))

    /// An item with one evidence file, in `status`, optionally linked to a person.
    private func item(
        _ store: Store, _ status: String, url: String, person: Int64? = nil, hold: Bool = false, content: String? = nil
    ) throws -> (id: Int64, sha256: String) {
        let files = EvidenceFiles(root: store.evidenceFolder)
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("ev-\(UUID().uuidString)")
        try Data((content ?? "capture of \(url)").utf8).write(to: source)
        let held = try files.importFile(at: source)
        let id = try store.write { db -> Int64 in
            let item = try ItemRecords.insert(sampleItem(url: url), year: 2026, in: db)
            try db.execute(
                sql: "UPDATE items SET status = ?, lea_hold = ?, person_id = ? WHERE id = ?",
                arguments: [status, hold, person, item.id])
            _ = try EvidenceRecords.insert(
                Evidence(
                    itemID: item.id, sha256: held.sha256, size: held.size, mediaType: "text/plain",
                    originalName: "maria-k-passport.txt", capturedAt: fixedNow, capturedBy: "alice"), in: db)
            return item.id
        }
        return (id, held.sha256)
    }

    private func person(_ store: Store, _ pseudonym: String) throws -> Int64 {
        try store.write { db -> Int64 in
            try db.execute(
                sql: """
                    INSERT INTO people (pseudonym, identity_sealed, contact_sealed, mandate_document_sealed, wishes,
                        created_at, updated_at) VALUES (?, x'01', x'02', x'03', '["no phone calls"]', ?, ?)
                    """, arguments: [pseudonym, ISO8601.format(fixedNow), ISO8601.format(fixedNow)])
            return db.lastInsertedRowID
        }
    }

    /// A document covering the item, in `status`, with one deadline in `deadline` (if given).
    private func document(_ store: Store, item: Int64, status: String, deadline: String? = nil) throws {
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO documents (reference, kind, language, status, recipient_kind, drafted_at, drafted_by,
                        updated_at, frozen_text, frozen_sha256)
                    VALUES (?, 'dsa-notice', 'en', ?, 'provider', ?, 'alice', ?, 'text', ?)
                    """,
                arguments: [
                    "N-2026-\(UUID().uuidString.prefix(5))", status, ISO8601.format(fixedNow), ISO8601.format(fixedNow),
                    String(repeating: "a", count: 64),
                ])
            let document = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO document_items (document_id, item_id) VALUES (?, ?)", arguments: [document, item])
            if let deadline {
                try db.execute(
                    sql: """
                        INSERT INTO deadlines (document_id, rule, due_at, is_policy, inputs, explanation, status,
                            computed_at) VALUES (?, 'reminder.notice', ?, 1, '{}', 'why', ?, ?)
                        """,
                    arguments: [document, ISO8601.format(fixedNow), deadline, ISO8601.format(fixedNow)])
            }
        }
    }

    @Test func onlyClosedItemsPastThePeriodAreListed() throws {
        let store = try makeTemporaryStore()
        let noAction = try item(store, "no-action", url: "https://example.com/1")
        let resolved = try item(store, "resolved", url: "https://example.com/2")
        try document(store, item: resolved.id, status: "closed", deadline: "met")
        let open = try item(store, "triaged", url: "https://example.com/3")
        let held = try item(store, "no-action", url: "https://example.com/4", hold: true)
        let documentOpen = try item(store, "resolved", url: "https://example.com/5")
        try document(store, item: documentOpen.id, status: "decided")
        let deadlineOpen = try item(store, "resolved", url: "https://example.com/6")
        try document(store, item: deadlineOpen.id, status: "withdrawn", deadline: "open")

        let plan = try store.read { db in try RetentionRecords.plan(later, in: db) }
        #expect(Set(plan.evidence.map(\.sha256)) == [noAction.sha256, resolved.sha256])
        #expect(!plan.evidence.map(\.sha256).contains(open.sha256))
        #expect(!plan.evidence.map(\.sha256).contains(held.sha256))
        // Within the period nothing goes.
        #expect(try store.read { db in try RetentionRecords.plan(before, in: db) }.evidence.isEmpty)
    }

    @Test func aPersonGoesOnlyWhenEveryItemIsClosed() throws {
        let store = try makeTemporaryStore()
        let closedOnly = try person(store, "Maria K.")
        let stillOpen = try person(store, "V-2")
        let unlinked = try person(store, "V-3")
        _ = try item(store, "no-action", url: "https://example.com/1", person: closedOnly)
        _ = try item(store, "no-action", url: "https://example.com/2", person: stillOpen)
        _ = try item(store, "in-action", url: "https://example.com/3", person: stillOpen)

        let openCase = try person(store, "V-4")
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO cases (reference, title, person_id, status, created_at, created_by)
                    VALUES ('C-2026-0001', 'operation', ?, 'open', ?, 'alice')
                    """, arguments: [openCase, ISO8601.format(fixedNow)])
        }

        let plan = try store.read { db in try RetentionRecords.plan(later, in: db) }
        #expect(plan.people.map(\.id) == [closedOnly, unlinked])
        #expect(try store.read { db in try RetentionRecords.plan(before, in: db) }.people.isEmpty)
    }

    @Test func eraseKeepsHashesAndCountsAndDropsPersonalData() throws {
        let store = try makeTemporaryStore()
        let maria = try person(store, "Maria K.")
        let closed = try item(store, "no-action", url: "https://example.com/1", person: maria)
        let outcome = try store.write { db -> PurgeOutcome in
            try PurgeRecords.erase(try RetentionRecords.plan(later, in: db), at: fixedNow, in: db)
        }
        #expect(outcome.people == 1 && outcome.evidence == 1)
        #expect(outcome.purgedHashes == [closed.sha256])
        #expect(outcome.filesToDelete == [closed.sha256])
        let (person, evidence) = try store.read { db in
            (
                try Row.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [maria])!,
                try Row.fetchOne(db, sql: "SELECT * FROM evidence WHERE item_id = ?", arguments: [closed.id])!
            )
        }
        #expect(person["pseudonym"] == "purged-\(maria)")
        #expect((person["identity_sealed"] as Data?) == nil)
        #expect((person["contact_sealed"] as Data?) == nil)
        #expect((person["mandate_document_sealed"] as Data?) == nil)
        #expect(person["wishes"] == "[]")
        #expect(person["purged_at"] == ISO8601.format(fixedNow))
        #expect(evidence["sha256"] == closed.sha256)
        #expect(evidence["size"] as Int64? == Int64("capture of https://example.com/1".utf8.count))
        #expect(evidence["original_name"] == "(purged)")
        #expect(evidence["purged_at"] == ISO8601.format(fixedNow))
        // A second run finds nothing more to erase.
        let again = try store.read { db in try RetentionRecords.plan(later, in: db) }
        #expect(again.people.isEmpty && again.evidence.isEmpty)
    }

    /// A document with no items, in `status`, for `person` (or none).
    private func itemlessDocument(_ store: Store, status: String, person: Int64?) throws -> String {
        let reference = "F-2026-\(UUID().uuidString.prefix(5))"
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO documents (reference, kind, language, status, recipient_kind, person_id, drafted_at,
                        drafted_by, updated_at, frozen_text, frozen_sha256)
                    VALUES (?, 'dsc-complaint', 'en', ?, 'authority', ?, ?, 'alice', ?, 'the complaint', ?)
                    """,
                arguments: [
                    reference, status, person, ISO8601.format(fixedNow), ISO8601.format(fixedNow),
                    String(repeating: "b", count: 64),
                ])
        }
        return reference
    }

    @Test func aDocumentGoesWithTheLastOfItsItemsOrWithItsPerson() throws {
        let store = try makeTemporaryStore()
        let first = try item(store, "no-action", url: "https://example.com/1")
        let second = try item(store, "resolved", url: "https://example.com/2")
        try document(store, item: first.id, status: "closed")
        try store.write { db in
            try db.execute(
                sql: "INSERT INTO document_items (document_id, item_id) SELECT id, ? FROM documents",
                arguments: [second.id])
            // The second item was active two days later: past the first cutoff only.
            try db.execute(
                sql: "UPDATE items SET updated_at = ? WHERE id = ?",
                arguments: [ISO8601.format(fixedNow.addingTimeInterval(2 * 86_400)), second.id])
        }
        let gone = try person(store, "Maria K.")
        let kept = try person(store, "V-2")
        _ = try item(store, "triaged", url: "https://example.com/3", person: kept)
        let withGone = try itemlessDocument(store, status: "closed", person: gone)
        let withKept = try itemlessDocument(store, status: "withdrawn", person: kept)
        let alone = try itemlessDocument(store, status: "closed", person: nil)
        let draft = try itemlessDocument(store, status: "draft", person: nil)

        let plan = try store.read { db in try RetentionRecords.plan(later, in: db) }
        #expect(plan.items.map(\.id) == [first.id])
        #expect(plan.people.map(\.id) == [gone])
        #expect(Set(plan.documents.map(\.reference)) == [withGone, alone])
        #expect(!plan.documents.map(\.reference).contains(withKept) && !plan.documents.map(\.reference).contains(draft))
        #expect(try store.read { db in try RetentionRecords.plan(before, in: db) }.erasesNothing)

        let outcome = try store.write { db in try PurgeRecords.erase(plan, at: fixedNow, in: db) }
        #expect(outcome.items == ["FD-2026-000001"] && outcome.documents.count == 2)
        // Three days on, the second item goes, and the notice with it.
        let threeDays = RetentionCutoffs(
            people: fixedNow.addingTimeInterval(3 * 86_400), evidence: fixedNow.addingTimeInterval(3 * 86_400))
        let next = try store.read { db in try RetentionRecords.plan(threeDays, in: db) }
        #expect(next.items.map(\.id) == [second.id])
        #expect(next.documents.count == 1 && next.documents[0].reference.hasPrefix("N-"))
        // A second erase at the same instant is refused: `verify` matches rows to events by it.
        try store.write { db in
            try AuditTrail.append(
                AuditEntry(
                    actor: "alice", at: fixedNow, entity: "store", entityID: "retention", action: "purge",
                    payload: PurgeReconciliation.payload(
                        importDigests: [:], items: outcome.items, documents: outcome.documents)),
                in: db)
        }
        #expect(throws: StoreError.self) {
            try store.write { db in _ = try PurgeRecords.erase(next, at: fixedNow, in: db) }
        }
        let erased = try store.write { db in try PurgeRecords.erase(next, at: fixedNow.addingTimeInterval(1), in: db) }
        #expect(erased.items == ["FD-2026-000002"] && erased.documents.count == 1)
    }

    @Test func orphansAreOnlyFilesEveryRecordOfWhichIsPurged() throws {
        let store = try makeTemporaryStore()
        let files = EvidenceFiles(root: store.evidenceFolder)
        let closed = try item(store, "no-action", url: "https://example.com/1", content: "shared bytes")
        // The same content held for an open item: its file must stay.
        let open = try item(store, "triaged", url: "https://example.com/2", content: "shared bytes")
        let alone = try item(store, "no-action", url: "https://example.com/3")
        #expect(closed.sha256 == open.sha256)
        // A file being imported right now has no record yet.
        let incoming = FileManager.default.temporaryDirectory.appendingPathComponent("in-\(UUID().uuidString)")
        try Data("not yet recorded".utf8).write(to: incoming)
        let unrecorded = try files.importFile(at: incoming).sha256

        try store.write { db in
            _ = try PurgeRecords.erase(try RetentionRecords.plan(later, in: db), at: fixedNow, in: db)
        }
        let orphans = try store.read { db in try PurgeRecords.orphanedHashes(in: db) }
        #expect(orphans == [alone.sha256])
        #expect(files.held(orphans) == [alone.sha256])
        #expect(files.remove(orphans).removed == 1)
        #expect(!FileManager.default.fileExists(atPath: files.url(forSHA256: alone.sha256).path))
        #expect(FileManager.default.fileExists(atPath: files.url(forSHA256: open.sha256).path))
        #expect(FileManager.default.fileExists(atPath: files.url(forSHA256: unrecorded).path))
        // Removing again is harmless; the chain of evidence still verifies for live rows.
        #expect(files.remove(orphans).removed == 0)
        #expect(try store.read { db in try files.verify(in: db) }.isEmpty)
    }

    @Test func removalNeverFollowsALink() throws {
        let store = try makeTemporaryStore()
        let files = EvidenceFiles(root: store.evidenceFolder)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try Data("precious".utf8).write(to: outside)
        let hash = String(repeating: "ab", count: 32)
        let link = files.url(forSHA256: hash)
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        #expect(files.remove([hash, "../../outside"]).removed == 0)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "precious")
    }
}
