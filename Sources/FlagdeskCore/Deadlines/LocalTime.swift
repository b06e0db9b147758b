import Foundation

/// Wall-clock text for explanations and output, computed from the zone's offset at the instant
/// (never from the machine's zone).
enum LocalTime {
    /// `2026-06-01 23:59:59 +02:00`.
    static func text(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = Int((instant.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return CivilDate(daysSinceEpoch: days).description
            + String(format: " %02d:%02d:%02d ", seconds / 3600, seconds % 3600 / 60, seconds % 60)
            + sign + String(format: "%02d:%02d", magnitude / 3600, magnitude % 3600 / 60)
    }

    /// The zone's name for people: Foundation reports UTC as "GMT" on some platforms.
    static func zoneName(_ zone: TimeZone) -> String {
        zone.identifier == "GMT" ? "UTC" : zone.identifier
    }

    /// A date with its weekday: `2026-05-30 (Saturday)`.
    static func dated(_ date: CivilDate) -> String {
        "\(date) (\(date.weekdayName))"
    }
}
