import Foundation
import Testing

/// End-to-end: every document kind from draft to closed through the real binary, drafted by a
/// flagger, approved by a coordinator, sent, answered and closed; then the audit chain verifies.
@Suite("CLI: every document kind from draft to closed")
struct DocumentKindScenarioTests {
    private let config = """
        [organisation]
        name = "Example Hotline asbl"
        email = "notices@example.org"
        country = "BE"
        signatory = "A. Coordinator"
        [organisation.trusted_flagger]
        awarding_dsc = "BIPT"
        area_of_expertise = "Trafficking in human beings"
        [[authorities]]
        key = "be-police"
        kind = "lea"
        name = "Federal Judicial Police"
        country = "BE"
        contact = { email = "referrals@police.example" }
        [[authorities]]
        key = "be-prosecutor"
        kind = "prosecutor"
        name = "Brussels public prosecutor"
        country = "BE"
        contact = { email = "parquet@justice.example" }
        [[authorities]]
        key = "be-apd"
        kind = "dpa"
        name = "Autorité de protection des données"
        country = "BE"
        contact = { email = "contact@apd.example" }
        """

    private final class Session {
        let store: String
        let config: String
        var hour = 0

        init(store: String, config: String) {
            self.store = store
            self.config = config
        }

        /// Runs a command an hour after the previous one and expects success.
        @discardableResult
        func ok(_ arguments: [String], as login: String = "bob") throws -> String {
            hour += 1
            let now = ISO8601DateFormatter().string(
                from: Date(timeIntervalSince1970: 1_777_885_200 + Double(hour) * 3600))
            let run = try BinaryRunner.run(
                arguments + ["--store", store, "--config", config, "--now", now])
            #expect(run.exitCode == 0, "\(arguments.joined(separator: " ")): \(run.stderr)")
            return run.stdout
        }

        /// Draft (must come out ready), approve, send; returns the reference.
        func sendNew(_ draft: [String]) throws -> String {
            let output = try ok(["draft"] + draft)
            #expect(output.contains("[ready]"), "\(draft.joined(separator: " ")) is not complete:\n\(output)")
            let reference = String(output.prefix { $0 != " " })
            try ok(["approve", reference], as: "alice")
            try ok(["send", reference, "--via", "manual"])
            return reference
        }
    }

    @Test func everyKindFromDraftToClosed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configPath = folder.appendingPathComponent("config.toml").path
        // The signed mandate is sealed with the vault key, read from a key file beside the config.
        try Data((config + "\n[security]\nkey_file = \"flagdesk.key\"\n").utf8).write(
            to: URL(fileURLWithPath: configPath))
        let evidence = folder.appendingPathComponent("capture.png")
        try Data("synthetic capture".utf8).write(to: evidence)
        let mandate = folder.appendingPathComponent("mandate.pdf")
        try Data("signed mandate".utf8).write(to: mandate)
        let s = Session(store: folder.appendingPathComponent("store").path, config: configPath)
        try s.ok(["init", "--simulated-clock"])
        try s.ok(["add", "https://www.instagram.com/p/ad-1", "--evidence", evidence.path])
        try s.ok([
            "triage", "FD-2026-000001", "--category", "violence", "--keyword", "human-trafficking", "--content-type",
            "image", "--explanation", "Advert controlled by a third party", "--legal-basis",
            "Directive 2011/36/EU Art. 2", "--indicator", "unodc-general.others-speak=a man answers every call",
            "--person", "Linden-17",
        ])
        try s.ok(["keys", "init"], as: "alice")
        try s.ok([
            "person", "Linden-17", "--mandate", "erasure,dpa-complaint,takeitdown", "--signed", "2026-04-01",
            "--mandate-file", mandate.path,
        ])
        let item = ["--item", "FD-2026-000001"]

        let referral = try s.sendNew(["lea-referral"] + item + ["--recipient", "be-police", "--set", "urgency=urgent"])
        try s.ok(["record", referral, "--ack", "--provider-ref", "PJF-2026-77"])
        try s.ok(["close", referral, "--reason", "case opened by the police"])

        let preservation = try s.sendNew(
            ["preservation-request"] + item + [
                "--set", "addressee-name=Meta Platforms Ireland Ltd", "--set", "addressee-email=le@meta.example",
                "--set", "time-range=2026-04-01T00:00:00Z/2026-05-01T00:00:00Z", "--set",
                "data-categories=subscriber,content",
                "--set", "provisions=Art. 433quinquies Criminal Code", "--set", "emergency=no",
                "--set", "offence=trafficking in human beings",
                "--set", "grounds=adverts are deleted within days; only preservation keeps the evidence",
            ])
        try s.ok(["record", preservation, "--issued"])
        try s.ok(["record", preservation, "--production-requested"])
        try s.ok(["close", preservation, "--reason", "production order issued"])

        let notice = try s.sendNew(["dsa-notice"] + item + ["--set", "bona-fide=yes"])
        let reminder = try s.sendNew(["reminder", "--parent", notice])
        try s.ok(["close", reminder, "--reason", "the provider answered the notice"])
        try s.ok(["record", notice, "--decision", "rejected"])
        let complaint = try s.sendNew([
            "dsa-complaint", "--parent", notice, "--set", "grounds=the advert shows control",
        ])
        try s.ok(["record", complaint, "--decision", "rejected"])
        try s.ok(["close", complaint])
        let dsc = try s.sendNew([
            "dsc-complaint", "--parent", complaint, "--set", "infringement=Art. 22(1) priority ignored",
        ])
        // DSA Art. 53: the complaint names the provider complained of, from the chain it follows.
        let dscText = try s.ok(["export", dsc])
        #expect(
            dscText.range(of: "lodges a complaint against [A-Z][^,]+, a provider", options: .regularExpression) != nil,
            "\(dscText)")
        try s.ok(["close", dsc, "--reason", "the DSC opened a file"])
        try s.ok(["close", notice])

        let erasure = try s.sendNew(
            ["gdpr-erasure"] + item + [
                "--set", "controller-name=Meta Platforms Ireland Ltd", "--set", "controller-email=privacy@meta.example",
                "--set", "personal-data=images of the data subject", "--set", "grounds=d", "--set", "art17-2=yes",
                "--set", "art19=yes",
            ])
        try s.ok(["record", erasure, "--decision", "no-answer"])
        let dpa = try s.sendNew([
            "dpa-complaint", "--parent", erasure, "--set", "infringement=no answer within one month (Art. 12(3))",
        ])
        try s.ok(["close", dpa, "--reason", "complaint registered"])
        try s.ok(["close", erasure])

        let takedown = try s.sendNew(
            ["takeitdown-request"] + item + [
                "--set", "depiction=video of the data subject", "--set", "non-consent=yes",
            ])
        try s.ok(["record", takedown, "--decision", "removed"])
        try s.ok(["close", takedown])

        let closed = try s.ok(["documents", "--status", "closed"])
        for kind in [
            "dsa-notice", "gdpr-erasure", "preservation-request", "lea-referral", "reminder", "dsa-complaint",
            "dsc-complaint", "dpa-complaint", "takeitdown-request",
        ] {
            #expect(closed.contains(" \(kind) "), "a \(kind) reached closed")
        }
        #expect(try s.ok(["verify"]).contains("intact"))
    }
}
