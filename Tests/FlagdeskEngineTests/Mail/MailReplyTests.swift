import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Replies by e-mail (issue #19) through the engine: a notice sent and exported as .eml, replies
/// in a Maildir and an mbox, matched, kept as evidence, confirmed by a person.
struct MailReplyTests {
    static let sentAt = fixedNow.adding(hours: 3)

    /// A sent notice N-2026-00001 (exported as .eml, so its Message-ID is recorded).
    func sentNotice(_ world: WorkflowWorld) throws -> String {
        let item = try world.triagedItem()
        let bob = try world.desk(as: "bob")
        _ = try bob.draft(DraftRequest(kind: .dsaNotice, items: [item.reference]))
        _ = try bob.edit(reference: "N-2026-00001", settings: [FieldSetting(key: "bona-fide", value: "yes")])
        _ = try world.desk(as: "alice", at: fixedNow.adding(hours: 1)).approve(reference: "N-2026-00001")
        _ = try world.desk(as: "bob", at: Self.sentAt).send(reference: "N-2026-00001", via: .manual)
        let eml = try world.desk(as: "bob", at: Self.sentAt).export(reference: "N-2026-00001", format: .eml)
        #expect(eml.text.contains("Message-ID: <N-2026-00001@example.org>"))
        return "N-2026-00001"
    }

    func reply(
        subject: String, body: String, date: String = "Tue, 5 May 2026 10:30:00 +0200", id: String,
        inReplyTo: String? = nil
    ) -> String {
        var headers = [
            "From: Instagram Trust <dsa@instagram.example>", "To: notices@example.org", "Subject: \(subject)",
            "Date: \(date)", "Message-ID: <\(id)@instagram.example>",
        ]
        if let inReplyTo { headers += ["In-Reply-To: \(inReplyTo)", "References: \(inReplyTo)"] }
        return (headers + ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "", body, ""])
            .joined(separator: "\r\n")
    }

    func maildir(_ messages: [String]) throws -> URL {
        let folder = temporaryFolder("maildir")
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for (index, message) in messages.enumerated() {
            try Data(message.utf8).write(to: folder.appendingPathComponent("new/\(index).host"))
        }
        return folder
    }

    @Test func aThreadedReplyIsMatchedKeptAndConfirmedWithItsOwnDate() throws {
        let world = try WorkflowWorld()
        let notice = try sentNotice(world)
        let inbox = try maildir([
            reply(
                subject: "Re: your notice", body: "We have received your notice. Ticket number: IG-88123.",
                id: "r1", inReplyTo: "<N-2026-00001@EXAMPLE.org>"),
            reply(subject: "Newsletter", body: "Nothing of yours.", id: "r2"),
        ])
        let importedAt = fixedNow.adding(days: 2)
        let desk = try world.desk(as: "bob", at: importedAt)
        let summary = try desk.importMail(paths: [inbox.path])
        #expect(summary.read == 2 && summary.added == 2 && summary.matched == 1 && summary.unmatched == 1)

        // Importing the same mail twice adds nothing.
        let again = try desk.importMail(paths: [inbox.path])
        #expect(again.added == 0 && again.alreadyHeld == 2)

        let matched = try #require(try desk.mailList(.new).first)
        #expect(matched.documentReference == notice)
        #expect(matched.method == .inReplyTo)
        #expect(matched.messageID == "<r1@instagram.example>")
        #expect(matched.from == "Instagram Trust <dsa@instagram.example>")
        #expect(matched.date == ISO8601.parseInstant("2026-05-05T08:30:00Z"))
        #expect(try desk.mailList(.unmatched).map(\.subject) == ["Newsletter"])

        // Kept as evidence: the file hashes to the row; the event is on the document's trail.
        let detail = try desk.mailDetail(matched.reference)
        #expect(detail.message.text.contains("Ticket number: IG-88123."))
        #expect(try desk.verify().isIntact)
        let events = try desk.document(reference: notice).events
        #expect(events.contains { $0.action == "mail-received" && $0.payload.contains(matched.sha256) })

        // Nothing changes on its own; the proposal names its sentence.
        #expect(try desk.document(reference: notice).record.status == .sent)
        #expect(detail.proposal.acknowledged)
        #expect(detail.proposal.providerReference == "IG-88123")
        #expect(matched.findings.first { $0.kind == .acknowledgement }?.sentence == "We have received your notice.")
        #expect(
            detail.recordCommand
                == "flagdesk record \(notice) --ack --provider-ref 'IG-88123' --at 2026-05-05T08:30:00Z")

        let confirmed = try desk.confirmMail(matched.reference)
        #expect(confirmed.record.status == .acknowledged)
        #expect(confirmed.record.acknowledgedAt == ISO8601.parseInstant("2026-05-05T08:30:00Z"))
        #expect(confirmed.record.providerReference == "IG-88123")
        // The answer's date is data on the event; the event itself is dated by the (simulated)
        // clock, after the import: confirming an older message never moves the trail backwards.
        let recorded = try #require(confirmed.events.last { $0.action == "record" })
        #expect(recorded.at == importedAt)
        #expect(recorded.payload.contains("\"answer_dated\":\"2026-05-05T08:30:00Z\""))
        #expect(recorded.payload.contains("\"clock\":\"simulated\""))
        #expect(throws: EngineError.self) { try desk.confirmMail(matched.reference) }

        // A later reply naming only the provider's own reference finds the document.
        let later = try maildir([reply(subject: "[IG-88123] Decision", body: "The content has been removed.", id: "r3")]
        )
        #expect(try desk.importMail(paths: [later.path]).matched == 1)
        let decision = try #require(try desk.mailList(.new).first)
        #expect(decision.method == .providerReference)
        #expect(try desk.mailDetail(decision.reference).proposal.decision == .removed)
    }

    /// A backup carries the replies (their packs, checked by hash) and a restored desk verifies
    /// with every message readable: replies are evidence too, never dropped from a copy.
    @Test func aBackupCarriesTheRepliesAndTheRestoredDeskVerifies() throws {
        let world = try WorkflowWorld()
        _ = try sentNotice(world)
        let inbox = try maildir([
            reply(
                subject: "Re: your notice", body: "Ticket number: IG-88123.", id: "r1",
                inReplyTo: "<N-2026-00001@example.org>"),
            reply(subject: "Newsletter", body: "Nothing of yours.", id: "r2"),
        ])
        let alice = try world.desk(as: "alice", at: fixedNow.adding(days: 2))
        _ = try alice.importMail(paths: [inbox.path])
        let backup = temporaryFolder("backups").appendingPathComponent("copy")
        let written = try alice.backup(to: backup)
        #expect(written.manifest.mailPacks?.count == 1)

        let (process, sudo) = FakeProcess.sudo("alice")
        var options = world.options(process, sudo, at: fixedNow.adding(days: 3))
        let target = temporaryFolder("restored").appendingPathComponent("store")
        options.storePath = target.path
        options.environment["FLAGDESK_SEAL_KEY"] = alice.store.sealKeyFile?.path
        #expect(try StoreRestore.restore(from: backup, options: options).verification.verifies)
        let restored = try Desk.open(options)
        #expect(try restored.verify().isIntact)
        #expect(try restored.mailList(.unmatched).map(\.subject) == ["Newsletter"])

        // A backup whose pack was left out is refused at restore, naming it.
        let packless = temporaryFolder("backups").appendingPathComponent("packless")
        _ = try alice.backup(to: packless)
        let pack = try #require(
            try FileManager.default.contentsOfDirectory(atPath: packless.appendingPathComponent("evidence/packs").path)
                .first)
        try FileManager.default.removeItem(at: packless.appendingPathComponent("evidence/packs/\(pack)"))
        let second = temporaryFolder("restored").appendingPathComponent("store")
        options.storePath = second.path
        #expect {
            _ = try StoreRestore.restore(from: packless, options: options)
        } throws: { String(describing: $0).contains("evidence/packs/\(pack) is missing") }
    }

    @Test func unmatchedAndAmbiguousMailWaitsForAPerson() throws {
        let world = try WorkflowWorld()
        let notice = try sentNotice(world)
        let desk = try world.desk(as: "bob", at: fixedNow.adding(days: 2))
        let mbox =
            "From x@y Tue May  5 10:00:00 2026\n"
            + reply(subject: "About N-2026-00001 and N-2026-00002", body: "Access has been disabled.", id: "a1")
            .replacingOccurrences(of: "\r\n", with: "\n")
            + "\nFrom x@y Tue May  5 10:00:00 2026\n"
            + reply(subject: "Hello", body: "Who are you?", id: "a2").replacingOccurrences(of: "\r\n", with: "\n")
        let file = temporaryFolder("mbox").appendingPathComponent("replies.mbox")
        try Data(mbox.utf8).write(to: file)
        let summary = try desk.importMail(paths: [file.path])
        // N-2026-00002 does not exist: the reference rule finds one document.
        #expect(summary.matched == 1 && summary.unmatched == 1)
        let lonely = try #require(try desk.mailList(.unmatched).first)
        #expect(throws: EngineError.self) { try desk.confirmMail(lonely.reference) }
        let attached = try desk.attachMail(lonely.reference, to: notice)
        #expect(attached.match == .matched && attached.method == .attached)
        #expect(try desk.mailList(.unmatched).isEmpty)
        #expect(try desk.mail(forDocument: notice).count == 2)
        let dismissed = try desk.dismissMail(lonely.reference)
        #expect(dismissed.review == .dismissed)
    }

    @Test func aFutureDateOrOneBeforeSendingIsRefusedAndLosesNothing() throws {
        let world = try WorkflowWorld()
        let notice = try sentNotice(world)
        let desk = try world.desk(as: "bob", at: fixedNow.adding(days: 2))
        let inbox = try maildir([
            reply(
                subject: "Re", body: "We have received your notice.", date: "Mon, 4 May 2026 08:00:00 +0000",
                id: "early", inReplyTo: "<N-2026-00001@example.org>")
        ])
        _ = try desk.importMail(paths: [inbox.path])
        let mail = try #require(try desk.mailList(.new).first)
        #expect(throws: EngineError.self) { try desk.confirmMail(mail.reference) }
        #expect(try desk.document(reference: notice).record.status == .sent)
        var corrected = ResponseRecord()
        corrected.acknowledged = true
        corrected.at = Self.sentAt.adding(hours: 1)
        #expect(try desk.confirmMail(mail.reference, correction: corrected).record.acknowledgedAt == corrected.at)
    }
}
