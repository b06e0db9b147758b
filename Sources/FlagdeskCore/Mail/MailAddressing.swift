import Foundation

/// Message identifiers and dates as RFC 5322 writes them (§3.6.4, §3.3), read leniently.
public enum MailAddressing {
    /// Longest identifier kept: anything longer is not an identifier any mailer writes.
    static let maxIDLength = 998
    /// At most this many identifiers from one References field (a thread of a few hundred
    /// messages is already long; a hostile field cannot make the matcher look up thousands).
    public static let maxIDs = 100

    /// The `<...>` identifiers in a Message-ID, In-Reply-To or References value, in order,
    /// without duplicates, each lower-cased in its domain (the part after '@' is case-insensitive).
    public static func messageIDs(_ value: String) -> [String] {
        var ids: [String] = []
        var seen = Set<String>()
        var rest = value[...]
        while ids.count < maxIDs, let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let id = rest[rest.index(after: open)..<close].filter { !$0.isWhitespace }
            rest = rest[rest.index(after: close)...]
            guard !id.isEmpty, id.utf8.count <= maxIDLength,
                id.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value < 127 })
            else { continue }
            let normalised = canonical(id)
            if seen.insert(normalised).inserted { ids.append(normalised) }
        }
        return ids
    }

    /// `<local@domain>` with the domain lower-cased: the form stored and compared.
    public static func canonical<S: StringProtocol>(_ id: S) -> String {
        let bare = id.hasPrefix("<") && id.hasSuffix(">") ? String(id.dropFirst().dropLast()) : String(id)
        guard let at = bare.lastIndex(of: "@") else { return "<\(bare)>" }
        return "<\(bare[..<at])@\(bare[bare.index(after: at)...].lowercased())>"
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7,
    ]

    /// `Tue, 3 Mar 2026 14:05:00 +0100` (day name optional, seconds optional, obsolete zone
    /// names, comments), or nil when it is not a date.
    public static func date(_ value: String) -> Date? {
        var text = value
        if let comment = text.firstIndex(of: "(") { text = String(text[..<comment]) }
        if let comma = text.firstIndex(of: ",") { text = String(text[text.index(after: comma)...]) }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard tokens.count >= 4, let day = Int(tokens[0]), (1...31).contains(day),
            let month = months.firstIndex(of: String(tokens[1].prefix(3)).lowercased()),
            var year = Int(tokens[2])
        else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        let clock = tokens[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, clock.allSatisfy({ $0 != nil }), let hour = clock[0], let minute = clock[1],
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = clock.count > 2 ? (clock[2] ?? 0) : 0
        guard (0...60).contains(second), (1900...9999).contains(year) else { return nil }
        var offsetMinutes = 0
        if tokens.count > 4 {
            let zone = tokens[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let digits = Int(zone.dropFirst()) {
                offsetMinutes = (digits / 100 * 60 + digits % 100) * (sign == "-" ? -1 : 1)
            } else if let hours = zones[zone.lowercased()] {
                offsetMinutes = hours * 60
            }
        }
        guard let civil = CivilDate(year: year, month: month + 1, day: day) else { return nil }
        let seconds = civil.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + min(second, 59) - offsetMinutes * 60
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
