import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// GDPR Art. 12(3): "The controller shall inform the data subject of any such extension within
/// one month of receipt of the request, together with the reasons for the delay." An extension
/// announced later has no effect (issue 16, defect 3).
struct LateExtensionTests {
    /// A sent erasure request to Instagram's EU controller (Dublin), due 2026-06-04 at its place.
    private func sentErasure(_ world: WorkflowWorld) throws -> (reference: String, due: Date) {
        let item = try world.triagedItem("https://www.instagram.com/p/late-extension")
        var person = PersonRequest(pseudonym: "P-9")
        person.mandateScopes = [.erasure]
        person.mandateSignedOn = CivilDate(year: 2026, month: 4, day: 1)
        person.mandateFile = try writeTemporaryFile("mandate", name: "m.pdf")
        let vault = try initKeyFileVault(try world.desk(as: "alice"))
        _ = try world.desk().recordPerson(person, credentials: vault)
        let settings = try [
            "controller-name=Meta Platforms Ireland", "controller-email=privacy@meta.example",
            "personal-data=images", "grounds=d", "art17-2=yes", "art19=yes",
        ].map { try FieldSetting(parsing: $0) }
        let draft = try world.desk().draft(
            DraftRequest(kind: .gdprErasure, items: [item.reference], person: "P-9", settings: settings))
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        let sent = try world.desk().send(reference: draft.record.reference, via: .manual)
        let response = try #require(sent.deadlines.first { $0.ruleID == "gdpr.art12.response" })
        return (draft.record.reference, response.dueAt)
    }

    @Test func anExtensionAnnouncedAfterTheFirstMonthIsRefusedAndTheDeadlineStands() throws {
        let world = try WorkflowWorld()
        let (reference, due) = try sentErasure(world)
        #expect(ISO8601.format(due) == "2026-06-04T22:59:59Z")

        var late = ResponseRecord()
        late.extensionUntil = CivilDate(year: 2026, month: 7, day: 31)
        let afterTheMonth = due.addingTimeInterval(3600)
        let lateDesk = try world.desk(at: afterTheMonth)
        #expect {
            try lateDesk.record(reference: reference, late)
        } throws: { error in
            guard case EngineError.refused(let message) = error else { return false }
            return message.contains("Art. 12(3)") && message.contains("after the one-month deadline")
        }
        let document = try lateDesk.document(reference: reference)
        #expect(document.record.extensionUntil == nil, "nothing was stored")
        let row = try #require(document.deadlines.first { $0.ruleID == "gdpr.art12.response" })
        #expect(row.dueAt == due, "the breach date stands")
        #expect(row.originalDueAt == nil)
        let open = try lateDesk.deadlines(DeadlineQuery(overdueOnly: true))
        let overdue = try #require(open.first { $0.documentReference == reference })
        #expect(overdue.nextSteps.contains(.dpaComplaint), "the DPA complaint stays due")

        // The same announcement given with the time it really arrived, within the month, counts.
        late.at = due.addingTimeInterval(-86_400)
        let moved = try lateDesk.record(reference: reference, late)
        let extended = try #require(moved.deadlines.first { $0.ruleID == "gdpr.art12.response" })
        #expect(ISO8601.format(extended.dueAt) == "2026-07-31T22:59:59Z")
        #expect(extended.originalDueAt == due, "the original deadline stays visible (DESIGN.md §5)")
    }
}
