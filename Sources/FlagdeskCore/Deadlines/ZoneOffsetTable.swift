import Foundation

/// A zone's UTC offsets for 1990-2100, precomputed so that counting a deadline does not ask
/// Foundation (about 140 ns a question on Linux, three questions a deadline). One entry per UTC
/// day: the offset that holds all day, or a marker for a day during which the offset changes,
/// whose questions go to the zone. About 160 KB a zone. Immutable after init, so shared freely
/// across threads.
final class ZoneOffsetTable: Sendable {
    let zone: TimeZone
    private let firstDay: Int
    /// Offset in seconds for each UTC day from `firstDay`, or `changing`.
    private let offsets: [Int32]
    private static let changing = Int32.min

    init(zone: TimeZone, years: ClosedRange<Int> = 1990...2100) {
        self.zone = zone
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1)!.daysSinceEpoch
        let end = CivilDate(year: years.upperBound + 1, month: 1, day: 1)!.daysSinceEpoch
        // The offset at each midnight UTC; a day whose two midnights differ holds a transition.
        // (No zone changes its offset and back within one day.)
        let midnights = (first...end).map {
            zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double($0) * 86_400))
        }
        self.firstDay = first
        self.offsets = (0..<(end - first)).map { index in
            midnights[index] == midnights[index + 1] ? Int32(midnights[index]) : ZoneOffsetTable.changing
        }
    }

    /// The zone's offset from UTC at an instant, in seconds: the same answer as
    /// `zone.secondsFromGMT(for:)`.
    func secondsFromGMT(for instant: Date) -> Int {
        let index = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)) - firstDay
        guard index >= 0, index < offsets.count, offsets[index] != ZoneOffsetTable.changing else {
            return zone.secondsFromGMT(for: instant)
        }
        return Int(offsets[index])
    }
}

/// Where the action is to be taken (Regulation 1182/71 Art. 2): the zone whose days count and the
/// public holidays there. Building one precomputes the zone's offsets (milliseconds), so build it
/// once per place and count every deadline there with it.
public struct DeadlinePlace: Sendable {
    public let zone: TimeZone
    public let calendar: any HolidayCalendar
    let offsets: ZoneOffsetTable

    public init(zone: TimeZone, calendar: any HolidayCalendar) {
        self.zone = zone
        self.calendar = calendar
        self.offsets = ZoneOffsetTable(zone: zone)
    }
}
