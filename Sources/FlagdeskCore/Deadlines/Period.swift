import Foundation

/// The unit of a period, as Regulation 1182/71 Art. 3 distinguishes them.
public enum PeriodUnit: String, Sendable, Codable, CaseIterable {
    case hours
    case days
    case weeks
    case months
    case years
    case workingDays = "working days"

    /// The singular form, for "1 month" and "1 working day".
    var singular: String {
        switch self {
        case .hours: return "hour"
        case .days: return "day"
        case .weeks: return "week"
        case .months: return "month"
        case .years: return "year"
        case .workingDays: return "working day"
        }
    }
}

/// A length of time such as "1 month", "72 hours" or "5 working days": the text form that rules
/// and the config's `[deadlines]` overrides use. Its `description` is the canonical text, and it
/// encodes as that text.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// Largest amount accepted from text: keeps day and hour arithmetic far from overflow while
    /// allowing any period a law or an organisation would set.
    public static let maximumAmount = 10_000

    public let amount: Int
    public let unit: PeriodUnit

    /// A period of `amount` units; `amount` must be in 1...`maximumAmount`.
    public init(_ amount: Int, _ unit: PeriodUnit) {
        precondition((1...Period.maximumAmount).contains(amount), "period amount out of range: \(amount)")
        self.amount = amount
        self.unit = unit
    }

    public static func hours(_ n: Int) -> Period { Period(n, .hours) }
    public static func days(_ n: Int) -> Period { Period(n, .days) }
    public static func weeks(_ n: Int) -> Period { Period(n, .weeks) }
    public static func months(_ n: Int) -> Period { Period(n, .months) }
    public static func years(_ n: Int) -> Period { Period(n, .years) }
    public static func workingDays(_ n: Int) -> Period { Period(n, .workingDays) }

    /// Parses `<positive integer> <unit>`: units `hour(s)`, `day(s)`, `week(s)`, `month(s)`,
    /// `year(s)`, `working day(s)`; case and extra spaces are ignored.
    public init(parsing text: String) throws(PeriodParseError) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2 || words.count == 3 else { throw PeriodParseError(text: text) }
        guard words[0].allSatisfy({ $0.isASCII && $0.isNumber }), words[0].count <= 6,
            let amount = Int(words[0]), (1...Period.maximumAmount).contains(amount)
        else { throw PeriodParseError(text: text) }
        let unitWords = words.dropFirst().joined(separator: " ")
        let unit = PeriodUnit.allCases.first { unitWords == $0.rawValue || unitWords == $0.singular }
        guard let unit else { throw PeriodParseError(text: text) }
        self.init(amount, unit)
    }

    /// Canonical text: "1 month", "3 months", "1 working day", "5 working days".
    public var description: String {
        "\(amount) \(amount == 1 ? unit.singular : unit.rawValue)"
    }

    /// This period followed by `other`, as one period counted from the same event, when the units
    /// allow it: GDPR Art. 12(3) "one month ... extended by two further months" is 3 months from
    /// receipt, not 1 month then 2 months (which would differ at month ends: 31 Jan -> 28 Feb ->
    /// 28 Apr instead of 30 Apr). Nil when the units do not combine (hours and days, say).
    public func combined(with other: Period) -> Period? {
        let total: (Int, PeriodUnit)?
        switch (unit, other.unit) {
        case (.hours, .hours): total = (amount + other.amount, .hours)
        case (.workingDays, .workingDays): total = (amount + other.amount, .workingDays)
        case (.weeks, .weeks): total = (amount + other.amount, .weeks)
        case (.years, .years): total = (amount + other.amount, .years)
        case (.days, .days), (.days, .weeks), (.weeks, .days):
            total = (calendarDays! + other.calendarDays!, .days)
        case (.months, .months), (.months, .years), (.years, .months):
            total = (calendarMonths! + other.calendarMonths!, .months)
        default: total = nil
        }
        guard let total, total.0 <= Period.maximumAmount else { return nil }
        return Period(total.0, total.1)
    }

    /// The length in calendar days for days and weeks; nil otherwise.
    var calendarDays: Int? {
        switch unit {
        case .days: return amount
        case .weeks: return amount * 7
        default: return nil
        }
    }

    /// The length in calendar months for months and years; nil otherwise.
    var calendarMonths: Int? {
        switch unit {
        case .months: return amount
        case .years: return amount * 12
        default: return nil
        }
    }
}

extension Period: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Text that is not a period.
public struct PeriodParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let text: String

    public var description: String {
        "'\(DisplaySafe.quote(text))' is not a period: expected <positive integer> <hours|days|weeks|months|years|"
            + "working days>, e.g. \"1 month\" or \"5 working days\" (amount at most \(Period.maximumAmount))"
    }
}
