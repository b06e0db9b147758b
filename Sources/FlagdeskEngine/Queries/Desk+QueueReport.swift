import FlagdeskCore
import FlagdeskStore
import Foundation

/// One bar of a report chart.
public struct ReportBar: Sendable, Equatable {
    public var label: String
    public var count: Int
}

/// The DSA Art. 22(3) figures of a calendar year, for the TUI's report screen: notices sent,
/// by provider (22(3)(a)), by type of alleged illegal content (22(3)(b)) and by the action the
/// provider took (22(3)(c)); plus the items the desk recorded, by category.
public struct ReportFigures: Sendable, Equatable {
    public var year: Int
    public var noticesSent: Int
    public var byProvider: [ReportBar]
    public var byCategory: [ReportBar]
    public var byOutcome: [ReportBar]
    public var itemsByCategory: [ReportBar]
}

extension Desk {
    /// The figures of `year` (the organisation's calendar year, in its time zone). The notice
    /// figures come from the same tally as the exported annual report.
    public func reportFigures(year: Int) throws(EngineError) -> ReportFigures {
        let zone = self.zone
        let from = CivilDate(year: year, month: 1, day: 1)!.startInstant(in: zone)
        let to = CivilDate(year: year + 1, month: 1, day: 1)!.startInstant(in: zone)
        let (notices, items) = try storeRead { db in
            (
                try reportTally(sentFrom: from, to: to, in: db),
                try QueueRecords.itemsByCategory(from: from, to: to, in: db)
            )
        }
        func bars<Key>(_ counts: [Key: Int], label: (Key) -> String) -> [ReportBar] {
            counts.map { ReportBar(label: label($0.key), count: $0.value) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        }
        return ReportFigures(
            year: year, noticesSent: notices.notices,
            byProvider: bars(notices.byProvider) { name in name ?? "outside the directory" },
            byCategory: bars(notices.byCategory) { category in category?.label ?? "no category given" },
            byOutcome: bars(notices.byOutcome) { outcome in outcome?.label ?? "no decision yet" },
            itemsByCategory: bars(items) { key in
                key.isEmpty ? "not triaged" : DSACategory(rawValue: key)?.label ?? key
            })
    }
}
