import FlagdeskCore
import Foundation
import Testing
import ZIPFoundation

@testable import FlagdeskDocuments

@Suite struct BundleWriterTests {
    func input(folder: TemporaryFolder, name: String = "screen.png", withheld: String? = nil) throws -> BundleInput {
        let bytes = Data("evidence bytes".utf8)
        try folder.write("store/evidence.bin", "evidence bytes")
        let record = Evidence(
            id: 1, itemID: 1, sha256: SHA256Hex.of(bytes), size: Int64(bytes.count), mediaType: "image/png",
            originalName: name, capturedAt: Fixtures.drafted, capturedBy: "anna")
        let event = AuditEvent(
            id: 1, at: Fixtures.drafted, actor: "anna", entity: "item", entityID: "FD-2026-000101", action: "add",
            payload: "{}", previousHash: String(repeating: "0", count: 64), hash: Fixtures.hash2)
        return BundleInput(
            subject: "FD-2026-000101", createdAt: Fixtures.now, createdBy: "anna",
            documents: [
                BundleDocument(
                    reference: "N-2026-00042", kind: .dsaNotice, status: .sent, text: "Notice text\n", format: "txt",
                    asSent: true)
            ],
            evidence: [
                BundleEvidence(
                    record: record, itemReference: "FD-2026-000101",
                    file: folder.url.appendingPathComponent("store/evidence.bin"), withheldReason: withheld)
            ],
            events: [event])
    }

