import FlagdeskCore
import FlagdeskDocuments
import Foundation
import Testing

@testable import FlagdeskEngine

/// Cases: one person, one operation, across platforms (issue #18).
@Suite struct CaseTests {
    /// Four triaged items on three providers: two on Instagram, one on TikTok, one on X.
    func threeProviderCase(_ world: WorkflowWorld) throws -> (Case, [Item]) {
        let items = try [
            world.triagedItem("https://www.instagram.com/p/ring-1"),
            world.triagedItem("https://www.instagram.com/p/ring-2"),
            world.triagedItem("https://www.tiktok.com/@ring/video/3"),
            world.triagedItem("https://x.com/ring/status/4"),
        ]
        let desk = try world.desk()
        let opened = try desk.newCase(title: "Job-board recruitment ring")
        let record = try desk.addToCase(opened.reference, items: items.map(\.reference))
        return (record, items)
    }

    @Test func aCaseFollowsItsItems() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        #expect(record.reference.hasPrefix("C-2026-"))
        #expect(record.itemCount == 4 && record.openItemCount == 4 && record.status == .open)
        let desk = try world.desk()
        for item in items { _ = try desk.resolve(reference: item.reference) }
        let closed = try desk.caseDetail(reference: record.reference).record
        #expect(closed.status == .closed && closed.openItemCount == 0 && closed.closedAt != nil)
        // The trail records each change on the case and on each item.
        let actions = try desk.caseDetail(reference: record.reference).events.map(\.action)
        #expect(actions == ["new", "add-items"])
        #expect(try desk.detail(reference: items[0].reference).events.contains { $0.action == "case-add" })
    }

    @Test func removingTheLastOpenItemKeepsTheCaseOpenOnlyWhileOneIsOpen() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let desk = try world.desk()
        for item in items.dropFirst() { _ = try desk.resolve(reference: item.reference) }
        #expect(try desk.caseDetail(reference: record.reference).record.status == .open)
        let after = try desk.removeFromCase(record.reference, items: [items[0].reference])
        #expect(after.itemCount == 3 && after.openItemCount == 0 && after.status == .closed)
        #expect(try desk.detail(reference: items[0].reference).item.caseID == nil)
    }

    @Test func anItemBelongsToAtMostOneCase() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let desk = try world.desk()
        let other = try desk.newCase(title: "Another operation")
        #expect(throws: EngineError.self) { try desk.addToCase(other.reference, items: [items[0].reference]) }
        #expect(try desk.detail(reference: items[0].reference).item.caseID == record.id)
        #expect(try desk.caseDetail(reference: other.reference).record.itemCount == 0)
    }

    @Test func aTitleIsFreeTextWithoutControls() throws {
        let desk = try WorkflowWorld().desk()
        #expect(throws: EngineError.self) { try desk.newCase(title: "  ") }
        #expect(throws: EngineError.self) { try desk.newCase(title: "ring\u{1B}]52;c;SGVsbG8=\u{07}") }
        #expect(throws: EngineError.self) { try desk.newCase(title: String(repeating: "a", count: 201)) }
        let record = try desk.newCase(title: "  Ring (東京)  ")
        #expect(record.title == "Ring (東京)")
        // The trail keeps the title's hash, not its words (the title is purged with the items).
        let event = try #require(try desk.caseDetail(reference: record.reference).events.first)
        #expect(!event.payload.contains("Ring") && event.payload.contains("title_sha256"))
    }

    @Test func oneNoticePerHostingProvider() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let views = try world.desk().draftForCase(record.reference, kind: .dsaNotice)
        #expect(views.count == 3)
        #expect(views.map(\.record.recipientKey) == ["meta-instagram", "tiktok", "x"])
        #expect(views[0].items.map(\.reference) == [items[0].reference, items[1].reference])
        #expect(views[1].items.map(\.reference) == [items[2].reference])
        #expect(views.allSatisfy { $0.record.caseID == record.id && $0.record.kind == .dsaNotice })
        let detail = try world.desk().caseDetail(reference: record.reference)
        #expect(detail.documents.count == 3)
        #expect(detail.events.last?.action == "draft")
    }

    @Test func oneReferralPerCompetentAuthority() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let views = try world.desk().draftForCase(record.reference, kind: .leaReferral)
        #expect(views.count == 1)
        #expect(views[0].record.recipientKey == "be-police")
        #expect(Set(views[0].items.map(\.reference)) == Set(items.map(\.reference)))
    }

    @Test func onePreservationRequestPerAddressee() throws {
        let world = try WorkflowWorld()
        let (record, _) = try threeProviderCase(world)
        let views = try world.desk().draftForCase(record.reference, kind: .preservationRequest)
        // Instagram, TikTok and X have different e-evidence addressees (or none: then the provider).
        #expect(views.count == 3)
        #expect(views.allSatisfy { $0.record.recipientKey == "be-prosecutor" })
        #expect(views.map(\.items.count) == [2, 1, 1])
    }

    @Test func followUpsAreNotDraftedForACase() throws {
        let world = try WorkflowWorld()
        let (record, _) = try threeProviderCase(world)
        #expect(throws: EngineError.self) { try world.desk().draftForCase(record.reference, kind: .reminder) }
    }

    @Test func aCaseOnHoldHoldsEveryItemAndItemsAddedLater() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let desk = try world.desk()
        let held = try desk.setCaseHold(record.reference, held: true)
        #expect(held.leaHold)
        for item in items {
            let now = try desk.detail(reference: item.reference).item
            #expect(now.status == .onHold && now.leaHold)
        }
        let late = try world.triagedItem("https://www.instagram.com/p/ring-5")
        _ = try desk.addToCase(record.reference, items: [late.reference])
        #expect(try desk.detail(reference: late.reference).item.status == .onHold)
        _ = try desk.setCaseHold(record.reference, held: false)
        for item in items + [late] {
            let now = try desk.detail(reference: item.reference).item
            #expect(now.status == .triaged && !now.leaHold)
        }
    }

    @Test func sameContentIsProposedWithTheReasonNeverGrouped() throws {
        let world = try WorkflowWorld()
        let (record, items) = try threeProviderCase(world)
        let desk = try world.desk()
        // The same screenshot bytes, re-uploaded elsewhere after a takedown.
        let copy = try writeTemporaryFile("screenshot of https://www.instagram.com/p/ring-1")
        guard
            case .added(let reupload, _) = try desk.add(
                AddItemRequest(url: "https://www.vinted.com/items/99", evidenceFiles: [copy]))
        else { throw EngineError.refused("not added") }
        // The same content at the same normalised URL, recorded again on purpose.
        guard
            case .added(let again, _) = try desk.add(
                AddItemRequest(url: "https://X.com/ring/status/4#top", force: true))
        else { throw EngineError.refused("not added") }
        let unrelated = try world.triagedItem("https://www.tiktok.com/@other/video/9")
        let proposals = try desk.caseDetail(reference: record.reference).proposals
        #expect(
            proposals.contains {
                $0.item.reference == reupload.reference && $0.matchedReference == items[0].reference
                    && { if case .evidenceSHA256 = $0.reason { return true } else { return false } }($0)
            })
        #expect(
            proposals.contains {
                $0.item.reference == again.reference && $0.reason == .normalizedURL(items[3].normalizedURL)
            })
        #expect(!proposals.contains { $0.item.reference == unrelated.reference })
        // Proposed only: nobody confirmed, so nothing joined the case.
        #expect(try desk.detail(reference: reupload.reference).item.caseID == nil)
        #expect(try desk.caseDetail(reference: record.reference).record.itemCount == 4)
        #expect(try desk.sameContent(itemReference: reupload.reference).map(\.item.reference) == [items[0].reference])
    }

    @Test func theCaseListPutsThreatToLifeFirstThenOverdue() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        let calm = try desk.newCase(title: "Calm")
        let urgent = try desk.newCase(title: "Urgent")
        _ = try desk.addToCase(calm.reference, items: [try world.triagedItem("https://x.com/a/status/1").reference])
        _ = try desk.addToCase(
            urgent.reference,
            items: [try world.triagedItem("https://x.com/b/status/2", threatToLife: true).reference])
        let list = try desk.cases()
        #expect(list.cases.map(\.reference) == [urgent.reference, calm.reference])
        #expect(list.cases[0].threatToLife && list.total == 2)
    }

    @Test func aMandateEndingWithin30DaysIsADeadline() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk(as: "alice")
        var soon = PersonRequest(pseudonym: "Victim A-17")
        soon.mandateScopes = [.erasure]
        soon.mandateExpiresOn = CivilDate(fixedNow, in: desk.zone).adding(days: 10)
        _ = try desk.recordPerson(soon)
        var later = PersonRequest(pseudonym: "Victim B-2")
        later.mandateScopes = [.erasure]
        later.mandateExpiresOn = CivilDate(fixedNow, in: desk.zone).adding(days: 31)
        _ = try desk.recordPerson(later)
        let expiring = try desk.mandatesExpiring()
        #expect(expiring.map(\.pseudonym) == ["Victim A-17"])
        #expect(expiring.first?.daysLeft == 10)
    }

    @Test func thePeopleViewIsForCoordinators() throws {
        let world = try WorkflowWorld()
        _ = try world.desk(as: "alice").recordPerson(PersonRequest(pseudonym: "Victim A-17"))
        #expect(throws: EngineError.self) { try world.desk(as: "bob").people() }
        #expect(try world.desk(as: "alice").people().map(\.person.pseudonym) == ["Victim A-17"])
    }

    @Test func theAnnualReportNamesNoCaseAndNoPerson() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk(as: "alice")
        _ = try desk.recordPerson(PersonRequest(pseudonym: "Victim Z-9"))
        let record = try desk.newCase(title: "Operation Nightjar", person: "Victim Z-9")
        _ = try desk.addToCase(record.reference, items: [try world.triagedItem().reference])
        _ = try desk.draftForCase(record.reference, kind: .dsaNotice)
        let report = try desk.report(
            from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 12, day: 31)!)
        for format in ReportFormat.allCases {
            let text = try ReportWriter.write(report, format: format)
            #expect(!text.contains("Nightjar") && !text.contains(record.reference) && !text.contains("Z-9"))
        }
    }
}
