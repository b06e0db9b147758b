import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// `recheck --due` on a desk with real notices from the workflow engine.
@Suite("Intake: recheck --due")
struct RecheckDueTests {
    /// A platform served from loopback (port 9: nothing listens), with network use on.
    static let localPlatform = """

        [[providers]]
        key = "loopback-platform"
        name = "Loopback Platform"
        country = "BE"
        hosts = ["127.0.0.1"]
        notice_channel = "notices@loopback.example"
        is_online_platform = true

        [capture]
        allow_private_addresses = true  # the test server listens on loopback

        [network]
        enabled = true
        timeout_seconds = 1

        """

    private func sentNotice(_ world: WorkflowWorld, url: String, at sentAt: Date) throws -> (Item, String) {
        let item = try world.triagedItem(url)
        let bob = try world.desk(as: "bob", at: sentAt)
        let draft = try bob.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        #expect(draft.missing.isEmpty, "\(draft.missing.map(\.key))")
        _ = try world.desk(as: "alice", at: sentAt).approve(reference: draft.record.reference)
        _ = try bob.send(reference: draft.record.reference, via: .manual)
        return (item, draft.record.reference)
    }

    @Test func decidedOrOverdueNoticesAreDueUntilChecked() throws {
        let world = try WorkflowWorld(
            config: WorkflowWorld.standardConfig + Self.localPlatform)
        let (decided, decidedNotice) = try sentNotice(world, url: "http://127.0.0.1:9/decided", at: fixedNow)
        let (silent, _) = try sentNotice(world, url: "http://127.0.0.1:9/silent", at: fixedNow)
        let drafted = try world.triagedItem("http://127.0.0.1:9/drafted")
        _ = try world.desk(as: "bob").draft(DraftRequest(kind: .dsaNotice, items: [drafted.reference]))

        var decision = ResponseRecord()
        decision.decision = .removed
        _ = try world.desk(as: "bob", at: fixedNow.adding(hours: 30)).record(reference: decidedNotice, decision)

        // A day in: the decision is not recorded yet and no deadline has passed.
        #expect(try world.desk(at: fixedNow.adding(days: 1)).dueForRecheck() == [])
        // Five days in: decided, and past the 72-hour expectation.
        let later = try world.desk(at: fixedNow.adding(days: 5))
        #expect(try later.dueForRecheck() == [decided.reference, silent.reference])

        // Once checked (here: nothing listens on port 9), an item is no longer due.
        let check = try #require(try later.recheck(references: [decided.reference]).first)
        #expect(check.httpStatus == nil)
        #expect(check.error != nil)
        #expect(check.proposedOutcome == nil)
        #expect(try later.dueForRecheck() == [silent.reference])
    }
}
