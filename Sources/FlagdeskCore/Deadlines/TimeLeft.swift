import Foundation

/// How long until a deadline, written the same way by every front: the queue, the deadlines
/// screen, the item and document views and the CLI's text all call this, so "2d" on one screen
/// is "2 days left" on another, never "1d".
///
/// Days are calendar days in the organisation's zone (as periods are counted: Reg. 1182/71
/// Art. 3): a deadline later today is 0 days away, whatever the hour; yesterday's is overdue by
/// one. A deadline counted in hours (Regulation (EU) 2023/1543 Art. 10(4): 8 hours; the
/// 24- and 72-hour targets) is shown in whole hours, rounded down, while it is less than two days
/// away or overdue by less than two days: 0h is less than an hour left, -1h is overdue by less
/// than an hour; further off, hours would be hard to read (-1218h) and days are shown.
public struct TimeLeft: Sendable, Equatable {
    public enum Unit: Sendable, Equatable { case days, hours }

    /// Negative: overdue.
    public let value: Int
    public let unit: Unit

    public init(until due: Date, now: Date, zone: TimeZone, inHours: Bool) {
        let hours = Int((due.timeIntervalSince(now) / 3600).rounded(.down))
        if inHours, (-Self.hourWindow..<Self.hourWindow).contains(hours) {
            value = hours
            unit = .hours
        } else {
            value = CivilDate(due, in: zone).daysSinceEpoch - CivilDate(now, in: zone).daysSinceEpoch
            unit = .days
        }
    }

    /// How far either side of now an hour deadline is shown in hours.
    static let hourWindow = 48

    public var isOverdue: Bool { value < 0 }

    /// Whole days to sort and colour by (an hour deadline counts as due today until it passes).
    public var days: Int {
        switch unit {
        case .days: return value
        case .hours: return value < 0 ? -1 - (-value - 1) / 24 : value / 24
        }
    }

    /// For a column: `3d`, `0d`, `-2d`, `5h`, `-1h`.
    public var compact: String { "\(value)\(unit == .days ? "d" : "h")" }

    /// For a sentence: `3 days left`, `due today`, `overdue by 2 days`, `5 hours left`,
    /// `less than an hour left`, `overdue by 1 hour`.
    public var phrase: String {
        let noun = unit == .days ? "day" : "hour"
        func count(_ n: Int) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        if value < 0 { return "overdue by \(count(-value))" }
        if value == 0 { return unit == .days ? "due today" : "less than an hour left" }
        return "\(count(value)) left"
    }
}
