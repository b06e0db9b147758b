import Foundation

/// The time zone whose days count for a recipient in a country: its capital's. A deadline owed
/// by a provider or authority runs on the days of the place where it must act (Reg. 1182/71
/// Art. 2 counts days as they fall there); an organisation-side deadline runs in the
/// organisation's own zone.
public enum CountryZones {
    public static func zone(forCountry code: String) -> TimeZone? {
        let country = code.uppercased().split(separator: "-").first.map(String.init) ?? ""
        return identifiers[country].flatMap(TimeZone.init(identifier:))
    }

    private static let identifiers: [String: String] = [
        "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CY": "Asia/Nicosia",
        "CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
        "EL": "Europe/Athens", "GR": "Europe/Athens", "ES": "Europe/Madrid", "FI": "Europe/Helsinki",
        "FR": "Europe/Paris", "HR": "Europe/Zagreb", "HU": "Europe/Budapest", "IE": "Europe/Dublin",
        "IT": "Europe/Rome", "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga",
        "MT": "Europe/Malta", "NL": "Europe/Amsterdam", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon",
        "RO": "Europe/Bucharest", "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
        "IS": "Atlantic/Reykjavik", "LI": "Europe/Vaduz", "NO": "Europe/Oslo", "CH": "Europe/Zurich",
        "GB": "Europe/London", "UK": "Europe/London", "US": "America/New_York",
    ]
}
