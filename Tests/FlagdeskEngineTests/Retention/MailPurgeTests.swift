import FlagdeskCore
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// Replies by e-mail under the retention purge (GDPR Art. 5(1)(c), (e); issue #19): a reply goes
/// with its document's text, an unmatched message once past the evidence period; the rows keep
/// what the trail names, the files are deleted, and `verify` binds the purge mark to its event.
@Suite("Retention: the purge of replies by e-mail")
struct MailPurgeTests {
    let sixYearsLater = fixedNow.adding(days: 6 * 366)

    private struct World {
        let world: WorkflowWorld
        let document: String
        let reply: StoredMail
        let oldUnmatched: StoredMail
        let recentUnmatched: StoredMail
    }

    private func message(subject: String, id: String, body: String) -> String {
        [
            "From: Instagram Trust <dsa@instagram.example>", "To: notices@example.org", "Subject: \(subject)",
            "Date: Tue, 5 May 2026 10:30:00 +0200", "Message-ID: <\(id)@instagram.example>", "", body, "",
        ].joined(separator: "\r\n")
    }

    private func maildir(_ messages: [String]) throws -> URL {
        let folder = temporaryFolder("maildir")
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for (index, text) in messages.enumerated() {
            try Data(text.utf8).write(to: folder.appendingPathComponent("new/\(index).host"))
        }
        return folder
    }

    /// A notice sent, answered by e-mail (the reply confirmed), closed, its item resolved; a
    /// message matching nothing imported then, and another one a day before the purge.
    private func world() throws -> World {
        let world = try WorkflowWorld()
        let item = try world.triagedItem("https://www.instagram.com/p/numbat-gallery-4")
        let bob = try world.desk(as: "bob")
        let draft = try bob.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        let reference = draft.record.reference
        _ = try world.desk(as: "alice", at: fixedNow.adding(hours: 1)).approve(reference: reference)
        _ = try world.desk(as: "bob", at: fixedNow.adding(hours: 2)).send(reference: reference, via: .manual)
        let reader = try world.desk(as: "bob", at: fixedNow.adding(days: 1))
        _ = try reader.importMail(paths: [
            try maildir([
                message(subject: "Decision on \(reference)", id: "r1", body: "The content has been removed."),
                message(subject: "Numbat newsletter", id: "n1", body: "Nothing of yours."),
            ]).path
        ])
        let reply = try #require(try reader.mailList(.new).first)
        _ = try reader.confirmMail(reply.reference)
        _ = try world.desk(as: "bob", at: fixedNow.adding(days: 2)).close(reference: reference, reason: nil)
        _ = try world.desk(as: "bob", at: fixedNow.adding(days: 2)).resolve(reference: item.reference)
        let oldUnmatched = try #require(try reader.mailList(.unmatched).first)
        let late = try world.desk(as: "bob", at: sixYearsLater.adding(days: -1))
        _ = try late.importMail(paths: [
            try maildir([message(subject: "Quokka newsletter", id: "n2", body: "Still nothing.")]).path
        ])
        let recent = try #require(try late.mailList(.unmatched).first { $0.subject == "Quokka newsletter" })
        return World(
            world: world, document: reference, reply: reply, oldUnmatched: oldUnmatched, recentUnmatched: recent)
    }

    /// Whether the message's bytes are held: in its import's pack (v19), or a file of its own.
    private func fileExists(_ desk: Desk, _ mail: StoredMail) throws -> Bool {
        if let location = try desk.store.read({ db in try MailPackRecords.location(sha256: mail.sha256, in: db) }) {
            return desk.evidenceFiles.hashOfPacked(location) == .sha256(mail.sha256)
        }
        return FileManager.default.fileExists(atPath: desk.evidenceFiles.url(forSHA256: mail.sha256).path)
    }

    @Test func aReplyGoesWithItsDocumentAndAnUnmatchedMessageAfterTheEvidencePeriod() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        let dryRun = try alice.purge(dryRun: true)
        #expect(dryRun.mailReferences == [world.reply.reference, world.oldUnmatched.reference])
        #expect(try fileExists(alice, world.reply) && fileExists(alice, world.oldUnmatched))

