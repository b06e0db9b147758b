import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// `draftReminders` (the desk's `;r`, `flagdesk remind`): item by item, none twice, one refusal
/// leaves the others drafted (issue #17).
@Suite("Workflow: reminders for marked items, item by item")
struct ReminderRunTests {
    private func sentNotice(_ world: WorkflowWorld, items: [Item]) throws -> String {
        let bob = try world.desk(as: "bob")
        let draft = try bob.draft(
            DraftRequest(
                kind: .dsaNotice, items: items.map(\.reference),
                settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        _ = try bob.send(reference: draft.record.reference, via: .manual)
        return draft.record.reference
    }

    @Test func eachItemSaysWhatWasDoneAndARefusalKeepsTheOthers() throws {
        let world = try WorkflowWorld()
        let shared = [
            try world.triagedItem("https://www.instagram.com/p/shared-1"),
            try world.triagedItem("https://www.instagram.com/p/shared-2"),
        ]
        let sharedNotice = try sentNotice(world, items: shared)
        let alone = try world.triagedItem("https://www.instagram.com/p/alone")
        let aloneNotice = try sentNotice(world, items: [alone])
        let quiet = try world.triagedItem("https://www.instagram.com/p/quiet")
        let other = [
            try world.triagedItem("https://www.instagram.com/p/pair-1"),
            try world.triagedItem("https://www.instagram.com/p/pair-2"),
        ]
        let pairNotice = try sentNotice(world, items: other)
        let single = try world.triagedItem("https://www.instagram.com/p/single")
        let singleNotice = try sentNotice(world, items: [single])
        let later = fixedNow.adding(days: 8)
        let bob = try world.desk(as: "bob", at: later)

        // Both items of the shared notice marked: one reminder, listed under each.
        let first = try bob.draftReminders(forItems: shared.map(\.reference) + [alone.reference, quiet.reference])
        #expect(first.drafted.map(\.parent) == [sharedNotice, aloneNotice])
        #expect(first.entries.filter { $0.parent == sharedNotice }.map(\.item) == shared.map(\.reference))
        #expect(Set(first.entries.filter { $0.parent == sharedNotice }.compactMap(\.reminder)).count == 1)
        #expect(first.itemsAwaitingNothing == [quiet.reference])
        #expect(first.refused.isEmpty)

        // Again: nothing new, each reminder named as already ready.
        let second = try bob.draftReminders(forItems: [alone.reference])
        #expect(second.drafted.isEmpty)
        #expect(
            second.alreadyReady.map(\.reminder) == first.drafted.filter { $0.parent == aloneNotice }.map(\.reminder))

        // A notice whose other item is resolved: its reminder is refused, and the refused draft
        // leaves nothing behind while the other item's reminder is drafted in the same run.
        _ = try world.desk(as: "alice", at: later).resolve(reference: other[1].reference)
        let before = try bob.documents(DocumentFilter(kinds: [.reminder]), limit: 100).count
        let third = try bob.draftReminders(forItems: [other[0].reference, single.reference])
        #expect(third.refused.map(\.parent) == [pairNotice])
        #expect(third.drafted.map(\.parent) == [singleNotice])
        #expect(try bob.documents(DocumentFilter(kinds: [.reminder]), limit: 100).count == before + 1)
        guard case .refused(let reason) = try #require(third.refused.first).outcome else { return }
        #expect(reason.contains(other[1].reference), "the refusal names the closed item: \(reason)")
    }
}

/// A draft whose missing element is supplied elsewhere (the configuration) becomes ready when it
/// is shown again or approved, not after an unrelated edit (issue #17).
@Suite("Workflow: a draft completed by the configuration")
struct RevalidateTests {
    @Test func showingOrApprovingADraftCompletedElsewhereMakesItReady() throws {
        let unsigned = WorkflowWorld.standardConfig.replacingOccurrences(
            of: "signatory = \"A. Coordinator\"\n", with: "")
        let world = try WorkflowWorld(config: unsigned)
        let item = try world.triagedItem()
        let draft = try world.desk(as: "bob").draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        #expect(draft.record.status == .draft)
        #expect(!draft.missing.isEmpty)
        let reference = draft.record.reference

        // Still incomplete: shown again, nothing changes.
        #expect(try world.desk(as: "bob").revalidate(reference: reference).record.status == .draft)
        try Data(WorkflowWorld.standardConfig.utf8).write(to: URL(fileURLWithPath: world.configPath))
        let (process, sudo) = FakeProcess.sudo("alice")
        var adopting = world.options(process, sudo, at: fixedNow.adding(hours: 1))
        adopting.access = .adoptingConfig
        _ = try Desk.open(adopting).adoptOrganisationFromConfiguration()
        let alice = try world.desk(as: "alice", at: fixedNow.adding(hours: 1))
        #expect(try alice.document(reference: reference).record.status == .draft, "reading alone writes nothing")
        // Shown from a read-only store, it is shown as it is: nothing on the trail, no error.
        let events = try alice.document(reference: reference).events.count
        let (coordinator, coordinatorSudo) = FakeProcess.sudo("alice")
        var readOnly = world.options(coordinator, coordinatorSudo, at: fixedNow.adding(hours: 1))
        readOnly.readOnly = true
        #expect(try Desk.open(readOnly).revalidate(reference: reference).record.status == .draft, "a read-only store")
        #expect(try alice.document(reference: reference).events.count == events, "nothing written")
        // Approved straight away: completed first (on the trail), then approved.
        let approved = try alice.approve(reference: reference)
        #expect(approved.record.status == .approved)
        #expect(approved.events.map(\.action).suffix(2) == ["complete", "approve"])
    }
}
