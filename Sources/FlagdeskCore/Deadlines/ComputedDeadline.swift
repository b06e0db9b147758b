import Foundation

/// A deadline with its reasons: the rule, its source, the inputs (event, zone, holiday calendar)
/// and each step of the count as text, so a user (and the store) can say why a date is what it
/// is. Encodes instants as ISO-8601 UTC text.
public struct ComputedDeadline: Hashable, Sendable, Codable {
    public let ruleID: String
    public let title: String
    public let source: String
    /// Organisation policy, not law: shown as POLICY wherever the deadline appears.
    public let isPolicy: Bool
    /// The period counted (after any extension), canonical text.
    public let period: String
    public let counting: CountingMode
    public let extended: Bool
    /// What starts the clock ("receipt of the request").
    public let trigger: String
    public let event: Date
    /// Zone identifier of the place whose days count.
    public let zone: String
    /// Holiday calendar code (`FR`, `DE-BY`, `none`).
    public let calendar: String
    public let due: Date
    /// The due instant on the zone's wall clock: `2026-06-01 23:59:59 +02:00`.
    public let dueLocal: String
    /// Without the extension, when one was applied: extensions move a deadline and keep the
    /// original (DESIGN.md §5).
    public let originalDue: Date?
    /// For a rule counted unmoved for safety (DSA Art. 20): the end Reg. 1182/71 Art. 3(4) would
    /// give, moved to the next working day; nil when it is the same as `due` or not asked for.
    public let article34Due: Date?
    public let steps: [String]

    public init(
        ruleID: String, title: String, source: String, isPolicy: Bool, period: String, counting: CountingMode,
        extended: Bool, trigger: String, event: Date, zone: String, calendar: String, due: Date, dueLocal: String,
        originalDue: Date?, article34Due: Date? = nil, steps: [String]
    ) {
        self.ruleID = ruleID
        self.title = title
        self.source = source
        self.isPolicy = isPolicy
        self.period = period
        self.counting = counting
        self.extended = extended
        self.trigger = trigger
        self.event = event
        self.zone = zone
        self.calendar = calendar
        self.due = due
        self.dueLocal = dueLocal
        self.originalDue = originalDue
        self.article34Due = article34Due
        self.steps = steps
    }

    /// The same deadline with one more step of explanation (a note on the place counted).
    public func adding(step: String) -> ComputedDeadline {
        ComputedDeadline(
            ruleID: ruleID, title: title, source: source, isPolicy: isPolicy, period: period, counting: counting,
            extended: extended, trigger: trigger, event: event, zone: zone, calendar: calendar, due: due,
            dueLocal: dueLocal, originalDue: originalDue, article34Due: article34Due, steps: steps + [step])
    }

    /// The due instant as stored: `2026-06-01T21:59:59Z`.
    public var dueUTC: String { ISO8601.format(due) }

    private enum CodingKeys: String, CodingKey {
        case ruleID = "rule", title, source, isPolicy, period, counting, extended, trigger, event, zone, calendar
        case due, dueLocal, originalDue, article34Due, steps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func instant(_ key: CodingKeys) throws -> Date {
            let text = try container.decode(String.self, forKey: key)
            guard let date = ISO8601.parseInstant(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "not an ISO-8601 instant")
            }
            return date
        }
        ruleID = try container.decode(String.self, forKey: .ruleID)
        title = try container.decode(String.self, forKey: .title)
        source = try container.decode(String.self, forKey: .source)
        isPolicy = try container.decode(Bool.self, forKey: .isPolicy)
        period = try container.decode(String.self, forKey: .period)
        counting = try container.decode(CountingMode.self, forKey: .counting)
        extended = try container.decode(Bool.self, forKey: .extended)
        trigger = try container.decode(String.self, forKey: .trigger)
        event = try instant(.event)
        zone = try container.decode(String.self, forKey: .zone)
        calendar = try container.decode(String.self, forKey: .calendar)
        due = try instant(.due)
        dueLocal = try container.decode(String.self, forKey: .dueLocal)
        originalDue = try container.contains(.originalDue) ? instant(.originalDue) : nil
        article34Due = try container.contains(.article34Due) ? instant(.article34Due) : nil
        steps = try container.decode([String].self, forKey: .steps)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ruleID, forKey: .ruleID)
        try container.encode(title, forKey: .title)
        try container.encode(source, forKey: .source)
        try container.encode(isPolicy, forKey: .isPolicy)
        try container.encode(period, forKey: .period)
        try container.encode(counting, forKey: .counting)
        try container.encode(extended, forKey: .extended)
        try container.encode(trigger, forKey: .trigger)
        try container.encode(ISO8601.format(event), forKey: .event)
        try container.encode(zone, forKey: .zone)
        try container.encode(calendar, forKey: .calendar)
        try container.encode(ISO8601.format(due), forKey: .due)
        try container.encode(dueLocal, forKey: .dueLocal)
        if let originalDue { try container.encode(ISO8601.format(originalDue), forKey: .originalDue) }
        if let article34Due { try container.encode(ISO8601.format(article34Due), forKey: .article34Due) }
        try container.encode(steps, forKey: .steps)
    }
}
