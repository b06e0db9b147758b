import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskStore

@Suite("Evidence files")
struct EvidenceFilesTests {
    private func temporaryFile(_ content: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString).txt")
        try Data(content.utf8).write(to: url)
        return url
    }

    @Test func copiesContentAddressedAndLeavesTheOriginal() throws {
        let store = try makeTemporaryStore()
        let files = EvidenceFiles(root: store.evidenceFolder)
        let source = try temporaryFile("abc")
        let (sha, size) = try files.importFile(at: source)
        #expect(sha == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(size == 3)
        #expect(try String(contentsOf: source, encoding: .utf8) == "abc")
        let held = files.url(forSHA256: sha)
        #expect(held.path.hasSuffix("/evidence/ba/\(sha)"))
        let mode = try FileManager.default.attributesOfItem(atPath: held.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o400)
        // The same content again is not copied twice.
        #expect(try files.importFile(at: try temporaryFile("abc")).sha256 == sha)
    }

    @Test func missingSourceIsAClearError() throws {
        let store = try makeTemporaryStore()
        let files = EvidenceFiles(root: store.evidenceFolder)
        #expect(
            throws: StoreError.evidenceUnreadable(path: "/nonexistent/file.png", reason: "no such file or not readable")
        ) {
            try files.importFile(at: URL(fileURLWithPath: "/nonexistent/file.png"))
        }
    }

    @Test func verifyFindsChangedAndMissingFiles() throws {
        let store = try makeTemporaryStore()
        let files = EvidenceFiles(root: store.evidenceFolder)
        let item = try store.write { db in try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        let kept = try files.importFile(at: try temporaryFile("kept"))
        let changed = try files.importFile(at: try temporaryFile("changed"))
        let missing = try files.importFile(at: try temporaryFile("missing"))
        try store.write { db in
            for (sha, size) in [kept, changed, missing] {
                _ = try EvidenceRecords.insert(
                    Evidence(
                        itemID: item.id, sha256: sha, size: size, mediaType: "text/plain", originalName: "f.txt",
                        capturedAt: fixedNow, capturedBy: "alice"), in: db)
            }
        }
        let changedURL = files.url(forSHA256: changed.sha256)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: changedURL.path)
        try Data("tampered".utf8).write(to: changedURL)
        try FileManager.default.removeItem(at: files.url(forSHA256: missing.sha256))
        let problems = try store.read { db in try files.verify(in: db) }
        #expect(problems.map(\.sha256) == [changed.sha256, missing.sha256])
        #expect(problems.last?.reason == "file is missing")
    }
}
