import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk due`: the deadline calculator. Applies one rule to one event instant and prints the
/// due instant (UTC and local), the rule, its source and every step of the count.
struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Compute a deadline and explain how it was counted.",
        discussion: """
            Periods are counted as Regulation (EEC, Euratom) No 1182/71 Art. 3 says: the day (or hour) of \
            the event is not counted; months end on the same date or the month's last day; where the rule \
            says so, an end on a Saturday, Sunday or public holiday moves to the next working day. Days end \
            at midnight in --zone; without it, in the --country's own zone (a country or US state spanning \
            several zones must be given --zone), else the config's [time] zone. A zone that is not one of \
            the country's is counted as asked, with a warning. Without --country, the config's [calendar] \
            (country, closures, extra holidays) applies. Days moved by government decree (HU, LV, BG) \
            count; a year whose decree is not yet known is said so. See `flagdesk rules` for the rule ids.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Rule id, e.g. gdpr.art12.response (see `flagdesk rules`).")
    var rule: String

    @Option(
        name: .long,
        help: "The event, ISO-8601 with Z or an offset (2026-04-30T08:00:00Z), or a date (its start in --zone).")
    var from: String

    @Option(
        name: .long,
        help:
            "Public holidays of this country or region, e.g. FR, DE-BY (default: the config's [calendar], else weekends only)."
    )
    var country: String?

    @Option(
        name: .long,
        help:
            "Time zone whose days count, an IANA id such as Europe/Paris (default: the --country's own zone, else config [time] zone)."
    )
    var zone: String?

    @Flag(name: .long, help: "Apply the rule's extension (GDPR Art. 12(3), DSA Art. 21(3), Annex VI).")
    var extended = false

    @Option(
        name: .long,
        help:
            "Variant of a rule family: urgent|trusted|hosting (dsa.notice.expected-decision), emergency (eevidence.art10.production)."
    )
    var variant: String?

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        _ = try inputs()
    }

    func run() throws {
        let inputs = try inputs()
        let calculator = DeadlineCalculator(catalog: inputs.catalog)
        let result: ComputedDeadline
        do {
            result = try calculator.explain(
                inputs.rule, from: inputs.event, zone: inputs.zone, calendar: inputs.calendar, extended: extended)
        } catch {
            throw ValidationError(error.description)
        }
        for warning in inputs.warnings { Output.warning(warning) }
        if json {
            print(try DeadlineOutput.json(result))
            for note in inputs.notes { Output.error("note: " + note) }
        } else {
            print(DeadlineOutput.text(result, notes: inputs.notes))
        }
    }

    private struct Inputs {
        let catalog: DeadlineCatalog
        let rule: DeadlineRule
        let event: Date
        let zone: TimeZone
        let calendar: any HolidayCalendar
        /// About the place chosen and the calendar's coverage, printed with the result.
        let notes: [String]
        /// One country's holidays on another place's days: printed on stderr.
        let warnings: [String]
    }

    /// Every input checked, with a message naming the bad one (exit 64 via ValidationError).
    private func inputs() throws -> Inputs {
        let settings = try global.deadlineSettings()
        let catalog = settings.catalog
        let rule: DeadlineRule
        do {
            rule = try catalog.rule(self.rule, variant: variant)
        } catch {
            throw ValidationError(error.description)
        }
        if extended, rule.extensionPeriod == nil {
            throw ValidationError(DeadlineError.noExtension(ruleID: rule.id).description)
        }
        let givenZone = try zone.map { try TimeZoneOption.parse($0) }
        let place: ResolvedPlace
        do {
            place = try PlaceResolution.resolve(
                country: country, zone: givenZone, configuredZone: settings.zone,
                configuredCalendar: settings.organisationCalendar, configuredCountry: settings.organisationCountry)
        } catch {
            throw ValidationError(error.description)
        }
        let event = try eventInstant(in: place.zone)
        return Inputs(
            catalog: catalog, rule: rule, event: event, zone: place.zone, calendar: place.calendar,
            notes: place.notes
                + HolidayCalendars.coverageNotes(for: place.calendar, from: CivilDate(event, in: place.zone)),
            warnings: place.warnings)
    }

    /// A bare date means the start of that day where the rule applies, not midnight UTC, so the
    /// event day is the one the user typed whatever the zone.
    private func eventInstant(in zone: TimeZone) throws -> Date {
        let text = from.trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: text) { return date.startInstant(in: zone) }
        guard let instant = ISO8601.parseInstant(text) else {
            throw ValidationError(
                "--from '\(TimeZoneOption.printable(from))' is not an ISO-8601 instant with Z or an offset "
                    + "(e.g. 2026-04-30T08:00:00Z or 2026-04-30T10:00:00+02:00), nor a date (2026-04-30)")
        }
        return instant
    }
}

/// Parsing of `--zone`: IANA identifiers only (matched without regard to case), never the
/// machine's zone.
enum TimeZoneOption {
    static func parse(_ text: String?) throws -> TimeZone {
        guard let text else { return TimeZone(identifier: "UTC")! }
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if wanted == "utc" || wanted == "gmt" || wanted == "z" { return TimeZone(identifier: "UTC")! }
        let known = TimeZone.knownTimeZoneIdentifiers.first { $0.lowercased() == wanted }
        guard let known, let zone = TimeZone(identifier: known) else {
            throw ValidationError(
                "--zone '\(printable(text))' is not a known IANA time zone (e.g. Europe/Paris, Europe/Berlin, UTC)")
        }
        return zone
    }

    /// Outside text echoed in a message: printable ASCII only, the rest shown as `?`, cut short.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.prefix(60).map { (0x20...0x7E).contains($0.value) ? Character($0) : "?" })
    }
}

/// How a computed deadline is printed. Every string in it is Flagdesk's own (rule texts, holiday
/// names, validated zone ids and calendar codes), never raw outside input.
enum DeadlineOutput {
    static func text(_ result: ComputedDeadline, notes: [String] = []) -> String {
        let calendar = result.calendar == WeekendsOnlyCalendar().code ? "none (weekends only)" : result.calendar
        var lines = [
            "Rule:     \(result.ruleID): \(result.title)",
            "Source:   \(result.source)",
            "Nature:   \(result.isPolicy ? "POLICY (organisation rule, not law)" : "law")",
            "Period:   \(result.period), \(result.counting.label)\(result.extended ? ", extended" : "")",
            "Event:    \(ISO8601.format(result.event)) (\(result.trigger))",
            "Place:    \(result.zone), public holidays: \(calendar)",
            "Due:      \(result.dueUTC) = \(result.dueLocal) \(result.zone)",
        ]
        if let original = result.originalDue {
            lines.append("Original: \(ISO8601.format(original)) (without the extension)")
        }
        if let moved = result.article34Due {
            lines.append("Art. 3(4): \(ISO8601.format(moved)) (if Reg. 1182/71 applies; act by Due, the safe date)")
        }
        for note in notes { lines.append("Note:     \(note)") }
        lines.append("Steps:")
        for (index, step) in result.steps.enumerated() {
            lines.append("  \(index + 1). \(step)")
        }
        return lines.joined(separator: "\n")
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
