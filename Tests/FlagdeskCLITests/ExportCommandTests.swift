import Foundation
import Testing

/// End to end: `export`, `report`, `templates` and `deadlines --format ics` on a real store with
/// one notice sent and decided (acting for a person known by pseudonym) and one sent and waiting.
@Suite("CLI: export, report, templates, calendar")
struct ExportCommandTests {
    /// A store and config in a temporary folder, with N-2026-00001 sent and decided.
    struct Desk {
        let folder: URL
        var store: String { folder.appendingPathComponent("store").path }
        var config: String { folder.appendingPathComponent("config.toml").path }
        let url = "https://voorbeeld-video.example/v/secret-path-17"
        let explanation = "Fake modelling job luring minors abroad"
        /// A victim's pseudonym and wish: the report must show neither.
        let pseudonym = "Rosa-Seventeen"
        let wish = "No contact through her employer"

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "flagdesk-export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try """
            [organisation]
            name = "Stichting Voorbeeld"
            email = "meldingen@voorbeeld.example"
            signatory = "A. Coordinator"

            [organisation.trusted_flagger]
            awarding_dsc = "ACM"
            area_of_expertise = "Trafficking in human beings"
            independence_statement = "No platform money."

            [approval]
            four_eyes = false

            [[providers]]
            key = "voorbeeld-video"
            name = "Voorbeeld Video"
            hosts = ["voorbeeld-video.example"]
            notice_channel = "dsa@voorbeeld-video.example"
            languages = ["en"]
            """.write(toFile: config, atomically: true, encoding: .utf8)
            try run(["init", "--simulated-clock", "--now", "2026-11-01T08:00:00Z"])
            try run(["person", pseudonym, "--wish", wish, "--now", "2026-11-01T08:00:00Z"])
            try run([
                "add", url, "--category", "scams-and-fraud", "--content-type", "image", "--explanation", explanation,
                "--now", "2026-11-01T09:00:00Z",
            ])
            try run([
                "triage", "FD-2026-000001", "--category", "scams-and-fraud", "--explanation", explanation, "--now",
                "2026-11-01T09:00:00Z",
            ])
            try run([
                "draft", "dsa-notice", "--item", "FD-2026-000001", "--person", pseudonym, "--set", "bona-fide=yes",
                "--now", "2026-11-01T09:00:00Z",
            ])
            try run([
                "approve", "N-2026-00001", "--now", "2026-11-02T09:00:00Z", "--confirm-not-sex-work",
                "a fraud, not an adult at work",
            ])
            try run(["send", "N-2026-00001", "--via", "manual", "--now", "2026-11-02T09:00:00Z"])
            try run([
                "record", "N-2026-00001", "--decision", "removed", "--at", "2026-11-03T21:00:00Z", "--now",
                "2026-11-03T21:00:00Z",
            ])
            // A second notice, sent and still waiting: its deadlines stay open.
            try run([
                "add", "https://voorbeeld-video.example/v/other", "--category", "scams-and-fraud", "--content-type",
                "video", "--explanation", "Same recruiter, second advert", "--now", "2026-11-20T09:00:00Z",
            ])
            try run([
                "triage", "FD-2026-000002", "--category", "scams-and-fraud", "--explanation", "Same recruiter again",
                "--now", "2026-11-20T09:00:00Z",
            ])
            try run([
                "draft", "dsa-notice", "--item", "FD-2026-000002", "--set", "bona-fide=yes", "--now",
                "2026-11-20T09:00:00Z",
            ])
            try run([
                "approve", "N-2026-00002", "--now", "2026-11-20T09:00:00Z", "--confirm-not-sex-work",
                "a fraud, not an adult at work",
            ])
            try run(["send", "N-2026-00002", "--via", "manual", "--now", "2026-11-20T10:00:00Z"])
        }

        /// Runs flagdesk on this desk; a non-zero exit fails the calling test.
        @discardableResult
        func run(_ arguments: [String], expect code: Int32 = 0, environment: [String: String] = [:]) throws
            -> BinaryRun
        {
            let result = try BinaryRunner.run(
                arguments + ["--config", config, "--store", store], environment: environment)
            #expect(result.exitCode == code, "\(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }
    }

    @Test func aSentNoticeExportsItsFrozenTextAndOutFilesAreNeverOverwrittenSilently() throws {
        let desk = try Desk()
        let stdout = try desk.run(["export", "N-2026-00001", "--now", "2026-11-23T09:00:00Z"]).stdout
        #expect(stdout.contains("NOTICE OF ILLEGAL CONTENT"))
        #expect(stdout.contains(desk.url))
        let out = desk.folder.appendingPathComponent("notice.eml").path
        try desk.run(["export", "N-2026-00001", "--format", "eml", "--out", out, "--now", "2026-11-23T09:00:00Z"])
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let eml = try String(contentsOfFile: out, encoding: .utf8)
        #expect(eml.contains("Message-ID: <N-2026-00001@voorbeeld.example>\r\n"))
        #expect(eml.contains("To: Voorbeeld Video <dsa@voorbeeld-video.example>\r\n"))

        let refused = try desk.run(["export", "N-2026-00001", "--out", out], expect: 1)
        #expect(refused.stderr.contains("exists; use --force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == eml, "the refused export changed the file")
        try desk.run(["export", "N-2026-00001", "--format", "txt", "--out", out, "--force"])
        #expect(try String(contentsOfFile: out, encoding: .utf8) == stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: desk.folder.path).filter {
            $0.hasSuffix(".part")
        }
        #expect(leftovers.isEmpty)
    }

    /// The converter is found on PATH; without it the PDF is refused plainly, never an empty file.
    @Test func aPDFWithoutWeasyPrintIsRefusedPlainly() throws {
        let desk = try Desk()
        let out = desk.folder.appendingPathComponent("letter.pdf").path
        let refused = try desk.run(
            ["export", "N-2026-00001", "--format", "pdf", "--out", out], expect: 1,
            environment: ["PATH": desk.folder.path])
        #expect(refused.stderr.contains("WeasyPrint"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "a refused PDF left a file")
    }

    @Test func theReportCountsNoticesAndHoldsNoPersonalData() throws {
        let desk = try Desk()
        let json = try desk.run(["report", "--year", "2026", "--format", "json", "--now", "2026-11-23T09:00:00Z"])
            .stdout
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(report["notices"] as? Int == 2)
        #expect(report["provider_acted"] as? Int == 1)
        #expect(report["pending"] as? Int == 1)
        #expect(report["median_hours_to_decision"] as? Double == 36)
        #expect(report["independence_statement"] as? String == "No platform money.")
        for format in ["md", "csv", "json", "html"] {
            let text = try desk.run(["report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", format]).stdout
            for personal in [
                desk.url, "voorbeeld-video.example", desk.pseudonym, desk.wish, desk.explanation, "FD-2026-000001",
                "meldingen@voorbeeld.example",
            ] {
                #expect(!text.contains(personal), "\(format) report contains \(personal)")
            }
            #expect(text.contains("Voorbeeld Video"))
        }
        let empty = try desk.run(["report", "--year", "2025", "--format", "json"]).stdout
        #expect(empty.contains("\"notices\" : 0"))
        try desk.run(["report", "--year", "2026", "--from", "2026-01-01", "--to", "2026-02-01"], expect: 64)
    }

    @Test func templatesListShowAndCheck() throws {
        let desk = try Desk()
        let list = try desk.run(["templates", "list"]).stdout
        #expect(list.contains("dsa-notice/nl"))
        #expect(list.contains("partials/signature/de"))
        let show = try desk.run(["templates", "show", "gdpr-erasure/de"]).stdout
        #expect(show.contains("Verordnung (EU) 2016/679"))
        #expect(try desk.run(["templates", "check"]).stdout == "All templates check out.\n")
        try desk.run(["templates", "show", "nothing/en"], expect: 65)
    }

    @Test func deadlinesAsACalendar() throws {
        let desk = try Desk()
        let ics = try desk.run(["deadlines", "--format", "ics", "--now", "2026-11-23T09:00:00Z"]).stdout
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let events = ics.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events >= 1)
        #expect(ics.components(separatedBy: "\r\nUID:N-2026-00002.").count - 1 == events, "only N-2026-00002 is open")
        #expect(ics.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;RELATED=END:-P1D\r\n"))
    }

    @Test func aBundleIsWrittenOnceAndAnUnknownReferenceLeavesNoFile() throws {
        let desk = try Desk()
        let zip = desk.folder.appendingPathComponent("bundle.zip").path
        let run = try desk.run(["bundle", "FD-2026-000001", "--out", zip, "--now", "2026-11-23T09:00:00Z"])
        #expect(run.stdout.contains("1 document(s) as sent"))
        let attributes = try FileManager.default.attributesOfItem(atPath: zip)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let listing = try unzipList(zip)
        for path in ["documents/N-2026-00001.txt", "manifest.json", "custody-log.jsonl", "SHA256SUMS"] {
            #expect(listing.contains(path), "\(path) missing from the bundle")
        }
        try desk.run(["bundle", "FD-2026-000001", "--out", zip], expect: 1)
        let show = try desk.run(["show", "FD-2026-000001", "--json"]).stdout
        #expect(show.contains("\"bundle\""), "the export is on the item's audit trail")

        let nowhere = desk.folder.appendingPathComponent("none.zip").path
        let refused = try desk.run(["bundle", "FD-2026-999999", "--out", nowhere], expect: 1)
        #expect(refused.stderr.contains("no item or case FD-2026-999999"))
        #expect(!FileManager.default.fileExists(atPath: nowhere))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: desk.folder.path).filter {
            $0.hasSuffix(".part")
        }
        #expect(leftovers.isEmpty)
    }

    /// The archive's paths, as Python's zipfile reads them (after checking every entry's CRC).
    private func unzipList(_ zip: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print('\\n'.join(z.namelist()))",
            zip,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
