import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Random sequences of real commands, by random people at advancing times: whatever happens,
/// sent text never changes, no document is in an impossible state, refusals are refusals (never
/// store errors), and the audit chain verifies.
@Suite("Workflow: random command sequences")
struct WorkflowPropertyTests {
    @Test(arguments: [UInt64(1), 7, 2026])
    func invariantsHoldUnderRandomCommands(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let world = try WorkflowWorld()
        let items = try (0..<3).map { try world.triagedItem("https://www.instagram.com/p/item-\($0)") }
        var clock = fixedNow
        var frozen: [String: String] = [:]
        // One notice sent before the random part, so there is always frozen text to protect.
        let first = try world.desk().draft(
            DraftRequest(
                kind: .dsaNotice, items: [items[0].reference], settings: [try FieldSetting(parsing: "bona-fide=yes")]))
        _ = try world.desk(as: "alice").approve(reference: first.record.reference)
        _ = try world.desk().send(reference: first.record.reference, via: .manual)
        try checkInvariants(try world.desk().document(reference: first.record.reference).record, frozen: &frozen)
        let people = ["alice", "bob", "chiara", "mallory"]
        for _ in 0..<90 {
            clock = clock.addingTimeInterval(Double(random.next() % 36) * 3600)
            let actor = people[Int(random.next() % UInt64(people.count))]
            let desk: Desk
            do {
                desk = try world.desk(as: actor, at: clock)
            } catch {
                // Someone who is not on the team cannot even open the desk.
                #expect(actor == "mallory", "only the non-member is turned away: \(error)")
                continue
            }
            let documents = try desk.documents(DocumentFilter(), limit: 100)
            // Mostly the latest documents, so some go all the way to sent and beyond.
            let document =
                documents.isEmpty
                ? nil : documents[documents.count - 1 - Int(random.next() % UInt64(min(3, documents.count)))].reference
            let item = items[Int(random.next() % UInt64(items.count))].reference
            do {
                switch (Self.action(random.next() % 20), document) {
                case (0, _), (1, nil):
                    let kinds: [DocumentKind] = [.dsaNotice, .leaReferral, .reminder]
                    let kind = kinds[Int(random.next() % 3)]
                    _ = try desk.draft(
                        DraftRequest(kind: kind, items: [item], parent: kind == .reminder ? document : nil))
                case (1, let reference?), (2, let reference?):
                    let setting = ["bona-fide=yes", "urgency=urgent", "explanation=changed \(random.next() % 5)"]
                    _ = try desk.edit(
                        reference: reference, settings: [try FieldSetting(parsing: setting[Int(random.next() % 3)])])
                case (3, let reference?): _ = try desk.approve(reference: reference)
                case (4, let reference?): _ = try desk.send(reference: reference, via: .manual)
                case (5, let reference?):
                    var response = ResponseRecord()
                    response.acknowledged = random.next() % 2 == 0
                    response.decision =
                        random.next() % 2 == 0 ? DocumentOutcome.allCases.randomElement(using: &random) : nil
                    if response.isEmpty { response.note = "called them" }
                    _ = try desk.record(reference: reference, response)
                case (6, let reference?): _ = try desk.withdraw(reference: reference, reason: "no longer needed")
                case (7, let reference?):
                    _ = try desk.close(reference: reference, reason: random.next() % 2 == 0 ? "gone" : nil)
                case (8, _): _ = try random.next() % 2 == 0 ? desk.hold(reference: item) : desk.release(reference: item)
                case (9, _): _ = try desk.escalate(dryRun: false)
                default: _ = try desk.deadlines(DeadlineQuery())
                }
            } catch let error as EngineError {
                if case .store(let message) = error { Issue.record("store error, not a refusal: \(message)") }
            }
            for record in try desk.documents(DocumentFilter(), limit: 100) {
                try checkInvariants(record, frozen: &frozen)
            }
        }
        #expect(try world.desk().verify().isIntact)
        #expect(frozen[first.record.reference] != nil)
    }

    /// Weighted actions: progress is likelier than withdrawal, so documents get sent and answered.
    private static func action(_ roll: UInt64) -> UInt64 {
        let weights: [UInt64] = [0, 0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8, 9, 10, 3]
        return weights[Int(roll)]
    }

    private func checkInvariants(_ record: DocumentRecord, frozen: inout [String: String]) throws {
        let reference = record.reference
        if record.status.hasBeenSent {
            #expect(record.frozen != nil, "\(reference) is \(record.status) without frozen text")
            #expect(record.sentAt != nil && record.sentBy != nil && record.sentVia != nil)
            #expect(record.approvedBy != nil, "\(reference) was sent without approval")
        }
        if let text = record.frozen {
            // Sent, possibly withdrawn since: the text that left stays, byte for byte.
            let sha = SHA256.hash(data: Data(text.text.utf8)).lowercaseHex
            #expect(sha == text.sha256, "\(reference): the frozen hash matches the frozen text")
            if let first = frozen[reference] {
                #expect(first == text.sha256, "\(reference): sent text never changes")
            } else {
                frozen[reference] = text.sha256
            }
            #expect(record.sentAt != nil)
        } else {
            #expect(frozen[reference] == nil, "\(reference) lost its frozen text")
            #expect(!record.status.hasBeenSent)
        }
        if record.status == .approved { #expect(record.approvedBy != nil) }
        if record.status == .decided { #expect(record.outcome != nil && record.decidedAt != nil) }
        if record.status == .withdrawn { #expect(record.withdrawnAt != nil) }
    }

}
