import Foundation
import Testing

/// End-to-end: a notice through the real binary, by two people, with every refusal path's exit
/// code (DESIGN.md §7: 1 refused, 64 usage, 65 bad data).
@Suite("CLI: triage, draft, approve, send, record, deadlines, escalate")
struct WorkflowCommandTests {
    private let config = """
        [organisation]
        name = "Example Hotline asbl"
        email = "notices@example.org"
        country = "BE"
        signatory = "A. Coordinator"
        [organisation.trusted_flagger]
        awarding_dsc = "BIPT"
        area_of_expertise = "Trafficking in human beings"
        """

    private struct Desk {
        let store: String
        let config: String

        func run(_ arguments: [String], as login: String = "bob", at now: String = "2026-05-04T09:00:00Z") throws
            -> BinaryRun
        {
            try BinaryRunner.run(
                arguments + ["--store", store, "--config", config, "--now", now])
        }
    }

    private func desk() throws -> Desk {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-wf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configPath = folder.appendingPathComponent("config.toml").path
        try Data(config.utf8).write(to: URL(fileURLWithPath: configPath))
        let desk = Desk(store: folder.appendingPathComponent("store").path, config: configPath)
        let initialized = try desk.run(["init", "--simulated-clock"])
        #expect(initialized.exitCode == 0, "\(initialized.stderr)")
        return desk
    }

    @Test func noticeThroughTheBinaryWithRefusalsAndExitCodes() throws {
        let desk = try desk()
        #expect(
            try desk.run(["add", "https://www.instagram.com/p/ad-1", "--source", "hotline"]).stdout
                == "FD-2026-000001\n")

        // Sending for an untriaged item is refused; so is an unknown indicator (bad data, 65).
        let badIndicator = try desk.run(["triage", "FD-2026-000001", "--indicator", "made-up=because"])
        #expect(badIndicator.exitCode == 65)
        #expect(badIndicator.stderr.contains("not an indicator"))
        let triage = try desk.run([
            "triage", "FD-2026-000001", "--category", "violence", "--keyword", "human-trafficking",
            "--content-type", "image", "--explanation", "Advert controlled by a third party",
            "--indicator", "unodc-general.others-speak=a man answers every call",
        ])
        #expect(triage.exitCode == 0, "\(triage.stderr)")
        #expect(triage.stdout.contains("next: draft preservation-request"), "evidence first")

        let draft = try desk.run(["draft", "dsa-notice", "--item", "FD-2026-000001"])
        #expect(draft.exitCode == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("N-2026-00001  dsa-notice  [draft]"))
        #expect(draft.stdout.contains("[DSA Art. 16(2)(d)]"), "the missing element is named with its article")

        let unknownField = try desk.run(["edit", "N-2026-00001", "--set", "colour=red"])
        #expect(unknownField.exitCode == 65)
        #expect(unknownField.stderr.contains("has no field 'colour'"))
        let usage = try desk.run(["edit", "N-2026-00001", "--set", "no-equals-sign"])
        #expect(usage.exitCode == 64)

        #expect(try desk.run(["edit", "N-2026-00001", "--set", "bona-fide=yes"]).stdout.contains("[ready]"))
        let notYetApproved = try desk.run(["send", "N-2026-00001", "--via", "manual"])
        #expect(notYetApproved.exitCode == 1)
        // Evidence first: the notice waits for the referral and the preservation request, here
        // waived by the desk's owner, its coordinator, with a reason in words (that a flagger
        // cannot waive is VictimsRuleTests' on a team desk); no legal basis asks for the confirmation.
        let heldBack = try desk.run(["approve", "N-2026-00001"], as: "alice")
        #expect(heldBack.exitCode == 1)
        #expect(heldBack.stderr.contains("evidence first"))
        let noReason = try desk.run(["waive", "FD-2026-000001", "referral", "--reason", "  "])
        #expect(noReason.exitCode == 65, "\(noReason.stderr)")
        #expect(noReason.stderr.contains("needs the reason in words"))
        for step in ["referral", "preservation"] {
            let waived = try desk.run(
                ["waive", "FD-2026-000001", step, "--reason", "done by telephone with the duty officer"], as: "alice")
            #expect(waived.exitCode == 0, "\(waived.stderr)")
        }
        let unconfirmed = try desk.run(["approve", "N-2026-00001"], as: "alice")
        #expect(unconfirmed.exitCode == 1)
        #expect(unconfirmed.stderr.contains("--confirm-not-sex-work"))
        #expect(
            try desk.run(
                ["approve", "N-2026-00001", "--confirm-not-sex-work", "a third party controls the advert"], as: "alice"
            ).exitCode == 0)
        let noCommand = try desk.run(["send", "N-2026-00001", "--via", "email"])
        #expect(noCommand.exitCode == 1, "no send_command configured: refused, not pretended")
        let sent = try desk.run(["send", "N-2026-00001", "--via", "manual", "--json"], at: "2026-05-04T10:00:00Z")
        #expect(sent.exitCode == 0, "\(sent.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(sent.stdout.utf8)) as? [String: Any]
        #expect(document?["status"] as? String == "sent")
        #expect((document?["frozenSHA256"] as? String)?.count == 64)

        let overdue = try desk.run(["deadlines", "--overdue"], at: "2026-05-08T09:00:00Z")
        #expect(overdue.stdout.contains("dsa.notice.expected-decision.trusted (POLICY)"))
        #expect(overdue.stdout.contains("OVERDUE"))
        let dry = try desk.run(["escalate", "--dry-run"], at: "2026-05-12T09:00:00Z")
        #expect(dry.stdout.contains("would draft: reminder after N-2026-00001"))
        #expect(try desk.run(["escalate"], at: "2026-05-12T09:00:00Z").stdout.contains("drafted F-2026-00001"))
        #expect(try desk.run(["escalate"], at: "2026-05-12T10:00:00Z").stdout == "Nothing to escalate.\n")

        let badDecision = try desk.run(["record", "N-2026-00001", "--decision", "vanished"])
        #expect(badDecision.exitCode == 64)
        let decided = try desk.run(["record", "N-2026-00001", "--decision", "removed"], at: "2026-05-13T09:00:00Z")
        #expect(decided.stdout.contains("[decided]"))
        #expect(try desk.run(["verify"]).exitCode == 0)
    }

    @Test func flaggedTextIsNeverPrintedRaw() throws {
        let desk = try desk()
        _ = try desk.run(["add", "https://www.instagram.com/p/x"])
        _ = try desk.run(["triage", "FD-2026-000001", "--explanation", "evil \u{1B}]0;pwned\u{07} text"])
        let draft = try desk.run([
            "draft", "dsa-notice", "--item", "FD-2026-000001", "--set", "location-details=\u{1B}[2J",
        ])
        #expect(draft.exitCode == 0, "\(draft.stderr)")
        let shown = try desk.run(["show", "N-2026-00001"])
        #expect(shown.stdout.contains("--- text"))
        #expect(shown.stdout.contains("evil"))
        for output in [draft.stdout, shown.stdout] {
            #expect(!output.contains("\u{1B}"), "escape sequences from content never reach the terminal")
            #expect(!output.contains("\u{07}"))
        }
    }
}
