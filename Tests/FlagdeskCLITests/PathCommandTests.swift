import Foundation
import Testing

/// `--out`, `bundle --out` and `--rejects` never write through a symbolic link planted where the
/// file goes, and names from outside never pick a file outside their folder.
@Suite("CLI: paths that cannot escape")
struct PathCommandTests {
    private func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    private func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    @Test func exportsAndBundlesNeverWriteThroughALink() throws {
        let desk = try ExportCommandTests.Desk()
        let outside = desk.folder.appendingPathComponent("outside.txt").path
        try "precious".write(toFile: outside, atomically: true, encoding: .utf8)
        for command in [["export", "N-2026-00001"], ["bundle", "FD-2026-000001"]] {
            let link = desk.folder.appendingPathComponent("link-\(command[0])").path
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
            let refused = try desk.run(command + ["--out", link, "--now", "2026-11-23T09:00:00Z"], expect: 1)
            #expect(refused.stderr.contains("exists; use --force"))
            // A dangling link is refused too, and its target is not created.
            let dangling = desk.folder.appendingPathComponent("dangling-\(command[0])").path
            let absent = desk.folder.appendingPathComponent("absent-\(command[0])").path
            try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: absent)
            try desk.run(command + ["--out", dangling, "--now", "2026-11-23T09:00:00Z"], expect: 1)
            #expect(!FileManager.default.fileExists(atPath: absent))
            // --force replaces the link itself, never the file it points to.
            try desk.run(command + ["--out", link, "--force", "--now", "2026-11-23T09:00:00Z"])
            #expect(!isLink(link))
            #expect(try mode(link) == 0o600)
            #expect(try String(contentsOfFile: outside, encoding: .utf8) == "precious")
        }
    }

    @Test func theRejectsFileReplacesALinkInsteadOfFollowingIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-rej-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("store").path
        #expect(
            try BinaryRunner.run(["init", "--simulated-clock", "--store", store, "--now", "2026-11-23T08:00:00Z"])
                .exitCode == 0)
        let csv = folder.appendingPathComponent("in.csv").path
        try "url\nnot a url\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let outside = folder.appendingPathComponent("outside.txt").path
        try "precious".write(toFile: outside, atomically: true, encoding: .utf8)
        let rejects = folder.appendingPathComponent("rejects.csv").path
        try FileManager.default.createSymbolicLink(atPath: rejects, withDestinationPath: outside)
        let run = try BinaryRunner.run([
            "import", csv, "--rejects", rejects, "--store", store, "--now", "2026-11-23T09:00:00Z",
        ])
        #expect(run.exitCode == 65, "\(run.stderr)")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "precious")
        #expect(!isLink(rejects))
        #expect(try mode(rejects) == 0o600)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8).hasPrefix("rejected_line,rejected_reason"))
    }

    @Test func aTemplateNameIsLookedUpNotOpened() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-tpl-\(UUID().uuidString)")
        #expect(try BinaryRunner.run(["init", "--simulated-clock", "--store", store.path]).exitCode == 0)
        #expect(try BinaryRunner.run(["templates", "show", "dsa-notice/en", "--store", store.path]).exitCode == 0)
        for name in ["../../../../etc/passwd", "/etc/passwd", "dsa-notice/../../../../../../etc/passwd"] {
            let run = try BinaryRunner.run(["templates", "show", name, "--store", store.path])
            #expect(run.exitCode == 65, "\(name): \(run.stderr)")
            #expect(!run.stdout.contains("root:"))
        }
    }
}
