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
    /// The figures of `year` (the organisation's calendar year, in its time zone).
    public func reportFigures(year: Int) throws(EngineError) -> ReportFigures {
        let zone = self.zone
        let from = CivilDate(year: year, month: 1, day: 1)!.startInstant(in: zone)
        let to = CivilDate(year: year + 1, month: 1, day: 1)!.startInstant(in: zone)
        let directory = self.directory
        let (notices, items) = try storeRead { db in
            (
                try QueueRecords.noticeCounts(from: from, to: to, in: db),
                try QueueRecords.itemsByCategory(from: from, to: to, in: db)
            )
        }
        func bars(_ counts: [String: Int], label: (String) -> String) -> [ReportBar] {
            counts.map { ReportBar(label: label($0.key), count: $0.value) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        }
        let category = { (key: String) in key.isEmpty ? "not triaged" : DSACategory(rawValue: key)?.label ?? key }
        return ReportFigures(
            year: year, noticesSent: notices.sent,
            byProvider: bars(notices.byProvider) { key in
                key.isEmpty ? "outside the directory" : directory.provider(key: key)?.name ?? key
            },
            byCategory: bars(notices.byCategory, label: category),
            byOutcome: bars(notices.byOutcome) { key in
                key.isEmpty ? "no decision yet" : DocumentOutcome(rawValue: key)?.label ?? key
            },
            itemsByCategory: bars(items, label: category))
    }
}
