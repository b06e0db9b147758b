import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// No output of Flagdesk lands on the files the desk stands on (issue #14: on a team desk the
/// output is written as the service account, so a member's `--rejects` or `--force` could
/// otherwise overwrite the database or a key and destroy the evidence).
@Suite("Trust: outputs never overwrite the desk's own files")
struct OwnFilesTests {
    @Test func aRejectsFileOnTheDatabaseIsRefusedAndTheStoreStaysWhole() throws {
        let desk = try makeDesk()
        let before = try Data(contentsOf: desk.store.databaseURL)
        let csv = try writeTemporaryFile("url\nhttps://board.example/ad/1\n", name: "in.csv")
        #expect {
            _ = try desk.importItems(ImportRequest(file: csv, rejectsFile: desk.store.databaseURL))
        } throws: { String(describing: $0).contains("is inside the store folder") }
        #expect(try Data(contentsOf: desk.store.databaseURL) == before)
        #expect(try desk.verify().isIntact)
    }

    @Test func bundlesBackupsAndExportsAreRefusedInsideTheStoreAndOnKeyFiles() throws {
        let desk = try makeDesk()
        #expect(throws: EngineError.self) {
            _ = try desk.backup(to: desk.store.folder.appendingPathComponent("copy"))
        }
        #expect(throws: EngineError.self) {
            try desk.refuseOwnFile(desk.store.folder.appendingPathComponent("evidence/x.txt").path)
        }
        let sealKey = try #require(desk.store.sealKeyFile)
        #expect {
            try desk.refuseOwnFile(sealKey.path)
        } throws: { String(describing: $0).contains("a file this desk stands on") }
        // Through a link too: the path is resolved before it is compared.
        let link = temporaryFolder("links").appendingPathComponent("innocent.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: desk.store.databaseURL)
        #expect(throws: EngineError.self) { try desk.refuseOwnFile(link.path) }
        // Anywhere else is fine.
        try desk.refuseOwnFile(temporaryFolder("out").appendingPathComponent("N-2026-00001.txt").path)
    }
}
