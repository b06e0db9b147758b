import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine
@testable import FlagdeskStore

@Suite("Intake: import")
struct ImportTests {
    let csv = """
        URL;Category;Keywords;Minor;Threat to life;Explanation;Partner ref
        https://www.example-platform.test/ad/1;protection-of-minors;human-trafficking;yes;no;"Advert; ""new girls"" weekly
        second line";P-1
        https://www.example-platform.test/ad/2;;;;yes;;P-2
        HTTPS://WWW.EXAMPLE-PLATFORM.TEST/ad/1#again;;;;;;P-3
        https://known.example.test/x;;;;;;P-4

        """

    @Test func importsLinksDuplicatesAndAudits() throws {
        let desk = try makeDesk()
        guard case .added(let known, _) = try desk.add(AddItemRequest(url: "https://known.example.test/x")) else {
            Issue.record("add failed")
            return
        }
        let file = try importFile(csv, name: "partner.csv")
        let summary = try desk.importItems(ImportRequest(file: file, defaultSource: .partner))
        #expect(summary.rows == 4)
        #expect(summary.added == 2)
        #expect(summary.linkedAsDuplicates == 2)
        #expect(summary.rejected == 0)
        #expect(summary.stored)
        #expect(summary.delimiter == ";")
        #expect(summary.ignoredColumns == ["Partner ref"])
        #expect(summary.firstReference == "FD-2026-000002")
        #expect(summary.lastReference == "FD-2026-000005")
        #expect(summary.sha256.count == 64)

        let items = try desk.allItems()
        #expect(
            items.map(\.reference) == [
                "FD-2026-000001", "FD-2026-000002", "FD-2026-000003", "FD-2026-000004", "FD-2026-000005",
            ])
        let first = items[1]
        #expect(first.explanation == "Advert; \"new girls\" weekly\nsecond line")
        #expect(first.keywords == [.humanTrafficking])
        #expect(first.minor == .yes)
        #expect(first.priority == .high)
        #expect(first.source == .partner)
        #expect(items[2].threatToLife)
        #expect(items[2].priority == .urgent)
        #expect(items[3].duplicateOf == first.id)
        #expect(items[4].duplicateOf == known.id)

