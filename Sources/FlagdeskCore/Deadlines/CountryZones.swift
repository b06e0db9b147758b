import Foundation

/// The time zone whose days count in a country or subdivision (Reg. 1182/71 Art. 2: days as they
/// fall where the action is to be taken), for every place Flagdesk has a calendar for, and the US
/// states. A country spread over several zones has no default (`zone` nil: the US, and the US
/// states that straddle a line) unless its calendar is that of one part of it, named in `note`
/// (FR is metropolitan France; the Canaries, the Azores and the outermost regions keep their own
/// zones). Nothing is guessed from the machine.
public struct PlaceZone: Sendable, Equatable {
    /// The code asked about, upper case (`BE`, `US-NY`, `CH-TI`).
    public let code: String
    /// The zone to count in when none is given; nil when the place has several and none is the rule.
    public let zone: TimeZone?
    /// Every zone in use on the territory (the default first): a zone outside it paired with this
    /// place's holidays is a mismatch to warn about.
    public let territoryZones: [String]
    /// What the default leaves out, or why there is none.
    public let note: String?

    /// Whether `zone` is one of this place's own zones.
    public func owns(_ zone: TimeZone) -> Bool {
        territoryZones.contains(zone.identifier)
    }
}

public enum CountryZones {
    /// The place's zones: the subdivision's own entry when it has one (US states), else its
    /// country's (`DE-BY`, `CH-TI`, `GB-SCT` count in their country's zone). Nil for a code no
    /// table knows.
    public static func place(for code: String) -> PlaceZone? {
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        let country = upper.split(separator: "-").first.map(String.init) ?? upper
        if let entry = subdivisions[upper] ?? countries[country] {
            return PlaceZone(
                code: upper, zone: entry.main.flatMap(TimeZone.init(identifier:)),
                territoryZones: (entry.main.map { [$0] } ?? []) + entry.others, note: entry.note)
        }
        return nil
    }

    /// The zone to count in for a country or subdivision, when it has one without being told.
    public static func zone(forCountry code: String) -> TimeZone? {
        place(for: code)?.zone
    }

    struct Entry: Sendable {
        let main: String?
        let others: [String]
        let note: String?

        init(_ main: String?, others: [String] = [], note: String? = nil) {
            self.main = main
            self.others = others
            self.note = note
        }
    }

    static let countries: [String: Entry] = [
        "AT": Entry("Europe/Vienna"), "BE": Entry("Europe/Brussels"), "BG": Entry("Europe/Sofia"),
        "CY": Entry("Asia/Nicosia", others: ["Asia/Famagusta"]), "CZ": Entry("Europe/Prague"),
        "DE": Entry("Europe/Berlin", others: ["Europe/Busingen"]), "DK": Entry("Europe/Copenhagen"),
        "EE": Entry("Europe/Tallinn"), "EL": Entry("Europe/Athens"), "GR": Entry("Europe/Athens"),
        "ES": Entry(
            "Europe/Madrid", others: ["Africa/Ceuta", "Atlantic/Canary"],
            note: "ES counts in Europe/Madrid (the mainland, the Balearics, Ceuta and Melilla); the Canary "
                + "Islands are an hour behind: give --zone Atlantic/Canary for a place there"),
        "FI": Entry("Europe/Helsinki", others: ["Europe/Mariehamn"]),
        "FR": Entry(
            "Europe/Paris",
            others: [
                "America/Guadeloupe", "America/Martinique", "America/Cayenne", "Indian/Reunion", "Indian/Mayotte",
                "America/Marigot",
            ],
            note: "FR counts in Europe/Paris (metropolitan France and Corsica); the outermost regions "
                + "(Guadeloupe, Martinique, French Guiana, Réunion, Mayotte, Saint-Martin) have their own zones "
                + "and holidays: give --zone"),
        "HR": Entry("Europe/Zagreb"), "HU": Entry("Europe/Budapest"), "IE": Entry("Europe/Dublin"),
        "IT": Entry("Europe/Rome"), "LT": Entry("Europe/Vilnius"), "LU": Entry("Europe/Luxembourg"),
        "LV": Entry("Europe/Riga"), "MT": Entry("Europe/Malta"), "NL": Entry("Europe/Amsterdam"),
        "PL": Entry("Europe/Warsaw"),
        "PT": Entry(
            "Europe/Lisbon", others: ["Atlantic/Madeira", "Atlantic/Azores"],
            note: "PT counts in Europe/Lisbon (the mainland and Madeira); the Azores are an hour behind: "
                + "give --zone Atlantic/Azores for a place there"),
        "RO": Entry("Europe/Bucharest"), "SE": Entry("Europe/Stockholm"), "SI": Entry("Europe/Ljubljana"),
        "SK": Entry("Europe/Bratislava"), "IS": Entry("Atlantic/Reykjavik"), "LI": Entry("Europe/Vaduz"),
        "NO": Entry("Europe/Oslo"), "CH": Entry("Europe/Zurich"), "GB": Entry("Europe/London"),
        "UK": Entry("Europe/London"),
        "US": Entry(
            nil,
            others: [
                "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
                "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Indiana/Indianapolis",
                "America/Boise", "America/Adak", "America/Puerto_Rico",
            ],
            note: "the United States spans several time zones: give --zone (e.g. America/New_York) or a state "
                + "(e.g. US-NY)"),
    ]
}
