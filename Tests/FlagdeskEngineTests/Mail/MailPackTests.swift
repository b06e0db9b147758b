import FlagdeskCore
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// An import's messages kept in one pack (issue #19's bench: one file per message cost 38% of
/// the import in the kernel), each still evidence of its own: its SHA-256 in its sealed row,
/// its bytes hashed again by `verify`, so an edited, cut or deleted message is named, and the
/// retention purge (GDPR Art. 5(1)(e)) erases one message's bytes and keeps the others.
@Suite("Mail: an import's pack")
struct MailPackTests {
    private let mail = MailReplyTests()

    private struct Imported {
        let desk: Desk
        let messages: [StoredMail]
        let locations: [MailPackLocation]
        var pack: URL { desk.evidenceFiles.packFolder.appendingPathComponent(locations[0].pack) }
    }

    /// Three messages matching nothing, imported at once.
    private func imported() throws -> Imported {
        let world = try WorkflowWorld()
        let desk = try world.desk(as: "bob", at: fixedNow.adding(days: 1))
        let inbox = try mail.maildir([
            mail.reply(subject: "First", body: "One.", id: "p1"),
            mail.reply(subject: "Second", body: "Two, a little longer.", id: "p2"),
            mail.reply(subject: "Third", body: "Three.", id: "p3"),
        ])
        #expect(try desk.importMail(paths: [inbox.path]).added == 3)
        let messages = try desk.mailList(.all).sorted { $0.id < $1.id }
        let locations = try messages.map { message in
            try #require(
                try desk.store.read { db in try MailPackRecords.location(sha256: message.sha256, in: db) })
        }
        return Imported(desk: desk, messages: messages, locations: locations)
    }

    private func problems(_ desk: Desk) throws -> [String] {
        try desk.verify().evidenceProblems.map(\.reason)
    }

    private func edit(_ file: URL, _ body: (FileHandle) throws -> Void) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let handle = try FileHandle(forUpdating: file)
        try body(handle)
        try handle.close()
    }

    @Test func oneFileHoldsTheImportAndEachMessageHashesToItsRow() throws {
        let world = try imported()
        #expect(Set(world.locations.map(\.pack)).count == 1, "one pack for the import")
        #expect(
            world.locations.map(\.start) == [
                0, world.locations[0].size, world.locations[0].size + world.locations[1].size,
            ])
        for (message, location) in zip(world.messages, world.locations) {
            #expect(location.size == message.size)
            #expect(world.desk.evidenceFiles.hashOfPacked(location) == .sha256(message.sha256))
            #expect(
                !FileManager.default.fileExists(atPath: world.desk.evidenceFiles.url(forSHA256: message.sha256).path))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: world.pack.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o400)
        #expect(try world.desk.mailDetail(world.messages[1].reference).message.text.contains("Two, a little longer."))
        #expect(try problems(world.desk).isEmpty)
    }

    @Test func theSameMessagesAgainAddNothingToAnyPack() throws {
        let world = try imported()
        let inbox = try mail.maildir([mail.reply(subject: "Second", body: "Two, a little longer.", id: "p2")])
        let again = try world.desk.importMail(paths: [inbox.path])
        #expect(again.added == 0 && again.alreadyHeld == 1)
        let packs = try FileManager.default.contentsOfDirectory(atPath: world.desk.evidenceFiles.packFolder.path)
        #expect(packs == [world.locations[0].pack], "a pack holding nothing is removed")
    }

    @Test func anEditedMessageIsNamedAlone() throws {
        let world = try imported()
        try edit(world.pack) { handle in
            try handle.seek(toOffset: UInt64(world.locations[1].start + world.locations[1].size - 3))
            try handle.write(contentsOf: Data("X".utf8))
        }
        let found = try problems(world.desk)
        #expect(
            found.count == 1 && found[0].hasPrefix("the file of mail \(world.messages[1].reference) changed"),
            "\(found)")
    }

    @Test func aCutPackNamesTheMessagesItNoLongerHolds() throws {
        let world = try imported()
        try edit(world.pack) { handle in try handle.truncate(atOffset: UInt64(world.locations[1].start + 5)) }
        let found = try problems(world.desk)
        #expect(
            found == [
                "the file of mail \(world.messages[1].reference) is cut short (5 of \(world.locations[1].size) bytes held)",
                "the file of mail \(world.messages[2].reference) is cut short (0 of \(world.locations[2].size) bytes held)",
            ], "\(found)")
    }

    @Test func aDeletedPackNamesEveryMessage() throws {
        let world = try imported()
        try FileManager.default.removeItem(at: world.pack)
        #expect(
            try problems(world.desk) == world.messages.map { "the file of mail \($0.reference) is missing" })
        #expect(throws: EngineError.self) { try world.desk.mailDetail(world.messages[0].reference) }
    }

    @Test func aPlaceChangedOutsideFlagdeskPointsAtBytesThatDoNotHash() throws {
        let world = try imported()
        try world.desk.store.write { db in
            try db.execute(
                sql: "UPDATE mail_pack_entries SET start = 0 WHERE sha256 = ?", arguments: [world.messages[2].sha256])
        }
        let found = try problems(world.desk)
        #expect(found.count == 1 && found[0].hasPrefix("the file of mail \(world.messages[2].reference)"), "\(found)")
    }

    @Test func thePurgeOverwritesOneMessageAndKeepsTheOthers() throws {
        let world = try imported()
        let purged = try world.desk.store.write { db in
            try MailPackRecords.erase([world.messages[1].sha256], files: world.desk.evidenceFiles, in: db)
        }
        #expect(purged.removed == 1 && purged.failed.isEmpty)
        let bytes = try Data(contentsOf: world.pack)
        let range = Int(world.locations[1].start)..<Int(world.locations[1].start + world.locations[1].size)
        #expect(bytes[range].allSatisfy { $0 == 0 }, "the purged message's bytes are zeros")
        #expect(world.desk.evidenceFiles.hashOfPacked(world.locations[0]) == .sha256(world.messages[0].sha256))
        #expect(world.desk.evidenceFiles.hashOfPacked(world.locations[2]) == .sha256(world.messages[2].sha256))
        #expect(
            try world.desk.store.read { db in try MailPackRecords.location(sha256: world.messages[1].sha256, in: db) }
                == nil)
        // The last messages erased: the pack goes.
        _ = try world.desk.store.write { db in
            try MailPackRecords.erase(
                [world.messages[0].sha256, world.messages[2].sha256], files: world.desk.evidenceFiles, in: db)
        }
        #expect(!FileManager.default.fileExists(atPath: world.pack.path))
    }

    @Test func aPackNameFromTheDatabaseNeverLeavesTheFolder() throws {
        let world = try imported()
        try world.desk.store.write { db in
            try db.execute(sql: "UPDATE mail_pack_entries SET pack = '../../flagdesk.sqlite'")
        }
        #expect(try problems(world.desk) == world.messages.map { "the file of mail \($0.reference) is missing" })
    }
}