        // One event records the import (with a digest of its items); the chain verifies and the
        // records agree with the trail. An item shows the import that created it.
        let report = try desk.verify()
        #expect(report.isIntact)
        #expect(report.trailProblems.isEmpty)
        #expect(try recordedEvents(desk) == 1 + 1 + 1)  // the desk's creation, the add, the import (each sealed)
        let detail = try desk.detail(reference: "FD-2026-000004")
        #expect(detail.events.map(\.action) == ["import"])
        #expect(detail.events[0].entity == "import")
        #expect(detail.events[0].payload.contains("\"first\":\"FD-2026-000002\""))
        #expect(detail.events[0].payload.contains("\"items\":\"4\""))
        #expect(try desk.detail(reference: "FD-2026-000001").events.map(\.action) == ["add"])
        // The counter moved past the batch: the next add takes the next number.
        guard case .added(let next, _) = try desk.add(AddItemRequest(url: "https://other.example.test/")) else {
            Issue.record("add failed")
            return
        }
        #expect(next.reference == "FD-2026-000006")
    }

    let withBadRows = """
        url,category,minor
        https://a.example.test/1,violence,no
        ftp://a.example.test/2,,
        https://a.example.test/3,trafficking,
        https://a.example.test/4,,maybe

        """

    @Test func oneBadRowAndNothingIsStored() throws {
        let desk = try makeDesk()
        let before = try desk.verify().chain
        let rejects = temporaryFolder("rejects").appendingPathComponent("rejects.csv")
        let summary = try desk.importItems(
            ImportRequest(file: try importFile(withBadRows, name: "bad.csv"), rejectsFile: rejects))
        #expect(!summary.stored)
        #expect(summary.rows == 4)
        #expect(summary.rejected == 3)
        #expect(summary.rejections.map(\.line) == [3, 4, 5])
        #expect(try desk.itemCount(ItemFilter()) == 0)
        #expect(try desk.verify().chain == before)
        #expect(try recordedEvents(desk) == 1)  // the desk's creation

        let written = try String(contentsOf: rejects, encoding: .utf8)
        let lines = written.split(separator: "\r\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "rejected_line,rejected_reason,url,category,minor")
        #expect(lines[1].hasPrefix("3,\"URL refused"))
        #expect(lines[1].hasSuffix(",ftp://a.example.test/2,,"))
        #expect(lines[2].hasPrefix("4,unknown category 'trafficking'"))
        let mode = try FileManager.default.attributesOfItem(atPath: rejects.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Nothing was numbered either.
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: "https://b.example.test/")) else {
            Issue.record("add failed")
            return
        }
        #expect(item.reference == "FD-2026-000001")
    }

    @Test func partialStoresTheGoodRows() throws {
        let desk = try makeDesk()
        let summary = try desk.importItems(
            ImportRequest(file: try importFile(withBadRows, name: "bad.csv"), partial: true))
        #expect(summary.stored)
        #expect(summary.added == 1)
        #expect(summary.rejected == 3)
        #expect(try desk.allItems().map(\.normalizedURL) == ["https://a.example.test/1"])
        #expect(try desk.verify().isIntact)
    }

    @Test func dryRunStoresNothingButCountsEverything() throws {
        let desk = try makeDesk()
        let summary = try desk.importItems(
            ImportRequest(file: try importFile(csv, name: "partner.csv"), dryRun: true))
        #expect(!summary.stored)
        #expect(summary.added == 3)
        #expect(summary.linkedAsDuplicates == 1)
        #expect(try desk.itemCount(ItemFilter()) == 0)
    }

    @Test func jsonArrayAndNDJSON() throws {
        let desk = try makeDesk()
        let array = """
            [
              {"url": "https://j.example.test/1", "keywords": ["human-trafficking", "KEYWORD_HUMAN_EXPLOITATION"], "threat_to_life": true},
              {"link": "https://j.example.test/2", "minor": "no", "source": "osint"}
            ]
            """
        let first = try desk.importItems(ImportRequest(file: try importFile(array, name: "items.json")))
        #expect(first.format == .json)
        #expect(first.added == 2)
        let lines =
            "{\"url\": \"https://j.example.test/1\"}\n{\"url\": \"https://j.example.test/3\", \"category\": \"violence\"}\n"
        let second = try desk.importItems(ImportRequest(file: try importFile(lines, name: "items.ndjson")))
        #expect(second.format == .ndjson)
        #expect(second.added == 1)
        #expect(second.linkedAsDuplicates == 1)
        let items = try desk.allItems()
        #expect(items[0].keywords == [.humanTrafficking, .humanExploitation])
        #expect(items[0].threatToLife)
        #expect(items[1].source == .osint)
        #expect(items[3].category == .violence)
    }

    @Test func namedMappingFromConfig() throws {
        let desk = try makeConfiguredDesk(
            """
            [import]
            aliases = { explanation = ["Analyst note"] }

            [import.mappings.hotline-x]
            url = "Reported URL"
            explanation = "Remarks"
            """)
        let file = try importFile(
            "Reported URL,Remarks,url\nhttps://m.example.test/1,seen twice,https://ignored.test/\n", name: "x.csv")
        let summary = try desk.importItems(ImportRequest(file: file, mapping: "hotline-x"))
        #expect(summary.added == 1)
        #expect(summary.ignoredColumns == ["url"])
        let item = try #require(try desk.allItems().first)
        #expect(item.normalizedURL == "https://m.example.test/1")
        #expect(item.explanation == "seen twice")

        let aliased = try importFile("link,analyst note\nhttps://m.example.test/2,by alias\n", name: "y.csv")
        #expect(try desk.importItems(ImportRequest(file: aliased)).added == 1)
        #expect(try desk.allItems().last?.explanation == "by alias")

        #expect(throws: EngineError.self) { try desk.importItems(ImportRequest(file: file, mapping: "nope")) }
    }

    @Test func fileLevelProblemsAreBadInputOrNoInput() throws {
        let desk = try makeDesk()
        let noURL = try importFile("street,town\nx,y\n", name: "a.csv")
        let unclosed = try importFile("[{\"url\": \"https://a.test/\"}", name: "b.json")
        do {
            _ = try desk.importItems(ImportRequest(file: noURL))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.description.contains("no URL column"))
        }
        do {
            _ = try desk.importItems(ImportRequest(file: unclosed))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.exitCode == 65)
        }
        do {
            _ = try desk.importItems(ImportRequest(file: URL(fileURLWithPath: "/nonexistent/file.csv")))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.exitCode == 66)
        }
        #expect(try desk.itemCount(ItemFilter()) == 0)
    }

    /// The importer writes event payloads directly; they must be the bytes the encoder writes.
    @Test func fastPayloadsEqualTheCanonicalEncoding() {
        let payloads: [[String: String]] = [
            ["reference": "FD-2026-000004", "source": "partner", "line": "17", "duplicate_of": "FD-2026-000002"],
            ["reference": "FD-2026-000005", "source": "other", "line": "3", "provider": "meta-instagram"],
            ["file": "a/b \"c\".csv", "sha256": String(repeating: "a", count: 64)],
            ["reference": "FD-2026-000006", "note": "café"],
        ]
        for payload in payloads {
            #expect(AuditChainWriter.canonicalJSON(payload) == AuditTrail.canonicalJSON(payload))
        }
    }
}
