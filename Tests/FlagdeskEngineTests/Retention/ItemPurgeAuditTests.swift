import FlagdeskCore
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// After a purge of items, `verify` stays green (imports checked against the digest the purge
/// recorded) and still finds rows altered or hidden by hand; duplicates never link to a purged item.
@Suite("Retention: the purge of items and the audit trail")
struct ItemPurgeAuditTests {
    let sixYearsLater = fixedNow.adding(days: 6 * 366)

    private func csv(_ urls: [String]) -> String {
        "URL;Explanation\n" + urls.map { "\($0);seen by a partner hotline\n" }.joined()
    }

    /// FD-2026-000001 added; FD-2026-000002...4 imported together, FD-2026-000005...6 in a
    /// second import. 1, 2 and 4 are closed; 3, 5 and 6 stay open.
    private func desk() throws -> (desk: Desk, firstImport: Int64, secondImport: Int64) {
        let desk = try makeDesk()
        _ = try desk.add(AddItemRequest(url: "https://a.example.test/added"))
        let first = try importFile(
            csv(["https://b.example.test/1", "https://b.example.test/2", "https://b.example.test/3"]), name: "b.csv")
        _ = try desk.importItems(ImportRequest(file: first, defaultSource: .partner))
        let second = try importFile(csv(["https://c.example.test/1", "https://c.example.test/2"]), name: "c.csv")
        _ = try desk.importItems(ImportRequest(file: second, defaultSource: .partner))
        for reference in ["FD-2026-000001", "FD-2026-000002", "FD-2026-000004"] {
            _ = try desk.closeWithoutAction(reference: reference, reason: "lawful adult sex work")
        }
        let imports = try desk.store.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM events WHERE action = 'import' ORDER BY id")
        }
        return (desk, imports[0], imports[1])
    }

    private func execute(_ desk: Desk, _ sql: String) throws {
        try desk.store.write { db in try db.execute(sql: sql) }
    }

    @Test func importedItemsVerifyAfterAPurgeAndEditsByHandStillShow() throws {
        let (desk, firstImport, secondImport) = try desk()
        let later = try reopen(desk, at: sixYearsLater)
        let report = try later.purge(dryRun: false)
        #expect(report.itemReferences == ["FD-2026-000001", "FD-2026-000002", "FD-2026-000004"])
        let event = try #require(
            try later.store.read { db in try AuditTrail.events(entity: "store", entityID: "retention", in: db) }.last)
        #expect(event.payload.contains("\"import_digest:\(firstImport)\":"))
        #expect(!event.payload.contains("import_digest:\(secondImport)"), "no item of the second import was purged")
        #expect(event.payload.contains("\"items\":\"3\"") && event.payload.contains("\"documents\":\"0\""))
        #expect(!event.payload.contains("example.test"))
        #expect(try later.verify().isIntact)

        // (a) An imported item edited by hand after the purge: purged or not, its import shows.
        let purgedAt = ISO8601.format(sixYearsLater)
        let firstAltered =
            "the import of b.csv (event #\(firstImport)): its items no longer match the digest it recorded"
        for reference in ["FD-2026-000002", "FD-2026-000003"] {
            try expect(
                later, edit: "UPDATE items SET created_at = '2026-05-05T00:00:00Z' WHERE reference = '\(reference)'",
                finds: [firstAltered],
                undo: "UPDATE items SET created_at = '\(ISO8601.format(fixedNow))' WHERE reference = '\(reference)'")
        }
        // A purged row un-marked by hand: its import and its purge event both disagree.
        try expect(
            later, edit: "UPDATE items SET purged_at = NULL WHERE reference = 'FD-2026-000004'",
            finds: [
                firstAltered,
                "the 2 items marked purged at \(purgedAt) are not those purge event #\(event.id) recorded",
            ],
            undo: "UPDATE items SET purged_at = '\(purgedAt)' WHERE reference = 'FD-2026-000004'")

        // (b) purged_at set by hand without a purge: at a time no purge ran, or at the purge's.
        try expect(
            later, edit: "UPDATE items SET purged_at = '2031-01-01T00:00:00Z' WHERE reference = 'FD-2026-000006'",
            finds: [
                "the import of c.csv (event #\(secondImport)): its items no longer match the digest it recorded",
                "item FD-2026-000006 marked purged at 2031-01-01T00:00:00Z, but no purge event at that time "
                    + "accounts for it",
            ],
            undo: "UPDATE items SET purged_at = NULL WHERE reference = 'FD-2026-000006'")
        guard case .added(let added, _) = try later.add(AddItemRequest(url: "https://d.example.test/open")) else {
            Issue.record("not added")
            return
        }
        try expect(
            later, edit: "UPDATE items SET url = '(purged)', purged_at = '\(purgedAt)' WHERE id = \(added.id)",
            finds: ["the 4 items marked purged at \(purgedAt) are not those purge event #\(event.id) recorded"],
            undo: "UPDATE items SET url = '\(added.url)', purged_at = NULL WHERE id = \(added.id)")
    }

    /// `edit` by hand makes `verify` find exactly `problems`; `undo` makes it intact again.
    private func expect(_ desk: Desk, edit: String, finds problems: [String], undo: String) throws {
        try execute(desk, edit)
        #expect(try desk.verify().trailProblems == problems, "\(edit)")
        try execute(desk, undo)
        #expect(try desk.verify().isIntact, "\(undo)")
    }

    @Test func aLaterPurgeChecksTheDigestTheEarlierOneRecorded() throws {
        let (desk, firstImport, _) = try desk()
        _ = try reopen(desk, at: sixYearsLater).purge(dryRun: false)
        // FD-2026-000003 is closed later, and purged six years after that.
        let closing = sixYearsLater.adding(days: 1)
        _ = try reopen(desk, at: closing).closeWithoutAction(reference: "FD-2026-000003", reason: "not illegal")
        let again = try reopen(desk, at: closing.adding(days: 6 * 366))
        #expect(try again.purge(dryRun: false).itemReferences == ["FD-2026-000003"])
        let events = try again.store.read { db in try AuditTrail.events(entity: "store", entityID: "retention", in: db)
        }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.payload.contains("\"import_digest:\(firstImport)\":") })
        #expect(events[0].payload != events[1].payload)
        #expect(try again.verify().isIntact)
    }

    @Test func aPurgeIsRefusedWhenAnImportNoLongerMatchesItsDigest() throws {
        let (desk, firstImport, _) = try desk()
        try execute(
            desk, "UPDATE items SET url_normalized = 'https://elsewhere.test/' WHERE reference = 'FD-2026-000003'")
        let later = try reopen(desk, at: sixYearsLater)
        let refusal = EngineError.refused(
            "the import of b.csv (event #\(firstImport)) no longer matches the digest recorded for its items: the "
                + "store was altered outside Flagdesk; nothing was purged (run `flagdesk verify`)")
        #expect(throws: refusal) { _ = try later.purge(dryRun: true) }
        #expect(throws: refusal) { _ = try later.purge(dryRun: false) }
        #expect(try later.detail(reference: "FD-2026-000002").item.purgedAt == nil)
        #expect(try later.detail(reference: "FD-2026-000001").item.purgedAt == nil, "all or nothing")
        let purges = try later.store.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE action = 'purge'")
        }
        #expect(purges == 0)
    }

    @Test func duplicateDetectionNeverLinksToAPurgedItem() throws {
        let desk = try makeDesk()
        let url = "https://e.example.test/ad/7"
        guard case .added(let first, _) = try desk.add(AddItemRequest(url: url)) else {
            Issue.record("not added")
            return
        }
        guard case .alreadyOnRecord = try desk.add(AddItemRequest(url: url + "#again")) else {
            Issue.record("a live item is a duplicate")
            return
        }
        _ = try desk.closeWithoutAction(reference: first.reference, reason: "lawful adult sex work")
        let later = try reopen(desk, at: sixYearsLater)
        _ = try later.purge(dryRun: false)

        guard case .added(let again, _) = try later.add(AddItemRequest(url: url)) else {
            Issue.record("the purged item still counts as on record")
            return
        }
        #expect(again.duplicateOf == nil)
        let file = try importFile(csv([url, url + "#twice"]), name: "again.csv")
        let summary = try later.importItems(ImportRequest(file: file, defaultSource: .partner))
        #expect(summary.added == 0 && summary.linkedAsDuplicates == 2)
        let linked = try later.allItems().filter { $0.duplicateOf != nil }
        #expect(linked.count == 2 && linked.allSatisfy { $0.duplicateOf == again.id })
        #expect(try later.verify().isIntact)
    }
}
