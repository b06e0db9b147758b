import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// Evidence paths built from database text cannot leave the evidence folder, and every file
/// and folder of the store is private (DESIGN.md §8).
@Suite("Store paths and permissions")
struct PathSafetyTests {
    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test(arguments: [
        "../../../../../../../../../../../../../../../../../../../../../../../../../../etc/passwd",
        "/etc/passwd" + String(repeating: "0", count: 53), String(repeating: "a", count: 63) + "/",
        String(repeating: "a", count: 63) + "\0", String(repeating: "a", count: 63) + "\\", "",
        String(repeating: "f", count: 5000),
    ])
    func aForgedHashCannotEscapeTheEvidenceFolder(_ hash: String) throws {
        let files = EvidenceFiles(root: URL(fileURLWithPath: "/tmp/store/evidence"))
        let url = files.url(forSHA256: hash).standardizedFileURL
        #expect(url.path.hasPrefix("/tmp/store/evidence/"))
        #expect(url.lastPathComponent == "not-a-sha256")
        #expect(!EvidenceFiles.isSHA256(hash))
    }

    @Test func aRealHashMapsToItsPrefixFolder() {
        let hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        let files = EvidenceFiles(root: URL(fileURLWithPath: "/tmp/store/evidence"))
        #expect(files.url(forSHA256: hash).path == "/tmp/store/evidence/ba/\(hash)")
        #expect(files.url(forSHA256: hash.uppercased()).path == "/tmp/store/evidence/ba/\(hash)")
    }

    @Test func aForgedEvidenceRowReadsAsMissingNotAsAFileElsewhere() throws {
        let store = try makeTemporaryStore()
        let forged = String(repeating: "../", count: 18) + "etc/passwd"
        #expect(forged.count == 64)
        try store.write { db in
            let item = try ItemRecords.insert(sampleItem(), year: 2026, in: db)
            _ = try EvidenceRecords.insert(
                Evidence(
                    itemID: item.id, sha256: forged, size: 1, mediaType: "text/plain", originalName: "x",
                    capturedAt: fixedNow, capturedBy: "alice"), in: db)
        }
        let files = EvidenceFiles(root: store.evidenceFolder)
        let problems = try store.read { db in try files.verify(in: db) }
        #expect(problems.map(\.reason) == ["file is missing"])
    }

    @Test func databaseCompanionsAndEvidenceArePrivate() throws {
        let store = try makeTemporaryStore()
        try store.write { db in _ = try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        let files = EvidenceFiles(root: store.evidenceFolder)
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("ev-\(UUID().uuidString)")
        try Data("capture".utf8).write(to: source)
        let held = try files.importFile(at: source)
        #expect(try mode(store.evidenceFolder.path) == 0o700)
        #expect(try mode(files.url(forSHA256: held.sha256).deletingLastPathComponent().path) == 0o700)
        #expect(try mode(files.url(forSHA256: held.sha256).path) == 0o400)
        for suffix in ["-wal", "-shm"] {
            let path = store.databaseURL.path + suffix
            #expect(FileManager.default.fileExists(atPath: path), "\(suffix) exists while the store is open")
            #expect(try mode(path) == 0o600, "\(suffix)")
        }
    }

    @Test(arguments: ["flagdesk.sqlite-wal", "flagdesk.sqlite-shm", "evidence"])
    func aCompanionOthersCanReadIsRefusedWithTheFix(_ name: String) throws {
        let store = try makeTemporaryStore()
        try store.write { db in _ = try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        let path = store.folder.appendingPathComponent(name).path
        let isFolder = name == "evidence"
        try FileManager.default.setAttributes(
            [.posixPermissions: isFolder ? 0o755 : 0o644], ofItemAtPath: path)
        #expect {
            _ = try Store(folder: store.folder, create: false)
        } throws: { error in
            guard case .insecurePermissions(let refused, _, let fix) = error as? StoreError else { return false }
            return refused == path && fix == "chmod \(isFolder ? "700" : "600") '\(path)'"
        }
    }
}