    func entries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var result: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            result[entry.path] = data
        }
        return result
    }

    @Test func aPurgedDocumentIsListedByTheHashOfWhatWasSentWithoutAFile() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("out.zip")
        var bundle = try input(folder: folder)
        let sent = String(repeating: "ab", count: 32)
        bundle.documents.append(
            BundleDocument(
                reference: "N-2026-00043", kind: .dsaNotice, status: .closed, text: "", format: "eml", asSent: true,
                purged: PurgedDocument(at: Fixtures.now, sentSHA256: sent, sentFormat: "eml")))
        let summary = try BundleWriter.write(bundle, to: zip)
        let files = try entries(zip)
        #expect(!files.keys.contains { $0.contains("N-2026-00043") })
        #expect(files["documents/N-2026-00042.txt"] != nil)
        #expect(summary.documents == 2)
        let manifestData = try #require(files["manifest.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        let documents = try #require(manifest["documents"] as? [[String: Any]])
        #expect(documents.count == 2)
        #expect(
            documents[0]["withheld_reason"] == nil && documents[0]["path"] as? String == "documents/N-2026-00042.txt")
        #expect(documents[1]["reference"] as? String == "N-2026-00043")
        #expect(documents[1]["path"] == nil)
        #expect(documents[1]["sha256"] as? String == sent)
        #expect(
            documents[1]["withheld_reason"] as? String
                == "text purged at \(ISO8601.format(Fixtures.now)) under the retention policy")
    }

    @Test func theBundleHoldsDocumentsEvidenceManifestCustodyLogAndChecksums() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("out.zip")
        let summary = try BundleWriter.write(try input(folder: folder), to: zip)
        let files = try entries(zip)
        let evidencePath = "evidence/FD-2026-000101/\(SHA256Hex.of(Data("evidence bytes".utf8)).prefix(16))-screen.png"
        #expect(
            Set(files.keys) == [
                "documents/N-2026-00042.txt", evidencePath, "custody-log.jsonl", "manifest.json", "SHA256SUMS",
            ])
        #expect(summary.evidenceFiles == 1 && summary.withheldFiles == 0 && summary.events == 1)
        #expect(files[evidencePath] == Data("evidence bytes".utf8))
        // SHA256SUMS: "<hex>  <path>" for every other file, in `sha256sum -c` format.
        let sums = String(decoding: try #require(files["SHA256SUMS"]), as: UTF8.self)
        let lines = sums.split(separator: "\n")
        #expect(lines.count == files.count - 1)
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 1)
            let path = String(parts[1].dropFirst())
            #expect(SHA256Hex.of(try #require(files[path])) == String(parts[0]), "\(path)")
        }
        let manifestData = try #require(files["manifest.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        #expect(manifest["subject"] as? String == "FD-2026-000101")
        let log = String(decoding: try #require(files["custody-log.jsonl"]), as: UTF8.self)
        #expect(log.contains("\"entity_id\":\"FD-2026-000101\"") && log.hasSuffix("\n"))
    }

    /// Two different files whose names make the same safe name (long, or non-Latin): two
    /// entries, each with its own bytes, every one in SHA256SUMS.
    @Test(arguments: [
        (
            String(repeating: "a", count: 150) + "-one-" + String(repeating: "b", count: 120) + ".png",
            String(repeating: "a", count: 150) + "-two-" + String(repeating: "b", count: 120) + ".png"
        ),
        (
            "1-" + String(repeating: "доказательство", count: 9) + ".pdf",
            "2-" + String(repeating: "доказательство", count: 9) + ".pdf"
        ),
    ])
    func twoFilesWhoseNamesSanitiseAlikeStayTwo(first: String, second: String) throws {
        let folder = try TemporaryFolder()
        var bundle = try input(folder: folder, name: first)
        let other = Data("other evidence".utf8)
        try folder.write("store/other.bin", "other evidence")
        var record = bundle.evidence[0].record
        (record.id, record.sha256, record.size, record.originalName) = (2, SHA256Hex.of(other), 14, second)
        bundle.evidence.append(
            BundleEvidence(
                record: record, itemReference: "FD-2026-000101",
                file: folder.url.appendingPathComponent("store/other.bin"), withheldReason: nil))
        let zip = folder.url.appendingPathComponent("out.zip")
        let named = ArchivePath.evidenceName(sha256: bundle.evidence[0].record.sha256, originalName: second)
        #expect(named.hasPrefix(String(bundle.evidence[0].record.sha256.prefix(16))), "the hash is never cut away")
        try BundleWriter.write(bundle, to: zip)
        let evidence = try entries(zip).filter { $0.key.hasPrefix("evidence/") }
        #expect(Set(evidence.values) == [Data("evidence bytes".utf8), other])
        let sums = String(decoding: try #require(try entries(zip)["SHA256SUMS"]), as: UTF8.self)
        for path in evidence.keys { #expect(sums.contains("  \(path)\n")) }
    }

    @Test func sameHashPrefixDifferentBytesGetDistinctPaths() {
        let taken: Set<String> = ["evidence/FD-1/abc-x.png", "evidence/FD-1/abc-x-2.png"]
        #expect(ArchivePath.unique("evidence/FD-1/abc-x.png", taken: taken) == "evidence/FD-1/abc-x-3.png")
        #expect(ArchivePath.unique("evidence/FD-1/noext", taken: ["evidence/FD-1/noext"]) == "evidence/FD-1/noext-2")
        #expect(ArchivePath.unique("a.b/c", taken: ["a.b/c"]) == "a.b/c-2")
    }

    @Test func theCustodyLogWritesPayloadsAsObjects() throws {
        let folder = try TemporaryFolder()
        var bundle = try input(folder: folder)
        bundle.events[0].payload = #"{"dryRun":"no","url":"https://x.example/"}"#
        let zip = folder.url.appendingPathComponent("out.zip")
        try BundleWriter.write(bundle, to: zip)
        let log = try #require(try entries(zip)["custody-log.jsonl"])
        let line = try #require(try JSONSerialization.jsonObject(with: log) as? [String: Any])
        let payload = try #require(line["payload"] as? [String: Any], "an object, not a string")
        #expect(payload["dryRun"] as? String == "no", "the payload's own keys are kept as they are")
        #expect(line["entity_id"] as? String == "FD-2026-000101")
    }

    @Test func hostileNamesBecomeSafePaths() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("out.zip")
        let summary = try BundleWriter.write(
            try input(folder: folder, name: "../../../etc/passwd https://x.example/a?b=c"), to: zip)
        for path in summary.paths {
            #expect(ArchivePath.isSafe(path), "\(path)")
            #expect(!path.contains(".."))
        }
        #expect(summary.paths.contains { $0.hasSuffix("-______etc_passwd_https___x.example_a_b_c") })
    }

    @Test func aWithheldFileIsListedButNotIncluded() throws {
        let folder = try TemporaryFolder()
        let zip = folder.url.appendingPathComponent("out.zip")
        let summary = try BundleWriter.write(
            try input(folder: folder, withheld: "FD-2026-000101 is flagged as child sexual abuse"), to: zip)
        let files = try entries(zip)
        #expect(summary.withheldFiles == 1)
        #expect(!files.keys.contains { $0.hasPrefix("evidence/") })
        let manifest = String(decoding: try #require(files["manifest.json"]), as: UTF8.self)
        #expect(manifest.contains("\"withheld_reason\" : \"FD-2026-000101 is flagged as child sexual abuse\""))
    }

    @Test func aFileThatNoLongerMatchesItsHashIsRefused() throws {
        let folder = try TemporaryFolder()
        var bundle = try input(folder: folder)
        try folder.write("store/evidence.bin", "tampered")
        bundle.subject = "x"
        #expect(throws: DocumentsError.self) {
            try BundleWriter.write(bundle, to: folder.url.appendingPathComponent("out.zip"))
        }
    }

    @Test func anExistingArchiveIsNeverOverwritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("out.zip", "keep me")
        #expect(throws: DocumentsError.self) {
            try BundleWriter.write(try input(folder: folder), to: folder.url.appendingPathComponent("out.zip"))
        }
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out.zip"), encoding: .utf8) == "keep me")
    }

    @Test(arguments: ["..", ".", "/abs", "a//b", "a/../b", "", "a\\b"])
    func unsafePathsAreRecognised(path: String) {
        #expect(!ArchivePath.isSafe(path))
    }

    @Test(arguments: ["..", "../x", ".hidden", "a/b", "é ü", "", String(repeating: "x", count: 300)])
    func safeNamesAreSingleSafeComponents(name: String) {
        let safe = ArchivePath.safeName(name)
        #expect(ArchivePath.isSafe(safe) && !safe.contains("/") && !safe.hasPrefix(".") && safe.count <= 100)
    }
}
