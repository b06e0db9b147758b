import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Sending by e-mail is recorded before the command runs: an interruption leaves "sending,
/// outcome unknown", and a retry refuses until someone says what happened. (The real kill of
/// the process while the command runs is `Tests/e2e/send-interrupted.sh`.)
@Suite("Workflow: send attempts", .serialized)
struct SendAttemptTests {
    let mailbox = temporaryFolder("mail").appendingPathComponent("out.eml")

    func world(command: String) throws -> WorkflowWorld {
        try WorkflowWorld(config: WorkflowWorld.standardConfig + "\n[sending]\nsend_command = \"\(command)\"\n")
    }

    /// An approved LEA referral (the police have an e-mail address in the directory).
    func approvedReferral(_ world: WorkflowWorld) throws -> String {
        let item = try world.triagedItem()
        let referral = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "urgency=urgent")]))
        _ = try world.desk(as: "alice").approve(reference: referral.record.reference)
        return referral.record.reference
    }

    /// What an interrupted `send` leaves: the attempt recorded, its command never answered.
    func interruptedAttempt(_ world: WorkflowWorld, _ reference: String) throws -> SendAttempt {
        let desk = try world.desk()
        let record = try desk.document(reference: reference).record
        let body = "the message as handed over\n"
        let text = FrozenText(text: body, sha256: SHA256.hash(data: Data(body.utf8)).lowercaseHex, format: "eml")
        return try desk.store.write { db in
            try SendAttemptRecords.begin(documentID: record.id, text: text, at: fixedNow, by: "bob", in: db)
        }
    }

    func actions(_ world: WorkflowWorld, _ reference: String) throws -> [String] {
        try world.desk().document(reference: reference).events.map(\.action)
    }

    @Test func theAttemptIsOnTheTrailBeforeTheCommandAndClosedAfter() throws {
        let world = try world(command: "cat > '\(mailbox.path)'")
        let reference = try approvedReferral(world)
        let sent = try world.desk().send(reference: reference, via: .email)
        #expect(sent.record.status == .sent)
        #expect(sent.openSendAttempt == nil)
        #expect(Array(try actions(world, reference).suffix(2)) == ["send-attempt", "send"])
        #expect(try world.desk().verify().isIntact)
    }

    @Test func aFailedCommandClosesTheAttemptAsFailed() throws {
        let world = try world(command: "exit 3")
        let reference = try approvedReferral(world)
        #expect(throws: EngineError.self) { try world.desk().send(reference: reference, via: .email) }
        let view = try world.desk().document(reference: reference)
        #expect(view.record.status == .approved)
        #expect(view.openSendAttempt == nil, "a failure is an outcome: nothing left")
        #expect(Array(try actions(world, reference).suffix(2)) == ["send-attempt", "send-failed"])
    }

    @Test func anUnknownOutcomeRefusesARetryUntilConfirmed() throws {
        let world = try world(command: "cat > '\(mailbox.path)'")
        let reference = try approvedReferral(world)
        let attempt = try interruptedAttempt(world, reference)
        let view = try world.desk().document(reference: reference)
        #expect(view.openSendAttempt?.id == attempt.id)
        #expect(view.record.status == .approved)
        for channel in SendChannel.allCases {
            do {
                _ = try world.desk().send(reference: reference, via: channel)
                Issue.record("a retry over an unknown outcome must be refused (\(channel))")
            } catch let error as EngineError {
                #expect(error.description.contains("sending, outcome unknown"))
                #expect(error.description.contains("--confirm-sent"))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: mailbox.path), "nothing was sent again")

        let confirmed = try world.desk(as: "alice", at: fixedNow.adding(hours: 2)).confirmSent(reference: reference)
        #expect(confirmed.record.status == .sent)
        #expect(confirmed.record.frozen?.text == "the message as handed over\n", "the text handed over, not a new one")
        #expect(confirmed.record.sentAt == fixedNow, "it left when it was handed over")
        #expect(confirmed.record.sentBy == "bob")
        #expect(confirmed.openSendAttempt == nil)
        #expect(!FileManager.default.fileExists(atPath: mailbox.path), "confirming runs no command")
        let send = try #require(confirmed.events.last)
        #expect(send.action == "send")
        #expect(send.payload.contains("\"confirmed_by\":\"alice\""), "\(send.payload)")
        #expect(send.payload.contains("\"attempt\":\"\(attempt.id)\""), "\(send.payload)")
        // Later than the confirmation (a simulated clock never goes backwards): refused for
        // what it is, not for the clock.
        #expect {
            try world.desk(at: fixedNow.adding(hours: 3)).confirmSent(reference: reference)
        } throws: { ($0 as? EngineError)?.description.contains("nothing to confirm") == true }
        #expect(try world.desk().verify().isIntact)
    }

    @Test func resendSupersedesTheUnknownAttemptAndSendsOnce() throws {
        let world = try world(command: "cat > '\(mailbox.path)'")
        let reference = try approvedReferral(world)
        _ = try interruptedAttempt(world, reference)
        let sent = try world.desk().send(reference: reference, via: .email, resend: true)
        #expect(sent.record.status == .sent)
        #expect(try String(contentsOf: mailbox, encoding: .utf8) == sent.record.frozen?.text)
        #expect(
            Array(try actions(world, reference).suffix(3)) == ["send-superseded", "send-attempt", "send"])
    }

    @Test func confirmingWithoutAnAttemptIsRefused() throws {
        let world = try world(command: "true")
        let reference = try approvedReferral(world)
        #expect(throws: EngineError.self) { try world.desk().confirmSent(reference: reference) }
    }
}
