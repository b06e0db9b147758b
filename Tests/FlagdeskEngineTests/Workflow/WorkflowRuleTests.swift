import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Workflow: the rules the engine applies")
struct WorkflowRuleTests {
    private let bonaFide = FieldSetting(key: "bona-fide", value: "yes")

    /// Drafts, approves (as alice) and returns a notice ready to send.
    private func approvedNotice(_ world: WorkflowWorld, item: Item) throws -> String {
        let view = try world.desk().draft(DraftRequest(kind: .dsaNotice, items: [item.reference], settings: [bonaFide]))
        _ = try world.desk(as: "alice").approve(reference: view.record.reference)
        return view.record.reference
    }

    @Test func evidenceFirstProposesPreservationAndReferralBeforeTheNotice() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let proposals = try world.desk().proposals(reference: item.reference).map(\.kind)
        #expect(proposals == [.preservationRequest, .leaReferral, .dsaNotice])
    }

    @Test func threatToLifePutsTheReferralFirstEverywhere() throws {
        let world = try WorkflowWorld()
        let ordinary = try world.triagedItem("https://www.instagram.com/p/ordinary")
        let urgent = try world.triagedItem("https://www.instagram.com/p/urgent", threatToLife: true)
        #expect(try world.desk().proposals(reference: urgent.reference).first?.kind == .leaReferral)
        // Both notices sent at once; the one about a threat to life heads the deadline list even
        // though the ordinary one is due earlier.
        let first = try approvedNotice(world, item: ordinary)
        _ = try world.desk().send(reference: first, via: .manual)
        let second = try approvedNotice(world, item: urgent)
        _ = try world.desk(at: fixedNow.adding(hours: 1)).send(reference: second, via: .manual)
        let rows = try world.desk(at: fixedNow.adding(hours: 2)).deadlines(DeadlineQuery())
        #expect(rows.first?.documentReference == second)
        #expect(rows.first?.threatToLife == true)
        #expect(rows.first?.ruleID == "dsa.notice.expected-decision.urgent")
        // A threat recognised later, at triage, moves that item's deadlines to the top too.
        var triage = TriageRequest(reference: ordinary.reference)
        triage.threatToLife = true
        let later = try world.desk(at: fixedNow.adding(hours: 2))
        _ = try later.triage(triage)
        _ = try later.triage(
            {
                var lifted = TriageRequest(reference: urgent.reference)
                lifted.threatToLife = false
                return lifted
            }())
        let after = try world.desk(at: fixedNow.adding(hours: 2)).deadlines(DeadlineQuery())
        #expect(after.first?.documentReference == first)
        #expect(after.filter(\.threatToLife).allSatisfy { $0.documentReference == first })
    }

    @Test func aNoticeCannotBeSentWhileTheItemIsOnLEAHold() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let notice = try approvedNotice(world, item: item)
        _ = try world.desk().hold(reference: item.reference)
        #expect(
            throws: EngineError.refused(
                "\(notice) cannot be sent: \(item.reference) is on LEA hold (the LEA asked to wait)")
        ) {
            try world.desk().send(reference: notice, via: .manual)
        }
        _ = try world.desk().release(reference: item.reference)
        #expect(try world.desk().send(reference: notice, via: .manual).record.status == .sent)
    }

    @Test func noMandateNoErasureRequest() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem("https://www.instagram.com/p/private-video")
        let desk = try world.desk()
        var triage = TriageRequest(reference: item.reference)
        triage.person = "Victim A-17"
        _ = try desk.triage(triage)
        let settings = [
            "controller-email=privacy@instagram.example", "personal-data=intimate video", "grounds=d",
            "art17-2=yes", "art19=yes",
        ].map { try! FieldSetting(parsing: $0) }
        let draft = try desk.draft(DraftRequest(kind: .gdprErasure, items: [item.reference], settings: settings))
        #expect(draft.missing.map(\.key) == ["mandate"])
        #expect(throws: EngineError.self) { try world.desk(as: "alice").approve(reference: draft.record.reference) }

        var expired = PersonRequest(pseudonym: "Victim A-17")
        expired.mandateScopes = [.erasure]
        expired.mandateSignedOn = CivilDate(year: 2025, month: 1, day: 10)
        expired.mandateExpiresOn = CivilDate(year: 2026, month: 5, day: 3)
        expired.mandateFile = try writeTemporaryFile("signed mandate", name: "mandate.pdf")
        // A person's mandate is recorded by a coordinator (bob is assigned to none of her items).
        let alice = try world.desk(as: "alice")
        let vault = try initKeyFileVault(alice)
        _ = try alice.recordPerson(expired, credentials: vault)
        let stillMissing = try desk.edit(
            reference: draft.record.reference, settings: [try FieldSetting(parsing: "identifying-data=profile name")])
        #expect(stillMissing.missing.map(\.key) == ["mandate-expired"], "the mandate expired the day before")

        var renewed = PersonRequest(pseudonym: "Victim A-17")
        renewed.mandateExpiresOn = CivilDate(year: 2027, month: 5, day: 3)
        _ = try alice.recordPerson(renewed)
        let ready = try desk.edit(
            reference: draft.record.reference,
            settings: [try FieldSetting(parsing: "identifying-data=profile name only")])
        #expect(ready.record.status == .ready)
        #expect(ready.missing.isEmpty)
    }

    @Test func erasureDeadlineMovesWithAnExtensionWithinArticle12() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem("https://www.instagram.com/p/erasure")
        var person = PersonRequest(pseudonym: "P-1")
        person.mandateScopes = [.erasure]
        person.mandateSignedOn = CivilDate(year: 2026, month: 4, day: 1)
        person.mandateFile = try writeTemporaryFile("mandate", name: "m.pdf")
        let vault = try initKeyFileVault(try world.desk(as: "alice"))
        _ = try world.desk().recordPerson(person, credentials: vault)
        let settings = [
            "controller-name=Meta Platforms Ireland", "controller-email=privacy@meta.example",
            "personal-data=images", "grounds=d", "art17-2=yes", "art19=yes",
        ].map { try! FieldSetting(parsing: $0) }
        let draft = try world.desk().draft(
            DraftRequest(kind: .gdprErasure, items: [item.reference], person: "P-1", settings: settings))
        #expect(draft.record.status == .ready)
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        let sent = try world.desk().send(reference: draft.record.reference, via: .manual)
        let response = try #require(sent.deadlines.first { $0.ruleID == "gdpr.art12.response" })
        #expect(
            ISO8601.format(response.dueAt) == "2026-06-04T22:59:59Z",
            "one month, day not counted, at the controller's place (Instagram's EU controller, Dublin)")

        var tooLong = ResponseRecord()
        tooLong.extensionUntil = CivilDate(year: 2026, month: 9, day: 30)
        #expect(throws: EngineError.self) { try world.desk().record(reference: draft.record.reference, tooLong) }
        var extended = ResponseRecord()
        extended.extensionUntil = CivilDate(year: 2026, month: 7, day: 31)
        let moved = try world.desk(at: fixedNow.adding(days: 10)).record(reference: draft.record.reference, extended)
        let row = try #require(moved.deadlines.first { $0.ruleID == "gdpr.art12.response" })
        #expect(ISO8601.format(row.dueAt) == "2026-07-31T22:59:59Z", "end of 31 July in Dublin (IST)")
        #expect(row.originalDueAt == response.dueAt, "the original deadline is kept")
    }

    @Test func lawfulAdultSexWorkIsClosedWithAReasonAndNeverProposedForANotice() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: "https://www.instagram.com/p/escort")) else {
            throw EngineError.refused("not added")
        }
        var triage = TriageRequest(reference: item.reference)
        triage.keywords = [.adultSexualMaterial]
        triage.minor = .no
        _ = try desk.triage(triage)
        #expect(try desk.proposals(reference: item.reference).isEmpty)
        #expect(throws: EngineError.self) { try desk.closeWithoutAction(reference: item.reference, reason: "  ") }
        let closed = try desk.closeWithoutAction(
            reference: item.reference, reason: "lawful adult sex work, not illegal in the provider's country")
        #expect(closed.status == .noAction)
        #expect(try desk.detail(reference: item.reference).noActionReason?.hasPrefix("lawful adult") == true)
    }

    @Test func aFailingSendCommandLeavesTheDocumentApprovedAndAWorkingOneFreezesTheMessage() throws {
        let mailbox = temporaryFolder("mail").appendingPathComponent("out.eml")
        let failing =
            WorkflowWorld.standardConfig + "\n[sending]\nsend_command = \"echo 'relay refused' >&2; exit 3\"\n"
        let world = try WorkflowWorld(
            config: failing.replacingOccurrences(
                of: "contact = { email = \"referrals@police.example\" }",
                with: "contact = { email = \"referrals@police.example\" }"))
        let item = try world.triagedItem()
        let referral = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "urgency=urgent")]))
        #expect(referral.record.status == .ready, "\(referral.missing)")
        _ = try world.desk(as: "alice").approve(reference: referral.record.reference)
        #expect(throws: EngineError.self) { try world.desk().send(reference: referral.record.reference, via: .email) }
        #expect(try world.desk().document(reference: referral.record.reference).record.status == .approved)

        let working = WorkflowWorld.standardConfig + "\n[sending]\nsend_command = \"cat > '\(mailbox.path)'\"\n"
        try Data(working.utf8).write(to: URL(fileURLWithPath: world.configPath))
        let sent = try world.desk().send(reference: referral.record.reference, via: .email)
        #expect(sent.record.status == .sent)
        #expect(sent.record.sentVia == .email)
        let delivered = try String(contentsOf: mailbox, encoding: .utf8)
        #expect(delivered == sent.record.frozen?.text, "exactly the frozen text was handed over")
    }

    @Test func escalationDraftsTheReminderOnceAndNeverSends() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let notice = try approvedNotice(world, item: item)
        _ = try world.desk().send(reference: notice, via: .manual)
        let early = try world.desk(at: fixedNow.adding(days: 3)).escalate(dryRun: true)
        #expect(early.proposals.isEmpty, "the 7-day reminder rule has not run out")
        let late = fixedNow.adding(days: 9)
        let dry = try world.desk(at: late).escalate(dryRun: true)
        #expect(dry.proposals.map(\.kind) == [.reminder])
        #expect(dry.drafted.isEmpty)
        #expect(
            try world.desk().documents(DocumentFilter(kinds: [.reminder]), limit: 10).isEmpty,
            "a dry run writes nothing")
        let first = try world.desk(at: late).escalate(dryRun: false)
        #expect(first.drafted.count == 1)
        #expect(first.drafted[0].status == .ready, "a reminder needs nothing more than its parent")
        #expect(first.drafted[0].recipientKey == "meta-instagram")
        let second = try world.desk(at: late.adding(hours: 1)).escalate(dryRun: false)
        #expect(second.drafted.isEmpty, "running it twice drafts nothing new")
        #expect(try world.desk().documents(DocumentFilter(statuses: [.sent]), limit: 10).map(\.reference) == [notice])
    }

    @Test func aRejectionProposesAnArticle20ComplaintWithinSixMonths() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let notice = try approvedNotice(world, item: item)
        _ = try world.desk().send(reference: notice, via: .manual)
        var rejected = ResponseRecord()
        rejected.decision = .rejected
        let decided = try world.desk(at: fixedNow.adding(days: 1)).record(reference: notice, rejected)
        let window = try #require(decided.deadlines.first { $0.ruleID == "dsa.art20.complaint-window" })
        #expect(ISO8601.format(window.dueAt).hasPrefix("2026-11-05"))
        let report = try world.desk(at: fixedNow.adding(days: 2)).escalate(dryRun: true)
        #expect(report.proposals.map(\.kind) == [.dsaComplaint])
        let outside = try world.desk(at: fixedNow.adding(days: 200)).escalate(dryRun: true)
        #expect(outside.proposals.isEmpty, "the six-month window has closed")
    }

    @Test func preservationOrderMilestonesMoveItsDeadlines() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem(threatToLife: true)
        let settings = [
            "addressee-name=Meta Platforms Ireland Ltd", "addressee-email=le@meta.example",
            "time-range=2026-04-01T00:00:00Z/2026-05-01T00:00:00Z", "data-categories=subscriber,content",
            "provisions=Art. 433quinquies Criminal Code",
        ].map { try! FieldSetting(parsing: $0) }
        let draft = try world.desk().draft(
            DraftRequest(kind: .preservationRequest, items: [item.reference], settings: settings))
        #expect(draft.record.recipientKey == "be-prosecutor")
        #expect(draft.record.status == .ready, "\(draft.missing)")
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        _ = try world.desk().send(reference: draft.record.reference, via: .manual)
        var issued = ResponseRecord()
        issued.issued = true
        let view = try world.desk(at: fixedNow.adding(days: 1)).record(reference: draft.record.reference, issued)
        let end = try #require(view.deadlines.first { $0.ruleID == "eevidence.art11.preservation" })
        let warning = try #require(view.deadlines.first { $0.ruleID == "eevidence.preservation-warning" })
        #expect(end.dueAt.timeIntervalSince(warning.dueAt) == 10 * 86_400)
        var extended = ResponseRecord()
        extended.extended = true
        let longer = try world.desk(at: fixedNow.adding(days: 40)).record(reference: draft.record.reference, extended)
        let newEnd = try #require(longer.deadlines.first { $0.ruleID == "eevidence.art11.preservation" })
        #expect(newEnd.dueAt.timeIntervalSince(end.dueAt) > 29 * 86_400, "extended by 30 days (Art. 11(1))")
        #expect(throws: EngineError.self) {
            try world.desk(at: fixedNow.adding(days: 41)).record(reference: draft.record.reference, extended)
        }
    }
}
