import Crypto
import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// `verify` checks a sent document's frozen text against its SHA-256, and that SHA-256 against
/// the one its `send` event recorded: a text rewritten in the row, even with a matching hash,
/// shows.
@Suite struct SentTextVerifyTests {
    private func sentNotice() throws -> (world: WorkflowWorld, reference: String) {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let draft = try world.desk(as: "bob").draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        let reference = draft.record.reference
        _ = try world.desk(as: "alice", at: fixedNow.adding(hours: 1)).approve(reference: reference)
        _ = try world.desk(as: "bob", at: fixedNow.adding(hours: 2)).send(reference: reference, via: .manual)
        return (world, reference)
    }

    @Test func aSentTextAgreesWithItsHashAndItsEvent() throws {
        let (world, _) = try sentNotice()
        let report = try world.desk(as: "alice").verify()
        #expect(report.trailProblems.isEmpty, "\(report.trailProblems)")
        #expect(report.isIntact)
    }

    @Test func aSentTextRewrittenInTheRowIsFound() throws {
        let (world, reference) = try sentNotice()
        let alice = try world.desk(as: "alice")
        try alice.store.write { db in
            try db.execute(
                sql: "UPDATE documents SET frozen_text = frozen_text || ' (and more)' WHERE reference = ?",
                arguments: [reference])
        }
        let report = try alice.verify()
        #expect(report.trailProblems == ["the sent text of \(reference) no longer matches its SHA-256"])
        #expect(!report.isIntact)
    }

    @Test func aSentTextRewrittenWithItsHashIsFoundAgainstTheSendEvent() throws {
        let (world, reference) = try sentNotice()
        let alice = try world.desk(as: "alice")
        let forged = "We withdraw this notice."
        let forgedSHA = SHA256.hash(data: Data(forged.utf8)).lowercaseHex
        try alice.store.write { db in
            try db.execute(
                sql: "UPDATE documents SET frozen_text = ?, frozen_sha256 = ? WHERE reference = ?",
                arguments: [forged, forgedSHA, reference])
        }
        let report = try alice.verify()
        #expect(
            report.trailProblems == [
                "the SHA-256 on record for \(reference) is not the one its send event recorded"
            ])
        #expect(!report.isIntact)
    }
}
