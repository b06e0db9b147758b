import Foundation

/// A calendar's code, English name and rules, as the rule files declare them.
struct CalendarDefinition: Sendable {
    let code: String
    let name: String
    let rules: [HolidayRule]
    /// The decrees moving working days (their rest days join the rules), and the years recorded.
    var decrees: [DecreeSchedule] = []
    var decreeCoverage: DecreeCoverage? = nil
}

/// The registry of public-holiday calendars: every EU Member State, IS, LI, NO, CH, the United
/// Kingdom (GB = England and Wales, GB-SCT, GB-NIR), the US (federal), the 16 German Länder and
/// the 26 Swiss cantons.
/// Regulation 1182/71 Art. 2(1): the holidays that count are those of the Member State where the
/// action is to be taken.
public enum HolidayCalendars {
    /// The years the rules are researched for. Other years still compute (the rules in force
    /// at the range's ends carry on), but nobody has checked them.
    public static let supportedYears = 1990...2100

    /// Other spellings accepted by `calendar(for:)`: EL is the EU's own code for Greece, UK the
    /// common one for the United Kingdom.
    public static let aliases: [String: String] = [
        "EL": "GR",
        "UK": "GB", "UK-SCT": "GB-SCT", "UK-NIR": "GB-NIR",
        "GB-ENG": "GB", "GB-WLS": "GB", "GB-EAW": "GB", "UK-ENG": "GB", "UK-WLS": "GB",
    ]

    /// Every canonical code, sorted.
    public static let supportedCodes: [String] = calendars.keys.sorted()

    /// The calendar for a code such as `fr`, `DE-BY`, `GB-SCT` or `EL` (case-insensitive).
    /// Calendars are shared, so their per-year caches serve every caller.
    public static func calendar(for code: String) throws -> any HolidayCalendar {
        guard let canonical = canonicalCode(code), let calendar = calendars[canonical] else {
            throw UnknownHolidayCalendarCode(code: code)
        }
        return calendar
    }

    /// The canonical form of a code or alias, or nil when no calendar has it.
    public static func canonicalCode(_ code: String) -> String? {
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        let canonical = aliases[upper] ?? upper
        return calendars[canonical] == nil ? nil : canonical
    }

    /// What a count from `day` should know about the calendar: a year (this one or the next, as
    /// periods run up to a year) whose decrees moving working days are not known.
    public static func coverageNotes(for calendar: any HolidayCalendar, from day: CivilDate) -> [String] {
        guard let coverage = calendar.decreeCoverage else { return [] }
        return [day.year, day.year + 1].compactMap { coverage.gap(in: $0, code: calendar.code) }
    }

    private static let calendars: [String: RuleBasedHolidayCalendar] = {
        let definitions =
            WesternEuropeRules.all + NordicRules.all + SouthernEuropeRules.all + CentralEuropeRules.all
            + BalticAndBalkanRules.all + GermanyRules.all + SwitzerlandRules.all + UnitedKingdomRules.all
            + UnitedStatesRules.all
        var table: [String: RuleBasedHolidayCalendar] = [:]
        for definition in definitions {
            precondition(table[definition.code] == nil, "two calendars named \(definition.code)")
            table[definition.code] = RuleBasedHolidayCalendar(
                code: definition.code, name: definition.name,
                rules: definition.rules + definition.decrees.flatMap(\.restDays),
                workingDays: definition.decrees.flatMap(\.workingDays), decreeCoverage: definition.decreeCoverage)
        }
        return table
    }()
}

/// No calendar has the code asked for; the message lists the ones that exist.
public struct UnknownHolidayCalendarCode: Error, CustomStringConvertible, LocalizedError {
    /// The code as given (outside text: shown only through `description`, made printable).
    public let code: String

    public var description: String {
        let shown = String(
            code.unicodeScalars.prefix(24).map { scalar in
                CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || scalar == "-" || scalar == "+"
                    ? Character(scalar) : "?"
            })
        let aliases = HolidayCalendars.aliases.keys.sorted().map { "\($0)=\(HolidayCalendars.aliases[$0]!)" }
        return "unknown holiday calendar '\(shown)'. Supported codes: "
            + HolidayCalendars.supportedCodes.joined(separator: ", ")
            + " (also accepted: " + aliases.joined(separator: ", ") + ")"
    }

    public var errorDescription: String? { description }
}
