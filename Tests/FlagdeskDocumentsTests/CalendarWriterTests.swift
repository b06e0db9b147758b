import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct CalendarWriterTests {
    let deadlines = [
        CalendarDeadline(
            documentReference: "N-2026-00042", ruleID: "dsa.art22.priority", ruleTitle: "Trusted-flagger priority",
            title: "decision due from ExampleVideo", dueAt: ISO8601.parseInstant("2026-11-25T17:00:00Z")!,
            explanation: "Sent 2026-11-23; policy: 2 days; Dutch; comma, semicolon; back\\slash\nsecond line"),
        CalendarDeadline(
            documentReference: "E-2026-00003", ruleID: "gdpr.art12.reply", ruleTitle: "GDPR Art. 12(3) reply",
            title: "reply due from PeopleFinder – société très longue à la façon d’un nom français interminable",
            dueAt: ISO8601.parseInstant("2026-12-23T23:59:59Z")!, explanation: "One month of receipt."),
    ]

    @Test func oneEventPerDeadlineWithStableUIDsAndAlarms() {
        let ics = CalendarWriter.write(deadlines, deskID: "3f9a0c2e1b7d4a55", now: Fixtures.now)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Flagdesk//Deadlines//EN\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(ics.components(separatedBy: "BEGIN:VALARM").count == 5)
        #expect(ics.contains("UID:N-2026-00042.dsa.art22.priority@3f9a0c2e1b7d4a55.flagdesk\r\n"))
        #expect(ics.contains("DTSTART:20261125T163000Z\r\nDTEND:20261125T170000Z\r\n"), "the event ends when due")
        #expect(ics.contains("DTSTAMP:20261123T093000Z\r\n"))
        let again = CalendarWriter.write(deadlines.reversed(), deskID: "3f9a0c2e1b7d4a55", now: Fixtures.now)
        #expect(uids(again).sorted() == uids(ics).sorted(), "the same deadline keeps its UID")
    }

    @Test func linesAreCRLFFoldedAt75OctetsAndTextEscaped() {
        let ics = CalendarWriter.write(deadlines, deskID: "3f9a0c2e1b7d4a55", now: Fixtures.now)
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("comma\\, semicolon\\; back\\\\slash\\nsecond line"))
        #expect(unfolded.contains("SUMMARY:E-2026-00003: reply due from PeopleFinder – société très longue"))
        // Folding never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        for line in ics.components(separatedBy: "\r\n") { #expect(String(validating: line.utf8, as: UTF8.self) != nil) }
    }

    @Test func anEndOfDayDeadlineIsAnEventOnThatDay() {
        // 23:59:59 in Amsterdam (UTC+1): the event must not run past midnight into the next day.
        let ics = CalendarWriter.write(
            [
                CalendarDeadline(
                    documentReference: "N-2026-00043", ruleID: "r", ruleTitle: "R", title: "t",
                    dueAt: ISO8601.parseInstant("2026-12-01T22:59:59Z")!, explanation: "")
            ], deskID: "d", now: Fixtures.now)
        #expect(ics.contains("DTSTART:20261201T222959Z\r\nDTEND:20261201T225959Z\r\n"))
        #expect(ics.contains("TRIGGER;RELATED=END:PT0S"))
    }

    @Test func anEndedDeadlineIsCancelledWithoutAlarms() {
        var ended = deadlines[0]
        ended.cancelled = true
        let ics = CalendarWriter.write([ended], deskID: "d", now: Fixtures.now)
        #expect(ics.contains("SEQUENCE:1\r\nSTATUS:CANCELLED\r\n"))
        #expect(!ics.contains("BEGIN:VALARM"))
        #expect(uids(ics) == uids(CalendarWriter.write([deadlines[0]], deskID: "d", now: Fixtures.now)))
    }

    func uids(_ ics: String) -> [String] {
        ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
    }
}