        let report = try alice.purge(dryRun: false)
        #expect(report.documents == 1)
        #expect(report.mailReferences == [world.reply.reference, world.oldUnmatched.reference])
        for original in [world.reply, world.oldUnmatched] {
            let purged = try alice.mailDetail(original.reference)
            #expect(purged.mail.purgedAt == sixYearsLater)
            #expect(purged.mail.from.isEmpty && purged.mail.subject.isEmpty)
            #expect(purged.mail.messageID == nil && purged.mail.dateText == nil && purged.mail.findings.isEmpty)
            // What the trail names stays: reference, hash, size, the answer's date, the document.
            #expect(purged.mail.sha256 == original.sha256 && purged.mail.size == original.size)
            #expect(purged.mail.date == original.date)
            #expect(purged.mail.documentReference == original.documentReference)
            #expect(purged.message.problems.first?.hasPrefix("purged on ") == true)
            #expect(try !fileExists(alice, original), "the file of \(original.reference) was not deleted")
        }
        let kept = try alice.mailDetail(world.recentUnmatched.reference)
        #expect(kept.mail.purgedAt == nil && kept.mail.subject == "Quokka newsletter")
        #expect(try fileExists(alice, world.recentUnmatched))
        #expect(throws: EngineError.self) { try alice.attachMail(world.oldUnmatched.reference, to: world.document) }
        let report2 = try alice.verify()
        #expect(report2.isIntact, "\(report2.trailProblems) \(report2.evidenceProblems) \(report2.seal.problems)")
        #expect(report2.evidenceChecked == 1, "the recent message's file is still checked (the rest is purged)")
        // A second purge finds nothing more.
        #expect(
            try world.world.desk(as: "alice", at: sixYearsLater.adding(days: 1)).purge(dryRun: true)
                .mailReferences.isEmpty)
    }

    @Test func anOpenDocumentsReplyAndItsFileStay() throws {
        let world = try world()
        // Five years (1,826 days: 2028 is a leap year) after the unmatched import (day 1) but not
        // after the document's item closed (day 2): only the unmatched message goes.
        let alice = try world.world.desk(as: "alice", at: fixedNow.adding(days: 1826 + 1).adding(hours: 12))
        let report = try alice.purge(dryRun: true)
        #expect(report.mailReferences == [world.oldUnmatched.reference], "\(report)")
        let early = try world.world.desk(as: "alice", at: fixedNow.adding(days: 300))
        #expect(try early.purge(dryRun: true).mailReferences.isEmpty)
    }

    @Test func aPurgeMarkSetOrClearedByHandIsNamedByVerify() throws {
        let world = try world()
        let alice = try world.world.desk(as: "alice", at: sixYearsLater)
        _ = try alice.purge(dryRun: false)
        // Marked purged outside the purge (its file could then go unnoticed).
        try alice.store.write { db in
            try db.execute(
                sql: "UPDATE mail_messages SET purged_at = ? WHERE reference = ?",
                arguments: ["2030-01-01T00:00:00Z", world.recentUnmatched.reference])
        }
        var report = try alice.verify()
        #expect(!report.isIntact)
        #expect(
            report.trailProblems.contains {
                $0.hasPrefix(
                    "mail \(world.recentUnmatched.reference) marked purged at 2030-01-01T00:00:00Z, but no purge")
            }, "\(report.trailProblems)")
        // A purged message un-marked: the purge event no longer matches its rows.
        try alice.store.write { db in
            try db.execute(
                sql: "UPDATE mail_messages SET purged_at = NULL WHERE reference IN (?, ?)",
                arguments: [world.recentUnmatched.reference, world.reply.reference])
        }
        report = try alice.verify()
        #expect(
            report.trailProblems.contains { $0.contains("mail_messages marked purged at") }, "\(report.trailProblems)")
        #expect(
            report.evidenceProblems.contains { $0.reason == "the file of mail \(world.reply.reference) is missing" },
            "\(report.evidenceProblems)")
    }
}
