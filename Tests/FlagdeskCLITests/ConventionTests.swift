import Foundation
import Testing

/// The conventions of the ecosystem, end to end on a demo desk (issue #17): nothing cut short,
/// one JSON naming style, `--json` on every reading command, `--version`, the man page and shell
/// completion that offers option values.
@Suite("CLI: conventions", .serialized)
struct ConventionTests {
    static let now = "--now=2026-05-04T09:00:00Z"

    /// One demo desk for the suite (creating one takes a few seconds).
    static let demo: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-conventions-\(UUID().uuidString)")
        let store = folder.appendingPathComponent("store").path
        let run = try? BinaryRunner.run(["init", "--simulated-clock", "--demo", "--store", store, now])
        precondition(run?.exitCode == 0, "demo desk: \(run?.stderr ?? "binary not found")")
        return store
    }()

    func run(_ arguments: [String]) throws -> BinaryRun {
        try BinaryRunner.run(arguments + ["--store", Self.demo, Self.now])
    }

    func jsonArray(_ arguments: [String]) throws -> [Any] {
        let result = try run(arguments + ["--json"])
        #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any])
    }

    // MARK: Nothing silently cut short

    @Test func jsonListsAreCompleteByDefault() throws {
        let items = try jsonArray(["list"])
        #expect(items.count == 240, "the demo desk's 240 items, not the first 100")
        let documents = try jsonArray(["documents"])
        #expect(documents.count > 100, "every document (\(documents.count)), not the first 100")
        #expect(try jsonArray(["list", "--limit", "7"]).count == 7)
        #expect(try jsonArray(["list", "--limit", "0"]).count == 240)
    }

    @Test func aLimitedListSaysWhatItLeftOut() throws {
        let text = try run(["documents", "--limit", "5"])
        let total = try jsonArray(["documents"]).count
        #expect(
            text.stdout.contains("… \(total - 5) more documents not shown (5 of \(total)): --all"), "\(text.stdout)")
        let json = try run(["list", "--limit", "5", "--json"])
        #expect(json.stderr.contains("… 235 more items not shown (5 of 240)"), "JSON says it on stderr")
        // Text to a file or pipe (as here) is complete: no "more" line, every row.
        let piped = try run(["list"])
        #expect(!piped.stdout.contains("more items"))
        #expect(piped.stdout.split(separator: "\n").count == 241)
        #expect(try run(["list", "--all", "--limit", "3"]).exitCode == 64, "contradictory options are refused")
    }

    @Test func theCalendarHasEveryOpenDeadline() throws {
        let open = try jsonArray(["deadlines"]).count
        let ics = try run(["deadlines", "--format", "ics"])
        #expect(ics.exitCode == 0, "\(ics.stderr)")
        let events = ics.stdout.components(separatedBy: "BEGIN:VEVENT").count - 1
        let cancelled = ics.stdout.components(separatedBy: "STATUS:CANCELLED").count - 1
        #expect(events - cancelled == open, "one event per open deadline (\(open)), none dropped")
        #expect(!ics.stdout.contains("@flagdesk.invalid") && !ics.stdout.contains("@veilig"))
    }

    // MARK: JSON

    /// Every `--json` output: camelCase keys only (no `dry_run` beside `dryRun`).
    @Test(arguments: [
        ["list", "--limit", "3"], ["show", "FD-2026-000001"], ["documents", "--limit", "3"],
        ["deadlines", "--limit", "3"], ["indicators"], ["fields", "dsa-notice"], ["verify"], ["rules"],
        ["holidays", "FR", "2026"], ["due", "--rule", "reminder.notice", "--from", "2026-04-24"],
        ["keys", "status"], ["templates", "list"], ["purge", "--dry-run"], ["escalate", "--dry-run"], ["team", "list"],
    ])
    func jsonKeysAreCamelCase(arguments: [String]) throws {
        let result = try run(arguments + ["--json"])
        #expect(result.exitCode == 0 || arguments == ["verify"], "\(arguments): \(result.stderr)")
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        var keys: [String] = []
        collectKeys(value, into: &keys)
        #expect(!keys.isEmpty, "\(arguments) printed an object")
        let snake = keys.filter { $0.contains("_") || $0.contains("-") || $0.first?.isUppercase == true }
        #expect(snake.isEmpty, "\(arguments): \(Set(snake).sorted())")
    }

    func collectKeys(_ value: Any, into keys: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, inner) in object {
                keys.append(key)
                collectKeys(inner, into: &keys)
            }
        } else if let array = value as? [Any] {
            for inner in array { collectKeys(inner, into: &keys) }
        }
    }

    @Test func verifyReportsAsJSON() throws {
        let result = try run(["verify", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["intact"] as? Bool == true)
        #expect(object["chainIntact"] as? Bool == true)
        #expect(object["head"] is String)
        #expect(object["sealChecked"] as? Bool == true, "the seal key beside the desk was found")
        #expect((object["problems"] as? [Any])?.isEmpty == true)
    }

    // MARK: Version, manual, completion, argument types

    @Test func versionManualAndCompletion() throws {
        let version = try BinaryRunner.run(["--version"])
        #expect(
            version.exitCode == 0 && version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil
        )
        let man = try BinaryRunner.run(["man"])
        #expect(man.stdout.hasPrefix(".TH FLAGDESK 1"))
        for command in ["deadlines", "keys init", "export", "man"] { #expect(man.stdout.contains(".SS \(command)\n")) }
        #expect(man.stdout.contains("\\-\\-format"), "options from the command definitions")
        for shell in ["bash", "zsh", "fish"] {
            let script = try BinaryRunner.run(["--generate-completion-script", shell])
            #expect(script.exitCode == 0)
            // Option values: statuses, categories' short forms, keywords, document kinds, formats.
            for value in ["triaged", "protection-of-minors", "human-trafficking", "dsa-notice", "ics"] {
                #expect(script.stdout.contains(value), "\(shell) completes \(value)")
            }
        }
    }

    @Test func aWrongValueIsRefusedWithTheValidOnes() throws {
        let status = try run(["list", "--status", "bogus"])
        #expect(status.exitCode == 64)
        #expect(status.stderr.contains("triaged") && status.stderr.contains("no-action"), "\(status.stderr)")
        let category = try run(["list", "--category", "PROTECTION-of-minors"])
        #expect(category.exitCode == 0, "short forms in any case: \(category.stderr)")
        #expect(try run(["documents", "--status", "SENT", "--limit", "1"]).exitCode == 0)
        let fourEyes = try run(["team", "four-eyes", "maybe"])
        #expect(fourEyes.exitCode == 64 && fourEyes.stderr.contains("'on' and 'off'"), "\(fourEyes.stderr)")
        let role = try run(["team", "add", "someone", "--role", "boss"])
        #expect(role.exitCode == 64 && role.stderr.contains("'flagger' and 'coordinator'"), "\(role.stderr)")
    }
}
