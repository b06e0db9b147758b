import Foundation
import Testing

/// `purge`, `backup` and `restore` through the binary: roles, exit codes and what they print.
@Suite("CLI: purge, backup, restore")
struct RetentionCommandTests {
    /// Roles belong to the desk (issue #14): a configuration listing other `[users]` grants nothing
    /// and is refused (EX_CONFIG), naming the difference, whatever SUDO_USER claims.
    @Test func aConfigurationCannotGrantRolesAndDryRunsTakeNow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.toml").path
        try "".write(toFile: config, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("store").path
        let common = ["--config", config, "--store", store]
        #expect(try BinaryRunner.run(["init"] + common).exitCode == 0)
        try "[users]\nalice = \"coordinator\"\nbob = \"flagger\"\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        for command in [["purge"], ["backup", folder.appendingPathComponent("b").path], ["list"]] {
            let run = try BinaryRunner.run(command + common, environment: ["SUDO_USER": "alice"])
            #expect(run.exitCode == 78, "\(command)")
            #expect(run.stderr.contains("alice = \"coordinator\" is not a member of the desk"))
        }
        try "".write(toFile: config, atomically: true, encoding: .utf8)
        let write = try BinaryRunner.run(["purge"] + common + ["--now", "2032-01-01T00:00:00Z"])
        #expect(write.exitCode == 1)
        #expect(write.stderr.contains("--now answers what-if questions; writes use the clock"))
        let dry = try BinaryRunner.run(["purge", "--dry-run", "--json", "--now", "2032-01-01T00:00:00Z"] + common)
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\"peoplePeriod\" : \"1 year\""))
        #expect(dry.stdout.contains("\"evidencePeriod\" : \"5 years\""))
    }

    @Test func purgeNamesReferencesOnlyAndAPurgedDocumentCannotBeExported() throws {
        let desk = try ExportCommandTests.Desk()
        // N-2026-00001 closed and its item resolved; N-2026-00002 and its item stay in flight.
        try desk.run(["close", "N-2026-00001", "--now", "2026-11-21T09:00:00Z"])
        try desk.run(["item", "resolve", "FD-2026-000001", "--now", "2026-11-21T09:00:00Z"])
        let later = ["--now", "2032-12-01T09:00:00Z"]
        let personal = [desk.url, "voorbeeld-video.example/v", desk.explanation, desk.pseudonym, desk.wish]
        func expectNothingPersonal(_ outputs: String...) {
            for output in outputs {
                for text in personal { #expect(!output.contains(text), "\(text)") }
            }
        }

        let dry = try desk.run(["purge", "--dry-run"] + later).stdout
        #expect(dry.contains("Would erase the URL, explanation and triage notes of 1 item(s): FD-2026-000001"))
        #expect(dry.contains("Would erase the text and fields of 1 document(s)"))
        #expect(dry.contains("Would erase the details of 1 person(s): #1"))
        let json = try desk.run(["purge", "--dry-run", "--json"] + later).stdout
        #expect(json.contains("\"documents\" : 1"))
        let purged = try desk.run(["purge"] + later).stdout
        #expect(purged.contains("Erased the text and fields of 1 document(s)"))

        let refused = try desk.run(["export", "N-2026-00001", "--format", "eml"] + later, expect: 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("N-2026-00001 was purged on 2032-12-01T09:00:00Z (retention period over)"))
        #expect(refused.stderr.contains("there is nothing to export"))
        let out = desk.folder.appendingPathComponent("n1.txt").path
        try desk.run(["export", "N-2026-00001", "--out", out] + later, expect: 1)
        #expect(!FileManager.default.fileExists(atPath: out))
        // The one still in flight exports as before.
        #expect(try desk.run(["export", "N-2026-00002"] + later).stdout.contains("voorbeeld-video.example/v/other"))

        let document = try desk.run(["show", "N-2026-00001"] + later).stdout
        #expect(document.contains("--- text (erased) ---"))
        #expect(document.contains("Purged"))
        let item = try desk.run(["show", "FD-2026-000001", "--json"] + later).stdout
        #expect(item.contains("\"purgedAt\" : \"2032-12-01T09:00:00Z\""))
        let documents = try desk.run(["documents", "--json"] + later).stdout
        #expect(documents.components(separatedBy: "\"purgedAt\" : \"2032-12-01T09:00:00Z\"").count == 2)
        expectNothingPersonal(dry, json, purged, refused.stderr, document, item)
        #expect(try desk.run(["verify"] + later).stdout.contains("intact"))
    }

    @Test func backupRestoreAndVerifyEndToEnd() throws {
        let desk = try ExportCommandTests.Desk()
        let backup = desk.folder.appendingPathComponent("backup").path
        let made = try desk.run(["backup", backup, "--now", "2026-11-23T09:00:00Z"])
        #expect(made.stdout.contains("SQLite integrity check: ok"))
        #expect(made.stdout.contains("audit chain intact"))
        #expect(made.stdout.contains("back up the key file separately"))

        let again = try desk.run(["backup", backup], expect: 1)
        #expect(again.stderr.contains("exists and is not empty"))

        let over = try desk.run(["restore", backup], expect: 1)
        #expect(over.stderr.contains("Move it away first"))

        // A backup never carries the seal key: the restore checks the backup with the desk's own.
        let restored = desk.folder.appendingPathComponent("restored").path
        let keyless = try BinaryRunner.run(["restore", backup, "--config", desk.config, "--store", restored])
        #expect(keyless.exitCode == 1)
        #expect(keyless.stderr.contains("seal key"))
        #expect(!FileManager.default.fileExists(atPath: restored))
        let sealKey = ["FLAGDESK_SEAL_KEY": desk.store + ".seal.key"]
        let run = try BinaryRunner.run(
            ["restore", backup, "--config", desk.config, "--store", restored], environment: sealKey)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("the restored store verifies"))
        let verify = try BinaryRunner.run(
            ["verify", "--config", desk.config, "--store", restored], environment: sealKey)
        #expect(verify.exitCode == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("Evidence intact: 0 files match"))
    }
}
