/// The US states and DC by zone (49 CFR Part 71). A state split between two zones has no default:
/// the county decides, so `--zone` must say which.
extension CountryZones {
    static let subdivisions: [String: Entry] = {
        let single: [String: String] = [
            "AL": "America/Chicago", "AR": "America/Chicago", "AZ": "America/Phoenix", "CA": "America/Los_Angeles",
            "CO": "America/Denver", "CT": "America/New_York", "DC": "America/New_York", "DE": "America/New_York",
            "GA": "America/New_York", "HI": "Pacific/Honolulu", "IA": "America/Chicago", "IL": "America/Chicago",
            "LA": "America/Chicago", "MA": "America/New_York", "MD": "America/New_York", "ME": "America/New_York",
            "MN": "America/Chicago", "MO": "America/Chicago", "MS": "America/Chicago", "MT": "America/Denver",
            "NC": "America/New_York", "NH": "America/New_York", "NJ": "America/New_York", "NM": "America/Denver",
            "NV": "America/Los_Angeles", "NY": "America/New_York", "OH": "America/New_York", "OK": "America/Chicago",
            "PA": "America/New_York", "RI": "America/New_York", "SC": "America/New_York", "UT": "America/Denver",
            "VA": "America/New_York", "VT": "America/New_York", "WA": "America/Los_Angeles", "WI": "America/Chicago",
            "WV": "America/New_York", "WY": "America/Denver",
        ]
        let split: [String: [String]] = [
            "AK": ["America/Anchorage", "America/Adak"], "FL": ["America/New_York", "America/Chicago"],
            "ID": ["America/Boise", "America/Los_Angeles"], "IN": ["America/Indiana/Indianapolis", "America/Chicago"],
            "KS": ["America/Chicago", "America/Denver"], "KY": ["America/New_York", "America/Chicago"],
            "MI": ["America/Detroit", "America/Chicago"], "ND": ["America/Chicago", "America/Denver"],
            "NE": ["America/Chicago", "America/Denver"], "OR": ["America/Los_Angeles", "America/Boise"],
            "SD": ["America/Chicago", "America/Denver"], "TN": ["America/Chicago", "America/New_York"],
            "TX": ["America/Chicago", "America/Denver"],
        ]
        var table: [String: Entry] = [:]
        for (state, zone) in single { table["US-" + state] = Entry(zone) }
        for (state, zones) in split {
            table["US-" + state] = Entry(
                nil, others: zones,
                note: "US-\(state) lies in two time zones (\(zones.joined(separator: ", "))): give --zone")
        }
        return table
    }()
}
