import Foundation
import Testing

/// `flagdesk holidays`, run as a user would: the built binary in a pinned environment.
struct HolidaysCommandTests {
    @Test func listsOneLinePerHolidayWithSubstituteDays() throws {
        let run = try BinaryRunner.run(["holidays", "GB", "2021"])
        #expect(run.exitCode == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 10)
        #expect(lines.first?.hasPrefix("2021-01-01  Friday") == true)
        let substitute = try #require(lines.first { $0.hasPrefix("2021-12-27") })
        #expect(substitute.contains("Monday"))
        #expect(substitute.hasSuffix("Christmas Day (substitute day)"))
        #expect(lines.last?.hasPrefix("2021-12-28  Tuesday") == true)
    }

    @Test func showsLocalAndEnglishNames() throws {
        let run = try BinaryRunner.run(["holidays", "de-by", "2025"])
        #expect(run.exitCode == 0)
        let corpusChristi = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("2025-06-19") })
        #expect(corpusChristi.contains("Thursday"))
        #expect(corpusChristi.contains("Fronleichnam"))
        #expect(corpusChristi.hasSuffix("Corpus Christi"))
    }

    @Test func jsonIsAnArrayOfDateAndNames() throws {
        let run = try BinaryRunner.run(["holidays", "EL", "2024", "--json"])
        #expect(run.exitCode == 0)
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: String]])
        #expect(rows.count == 13)
        #expect(rows.allSatisfy { Set($0.keys) == ["date", "localName", "englishName"] })
        #expect(rows.first == ["date": "2024-01-01", "localName": "Πρωτοχρονιά", "englishName": "New Year's Day"])
        // Orthodox Easter Monday and the Labour Day moved to 7 May.
        #expect(rows.contains { $0["date"] == "2024-05-06" && $0["englishName"] == "Easter Monday" })
        #expect(rows.contains { $0["date"] == "2024-05-07" && $0["englishName"] == "Labour Day" })
    }

    @Test func acceptsTheGlobalOptions() throws {
        let run = try BinaryRunner.run([
            "holidays", "US", "2021", "--json", "--store", "unused", "--now", "2026-05-04T09:00:00Z",
        ])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("\"2021-12-31\""))
    }

    @Test func unknownCodeIsAUsageError() throws {
        let run = try BinaryRunner.run(["holidays", "XX", "2025"])
        #expect(run.exitCode == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("unknown holiday calendar 'XX'"))
        #expect(run.stderr.contains("Supported codes:"))
        #expect(run.stderr.contains("DE-BY"))
        #expect(run.stderr.contains("GB-SCT"))
    }

    @Test func hostileCodeIsNotEchoedRaw() throws {
        let run = try BinaryRunner.run(["holidays", "\u{1B}]0;pwned\u{7}", "2025"])
        #expect(run.exitCode == 64)
        #expect(!run.stderr.contains("\u{1B}"))
        #expect(!run.stderr.contains("\u{7}"))
    }

    @Test(arguments: ["1989", "2101"])
    func yearOutsideTheRangeIsAUsageError(year: String) throws {
        let run = try BinaryRunner.run(["holidays", "FR", year])
        #expect(run.exitCode == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("outside 1990-2100"))
    }
}
