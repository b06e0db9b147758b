import Foundation

/// The place a deadline is counted at, as the calculator settled it from what it was told: the
/// zone, the holiday calendar, what the user should know about the choice (`notes`) and what
/// looks wrong (`warnings`: one country's holidays on another place's days).
public struct ResolvedPlace: Sendable {
    public let zone: TimeZone
    public let calendar: any HolidayCalendar
    public let notes: [String]
    public let warnings: [String]
}

/// Why no place could be settled (the message says what to give).
public struct PlaceResolutionError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Settles the zone and calendar for `due --country --zone` (issue 16, defect 6): a country's own
/// zone when no zone is given, never UTC or the machine's; a country spanning several zones must be
/// told which; a zone outside the calendar's country is counted as asked but warned about.
public enum PlaceResolution {
    /// - Parameters:
    ///   - country: `--country`, a calendar code (`BE`, `DE-BY`, `CH-TI`) or a US state (`US-NY`).
    ///   - zone: `--zone`, already parsed.
    ///   - configured: the organisation's `[time] zone`, `[calendar]` and its `country` code, used
    ///     when `--country` is not given.
    public static func resolve(
        country: String?, zone: TimeZone?, configuredZone: TimeZone, configuredCalendar: any HolidayCalendar,
        configuredCountry: String?
    ) throws(PlaceResolutionError) -> ResolvedPlace {
        var notes: [String] = []
        guard let country else {
            let counted = zone ?? configuredZone
            return ResolvedPlace(
                zone: counted, calendar: configuredCalendar, notes: [],
                warnings: configuredCountry.flatMap { mismatch(country: $0, zone: counted) }.map { [$0] } ?? [])
        }
        let calendar = try holidayCalendar(for: country, notes: &notes)
        let place = CountryZones.place(for: country)
        let counted: TimeZone
        if let zone {
            counted = zone
        } else if let own = place?.zone {
            counted = own
            if let note = place?.note { notes.append(note) }
        } else if let note = place?.note {
            throw PlaceResolutionError(description: "--country \(country.uppercased()): \(note)")
        } else {
            throw PlaceResolutionError(
                description: "--country \(country.uppercased()): no time zone is known for it: give --zone")
        }
        return ResolvedPlace(
            zone: counted, calendar: calendar, notes: notes,
            warnings: mismatch(country: country, zone: counted).map { [$0] } ?? [])
    }

    /// The warning for a zone that is not one of the country's own, or nil.
    public static func mismatch(country: String, zone: TimeZone) -> String? {
        guard let place = CountryZones.place(for: country), !place.owns(zone) else { return nil }
        let own = place.zone?.identifier ?? place.territoryZones.joined(separator: ", ")
        return "counting the public holidays of \(place.code) on the days of \(zone.identifier), which is not a "
            + "time zone of \(place.code) (\(own)): the days may not be the ones that count there "
            + "(Reg. 1182/71 Art. 2)"
    }

    /// The calendar of a code; a US state has none of its own, so the federal one, said in a note.
    private static func holidayCalendar(for code: String, notes: inout [String]) throws(PlaceResolutionError)
        -> any HolidayCalendar
    {
        do {
            return try HolidayCalendars.calendar(for: code)
        } catch {
            let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
            if upper.hasPrefix("US-"), CountryZones.subdivisions[upper] != nil,
                let federal = try? HolidayCalendars.calendar(for: "US")
            {
                notes.append(
                    "\(upper): Flagdesk has no state holiday calendar; the US federal holidays are counted, "
                        + "the state's own holidays are not")
                return federal
            }
            throw PlaceResolutionError(description: "--country: \(error)")
        }
    }
}
