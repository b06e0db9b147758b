import Foundation
import Testing

@testable import FlagdeskCore

/// Properties over many generated inputs (seeded SeededGenerator: repeatable, no clock).
@Suite("Deadline properties")
struct DeadlinePropertyTests {
    typealias F = DeadlineFixture

    static let zones = [
        "UTC", "Europe/Berlin", "Europe/Lisbon", "Europe/Helsinki", "America/New_York", "Asia/Kolkata",
        "Pacific/Kiritimati", "America/St_Johns",
    ].map(F.zone)

    /// A random instant between 2000 and 2099, to the second.
    static func randomEvent(_ rng: inout SeededGenerator) -> Date {
        let start = CivilDate(year: 2000, month: 1, day: 1)!.daysSinceEpoch
        let days = Int.random(in: 0..<(100 * 365), using: &rng)
        return Date(timeIntervalSince1970: Double((start + days) * 86_400 + Int.random(in: 0..<86_400, using: &rng)))
    }

    static func randomPeriod(_ rng: inout SeededGenerator) -> Period {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return .days(Int.random(in: 1...400, using: &rng))
        case 1: return .weeks(Int.random(in: 1...20, using: &rng))
        case 2: return .months(Int.random(in: 1...36, using: &rng))
        case 3: return .years(Int.random(in: 1...3, using: &rng))
        default: return .workingDays(Int.random(in: 1...60, using: &rng))
        }
    }

    /// Holidays scattered around the event, dense enough to create runs of non-working days.
    static func randomCalendar(near event: Date, _ rng: inout SeededGenerator) -> DeadlineTestCalendar {
        let base = CivilDate(event, in: F.utc)
        let holidays = (0..<Int.random(in: 0...40, using: &rng)).map { _ in
            Holiday(
                date: base.adding(days: Int.random(in: -5...1_200, using: &rng)), localName: "H", englishName: "H")
        }
        return DeadlineTestCalendar(holidays)
    }

    /// A moved deadline is never before the plain count, always on a working day, and always the
    /// last second of a local day.
    @Test func neverBeforeTheNaiveDate() throws {
        var rng = SeededGenerator(seed: 0x1182_1971)
        let calculator = DeadlineCalculator()
        for _ in 0..<3_000 {
            let event = Self.randomEvent(&rng)
            let period = Self.randomPeriod(&rng)
            let zone = Self.zones.randomElement(using: &rng)!
            let calendar = Self.randomCalendar(near: event, &rng)
            let counting: CountingMode = period.unit == .workingDays ? .workingDays : .rollForward
            let due = try calculator.due(
                F.rule(period.description, counting), from: event, zone: zone, calendar: calendar)
            let lastDay = CivilDate(due, in: zone)
            let eventDay = CivilDate(event, in: zone)
            let naive =
                period.unit == .workingDays
                ? eventDay.adding(days: period.amount) : PeriodCounter.advance(eventDay, by: period)
            #expect(lastDay >= naive, "\(ISO8601.format(event)) + \(period) in \(zone.identifier)")
            #expect(calendar.isWorkingDay(lastDay))
            #expect(due == lastDay.endInstant(in: zone))
            #expect(LocalTime.text(due, in: zone).dropFirst(11).hasPrefix("23:59:59"))
        }
    }

    /// One more holiday never brings a deadline forward.
    @Test func aHolidayNeverMakesItEarlier() throws {
        var rng = SeededGenerator(seed: 2026)
        let calculator = DeadlineCalculator()
        for _ in 0..<3_000 {
            let event = Self.randomEvent(&rng)
            let period = Self.randomPeriod(&rng)
            let zone = Self.zones.randomElement(using: &rng)!
            let calendar = Self.randomCalendar(near: event, &rng)
            let counting: CountingMode = period.unit == .workingDays ? .workingDays : .rollForward
            let rule = F.rule(period.description, counting)
            let before = try calculator.due(rule, from: event, zone: zone, calendar: calendar)
            // Often right on the deadline, so the added holiday does matter.
            let offset = Int.random(in: -3...1, using: &rng)
            let extra = CivilDate(before, in: zone).adding(days: offset)
            let after = try calculator.due(rule, from: event, zone: zone, calendar: calendar.adding(extra))
            #expect(after >= before, "\(ISO8601.format(event)) + \(period), holiday \(extra)")
        }
    }

    /// For the same local wall-clock event, every zone gives the same local result: the count runs
    /// on local dates, so nothing but the zone passed in can shift it.
    @Test func sameLocalInputsGiveTheSameLocalResultInEveryZone() throws {
        var rng = SeededGenerator(seed: 0xDEAD_BEEF)
        let calculator = DeadlineCalculator()
        for _ in 0..<500 {
            let localDay = CivilDate(Self.randomEvent(&rng), in: F.utc)
            // Between 09:00 and 18:00: no zone has a DST gap there.
            let secondsIntoDay = Double(Int.random(in: (9 * 3_600)..<(18 * 3_600), using: &rng))
            let period = Self.randomPeriod(&rng)
            let counting: CountingMode =
                period.unit == .workingDays ? .workingDays : (Bool.random(using: &rng) ? .rollForward : .calendar)
            let rule = F.rule(period.description, counting)
            let calendar = Self.randomCalendar(near: localDay.startInstant(in: F.utc), &rng)
            var results: Set<String> = []
            for zone in Self.zones {
                let event = localDay.startInstant(in: zone).addingTimeInterval(secondsIntoDay)
                let explained = try calculator.explain(rule, from: event, zone: zone, calendar: calendar)
                results.insert(String(explained.dueLocal.prefix(19)))
            }
            #expect(results.count == 1, "\(localDay) + \(period): \(results)")
        }
    }

    /// Hours are elapsed time: exact hours give the same instant in every zone, and 1182/71 hours
    /// too in zones on whole-hour offsets.
    @Test func hoursDoNotDependOnTheZone() throws {
        var rng = SeededGenerator(seed: 48)
        let calculator = DeadlineCalculator()
        let wholeHourZones = ["UTC", "Europe/Berlin", "America/New_York", "Pacific/Kiritimati"].map(F.zone)
        for _ in 0..<1_000 {
            let event = Self.randomEvent(&rng)
            let hours = Int.random(in: 1...200, using: &rng)
            let exact = Set(
                try Self.zones.map {
                    try calculator.due(
                        F.rule("\(hours) hours", .exactHours), from: event, zone: $0, calendar: WeekendsOnlyCalendar())
                })
            #expect(exact == [event.addingTimeInterval(Double(hours) * 3_600)])
            let counted = Set(
                try wholeHourZones.map {
                    try calculator.due(
                        F.rule("\(hours) hours", .hours), from: event, zone: $0, calendar: WeekendsOnlyCalendar())
                })
            #expect(counted.count == 1)
            let due = try #require(counted.first)
            #expect(due > event.addingTimeInterval(Double(hours) * 3_600 - 1))
            #expect(due <= event.addingTimeInterval(Double(hours + 1) * 3_600))
        }
    }

    /// A backward warning ends exactly its period before the deadline it watches, never later.
    @Test func warningPrecedesTheEnd() throws {
        var rng = SeededGenerator(seed: 60)
        let calculator = DeadlineCalculator()
        let preservation = try calculator.catalog.rule("eevidence.art11.preservation")
        let warning = try calculator.catalog.rule("eevidence.preservation-warning")
        for _ in 0..<1_000 {
            let event = Self.randomEvent(&rng)
            let zone = Self.zones.randomElement(using: &rng)!
            let extended = Bool.random(using: &rng)
            let calendar = Self.randomCalendar(near: event, &rng)
            let end = try calculator.due(preservation, from: event, zone: zone, calendar: calendar, extended: extended)
            let warn = try calculator.due(warning, from: event, zone: zone, calendar: calendar, extended: extended)
            #expect(CivilDate(warn, in: zone) == CivilDate(end, in: zone).adding(days: -10))
        }
    }
}
