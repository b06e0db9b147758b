import ArgumentParser
import FlagdeskCore
import Foundation

/// `flagdesk holidays CC[-SUB] YEAR [--json]`: the public holidays a deadline skips, one line per
/// holiday (date, weekday, local name, English name), or a JSON array.
struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the public holidays of a country or region in a year.",
        discussion: """
            Codes: EU and EEA states, GB (England and Wales), GB-SCT, GB-NIR, US (federal), the German \
            Länder (DE-BY, ...) and the Swiss cantons (CH-ZH, CH-GE, ...; CH alone is only the days every \
            canton keeps). EL and UK are accepted for GR and GB. Rest days and working Saturdays set by \
            government decree (HU, LV, BG) are listed; a year whose decree is not known is said so. Years \
            \(HolidayCalendars.supportedYears.lowerBound)-\(HolidayCalendars.supportedYears.upperBound).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Country or region code, e.g. FR, DE-BY, GB-SCT.")
    var code: String

    @Argument(help: "The year.")
    var year: Int

    @Flag(name: .long, help: "Print a JSON array of {date, localName, englishName}.")
    var json = false

    func validate() throws {
        guard HolidayCalendars.supportedYears.contains(year) else {
            let range = HolidayCalendars.supportedYears
            throw ValidationError("year \(year) is outside \(range.lowerBound)-\(range.upperBound)")
        }
        _ = try calendar()
    }

    func run() throws {
        let calendar = try calendar()
        let holidays = calendar.holidays(in: year)
        let working = calendar.decreedWorkingDays(in: year)
        var notes: [String] = []
        if let name = (calendar as? RuleBasedHolidayCalendar)?.name, calendar.code == "CH" { notes.append(name) }
        if let gap = calendar.decreeCoverage?.gap(in: year, code: calendar.code) { notes.append(gap) }
        if json {
            print(try Self.json(holidays))
            for note in notes { Output.error("note: " + note) }
            return
        }
        print(Self.table(holidays), terminator: "")
        if !working.isEmpty {
            print("Working days by decree (a Saturday worked for a rest day):")
            print(Self.table(working), terminator: "")
        }
        for note in notes { print("Note: " + note) }
    }

    private func calendar() throws -> any HolidayCalendar {
        do {
            return try HolidayCalendars.calendar(for: code)
        } catch let error as UnknownHolidayCalendarCode {
            throw ValidationError(error.description)
        }
    }

    /// Aligned columns; the names are the calendars' own text, never outside input.
    static func table(_ holidays: [Holiday]) -> String {
        let weekdayWidth = holidays.map(\.date.weekdayName.count).max() ?? 0
        let localWidth = holidays.map(\.localName.count).max() ?? 0
        return holidays.map { holiday in
            [
                holiday.date.description,
                holiday.date.weekdayName.padding(toLength: weekdayWidth, withPad: " ", startingAt: 0),
                holiday.localName.padding(toLength: localWidth, withPad: " ", startingAt: 0),
                holiday.englishName,
            ].joined(separator: "  ") + "\n"
        }.joined()
    }

    private struct Row: Encodable {
        let date: String
        let localName: String
        let englishName: String
    }

    static func json(_ holidays: [Holiday]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = holidays.map { Row(date: $0.date.description, localName: $0.localName, englishName: $0.englishName) }
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
