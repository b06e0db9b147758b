import FlagdeskCore
import Foundation
import Testing
import ZIPFoundation

@testable import FlagdeskDocuments

/// No name from outside (an evidence file's original name, a reference, a URL) can put a bundle
/// entry outside the archive's folders, whatever it holds.
@Suite("Bundle paths")
struct PathSafetyTests {
    static let hostile = [
        "../../../etc/passwd", "/etc/shadow", "..\\..\\windows\\system32", "a\0b.png", "dir/../../x",
        "./.hidden", "..", ".", "", String(repeating: "é", count: 400) + ".png", "name\u{202E}gnp.exe",
        "line\nbreak", String(repeating: "../", count: 200),
    ]

    private func bundle(names: [String], reference: String) throws -> (summary: BundleSummary, entries: [String]) {
        let folder = try TemporaryFolder()
        let bytes = Data("evidence bytes".utf8)
        try folder.write("store/evidence.bin", "evidence bytes")
        let evidence = names.enumerated().map { index, name in
            BundleEvidence(
                record: Evidence(
                    id: Int64(index), itemID: 1, sha256: SHA256Hex.of(bytes), size: Int64(bytes.count),
                    mediaType: "image/png", originalName: name, capturedAt: Fixtures.drafted, capturedBy: "anna"),
                itemReference: reference, file: folder.url.appendingPathComponent("store/evidence.bin"))
        }
        let input = BundleInput(
            subject: reference, createdAt: Fixtures.now, createdBy: "anna",
            documents: [
                BundleDocument(
                    reference: reference, kind: .dsaNotice, status: .sent, text: "Notice\n", format: "txt", asSent: true
                )
            ], evidence: evidence, events: [])
        let zip = folder.url.appendingPathComponent("out.zip")
        let summary = try BundleWriter.write(input, to: zip)
        let archive = try Archive(url: zip, accessMode: .read)
        return (summary, archive.map(\.path))
    }

    @Test(arguments: hostile)
    func everyEntryStaysInsideTheArchive(_ name: String) throws {
        let (summary, entries) = try bundle(names: [name], reference: name)
        #expect(entries == summary.paths)
        for path in entries {
            #expect(ArchivePath.isSafe(path), "\(path)")
            #expect(!path.contains("\0") && !path.contains("\\") && !path.hasPrefix("/"))
            #expect(path.split(separator: "/").allSatisfy { $0.utf8.count <= 100 })
        }
        #expect(entries.filter { $0.hasPrefix("evidence/") }.count == 1)
        #expect(entries.filter { $0.hasPrefix("documents/") }.count == 1)
    }

    @Test(arguments: hostile)
    func aSafeNameIsOneShortPrintableComponent(_ name: String) {
        let safe = ArchivePath.safeName(name)
        #expect(!safe.isEmpty && safe.count <= 100)
        #expect(!safe.contains("/") && !safe.contains("\\") && !safe.contains("..") && !safe.hasPrefix("."))
        #expect(safe.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
        #expect(ArchivePath.isSafe(safe))
    }

    @Test func unpackingTheBundleWritesOnlyInsideTheTargetFolder() throws {
        let folder = try TemporaryFolder()
        let names = Self.hostile
        let bytes = Data("evidence bytes".utf8)
        try folder.write("store/evidence.bin", "evidence bytes")
        let input = BundleInput(
            subject: "FD", createdAt: Fixtures.now, createdBy: "anna", documents: [],
            evidence: names.enumerated().map { index, name in
                BundleEvidence(
                    record: Evidence(
                        id: Int64(index), itemID: 1, sha256: SHA256Hex.of(bytes), size: Int64(bytes.count),
                        mediaType: "image/png", originalName: name, capturedAt: Fixtures.drafted, capturedBy: "anna"),
                    itemReference: "../../FD", file: folder.url.appendingPathComponent("store/evidence.bin"))
            }, events: [])
        let zip = folder.url.appendingPathComponent("out.zip")
        try BundleWriter.write(input, to: zip)
        let target = folder.url.appendingPathComponent("unpacked")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.unzipItem(at: zip, to: target)
        let root = target.standardizedFileURL.resolvingSymlinksInPath().path
        let walker = try #require(FileManager.default.enumerator(atPath: target.path))
        var count = 0
        while let relative = walker.nextObject() as? String {
            let resolved = target.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath().path
            #expect(resolved.hasPrefix(root + "/"), "\(relative)")
            count += 1
        }
        #expect(count >= 4)
        // Nothing was written beside the target.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [
                "out.zip", "store", "unpacked",
            ])
    }
}
