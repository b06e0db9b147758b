import Foundation

/// Wall-clock text for explanations and output, computed from the zone's offset at the instant
/// (never from the machine's zone).
public enum LocalTime {
    /// `2026-06-01 23:59:59 +02:00`.
    public static func text(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int((instant.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        // Plain interpolation: String(format:) costs microseconds on Linux, and explanations
        // format several instants each.
        return CivilDate(daysSinceEpoch: days).description
            + " \(twoDigits(seconds / 3600)):\(twoDigits(seconds % 3600 / 60)):\(twoDigits(seconds % 60)) "
            + sign + "\(twoDigits(magnitude / 3600)):\(twoDigits(magnitude % 3600 / 60))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// The zone's name for people: Foundation reports UTC as "GMT" on some platforms.
    public static func zoneName(_ zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }

    /// A date with its weekday: `2026-05-30 (Saturday)`.
    static func dated(_ date: CivilDate) -> String {
        "\(date) (\(date.weekdayName))"
    }
}
