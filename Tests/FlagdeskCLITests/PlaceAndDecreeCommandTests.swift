import Foundation
import Testing

/// `due` and `holidays` say where days are counted and what a decree moved (issue 16, defects 6
/// and 14; Reg. 1182/71 Arts. 2-3).
struct PlaceAndDecreeCommandTests {
    /// 20 June 2026 22:30 UTC is 21 June in Brussels: the day of the event is 21 June (not
    /// counted, Art. 3(1)), so one month ends on 21 July, a Tuesday (21 July is Belgium's national
    /// day: the end moves to 22 July).
    @Test func dueWithACountryCountsInItsOwnZone() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "gdpr.art12.response", "--from", "2026-06-20T22:30:00Z", "--country", "BE",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "no warning: Brussels is Belgium's zone")
        #expect(run.stdout.contains("Place:    Europe/Brussels"))
        #expect(run.stdout.contains("1 month from 2026-06-21"))
    }

    @Test func aCountryOfSeveralZonesIsRefusedWithoutAZone() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "takeitdown.removal", "--from", "2026-06-20T22:30:00Z", "--country", "US",
        ])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("give --zone"))
    }

    @Test func anotherCountrysZoneIsWarnedAbout() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "gdpr.art12.response", "--from", "2026-06-20T22:30:00Z", "--country", "BE", "--zone",
            "America/New_York",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: counting the public holidays of BE on the days of America/New_York"))
    }

    /// DSA Art. 20(1)-(2): six months from 1 February 2026 end on Saturday 1 August (safe);
    /// Reg. 1182/71 Art. 3(4) would give Monday 3 August.
    @Test func theArticle20WindowPrintsBothDates() throws {
        let run = try BinaryRunner.run([
            "due", "--rule", "dsa.art20.complaint-window", "--from", "2026-02-01", "--country", "BE",
        ])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Due:      2026-08-01T21:59:59Z"))
        #expect(run.stdout.contains("Art. 3(4): 2026-08-03T21:59:59Z"))
    }

    /// 11/2024. (IV. 8.) NGM rendelet: 2 May 2025 a rest day, 17 May 2025 a working Saturday.
    @Test func holidaysListsTheDecreedDaysAndSaysWhatIsNotKnown() throws {
        let run = try BinaryRunner.run(["holidays", "HU", "2025"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2025-05-02"))
        #expect(run.stdout.contains("Working days by decree"))
        #expect(run.stdout.contains("2025-05-17  Saturday"))
        let future = try BinaryRunner.run(["holidays", "HU", "2027"])
        #expect(future.stdout.contains("Note: HU 2027: days moved by"))
        #expect(future.stdout.contains("not yet known"))
        let swiss = try BinaryRunner.run(["holidays", "CH", "2026"])
        #expect(swiss.stdout.contains("only the days common to every canton"))
    }
}
