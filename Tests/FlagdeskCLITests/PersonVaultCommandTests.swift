import Foundation
import Testing

/// A victim recorded through the real binary: their name, phone and signed mandate must not be
/// found in clear anywhere Flagdesk writes, nor in any output without `--reveal`.
@Suite("CLI: person identity, contact and mandate sealed")
struct PersonVaultCommandTests {
    static let name = "Oksana Velychkivska-Dunne"
    static let phone = "+44 7700 913 468"
    static let phrase = "Mandat-Klausel Sonnenblume 4471"

    final class Desk {
        let folder: URL
        var outputs: [String] = []

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "flagdesk-vault-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("[security]\nkey_file = \"keys/flagdesk.key\"\n".utf8).write(to: url("config.toml"))
        }

        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

        /// The phone number in a file: values are never given on the command line (/proc shows them).
        func phoneFile() throws -> String {
            let file = url("contact.txt")
            try Data(PersonVaultCommandTests.phone.utf8).write(to: file)
            return file.path
        }

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryRun {
            let run = try BinaryRunner.run(
                arguments + [
                    "--store", url("store").path, "--config", url("config.toml").path, "--now",
                    "2026-05-04T09:00:00Z",
                ], environment: environment)
            return run
        }

        /// Runs a command that must succeed and whose output must not reveal anything.
        @discardableResult
        func ok(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
            let run = try run(arguments, environment: environment)
            #expect(run.exitCode == 0, "\(arguments.joined(separator: " ")): \(run.stderr)")
            outputs.append(run.stdout + run.stderr)
            return run.stdout
        }
    }

    /// Every file under `folder` (database, its -wal and -shm, evidence, logs) and every output.
    static func expectNothingInClear(_ desk: Desk, _ context: String) {
        let files =
            FileManager.default.enumerator(atPath: desk.url("store").path)?.allObjects.compactMap { $0 as? String }
            ?? []
        var scanned: [String] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: desk.url("store").appendingPathComponent(file).path)
            else {
                continue
            }
            scanned.append(file)
            for secret in [name, phone, phrase, "Velychkivska", "913 468", "Sonnenblume"] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(context): '\(secret)' found in \(file)")
            }
        }
        #expect(scanned.contains("flagdesk.sqlite"), "\(context): scanned \(scanned)")
        for output in desk.outputs {
            for secret in [name, phone, phrase] {
                #expect(!output.contains(secret), "\(context): '\(secret)' in output:\n\(output)")
            }
        }
    }

    @Test func aVictimsDetailsAreNowhereInClear() throws {
        let desk = try Desk()
        try desk.ok(["init", "--simulated-clock"])
        try desk.ok(["keys", "init"])
        let keyMode =
            try FileManager.default.attributesOfItem(atPath: desk.url("keys/flagdesk.key").path)[
                .posixPermissions] as? NSNumber
        #expect(keyMode?.intValue == 0o600)
        try Data((Self.name + "\n").utf8).write(to: desk.url("identity.txt"))
        try Data(("Signed: " + Self.phrase).utf8).write(to: desk.url("mandate.pdf"))
        try desk.ok(["add", "https://www.instagram.com/p/ad-1"])
        try desk.ok([
            "person", "Victim A-17", "--identity-file", desk.url("identity.txt").path, "--contact-file",
            try desk.phoneFile(),
            "--mandate", "erasure", "--signed", "2026-04-01", "--mandate-file", desk.url("mandate.pdf").path,
        ])
        Self.expectNothingInClear(desk, "after recording")

        let shown = try desk.ok(["person", "show", "Victim A-17"])
        #expect(shown.contains("sealed: identity, contact, mandate-document"))
        let json = try desk.ok(["person", "show", "Victim A-17", "--json"])
        #expect(json.contains("\"sealed\""))
        try desk.ok(["keys", "status"])
        try desk.ok(["verify"])
        try desk.ok(["list"])
        try desk.ok(["show", "FD-2026-000001"])
        Self.expectNothingInClear(desk, "after reading")

        let revealed = try desk.run([
            "person", "show", "Victim A-17", "--reveal", "--mandate-out", desk.url("out.pdf").path,
        ])
        #expect(revealed.exitCode == 0, "\(revealed.stderr)")
        #expect(revealed.stdout.contains("identity: \(Self.name)"))
        #expect(revealed.stdout.contains("contact: \(Self.phone)"))
        #expect(try Data(contentsOf: desk.url("out.pdf")) == Data(("Signed: " + Self.phrase).utf8))
        let afterReveal = try desk.ok(["person", "show", "Victim A-17"])
        #expect(afterReveal.contains("revealed"), "the reveal is in the person's audit trail")
        Self.expectNothingInClear(desk, "after revealing")

        let rotated = try desk.ok(["keys", "rotate"])
        #expect(rotated.contains("3 sealed value(s) re-sealed"))
        Self.expectNothingInClear(desk, "after rotating")
        let again = try desk.run(["person", "show", "Victim A-17", "--reveal"])
        #expect(again.stdout.contains(Self.name))
    }

    @Test func withoutAKeyTheDeskWorksOnPseudonyms() throws {
        let desk = try Desk()
        try desk.ok(["init", "--simulated-clock"])
        try desk.ok(["person", "P-1", "--wish", "no contact by phone"])
        let refused = try desk.run(["person", "P-1", "--contact-file", try desk.phoneFile()])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("flagdesk keys init"))
        #expect(!refused.stderr.contains(Self.phone))
        let status = try desk.ok(["keys", "status"])
        #expect(status.contains("not initialised"))

        // A key file that vanished: pseudonyms still work, revealing says how to fix it.
        try desk.ok(["keys", "init"])
        try desk.ok(["person", "P-1", "--contact-file", try desk.phoneFile()])
        try FileManager.default.removeItem(at: desk.url("keys/flagdesk.key"))
        try desk.ok(["person", "P-1", "--consents-to-lea", "yes"])
        let missing = try desk.run(["person", "show", "P-1", "--reveal"])
        #expect(missing.exitCode == 66)
        #expect(missing.stderr.contains("key file") && missing.stderr.contains("is missing"))
    }

    @Test func aKeyFileOthersCanReadIsRefusedWithTheFix() throws {
        let desk = try Desk()
        try desk.ok(["init", "--simulated-clock"])
        try desk.ok(["keys", "init"])
        let key = desk.url("keys/flagdesk.key").path
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        let refused = try desk.run(["person", "P-1", "--contact-file", try desk.phoneFile()])
        #expect(refused.exitCode == 74)
        #expect(refused.stderr.contains("chmod 600 '\(key)'"))
    }

    @Test func passphraseWrappingNeedsTheRightPassphrase() throws {
        let desk = try Desk()
        try desk.ok(["init", "--simulated-clock"])
        try Data("a long enough test passphrase\n".utf8).write(to: desk.url("pass.txt"))
        try desk.ok([
            "keys", "init", "--passphrase", "--passphrase-file", desk.url("pass.txt").path, "--scrypt-cost", "10,8,1",
        ])
        let wrong = try desk.run(
            ["person", "P-1", "--contact-file", try desk.phoneFile()],
            environment: ["FLAGDESK_PASSPHRASE": "not the passphrase"])
        #expect(wrong.exitCode == 1)
        #expect(wrong.stderr.contains("wrong passphrase"))
        let none = try desk.run(["person", "P-1", "--contact-file", try desk.phoneFile()])
        #expect(none.exitCode == 1)
        #expect(none.stderr.contains("--passphrase-file"))
        try desk.ok(
            ["person", "P-1", "--contact-file", try desk.phoneFile()],
            environment: ["FLAGDESK_PASSPHRASE": "a long enough test passphrase"])
        let status = try desk.ok(["keys", "status", "--json", "--passphrase-file", desk.url("pass.txt").path])
        #expect(status.contains("\"availability\" : \"available\""))
        #expect(status.contains("scrypt N=2^10 r=8 p=1"))
        #expect(!status.contains("a long enough test passphrase"))
        let revealed = try desk.run([
            "person", "show", "P-1", "--reveal", "--passphrase-file", desk.url("pass.txt").path,
        ])
        #expect(revealed.stdout.contains(Self.phone))
        Self.expectNothingInClear(desk, "passphrase store")
    }
}
