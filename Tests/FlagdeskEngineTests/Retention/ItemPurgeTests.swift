import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// The purge erases what closed items and their documents say (URLs, explanations, triage
/// notes, frozen texts, document fields) and keeps what the report, the queue and the trail read.
@Suite("Retention: the purge of items and documents")
struct ItemPurgeTests {
    let sixYearsLater = fixedNow.adding(days: 6 * 366)

    /// A notice for a trafficking advert, sent, decided, closed and its item resolved; a second
    /// item without evidence closed without action; an open item. Bob links "Maria K." to the
    /// notice's item.
    private struct World {
        let world: WorkflowWorld
        let notice: Item
        let bare: Item
        let open: Item
        let document: String
    }

    private func world() throws -> World {
        let world = try WorkflowWorld()
        let noticed = try world.triagedItem("https://www.instagram.com/p/numbat-gallery-4")
        let open = try world.triagedItem("https://www.instagram.com/p/still-open-5")
        let bob = try world.desk(as: "bob")
        var link = TriageRequest(reference: noticed.reference)
        link.person = "Maria K."
        link.indicators = [IndicatorChoice(key: "unodc-general.others-speak", reason: "a man answers every call")]
        link.note = "victim's sister called the hotline"
        _ = try bob.triage(link)
        let draft = try bob.draft(
            DraftRequest(
                kind: .dsaNotice, items: [noticed.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        let reference = draft.record.reference
        #expect(draft.missing.isEmpty, "\(draft.missing.map(\.key))")
        _ = try world.desk(as: "alice", at: fixedNow.adding(hours: 1)).approve(reference: reference)
        _ = try world.desk(as: "bob", at: fixedNow.adding(hours: 2)).send(reference: reference, via: .manual)
        var decision = ResponseRecord()
        decision.decision = .removed
        _ = try world.desk(as: "bob", at: fixedNow.adding(hours: 30)).record(reference: reference, decision)
        _ = try world.desk(as: "bob", at: fixedNow.adding(days: 2)).close(reference: reference, reason: nil)
        _ = try world.desk(as: "bob", at: fixedNow.adding(days: 2)).resolve(reference: noticed.reference)

        // The trail never goes backwards: the later intake happens after the notice was closed.
        let later = try world.desk(as: "bob", at: fixedNow.adding(days: 2))
        guard
            case .added(let bare, let evidence) = try later.add(
                AddItemRequest(
                    url: "https://www.instagram.com/p/quokka-trail-9",
                    explanation: "Quokka sighting near the wombat burrow, posted by her former employer"))
        else { throw EngineError.refused("not added") }
        #expect(evidence.isEmpty)
        _ = try later.closeWithoutAction(reference: bare.reference, reason: "lawful adult sex work")
        // A liveness check of the notice's item, with the final URL it was redirected to, and a
        // capture's URLs on its evidence.
        try later.store.write { db in
            try db.execute(
                sql: "UPDATE evidence SET source_url = ?, final_url = ? WHERE item_id = ?",
                arguments: [noticed.url, "https://www.instagram.com/p/numbat-gallery-4/", noticed.id])
            _ = try LivenessRecords.insert(
                LivenessCheck(
                    itemID: noticed.id, itemReference: noticed.reference, checkedAt: fixedNow.adding(days: 1),
                    checkedBy: "bob", httpStatus: 404, finalURL: "https://www.instagram.com/accounts/numbat-login",
                    sha256: nil, changed: nil, proposedOutcome: "removed", error: "redirected to numbat-login"), in: db)
        }
        return World(world: world, notice: noticed, bare: bare, open: open, document: reference)
    }

    private func row(_ desk: Desk, _ sql: String, _ arguments: StatementArguments = []) throws -> Row {
        try desk.store.read { db in try #require(try Row.fetchOne(db, sql: sql, arguments: arguments)) }
    }

    private func matches(_ desk: Desk, _ text: String) throws -> [String] {
        try desk.items(ItemFilter(text: text), limit: 50).map(\.reference)
    }

    @Test func anItemWithoutEvidenceIsPurgedAndNoneOfItsWordsCanBeFound() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        #expect(try matches(alice, "quokka") == [world.bare.reference])
        #expect(try matches(alice, "numbat") == [world.notice.reference])

        let report = try alice.purge(dryRun: false)
        #expect(report.itemReferences == [world.notice.reference, world.bare.reference])
        #expect(report.evidenceRows == 1, "only the notice's item had evidence")
        #expect(report.documents == 1)

        for item in [world.bare, world.notice] {
            let stored = try alice.detail(reference: item.reference).item
            #expect(stored.url == "(purged)")
            #expect(stored.normalizedURL == "purged:\(item.reference)")
            #expect(stored.explanation == nil)
            #expect(stored.purgedAt == sixYearsLater)
            // What the report and the queue read stays.
            #expect(stored.host == "www.instagram.com")
            #expect(stored.providerKey == item.providerKey)
            #expect(stored.createdAt == item.createdAt)
            #expect(stored.reference == item.reference)
        }
        let notice = try alice.detail(reference: world.notice.reference)
        #expect(notice.item.category == .violence && notice.item.keywords == [.humanTrafficking])
        #expect(notice.item.legalBasis == "Directive 2011/36/EU Art. 2")
        #expect(notice.item.status == .resolved)
        #expect(notice.triage.note == nil)
        #expect(notice.triage.indicators == [IndicatorChoice(key: "unodc-general.others-speak", reason: "(purged)")])
        #expect(notice.person?.hasPrefix("purged-") == true, "Maria's details went with the people period")
        let evidence = try row(alice, "SELECT * FROM evidence WHERE item_id = ?", [world.notice.id])
        #expect((evidence["source_url"] as String?) == nil && (evidence["final_url"] as String?) == nil)
        #expect(evidence["sha256"] == notice.evidence.first?.sha256)
        let check = try row(alice, "SELECT * FROM liveness_checks WHERE item_id = ?", [world.notice.id])
        #expect((check["final_url"] as String?) == nil)
        #expect(check["http_status"] as Int? == 404 && check["proposed_outcome"] == "removed")
        #expect(check["error"] == "(purged)")

        // The search index kept none of the erased words; the reference still finds the item.
        for word in ["quokka", "wombat", "burrow", "employer", "numbat", "gallery", "trail", "advert", "indicators"] {
            let found = try matches(alice, word)
            #expect(!found.contains(world.bare.reference) && !found.contains(world.notice.reference), "\(word)")
        }
        #expect(try matches(alice, "quokka").isEmpty && matches(alice, "numbat").isEmpty)
        #expect(try matches(alice, world.bare.reference) == [world.bare.reference])
        try alice.store.write { db in try db.execute(sql: "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')")
        }
        // The open item is untouched and still found.
        #expect(try alice.detail(reference: world.open.reference).item == world.open)
        #expect(try matches(alice, "still-open") == [world.open.reference])
    }

    @Test func aSentDocumentLosesItsTextAndFieldsAndKeepsWhatTheReportReads() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        let before = try alice.document(reference: world.document)
        let frozen = try #require(before.record.frozen)
        #expect(frozen.text.contains("numbat-gallery-4"))
        _ = try alice.purge(dryRun: false)

        let after = try alice.document(reference: world.document)
        #expect(after.record.frozen == nil)
        #expect(
            after.record.purged
                == PurgedDocument(at: sixYearsLater, sentSHA256: frozen.sha256, sentFormat: frozen.format))
        #expect(
            after.record.content
                == .dsaNotice(
                    NoticeContent(category: .violence, keywords: [.humanTrafficking], contentTypes: [.image, .text])))
        // Status, outcome, times, recipient and the events stay.
        #expect(after.record.status == .closed && after.record.outcome == .removed)
        #expect(after.record.sentAt == before.record.sentAt && after.record.recipientKey == before.record.recipientKey)
        #expect(after.events.map(\.action) == before.events.map(\.action))
        let stored = try row(alice, "SELECT * FROM documents WHERE reference = ?", [world.document])
        #expect((stored["frozen_text"] as String?) == nil)
        #expect(stored["frozen_sha256"] == frozen.sha256)
        let fields: String = stored["fields"]
        let evidenceHash = try #require(
            before.items.first.map { try alice.detail(reference: $0.reference) }?.evidence.first?.sha256)
        #expect(frozen.text.contains(evidenceHash), "the notice cited its evidence by hash")
        for erased in ["numbat", "instagram", "Maria", "Advert", evidenceHash] {
            #expect(!fields.contains(erased), "\(erased)")
        }
        // What is shown instead of the text says when and how it went, and names nothing.
        #expect(after.rendered.text.contains("purged on \(ISO8601.format(sixYearsLater))"))
        #expect(after.rendered.text.contains(frozen.sha256))
        #expect(!after.rendered.text.contains("numbat"))
        // The text cannot be exported in any format.
        for format in ExportFormat.allCases {
            #expect {
                _ = try alice.export(reference: world.document, format: format)
            } throws: { error in
                guard case .refused(let message) = error as? EngineError else { return false }
                return message.contains("purged on \(ISO8601.format(sixYearsLater))") && !message.contains("numbat")
            }
        }
        // Nothing new is recorded on it, nor on its item.
        #expect {
            var late = ResponseRecord()
            late.note = "late answer"
            _ = try alice.record(reference: world.document, late)
        } throws: { error in
            guard case .refused(let message) = error as? EngineError else { return false }
            return message == "document \(world.document) was purged on \(ISO8601.format(sixYearsLater)) (retention "
                + "period over): its content is erased and nothing new is recorded on it"
        }
        #expect(try alice.verify().isIntact)
    }

    @Test func aBundleListsAPurgedDocumentByTheHashOfWhatWasSent() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        _ = try alice.purge(dryRun: false)
        let url = temporaryFolder("bundle").appendingPathComponent("bundle.zip")
        let summary = try alice.bundle(reference: world.notice.reference, to: url)
        #expect(summary.documents == 1)
        #expect(!summary.paths.contains { $0.hasPrefix("documents/") })
        #expect(summary.withheldFiles == 1, "the purged evidence file is cited by hash")
    }

    @Test func openHeldAndCaseItemsAreNeverTouched() throws {
        let world = try WorkflowWorld()
        let bob = try world.desk(as: "bob")
        let open = try world.triagedItem("https://www.instagram.com/p/open-1")
        let held = try world.triagedItem("https://www.instagram.com/p/held-2")
        var hold = TriageRequest(reference: held.reference)
        hold.leaHold = true
        _ = try bob.triage(hold)
        let inCase = try world.triagedItem("https://www.instagram.com/p/case-3")
        let caseOpen = try world.triagedItem("https://www.instagram.com/p/case-4")
        _ = try bob.closeWithoutAction(reference: inCase.reference, reason: "lawful adult sex work")
        // The control: closed, outside any case, it goes.
        let control = try world.triagedItem("https://www.instagram.com/p/closed-5")
        _ = try bob.closeWithoutAction(reference: control.reference, reason: "lawful adult sex work")
        try bob.store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO cases (reference, title, status, created_at, created_by)
                    VALUES ('C-2026-0001', 'one operation', 'open', ?, 'bob')
                    """, arguments: [ISO8601.format(fixedNow)])
            try db.execute(
                sql: "UPDATE items SET case_id = last_insert_rowid() WHERE id IN (?, ?)",
                arguments: [inCase.id, caseOpen.id])
        }
        let alice = try world.desk(as: "alice", at: sixYearsLater)
        let rows = "SELECT * FROM items WHERE id <> ? ORDER BY id"
        let before = try alice.store.read { db in try Row.fetchAll(db, sql: rows, arguments: [control.id]) }
        #expect(try alice.purge(dryRun: true).itemReferences == [control.reference])
        #expect(try alice.purge(dryRun: false).itemReferences == [control.reference])
        #expect(try alice.store.read { db in try Row.fetchAll(db, sql: rows, arguments: [control.id]) } == before)
        for item in [open, held, inCase, caseOpen] {
            #expect(try alice.detail(reference: item.reference).item.purgedAt == nil)
        }
    }

    @Test func aSecondPurgeChangesNothing() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        _ = try alice.purge(dryRun: false)
        let tables = ["items", "documents", "liveness_checks", "evidence", "events"]
        func state() throws -> [[Row]] {
            try alice.store.read { db in try tables.map { try Row.fetchAll(db, sql: "SELECT * FROM \($0) ORDER BY 1") }
            }
        }
        let before = try state()
        let again = try world.world.desk(as: "alice", at: sixYearsLater.adding(days: 1)).purge(dryRun: false)
        #expect(again.itemReferences.isEmpty && again.documents == 0 && again.evidenceRows == 0)
        #expect(try state() == before)
        // Even at the same instant: nothing is left to erase, so nothing is refused or recorded.
        #expect(try alice.purge(dryRun: false).itemReferences.isEmpty)
        #expect(try state() == before)
    }

    @Test func captureAndRecheckRefuseAPurgedItem() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        _ = try alice.purge(dryRun: false)
        let refusal = EngineError.refused(
            "\(world.bare.reference) was purged on \(ISO8601.format(sixYearsLater)) (retention period over): its URL "
                + "is erased and nothing new is recorded on it")
        #expect(throws: refusal) { _ = try alice.fetchableItem(world.bare.reference) }
        #expect(try alice.fetchableItem(world.open.reference) == world.open)
    }
}
