import FlagdeskCore
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// `flagdesk purge` through the engine: roles, the dry run, what goes and what stays, and that
/// the audit chain and the annual report are untouched.
@Suite("Retention and purge")
struct RetentionPurgeTests {
    /// Six years after the fixed instant: past the default periods (people 1 year, evidence 5).
    let sixYearsLater = fixedNow.adding(days: 6 * 366)

    /// Bob records a victim "Maria K." with a mandate file on an item he closes without action,
    /// and "V-2" on an item that stays open.
    private func world() throws -> (world: WorkflowWorld, closed: Item, open: Item) {
        let world = try WorkflowWorld()
        let closed = try world.triagedItem("https://www.instagram.com/p/closed-1")
        let open = try world.triagedItem("https://www.instagram.com/p/open-2")
        let bob = try world.desk(as: "bob")
        var mandate = PersonRequest(pseudonym: "Maria K.")
        mandate.mandateScopes = [.erasure]
        mandate.mandateSignedOn = CivilDate(year: 2026, month: 4, day: 1)!
        mandate.mandateFile = try writeTemporaryFile("signed mandate of Maria K.", name: "mandate.pdf")
        mandate.wishes = ["no contact by phone"]
        mandate.addedWishes = [WishRequest(kind: .noPolice)]
        mandate.identity = "Maria Kowalska, born 1999"
        // The signed mandate is sealed into the person's row (the vault), not kept as a file.
        let vault = try initKeyFileVault(try world.desk(as: "alice"))
        _ = try bob.recordPerson(mandate, credentials: vault)
        _ = try world.desk(as: "alice").assign("Maria K.", to: "bob")
        for (item, pseudonym) in [(closed, "Maria K."), (open, "V-2")] {
            var triage = TriageRequest(reference: item.reference)
            triage.person = pseudonym
            _ = try bob.triage(triage)
        }
        _ = try bob.closeWithoutAction(reference: closed.reference, reason: "lawful adult sex work")
        return (world, closed, open)
    }

    private func heldFiles(_ desk: Desk) throws -> [String] {
        try desk.store.read { db in try String.fetchAll(db, sql: "SELECT sha256 FROM evidence ORDER BY id") }
            .filter { FileManager.default.fileExists(atPath: desk.evidenceFiles.url(forSHA256: $0).path) }
    }

