import FlagdeskCore
import Foundation

/// `flagdesk-bench deadlines [--count N]`: N documents' deadlines across 30 countries (each with
/// its public holidays and time zone) and every rule of the catalogue, on one thread.
/// Target (issue 3): 1,000,000 deadlines in under a second in release mode.
struct DeadlineBench: Bench {
    let name = "deadlines"
    let summary = "compute N deadlines (default 1,000,000) across 30 countries and every rule [--count N]"

    /// Calendar code and the zone whose days count there.
    static let places: [(code: String, zone: String)] = [
        ("AT", "Europe/Vienna"), ("BE", "Europe/Brussels"), ("BG", "Europe/Sofia"), ("HR", "Europe/Zagreb"),
        ("CY", "Asia/Nicosia"), ("CZ", "Europe/Prague"), ("DK", "Europe/Copenhagen"), ("EE", "Europe/Tallinn"),
        ("FI", "Europe/Helsinki"), ("FR", "Europe/Paris"), ("DE-BY", "Europe/Berlin"), ("GR", "Europe/Athens"),
        ("HU", "Europe/Budapest"), ("IE", "Europe/Dublin"), ("IT", "Europe/Rome"), ("LV", "Europe/Riga"),
        ("LT", "Europe/Vilnius"), ("LU", "Europe/Luxembourg"), ("MT", "Europe/Malta"), ("NL", "Europe/Amsterdam"),
        ("PL", "Europe/Warsaw"), ("PT", "Europe/Lisbon"), ("RO", "Europe/Bucharest"), ("SK", "Europe/Bratislava"),
        ("SI", "Europe/Ljubljana"), ("ES", "Europe/Madrid"), ("SE", "Europe/Stockholm"), ("GB", "Europe/London"),
        ("NO", "Europe/Oslo"), ("US", "America/New_York"),
    ]

    private struct Document {
        let place: Int
        let rule: Int
        let event: Date
        let extended: Bool
    }

    func run(_ arguments: BenchArguments) throws {
        try arguments.rejectUnknown(except: ["count"])
        let count = try arguments.count("count", default: 1_000_000)
        // Built once per place, as the engine does: zone offsets precomputed, calendars shared.
        var places: [DeadlinePlace] = []
        let setupSeconds = try measureSeconds {
            places = try Self.places.map {
                DeadlinePlace(
                    zone: TimeZone(identifier: $0.zone)!, calendar: try HolidayCalendars.calendar(for: $0.code))
            }
        }
        let calculator = DeadlineCalculator()
        let rules = calculator.catalog.rules
        let documents = Self.documents(count: count, places: Self.places.count, rules: rules)

        var checksum = 0.0
        let seconds = try measureSeconds {
            for document in documents {
                let due = try calculator.due(
                    rules[document.rule], from: document.event, at: places[document.place],
                    extended: document.extended)
                checksum += due.timeIntervalSince1970
            }
        }
        // A sample with full explanations, the path `flagdesk due` and the UI take.
        let sample = Array(documents.prefix(max(1, count / 100)))
        var steps = 0
        let explainSeconds = try measureSeconds {
            for document in sample {
                steps +=
                    try calculator.explain(
                        rules[document.rule], from: document.event, at: places[document.place],
                        extended: document.extended
                    ).steps.count
            }
        }
        print("deadlines: \(grouped(count)) across \(Self.places.count) countries and \(rules.count) rules")
        print(String(format: "  setup:   %.3f s (zone offsets for %d places)", setupSeconds, places.count))
        print(String(format: "  due:     %.3f s, %@ deadlines/s", seconds, grouped(Int(Double(count) / seconds))))
        print(
            String(
                format: "  explain: %.3f s for %@, %@ explanations/s (%d steps)", explainSeconds,
                grouped(sample.count), grouped(Int(Double(sample.count) / explainSeconds)), steps))
        print(String(format: "  checksum %.0f", checksum))
    }

    /// Events spread over 2026-2027 at any second, rules and places mixed; seeded, so every run
    /// computes the same deadlines. Extensions are asked for where a rule has one, one time in four.
    private static func documents(count: Int, places: Int, rules: [DeadlineRule]) -> [Document] {
        var generator = SeededGenerator(seed: 1182)
        let start = 1_767_225_600.0  // 2026-01-01T00:00:00Z
        return (0..<count).map { _ in
            let rule = Int.random(in: 0..<rules.count, using: &generator)
            return Document(
                place: Int.random(in: 0..<places, using: &generator), rule: rule,
                event: Date(
                    timeIntervalSince1970: start + Double(Int.random(in: 0..<(2 * 365 * 86_400), using: &generator))),
                extended: rules[rule].extensionPeriod != nil && Int.random(in: 0..<4, using: &generator) == 0)
        }
    }
}
