import Foundation

/// ISO-8601 instants as the store keeps them: UTC, whole seconds, `2026-05-04T09:00:00Z`.
/// Hand-written (no DateFormatter) so it is fast, thread-safe and independent of the locale.
public enum ISO8601 {
    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC.
    public static func format(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        // Digits written by hand: `String(format:)` costs more on Linux than a queue row's query.
        var bytes = [UInt8]()
        bytes.reserveCapacity(20)
        date.appendISO(to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        DecimalDigits.append(rest / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        DecimalDigits.append(rest % 3600 / 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        DecimalDigits.append(rest % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Local wall-clock time of an instant in a zone, with its offset: `2026-05-04 11:00 CEST`.
    public static func formatLocal(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = instant.addingTimeInterval(Double(offset))
        let utc = format(local)
        // Foundation on Linux names UTC "GMT"; say what the configuration said.
        let abbreviation =
            ["GMT", "UTC"].contains(zone.identifier) ? "UTC" : zone.abbreviation(for: instant) ?? zone.identifier
        return "\(utc.prefix(10)) \(utc.dropFirst(11).prefix(5)) \(abbreviation)"
    }

    /// The store's own form, `YYYY-MM-DDTHH:MM:SSZ`, read in place (every queue row holds two):
    /// nil for anything else, which the general parser then reads.
    static func parseStored(_ text: String) -> Date? {
        let parsed = text.utf8.withContiguousStorageIfAvailable { s -> Date? in
            guard s.count == 20, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"), s[10] == UInt8(ascii: "T"),
                s[13] == UInt8(ascii: ":"), s[16] == UInt8(ascii: ":"), s[19] == UInt8(ascii: "Z")
            else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var value = 0
                for index in from..<from + count {
                    let byte = s[index]
                    guard byte >= 48, byte <= 57 else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                let date = CivilDate(year: year, month: month, day: day),
                let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                hour < 24, minute < 60, second < 61
            else { return nil }
            return Date(
                timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400 + Double(hour * 3600 + minute * 60 + second)
            )
        }
        return parsed ?? nil
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`, or a bare date `YYYY-MM-DD`
    /// (midnight UTC). Returns nil for anything else, including impossible dates.
    public static func parseInstant(_ text: String) -> Date? {
        if let instant = parseStored(text) { return instant }
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var value = 0
            for byte in s[from..<from + count] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard s.count >= 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
            let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
            let date = CivilDate(year: y, month: mo, day: d)
        else { return nil }
        let midnight = Double(date.daysSinceEpoch) * 86_400
        if s.count == 10 { return Date(timeIntervalSince1970: midnight) }
        guard s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " "),
            let h = number(11, 2), s.count > 13, s[13] == UInt8(ascii: ":"), let mi = number(14, 2),
            h < 24, mi < 60
        else { return nil }
        var i = 16
        var sec = 0.0
        if i < s.count, s[i] == UInt8(ascii: ":") {
            guard let ss = number(i + 1, 2), ss < 61 else { return nil }
            sec = Double(ss)
            i += 3
            if i < s.count, s[i] == UInt8(ascii: ".") {
                var j = i + 1
                var scale = 0.1
                while j < s.count, s[j] >= 48, s[j] <= 57 {
                    sec += Double(s[j] - 48) * scale
                    scale /= 10
                    j += 1
                }
                guard j > i + 1 else { return nil }
                i = j
            }
        }
        guard i < s.count else { return nil }
        var offset = 0
        if s[i] == UInt8(ascii: "Z") || s[i] == UInt8(ascii: "z") {
            guard i + 1 == s.count else { return nil }
        } else if s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-") {
            let sign = s[i] == UInt8(ascii: "+") ? 1 : -1
            guard let oh = number(i + 1, 2) else { return nil }
            var om = 0
            if i + 3 < s.count {
                let start = s[i + 3] == UInt8(ascii: ":") ? i + 4 : i + 3
                guard let m = number(start, 2), start + 2 == s.count else { return nil }
                om = m
            } else {
                guard i + 3 == s.count else { return nil }
            }
            guard oh < 24, om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        return Date(timeIntervalSince1970: midnight + Double(h * 3600 + mi * 60) + sec - Double(offset))
    }
}
