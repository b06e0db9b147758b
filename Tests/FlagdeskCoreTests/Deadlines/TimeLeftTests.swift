import FlagdeskCore
import Foundation
import Testing

/// One rounding of "how long until a deadline" for every front (issue #17): calendar days in the
/// organisation's zone (Reg. 1182/71 counts whole days), hours for deadlines counted in hours
/// (Reg. (EU) 2023/1543 Art. 10(4): 8 hours).
struct TimeLeftTests {
    let brussels = TimeZone(identifier: "Europe/Brussels")!
    let now = ISO8601.parseInstant("2026-11-23T09:00:00Z")!  // 10:00 in Brussels

    func at(_ text: String) -> Date { ISO8601.parseInstant(text)! }

    @Test func daysAreCalendarDaysInTheOrganisationsZone() {
        // Later today, even 14 hours on, is today; 23:30 UTC is already tomorrow in Brussels.
        #expect(TimeLeft(until: at("2026-11-23T22:59:00Z"), now: now, zone: brussels, inHours: false).value == 0)
        #expect(TimeLeft(until: at("2026-11-23T23:30:00Z"), now: now, zone: brussels, inHours: false).value == 1)
        // An hour ago is overdue, but still today: 0, "due today"; yesterday evening is -1.
        #expect(
            TimeLeft(until: at("2026-11-23T08:00:00Z"), now: now, zone: brussels, inHours: false).phrase == "due today")
        let yesterday = TimeLeft(until: at("2026-11-22T20:00:00Z"), now: now, zone: brussels, inHours: false)
        #expect(yesterday.compact == "-1d" && yesterday.phrase == "overdue by 1 day")
        let later = TimeLeft(until: at("2026-11-26T08:00:00Z"), now: now, zone: brussels, inHours: false)
        #expect(later.compact == "3d" && later.phrase == "3 days left" && later.days == 3)
    }

    @Test func hourDeadlinesShowHoursRoundedDown() {
        let eight = TimeLeft(until: at("2026-11-23T17:00:00Z"), now: now, zone: brussels, inHours: true)
        #expect(eight.compact == "8h" && eight.phrase == "8 hours left" && eight.days == 0)
        let almost = TimeLeft(until: at("2026-11-23T09:59:00Z"), now: now, zone: brussels, inHours: true)
        #expect(almost.compact == "0h" && almost.phrase == "less than an hour left")
        let missed = TimeLeft(until: at("2026-11-23T08:30:00Z"), now: now, zone: brussels, inHours: true)
        #expect(
            missed.compact == "-1h" && missed.phrase == "overdue by 1 hour" && missed.isOverdue && missed.days == -1)
        let dayAndHalf = TimeLeft(until: at("2026-11-24T21:00:00Z"), now: now, zone: brussels, inHours: true)
        #expect(dayAndHalf.compact == "36h" && dayAndHalf.days == 1)
        // Two days or more either side: days, as for any deadline (not -1218h).
        let long = TimeLeft(until: at("2026-11-26T09:00:00Z"), now: now, zone: brussels, inHours: true)
        #expect(long.compact == "3d" && long.days == 3)
        #expect(TimeLeft(until: at("2026-11-21T08:00:00Z"), now: now, zone: brussels, inHours: true).compact == "-2d")
    }
}
