import Foundation
import Testing

/// End-to-end: the real `flagdesk` binary on a real store, as a flagger would use it.
@Suite("CLI: init, add, list, show, verify")
struct IntakeCommandTests {
    let now = "--now=2026-05-04T09:00:00Z"

    private func newStore() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-e2e-\(UUID().uuidString)").path
    }

    private func initialized() throws -> String {
        let store = newStore()
        let run = try BinaryRunner.run(["init", "--simulated-clock", "--store", store, now])
        #expect(run.exitCode == 0, "init failed: \(run.stderr)")
        return store
    }

    private func sqlite(_ store: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["\(store)/flagdesk.sqlite", sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func addListShow() throws {
        let store = try initialized()
        let add = try BinaryRunner.run([
            "add", "https://www.instagram.com/p/demo-1", "--category", "violence", "--keyword", "human-trafficking",
            "--keyword", "KEYWORD_HUMAN_EXPLOITATION", "--content-type", "image", "--minor", "no", "--threat-to-life",
            "--source", "hotline", "--explanation", "Held passport, asks for help", "--store", store, now,
        ])
        #expect(add.exitCode == 0, "\(add.stderr)")
        #expect(add.stdout == "FD-2026-000001\n")

        let list = try BinaryRunner.run(["list", "--store", store, "--json", now])
        #expect(list.exitCode == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items[0]["category"] as? String == "STATEMENT_CATEGORY_VIOLENCE")
        #expect(
            items[0]["categorySpecification"] as? [String] == [
                "KEYWORD_HUMAN_TRAFFICKING", "KEYWORD_HUMAN_EXPLOITATION",
            ])
        #expect(items[0]["priority"] as? String == "urgent")
        #expect(items[0]["provider"] as? String != nil)

        let show = try BinaryRunner.run(["show", "FD-2026-000001", "--store", store, now])
        #expect(show.exitCode == 0)
        #expect(show.stdout.contains("Threat to life YES"))
        #expect(show.stdout.contains("Held passport, asks for help"))
        #expect(show.stdout.contains("Events (1)"))

        let filtered = try BinaryRunner.run(["list", "--store", store, "--text", "passport", now])
        #expect(filtered.stdout.contains("FD-2026-000001"))
        let none = try BinaryRunner.run(["list", "--store", store, "--status", "resolved", now])
        #expect(none.stdout == "No items.\n")
    }

    @Test func duplicateIsRefusedWithTheExistingReference() throws {
        let store = try initialized()
        _ = try BinaryRunner.run(["add", "https://example.org/ad", "--store", store, now])
        let again = try BinaryRunner.run(["add", "https://EXAMPLE.org/ad#x", "--store", store, now])
        #expect(again.exitCode == 1)
        #expect(again.stdout == "FD-2026-000001\n")
        #expect(again.stderr.contains("already on record as FD-2026-000001"))
        let forced = try BinaryRunner.run(["add", "https://example.org/ad", "--force", "--store", store, now])
        #expect(forced.exitCode == 0)
        #expect(forced.stdout == "FD-2026-000002\n")
        let show = try BinaryRunner.run(["show", "FD-2026-000002", "--json", "--store", store, now])
        #expect(show.stdout.contains("\"duplicateOf\" : \"FD-2026-000001\""))
    }

    @Test func wrongTaxonomyValueListsTheValidOnes() throws {
        let store = try initialized()
        let bad = try BinaryRunner.run([
            "add", "https://example.org/a", "--category", "trafficking", "--store", store, now,
        ])
        #expect(bad.exitCode == 64)
        #expect(bad.stderr.contains("'trafficking' is invalid for '--category"), "\(bad.stderr)")
        #expect(bad.stderr.contains("protection-of-minors"), "the valid values are listed")
        let badKeyword = try BinaryRunner.run([
            "add", "https://example.org/a", "--keyword", "KEYWORD_DANGEROUS_TOYS", "--store", store, now,
        ])
        #expect(badKeyword.exitCode == 64, "removed from the TDB vocabulary on 1 July 2025")
        let list = try BinaryRunner.run(["list", "--store", store, now])
        #expect(list.stdout == "No items.\n", "nothing stored by refused commands")
    }

    @Test func missingEvidenceFileIsRefusedAndNothingStored() throws {
        let store = try initialized()
        let run = try BinaryRunner.run([
            "add", "https://example.org/a", "--evidence", "/nonexistent/shot.png", "--store", store, now,
        ])
        #expect(run.exitCode == 66)
        #expect(run.stderr.contains("/nonexistent/shot.png"))
        #expect(try BinaryRunner.run(["list", "--store", store, now]).stdout == "No items.\n")
    }

    @Test func hostileContentNeverReachesTheTerminalRaw() throws {
        let store = try initialized()
        let hostile = "ok\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{202E}gpj.exe"
        let add = try BinaryRunner.run([
            "add", "https://example.org/h", "--explanation", hostile, "--store", store, now,
        ])
        #expect(add.exitCode == 0)
        for command in [
            ["show", "FD-2026-000001"], ["list"], ["show", "FD-2026-000001", "--json"], ["list", "--json"],
        ] {
            let run = try BinaryRunner.run(command + ["--store", store, now])
            #expect(
                !run.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" },
                "\(command)")
        }
    }

    @Test func verifyDetectsATamperedChainAndChangedEvidence() throws {
        let store = try initialized()
        let evidence = FileManager.default.temporaryDirectory.appendingPathComponent("shot-\(UUID().uuidString).png")
        try Data("pixels".utf8).write(to: evidence)
        _ = try BinaryRunner.run(["add", "https://example.org/1", "--evidence", evidence.path, "--store", store, now])
        _ = try BinaryRunner.run(["add", "https://example.org/2", "--store", store, now])
        let ok = try BinaryRunner.run(["verify", "--store", store, now])
        #expect(ok.exitCode == 0, "\(ok.stdout)\(ok.stderr)")
        // The desk's creation and three events of the two adds, with the seal's own: seal-init and
        // one seal per write.
        #expect(ok.stdout.contains("Audit chain intact: 9 events"), "\(ok.stdout)")
        #expect(ok.stdout.contains("and 4 seal events match the key"), "\(ok.stdout)")

        try sqlite(store, "DROP TRIGGER events_append_only_update; UPDATE events SET actor = 'mallory' WHERE id = 3;")
        let broken = try BinaryRunner.run(["verify", "--store", store, now])
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("BROKEN at event #3"))
    }

    @Test func verifyDetectsAChangedEvidenceFile() throws {
        let store = try initialized()
        let evidence = FileManager.default.temporaryDirectory.appendingPathComponent("shot-\(UUID().uuidString).png")
        try Data("pixels".utf8).write(to: evidence)
        let add = try BinaryRunner.run([
            "add", "https://example.org/1", "--evidence", evidence.path, "--json", "--store", store, now,
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(add.stdout.utf8)) as? [String: Any])
        let sha = try #require((object["evidence"] as? [[String: Any]])?.first?["sha256"] as? String)
        let held = "\(store)/evidence/\(sha.prefix(2))/\(sha)"
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: held)
        try Data("edited".utf8).write(to: URL(fileURLWithPath: held))
        let run = try BinaryRunner.run(["verify", "--store", store, now])
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("Evidence BROKEN"))
        #expect(run.stdout.contains("content changed"))
    }

    @Test func badConfigIsRefusedWithItsLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cfg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = folder.appendingPathComponent("config.toml")
        try Data("[time]\nzone = \"Europe/Brusels\"\n".utf8).write(to: config)
        let run = try BinaryRunner.run(["list", "--config", config.path, "--store", newStore(), now])
        #expect(run.exitCode == 78)
        #expect(run.stderr.contains("config.toml:2"))
        #expect(run.stderr.contains("Europe/Brusels"))
    }

    @Test func missingStoreIsAClearError() throws {
        let run = try BinaryRunner.run(["list", "--store", newStore(), now])
        #expect(run.exitCode == 66)
        #expect(run.stderr.contains("flagdesk init"))
    }

    @Test func demoStoreHasARealisticDesk() throws {
        let store = newStore()
        let run = try BinaryRunner.run(["init", "--simulated-clock", "--demo", "--store", store, now])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let list = try BinaryRunner.run(["list", "--json", "--limit", "1000", "--store", store, now])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(items.count >= 200)
        #expect(Set(items.compactMap { $0["status"] as? String }).count == 6)
        #expect(try BinaryRunner.run(["verify", "--store", store, now]).exitCode == 0)
    }
}
