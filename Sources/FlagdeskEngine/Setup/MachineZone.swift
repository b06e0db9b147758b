import Foundation

/// The machine's time zone as an IANA identifier, for the `[time] zone` that `flagdesk init`
/// writes (issue 16, defect 6: not UTC by default). Read from `TZ`, else the `/etc/localtime`
/// link, else Debian's `/etc/timezone`; only a known identifier is taken, else UTC, and the
/// report says where it came from. Used once, at init: nothing else reads the machine's zone.
enum MachineZone {
    struct Found: Equatable {
        let identifier: String
        /// "TZ", "/etc/localtime", "/etc/timezone" or "default".
        let source: String
    }

    static func find(environment: [String: String], etc: String = "/etc") -> Found {
        if let tz = environment["TZ"], let identifier = known(tz) {
            return Found(identifier: identifier, source: "TZ")
        }
        let link = etc + "/localtime"
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: link), let identifier = known(target)
        {
            return Found(identifier: identifier, source: link)
        }
        if let text = try? String(contentsOfFile: etc + "/timezone", encoding: .utf8), let identifier = known(text) {
            return Found(identifier: identifier, source: etc + "/timezone")
        }
        return Found(identifier: "UTC", source: "default")
    }

    /// `Europe/Brussels`, `:Europe/Brussels` or a path ending in `zoneinfo/Europe/Brussels`, when
    /// the identifier is one Foundation knows.
    static func known(_ text: String) -> String? {
        var candidate = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if candidate.hasPrefix(":") { candidate.removeFirst() }
        if let range = candidate.range(of: "zoneinfo/", options: .backwards) {
            candidate = String(candidate[range.upperBound...])
        }
        if candidate == "UTC" || candidate == "Etc/UTC" { return "UTC" }
        return TimeZone.knownTimeZoneIdentifiers.contains(candidate) ? candidate : nil
    }
}
