import Foundation
import Testing

@testable import FlagdeskCore

/// The precomputed offsets answer exactly as the zone does, around transitions above all, and a
/// `DeadlinePlace` counts exactly as the zone-and-calendar API.
@Suite("Zone offset table")
struct ZoneOffsetTableTests {
    typealias F = DeadlineFixture

    static let zoneIDs = [
        "Europe/Berlin", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC",
        "Africa/Casablanca", "Pacific/Apia", "America/Santiago", "Europe/Moscow",
    ]

    @Test(arguments: zoneIDs)
    func agreesWithTheZone(_ id: String) {
        let zone = F.zone(id)
        let table = ZoneOffsetTable(zone: zone)
        var rng = SeededGenerator(seed: UInt64(id.utf8.count))
        // Random instants 1985-2105 (inside and outside the table's years)...
        for _ in 0..<20_000 {
            let instant = Date(timeIntervalSince1970: Double(Int.random(in: 473_385_600...4_260_211_200, using: &rng)))
            #expect(table.secondsFromGMT(for: instant) == zone.secondsFromGMT(for: instant))
        }
        // ...and every second-either-side of each transition 2000-2040.
        var cursor = Date(timeIntervalSince1970: 946_684_800)
        while let transition = zone.nextDaylightSavingTimeTransition(after: cursor),
            transition.timeIntervalSince1970 < 2_208_988_800
        {
            for delta in [-3_601.0, -1, 0, 1, 3_600] {
                let instant = transition.addingTimeInterval(delta)
                #expect(table.secondsFromGMT(for: instant) == zone.secondsFromGMT(for: instant), "\(id) \(instant)")
            }
            cursor = transition
        }
    }

    @Test func placeCountsAsTheZoneAndCalendar() throws {
        let calculator = DeadlineCalculator()
        var rng = SeededGenerator(seed: 71)
        let places = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"].map {
            DeadlinePlace(zone: F.zone($0), calendar: DeadlineTestCalendar.franceLike)
        }
        for _ in 0..<5_000 {
            let place = places.randomElement(using: &rng)!
            let rule = calculator.catalog.rules.randomElement(using: &rng)!
            let extended = rule.extensionPeriod != nil && Bool.random(using: &rng)
            // 2026, where the test calendar has holidays, to the second.
            let event = Date(timeIntervalSince1970: 1_767_225_600 + Double(Int.random(in: 0..<31_536_000, using: &rng)))
            let slow = try calculator.due(
                rule, from: event, zone: place.zone, calendar: place.calendar, extended: extended)
            let fast = try calculator.due(rule, from: event, at: place, extended: extended)
            #expect(fast == slow, "\(rule.id) \(ISO8601.format(event)) \(place.zone.identifier)")
        }
        let explained = try calculator.explain(
            calculator.catalog.rule("gdpr.art12.response"), from: F.instant("2026-04-30T08:00:00Z"),
            at: DeadlinePlace(zone: F.zone("Europe/Paris"), calendar: DeadlineTestCalendar.franceLike))
        #expect(explained.dueUTC == "2026-06-01T21:59:59Z")
        #expect(explained.calendar == "FR-TEST")
    }
}
