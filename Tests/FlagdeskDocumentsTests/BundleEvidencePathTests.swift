import FlagdeskCore
import Foundation
import Testing
import ZIPFoundation

@testable import FlagdeskDocuments

/// A bundle never loses a file: two evidence files whose names the archive must shorten to the
/// same text stay two files, each under a path that still starts with its hash prefix.
@Suite struct BundleEvidencePathTests {
    @Test func longNamesThatEndAlikeStayTwoFiles() throws {
        let folder = try TemporaryFolder()
        let ending = String(repeating: "x", count: 120) + ".png"
        var evidence: [BundleEvidence] = []
        for (index, content) in ["first capture", "second capture"].enumerated() {
            try folder.write("store/\(index).bin", content)
            let bytes = Data(content.utf8)
            let record = Evidence(
                id: Int64(index + 1), itemID: 1, sha256: SHA256Hex.of(bytes), size: Int64(bytes.count),
                mediaType: "image/png", originalName: "capture-\(index)-" + ending, capturedAt: Fixtures.drafted,
                capturedBy: "anna")
            evidence.append(
                BundleEvidence(
                    record: record, itemReference: "FD-2026-000101",
                    file: folder.url.appendingPathComponent("store/\(index).bin"), withheldReason: nil))
        }
        let bundle = BundleInput(
            subject: "C-2026-00001", createdAt: Fixtures.now, createdBy: "anna", documents: [], evidence: evidence,
            events: [])
        let zip = folder.url.appendingPathComponent("out.zip")
        let summary = try BundleWriter.write(bundle, to: zip)
        let archive = try Archive(url: zip, accessMode: .read)
        let paths = archive.map(\.path).filter { $0.hasPrefix("evidence/") }
        #expect(paths.count == 2)
        #expect(summary.evidenceFiles == 2)
        for record in evidence.map(\.record) {
            #expect(paths.contains { $0.hasPrefix("evidence/FD-2026-000101/\(record.sha256.prefix(16))-") })
        }
        #expect(paths.allSatisfy { $0.split(separator: "/").last!.count <= 100 })
    }

    @Test func twoFilesMeetingOnOnePathGetACounter() throws {
        let folder = try TemporaryFolder()
        try folder.write("store/a.bin", "a")
        let bytes = Data("a".utf8)
        let record = Evidence(
            id: 1, itemID: 1, sha256: SHA256Hex.of(bytes), size: 1, mediaType: "image/png", originalName: "a.png",
            capturedAt: Fixtures.drafted, capturedBy: "anna")
        let evidence = BundleEvidence(
            record: record, itemReference: "FD-2026-000101", file: folder.url.appendingPathComponent("store/a.bin"),
            withheldReason: nil)
        let first = BundleWriter.evidencePath(for: evidence, data: bytes, taken: [])
        // Same bytes: one entry is enough. Other bytes on the same path (a hash-prefix clash): a new path.
        #expect(BundleWriter.evidencePath(for: evidence, data: bytes, taken: [(first, bytes)]) == first)
        let other = BundleWriter.evidencePath(for: evidence, data: Data("b".utf8), taken: [(first, bytes)])
        #expect(other != first)
        #expect(other.hasSuffix("-2.png"), "the counter goes before the extension: \(other)")
    }
}
