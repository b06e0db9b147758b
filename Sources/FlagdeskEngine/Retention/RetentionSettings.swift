import FlagdeskCore
import Foundation

/// How long closed data is kept (config `[retention]`), counted from the last closure.
///
/// GDPR Art. 5(1)(c) and (e): personal data are kept no longer than the purpose needs, so
/// every kind of data has a period and there is no "keep forever": a missing key means the
/// default below, and a period outside `allowed` (zero, "never", "forever", 99 years) is a
/// configuration error, never a silent exemption.
public struct RetentionSettings: Sendable, Equatable {
    /// People's details (identity, contact, mandate document, wishes): 1 year. The DSA Art. 20
    /// complaint window (6 months from the provider's decision) and a GDPR Art. 77 complaint's
    /// follow-up fit in it, and the Art. 22(3) report is written once a year: a person is kept
    /// until the year's report and any question about it are settled, then forgotten.
    public var people: Period = .years(1)
    /// Evidence files of closed items (captures, headers, uploaded files): 5 years. The files
    /// back criminal complaints and civil claims (GDPR Art. 17(3)(e)); national limitation
    /// periods for prosecution of trafficking and sexual exploitation run 5 to 20 years, but the
    /// police get the evidence with the LEA referral and keep their own copy, and an item under
    /// LEA hold is never purged. Liveness checks keep no body (status, final URL and hash only),
    /// so they need no period of their own.
    public var evidence: Period = .years(5)
    /// Items closed as no action (lawful adult sex work): 30 days. Nothing is to be proved, and
    /// the ad's URL, text and capture describe a person lawfully at work; the month leaves time
    /// to reopen a wrong closure (GDPR Art. 5(1)(c), (e); issue #15).
    public var noAction: Period = .days(30)

    public init() {}

    /// From 30 days (a typo such as "1 day" must not destroy evidence) to 30 years (the longest
    /// limitation periods, for crimes against children, run about that long).
    public static let allowed = "a period from \"30 days\" to \"30 years\" (days, weeks, months or years)"

    /// A period within the allowed range, or nil.
    public static func period(_ text: String) -> Period? {
        guard let period = try? Period(parsing: text) else { return nil }
        let approximateDays: Int
        switch period.unit {
        case .days: approximateDays = period.amount
        case .weeks: approximateDays = period.amount * 7
        case .months: approximateDays = period.amount * 30
        case .years: approximateDays = period.amount * 365
        case .hours, .workingDays: return nil
        }
        return (30...(30 * 365)).contains(approximateDays) ? period : nil
    }

    /// The instant `period` before `now`, counted in the organisation's calendar: data whose
    /// last closure is at or before it is past its period.
    static func cutoff(_ period: Period, before now: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var back = DateComponents()
        switch period.unit {
        case .days: back.day = -period.amount
        case .weeks: back.day = -7 * period.amount
        case .months: back.month = -period.amount
        case .years: back.year = -period.amount
        case .hours, .workingDays: back.day = -period.amount
        }
        return calendar.date(byAdding: back, to: now) ?? now
    }
}

extension ConfigDecoder {
    /// `[retention]`: `people`, `evidence` and `no_action`, each a period (see `RetentionSettings.allowed`).
    func retention(_ table: TOMLTableReader) -> RetentionSettings {
        var settings = RetentionSettings()
        let expected = RetentionSettings.allowed + "; there is no \"keep forever\" (GDPR Art. 5(1)(e))"
        settings.people = table.parsed("people", expected: expected, parse: RetentionSettings.period) ?? settings.people
        settings.evidence =
            table.parsed("evidence", expected: expected, parse: RetentionSettings.period) ?? settings.evidence
        settings.noAction =
            table.parsed("no_action", expected: expected, parse: RetentionSettings.period) ?? settings.noAction
        table.finish()
        return settings
    }
}
