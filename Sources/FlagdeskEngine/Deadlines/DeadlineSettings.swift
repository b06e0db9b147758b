import FlagdeskCore
import Foundation

/// The deadline rules and place in force for this organisation: the catalogue with the config's
/// `[deadlines]` overrides, the `[time] zone`, and the `[calendar]` holidays plus closure days.
public struct DeadlineSettings: Sendable {
    public let catalog: DeadlineCatalog
    public let zone: TimeZone
    /// The organisation's own calendar: `[calendar] country` (weekends only when unset), plus
    /// `closures` and `extra_holidays`.
    public let organisationCalendar: any HolidayCalendar
    /// `[calendar] country`, as written: the place whose zones `zone` should be one of.
    public let organisationCountry: String?

    public init(config: FlagdeskConfig) throws(EngineError) {
        var overrides: [String: Period] = [:]
        for (ruleID, text) in config.deadlineOverrides.sorted(by: { $0.key < $1.key }) {
            do {
                overrides[ruleID] = try Period(parsing: text)
            } catch {
                throw .configuration("[deadlines] \(ruleID): \(error)")
            }
        }
        do {
            catalog = try DeadlineCatalog(overrides: overrides)
        } catch {
            throw .configuration("[deadlines]: \(error.description)")
        }
        zone = config.timeZone
        organisationCountry = config.calendar.country
        let base: any HolidayCalendar
        if let code = config.calendar.country {
            do {
                base = try HolidayCalendars.calendar(for: code)
            } catch {
                throw .configuration("[calendar] country: \(error)")
            }
        } else {
            base = WeekendsOnlyCalendar()
        }
        let extra =
            config.calendar.closures.map { Holiday(date: $0, localName: "closure", englishName: "Organisation closed") }
            + config.calendar.extraHolidays.map {
                Holiday(date: $0, localName: "extra holiday", englishName: "Extra public holiday (config)")
            }
        organisationCalendar = extra.isEmpty ? base : ClosureCalendar(base: base, extra: extra)
    }

    /// What is wrong with the organisation's own place: a `[time] zone` that is not one of the
    /// `[calendar] country`'s zones (its holidays would be counted on another place's days).
    public var warnings: [String] {
        guard let country = organisationCountry,
            let warning = PlaceResolution.mismatch(country: country, zone: zone)
        else { return [] }
        return ["[time] zone and [calendar] country: " + warning]
    }

    /// Loads the configuration the CLI options name and builds the settings; no store is needed.
    public static func load(configPath: String?, environment: [String: String]) throws(EngineError) -> DeadlineSettings
    {
        do {
            return try DeadlineSettings(config: ConfigLoader.load(path: configPath, environment: environment).config)
        } catch let error as ConfigError {
            throw .configuration(error.description)
        } catch let error as EngineError {
            throw error
        } catch {
            throw .configuration(String(describing: error))
        }
    }
}
