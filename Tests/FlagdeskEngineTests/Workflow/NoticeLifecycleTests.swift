import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Workflow: a DSA notice from draft to closed")
struct NoticeLifecycleTests {
    @Test func noticeGoesFromDraftToClosedWithRolesDeadlinesAndFrozenText() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let bob = try world.desk(as: "bob")
        let draft = try bob.draft(DraftRequest(kind: .dsaNotice, items: [item.reference]))
        #expect(draft.record.reference == "N-2026-00001")
        #expect(draft.record.status == .draft)
        #expect(draft.record.recipientKey == "meta-instagram")
        #expect(draft.missing.map(\.key) == ["bona-fide"], "everything else is pre-filled from the triage")
        #expect(draft.missing[0].article == "DSA Art. 16(2)(d)")
        guard case .dsaNotice(let notice) = draft.record.content else { throw EngineError.refused("kind") }
        #expect(notice.evidence.count == 1, "evidence is cited by hash")
        #expect(!notice.bonaFideStatement, "the statement is never ticked for the flagger")

        let ready = try bob.edit(reference: "n-2026-00001", settings: [FieldSetting(key: "bona-fide", value: "yes")])
        #expect(ready.record.status == .ready)

        // A flagger cannot approve; the drafter cannot approve under four-eyes.
        #expect(throws: EngineError.refused("bob is a flagger; only a coordinator can approve documents")) {
            try bob.approve(reference: "N-2026-00001")
        }
        let approved = try world.desk(as: "alice", at: fixedNow.adding(hours: 1)).approve(reference: "N-2026-00001")
        #expect(approved.record.status == .approved)
        #expect(approved.record.approvedBy == "alice")

        // Editing an approved document lapses the approval.
        let edited = try world.desk(as: "bob", at: fixedNow.adding(hours: 1)).edit(
            reference: "N-2026-00001", settings: [FieldSetting(key: "location-details", value: "second photo")])
        #expect(edited.record.status == .ready)
        #expect(edited.record.approvedBy == nil)
        _ = try world.desk(as: "chiara", at: fixedNow.adding(hours: 2)).approve(reference: "N-2026-00001")

        let sentAt = fixedNow.adding(hours: 3)
        let sent = try world.desk(as: "bob", at: sentAt).send(reference: "N-2026-00001", via: .manual)
        #expect(sent.record.status == .sent)
        #expect(sent.record.sentAt == sentAt)
        let frozen = try #require(sent.record.frozen)
        #expect(frozen.sha256.count == 64)
        #expect(sent.rendered.text == frozen.text)
        // Trusted-flagger priority on an online platform: the 72-hour POLICY expectation (exact
        // hours), and the 7-day reminder.
        let expected = try #require(sent.deadlines.first { $0.ruleID.hasPrefix("dsa.notice.expected-decision") })
        #expect(expected.ruleID == "dsa.notice.expected-decision.trusted")
        #expect(expected.dueAt == sentAt.adding(hours: 72))
        #expect(expected.isPolicy)
        #expect(sent.deadlines.contains { $0.ruleID == "reminder.notice" && $0.status == "open" })
        #expect(
            try bob.detail(reference: item.reference).item.status == .inAction, "a sent notice puts the item in action")

        // The sent text is frozen.
        #expect(throws: EngineError.self) {
            try bob.edit(reference: "N-2026-00001", settings: [FieldSetting(key: "explanation", value: "changed")])
        }

        var decision = ResponseRecord()
        decision.decision = .removed
        decision.providerReference = "IG-4711"
        let decided = try world.desk(as: "bob", at: sentAt.adding(hours: 30)).record(
            reference: "N-2026-00001", decision)
        #expect(decided.record.status == .decided)
        #expect(decided.record.outcome == .removed)
        #expect(decided.record.providerReference == "IG-4711")
        #expect(decided.deadlines.first { $0.ruleID == expected.ruleID }?.status == "met")
        #expect(decided.deadlines.first { $0.ruleID == "reminder.notice" }?.status == "superseded")
        let closed = try world.desk(as: "bob", at: sentAt.adding(days: 2)).close(reference: "N-2026-00001", reason: nil)
        #expect(closed.record.status == .closed)
        #expect(closed.record.frozen == frozen, "the text that left never changes")
        #expect(
            closed.events.map(\.action) == [
                "draft", "edit", "complete", "approve", "edit", "complete", "approve", "send", "record", "close",
            ]
        )
        #expect(try bob.verify().isIntact)
    }

    @Test func aPersonalDeskApprovesOwnDocumentAndSaysSoInTheEvent() throws {
        let desk = try makeConfiguredDesk(
            WorkflowWorld.standardConfig.replacingOccurrences(
                of: "alice = \"coordinator\"\nchiara = \"coordinator\"\nbob = \"flagger\"", with: ""))
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: "https://www.instagram.com/p/ad-1")) else {
            throw EngineError.refused("not added")
        }
        var triage = TriageRequest(reference: item.reference)
        triage.category = .violence
        triage.keywords = [.humanTrafficking]
        triage.explanation = "Advert for women controlled by a third party."
        triage.legalBasis = "Directive 2011/36/EU Art. 2"
        triage.contentTypes = [.image, .text]
        _ = try desk.triage(triage)
        let draft = try desk.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        #expect(draft.missing.isEmpty, "\(draft.missing.map(\.key))")
        let approved = try desk.approve(reference: "N-2026-00001")
        #expect(approved.record.status == .approved)
        #expect(approved.events.last?.payload.contains("\"four_eyes\":\"single-user\"") == true)
    }

    @Test func unlistedLoginCannotDraft() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        #expect(throws: EngineError.self) {
            try world.desk(as: "mallory").draft(DraftRequest(kind: .dsaNotice, items: [item.reference]))
        }
    }

    @Test func staleEditIsRefusedAndLosesNothing() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let desk = try world.desk()
        let draft = try desk.draft(DraftRequest(kind: .dsaNotice, items: [item.reference]))
        _ = try desk.edit(reference: draft.record.reference, settings: [FieldSetting(key: "legal-basis", value: "A")])
        #expect(throws: EngineError.self) {
            try desk.edit(
                reference: draft.record.reference, settings: [FieldSetting(key: "legal-basis", value: "B")],
                expectedVersion: draft.record.version)
        }
        guard case .dsaNotice(let notice) = try desk.document(reference: draft.record.reference).record.content else {
            throw EngineError.refused("kind")
        }
        #expect(notice.legalBasis == "A")
    }
}
