import Foundation
import Testing

/// `purge`, `backup` and `restore` through the binary: roles, exit codes and what they print.
@Suite("CLI: purge, backup, restore")
struct RetentionCommandTests {
    @Test func aFlaggerIsRefusedPurgeAndBackupWithExitOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.toml").path
        try "[users]\nalice = \"coordinator\"\nbob = \"flagger\"\n".write(
            toFile: config, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("store").path
        let common = ["--config", config, "--store", store, "--now", "2032-01-01T00:00:00Z"]
        #expect(try BinaryRunner.run(["init"] + common, environment: ["SUDO_USER": "alice"]).exitCode == 0)
        for command in [["purge"], ["purge", "--dry-run"], ["backup", folder.appendingPathComponent("b").path]] {
            let run = try BinaryRunner.run(command + common, environment: ["SUDO_USER": "bob"])
            #expect(run.exitCode == 1, "\(command)")
            #expect(run.stderr.contains("bob is a flagger; only a coordinator can"))
        }
        let dry = try BinaryRunner.run(["purge", "--dry-run", "--json"] + common, environment: ["SUDO_USER": "alice"])
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\"people_period\" : \"1 year\""))
        #expect(dry.stdout.contains("\"evidence_period\" : \"5 years\""))
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

        let restored = desk.folder.appendingPathComponent("restored").path
        let run = try BinaryRunner.run(["restore", backup, "--config", desk.config, "--store", restored])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("the restored store verifies"))
        let verify = try BinaryRunner.run(["verify", "--config", desk.config, "--store", restored])
        #expect(verify.exitCode == 0)
        #expect(verify.stdout.contains("Evidence intact: 0 files match"))
    }
}