    @Test func aFlaggerCannotPurgeNorListWhatWouldGo() throws {
        let (world, _, _) = try world()
        let bob = try world.desk(as: "bob", at: sixYearsLater)
        for dryRun in [true, false] {
            #expect {
                _ = try bob.purge(dryRun: dryRun)
            } throws: { error in
                (error as? EngineError)
                    == .refused("bob is a flagger; only a coordinator can purge data past its retention period")
            }
        }
    }

    @Test func nothingGoesWithinThePeriod() throws {
        let (world, _, _) = try world()
        // The shortest period: an item closed as no action goes after 30 days ([retention] no_action).
        let report = try world.desk(as: "alice", at: fixedNow.adding(days: 20)).purge(dryRun: false)
        #expect(report.peopleIDs.isEmpty && report.evidenceRows == 0 && report.filesRemoved == 0)
        let events = try world.desk(as: "alice").store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE action = 'purge'")
        }
        #expect(events == 0)
    }

    @Test func theDryRunListsReferencesAndErasesNothing() throws {
        let (world, closed, _) = try world()
        let alice = try world.desk(as: "alice", at: sixYearsLater)
        let maria = try alice.person(pseudonym: "Maria K.")
        let eventsBefore = try alice.store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") }
        let filesBefore = try heldFiles(alice)
        let report = try alice.purge(dryRun: true)
        #expect(report.dryRun)
        #expect(report.peopleIDs == [maria.id])
        #expect(report.itemReferences == [closed.reference])
        #expect(report.evidenceRows == 1)
        // The evidence file (the mandate document is sealed in the person's row).
        #expect(report.filesRemoved == 1)
        #expect(try alice.person(pseudonym: "Maria K.").id == maria.id)
        #expect(try heldFiles(alice) == filesBefore)
        #expect(try alice.store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") } == eventsBefore)
    }

    @Test func purgeErasesDetailsAndFilesAndKeepsWhatTheChainNeeds() throws {
        let (world, closed, open) = try world()
        let alice = try world.desk(as: "alice", at: sixYearsLater)
        let maria = try alice.person(pseudonym: "Maria K.")
        let sealed = "SELECT identity_sealed IS NULL OR mandate_document_sealed IS NULL FROM people WHERE id = ?"
        #expect(try alice.store.read { db in try Bool.fetchOne(db, sql: sealed, arguments: [maria.id]) } == false)
        let closedEvidence = try alice.detail(reference: closed.reference).evidence
        let openEvidence = try alice.detail(reference: open.reference).evidence

        let report = try alice.purge(dryRun: false)
        #expect(report.peopleIDs == [maria.id])
        #expect(report.evidenceRows == 1)
        #expect(report.filesRemoved == 1)
        #expect(report.filesFailed.isEmpty)

        // The person row stays, pseudonym neutral, details gone; V-2 is untouched.
        #expect(throws: EngineError.self) { _ = try alice.person(pseudonym: "Maria K.") }
        let purged = try alice.person(pseudonym: "purged-\(maria.id)")
        #expect(purged.wishes.isEmpty)
        #expect(purged.mandate?.documentSHA256 == maria.mandate?.documentSHA256)
        #expect(try alice.person(pseudonym: "V-2").pseudonym == "V-2")
        #expect(try alice.store.read { db in try Bool.fetchOne(db, sql: sealed, arguments: [maria.id]) } == true)
        // Evidence rows stay with hash and size; only the closed item's file is gone.
        #expect(try alice.detail(reference: closed.reference).evidence.map(\.sha256) == closedEvidence.map(\.sha256))
        for file in closedEvidence {
            #expect(!FileManager.default.fileExists(atPath: alice.evidenceFiles.url(forSHA256: file.sha256).path))
        }
        for file in openEvidence {
            #expect(FileManager.default.fileExists(atPath: alice.evidenceFiles.url(forSHA256: file.sha256).path))
        }
        // One audit event with counts and hashes, and no personal data.
        let events = try alice.store.read { db in
            try AuditTrail.events(entity: "store", entityID: "retention", in: db)
        }
        #expect(events.map(\.action) == ["purge"])
        let payload = try #require(events.first?.payload)
        #expect(payload.contains("\"people\":\"1\""))
        #expect(payload.contains("\"evidence\":\"1\""))
        #expect(payload.contains(closedEvidence[0].sha256))
        #expect(payload.contains(try #require(maria.mandate?.documentSHA256)))
        #expect(!payload.contains("Maria"))
        #expect(!payload.contains("instagram"))
        // The chain is never rewritten: verify still passes.
        let verdict = try alice.verify()
        #expect(verdict.isIntact)
        #expect(verdict.evidenceChecked == openEvidence.count)
        // Running it again erases nothing and records nothing.
        let again = try alice.purge(dryRun: false)
        #expect(again.peopleIDs.isEmpty && again.evidenceRows == 0 && again.filesRemoved == 0)
        #expect(
            try alice.store.read { db in try AuditTrail.events(entity: "store", entityID: "retention", in: db) }.count
                == 1)
    }

    /// Long work says how far it has come (issue #17): the purge's stages, each file counted.
    @Test func aPurgeReportsItsProgressByStage() throws {
        let (world, _, _) = try world()
        let seen = WorkProgressLog()
        _ = try world.desk(as: "alice", at: sixYearsLater).purge(dryRun: false, progress: seen.record)
        #expect(seen.stages == ["erasing records", "removing files"])
        #expect(seen.last == WorkProgress(stage: "removing files", unit: "files", done: 0, total: 1))
    }

    @Test func nothingNewIsRecordedAboutAPurgedPerson() throws {
        let (world, _, _) = try world()
        let alice = try world.desk(as: "alice", at: sixYearsLater)
        let maria = try alice.person(pseudonym: "Maria K.")
        _ = try alice.purge(dryRun: false)
        let purged = try alice.person(pseudonym: "purged-\(maria.id)")
        #expect(purged.purgedAt == sixYearsLater)
        // Her enforced wishes and her assignee go with her details (issue #15).
        #expect(maria.structuredWishes.map(\.kind) == [.noPolice] && maria.assignee == "bob")
        #expect(purged.structuredWishes.isEmpty && purged.assignee == nil)
        let refusal = EngineError.refused(
            "person #\(maria.id) was purged on \(ISO8601.format(sixYearsLater)) (retention period over): their "
                + "details are erased and nothing new is recorded about them; record the person again under a new "
                + "pseudonym")

        let bob = try world.desk(as: "bob", at: sixYearsLater)
        var wishes = PersonRequest(pseudonym: purged.pseudonym)
        wishes.wishes = ["call me"]
        #expect(throws: refusal) { _ = try bob.recordPerson(wishes) }
        guard case .added(let item, _) = try bob.add(AddItemRequest(url: "https://www.instagram.com/p/new-3")) else {
            Issue.record("not added")
            return
        }
        var triage = TriageRequest(reference: item.reference)
        triage.person = purged.pseudonym
        #expect(throws: refusal) { _ = try bob.triage(triage) }
        #expect(try bob.detail(reference: item.reference).item.personID == nil)
        #expect(try alice.person(pseudonym: purged.pseudonym) == purged)

        // The person can be recorded again: a new row, nothing carried over.
        let again = try bob.recordPerson(PersonRequest(pseudonym: "Maria K."))
        #expect(again.id != maria.id && again.purgedAt == nil && again.wishes.isEmpty)
    }

    @Test func filesLeftByAnInterruptedPurgeGoWithTheNextOne() throws {
        let (world, closed, _) = try world()
        let alice = try world.desk(as: "alice", at: sixYearsLater)
        let evidence = try alice.detail(reference: closed.reference).evidence[0]
        let held = alice.evidenceFiles.url(forSHA256: evidence.sha256)
        let kept = try Data(contentsOf: held)
        _ = try alice.purge(dryRun: false)
        // As if the process died between the commit and the deletion.
        try FileManager.default.createDirectory(
            at: held.deletingLastPathComponent(), withIntermediateDirectories: true)
        try kept.write(to: held)
        #expect(try alice.purge(dryRun: true).filesRemoved == 1)
        let report = try alice.purge(dryRun: false)
        #expect(report.evidenceRows == 0 && report.filesRemoved == 1)
        #expect(!FileManager.default.fileExists(atPath: held.path))
        #expect(try alice.verify().isIntact)
    }

    @Test func theAnnualReportAndTheChainAreUnchangedByAPurge() throws {
        let demo = try makeDesk()
        _ = try demo.fillDemo(count: 120)
        // The next day the decided documents are closed, and the items whose documents are all
        // closed or withdrawn resolved: their content and their documents' texts go too.
        let nextDay = try reopen(demo, at: fixedNow.adding(days: 1))
        for document in try nextDay.documents(DocumentFilter(statuses: [.decided]), limit: 1000) {
            _ = try nextDay.close(reference: document.reference, reason: nil)
        }
        for item in try nextDay.items(ItemFilter(statuses: [.triaged, .inAction]), limit: 1000) {
            let documents = try nextDay.documents(DocumentFilter(itemID: item.id), limit: 100)
            if !documents.isEmpty, documents.allSatisfy({ [.closed, .withdrawn].contains($0.status) }) {
                _ = try nextDay.resolve(reference: item.reference)
            }
        }
        let later = try reopen(demo, at: sixYearsLater)
        let year = CivilDate(fixedNow, in: later.zone).year
        let reportBefore = try later.report(
            from: CivilDate(year: year, month: 1, day: 1)!, to: CivilDate(year: year, month: 12, day: 31)!)
        let figuresBefore = try later.reportFigures(year: year)
        let chainBefore = try later.verify().chain
        let rowsBefore = try later.store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence") }

        let purge = try later.purge(dryRun: false)
        #expect(purge.evidenceRows > 0, "the demo desk has closed items without documents")
        #expect(purge.itemReferences.count > 0 && purge.documents > 0, "and resolved items with closed documents")
        // What the report reads stayed; what items and documents said went.
        let (held, texts) = try later.store.read { db in
            (
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT count(*) FROM items WHERE purged_at IS NOT NULL AND (url <> '(purged)' OR explanation IS NOT NULL)"
                ),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM documents WHERE purged_at IS NOT NULL AND frozen_text IS NOT NULL")
            )
        }
        #expect(held == 0 && texts == 0)
        #expect(
            try later.store.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM items WHERE purged_at IS NOT NULL")
            }
                == purge.itemReferences.count)

        #expect(
            try later.report(
                from: CivilDate(year: year, month: 1, day: 1)!, to: CivilDate(year: year, month: 12, day: 31)!)
                == reportBefore)
        #expect(try later.reportFigures(year: year) == figuresBefore)
        let after = try later.verify()
        #expect(after.isIntact)
        guard case .intact(let eventsBefore, _) = chainBefore, case .intact(let eventsAfter, _) = after.chain else {
            Issue.record("chain not intact")
            return
        }
        #expect(eventsAfter == eventsBefore + 1 + 1, "the purge's one event, and the seal closing its write")
        #expect(try later.store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence") } == rowsBefore)
    }
}

/// The same store opened again as `login` at `instant`, with the built-in configuration and
/// the desk's own seal key file (writes are sealed with it).
func reopen(_ desk: Desk, at instant: Date, as login: String = "alice") throws -> Desk {
    let home = temporaryFolder("home")
    return try Desk.open(
        DeskOptions(
            configPath: nil, storePath: desk.store.folder.path, now: instant,
            environment: [
                "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "USER": login,
                "FLAGDESK_SEAL_KEY": try #require(desk.store.sealKeyFile).path,
            ]))
}
