import FlagdeskCore
import Foundation

/// The time typed at "When was it sent?": `now`, a wall-clock `YYYY-MM-DD HH:MM` in the desk's
/// zone (as the desk shows times), or an ISO-8601 instant with its offset.
enum SendingTime: Equatable {
    case now
    case at(Date)

    /// nil: not a time the desk reads (a bare day is refused: the hour matters for deadlines
    /// counted in hours).
    static func parse(_ text: String, zone: TimeZone) -> SendingTime? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.lowercased() == "now" { return .now }
        guard trimmed.count > 10 else { return nil }
        if let instant = ISO8601.parseInstant(trimmed) { return .at(instant) }
        // No offset given: the wall clock of the desk's zone.
        guard let wall = ISO8601.parseInstant(trimmed + "Z") else { return nil }
        let guess = wall.addingTimeInterval(-Double(zone.secondsFromGMT(for: wall)))
        return .at(wall.addingTimeInterval(-Double(zone.secondsFromGMT(for: guess))))
    }

    /// How it travels as a command argument (`:send manual 2026-11-20T10:00:00Z`).
    var argument: String {
        switch self {
        case .now: return "now"
        case .at(let instant): return ISO8601.format(instant)
        }
    }
}
