import FlagdeskCore
import FlagdeskStore
import Foundation

/// The tabs of the TUI queue (issue 6): where an item stands, and what needs doing soon.
public enum QueueTab: String, CaseIterable, Sendable, Hashable {
    case inbox, triage, inAction = "in-action", due, onHold = "on-hold", closed

    public var title: String {
        switch self {
        case .inbox: return "Inbox"
        case .triage: return "Triage"
        case .inAction: return "In action"
        case .due: return "Due"
        case .onHold: return "On hold"
        case .closed: return "Closed"
        }
    }

    /// Inbox holds every open item; Triage the new ones; Due the open items with a deadline in
    /// the next 7 days or already past, nearest first.
    var statuses: [ItemStatus] {
        switch self {
        case .inbox, .due: return ItemStatus.allCases.filter(\.isOpen)
        case .triage: return [.new]
        case .inAction: return [.triaged, .inAction]
        case .onHold: return [.onHold]
        case .closed: return [.resolved, .noAction]
        }
    }

    /// How far ahead the Due tab looks.
    public static let dueHorizon: TimeInterval = 7 * 86_400
}

/// The numbers of the tab bar and the status bar. Each stops at `bound` (shown as "999+"):
/// counting a million items on every frame and reload cost the desk a second at startup, and
/// past a thousand the exact figure changes no decision (the list and `flagdesk list` have it).
public struct QueueCounts: Sendable, Equatable {
    public static let bound = 1000
    public var perTab: [QueueTab: Int]
    /// Open items whose next deadline has passed.
    public var overdue: Int
    /// Items waiting for a person: new (to triage) and triaged (to act on).
    public var actionNeeded: Int

    public init(perTab: [QueueTab: Int], overdue: Int, actionNeeded: Int) {
        self.perTab = perTab
        self.overdue = overdue
        self.actionNeeded = actionNeeded
    }

    /// A count as shown: `999+` once it reached the bound.
    public static func text(_ count: Int) -> String { count >= bound ? "\(bound - 1)+" : "\(count)" }
}

extension Desk {
    /// One window of a queue tab, strictly after `cursor` (before it when `backward`), in
    /// queue order. `text` narrows it with the full-text search.
    public func queueWindow(
        _ tab: QueueTab, text: String? = nil, after cursor: QueueCursor?, backward: Bool = false, limit: Int
    ) throws(EngineError) -> [QueueRow] {
        let selection = selection(tab, text: text)
        var rows = try storeRead { db in
            try QueueRecords.window(selection, after: cursor, backward: backward, limit: limit, in: db)
        }
        if rows.contains(where: { $0.nextDeadlineRule != nil }) {
            let catalog = try deadlineSettings().catalog
            for index in rows.indices {
                guard let rule = rows[index].nextDeadlineRule else { continue }
                rows[index].nextDeadlineInHours = (try? catalog.rule(rule))?.period.unit == .hours
            }
        }
        return rows
    }

    /// The zero-based position of a row in its tab (after a search jump, for the "n/N" counter).
    public func queuePosition(of cursor: QueueCursor, in tab: QueueTab, text: String? = nil) throws(EngineError) -> Int
    {
        let selection = selection(tab, text: text)
        return try storeRead { db in try QueueRecords.position(of: cursor, in: selection, in: db) }
    }

    /// The rows of a tab; with `atMost`, counting stops there (see `QueueRecords.count`).
    public func queueCount(_ tab: QueueTab, text: String? = nil, atMost: Int? = nil) throws(EngineError) -> Int {
        let selection = selection(tab, text: text)
        return try storeRead { db in try QueueRecords.count(selection, atMost: atMost, in: db) }
    }

    /// Counts for every tab, overdue and action needed, read on one snapshot, each stopping at
    /// `QueueCounts.bound`.
    public func queueCounts() throws(EngineError) -> QueueCounts {
        let due = selection(.due, text: nil)
        var overdueSelection = due
        overdueSelection.dueBefore = now
        let bound = QueueCounts.bound
        return try storeRead { db in
            let byStatus = try QueueRecords.countsByStatus(atMost: bound, in: db)
            var perTab: [QueueTab: Int] = [:]
            for tab in QueueTab.allCases where tab != .due {
                perTab[tab] = min(bound, tab.statuses.reduce(0) { $0 + (byStatus[$1] ?? 0) })
            }
            perTab[.due] = try QueueRecords.count(due, atMost: bound, in: db)
            return QueueCounts(
                perTab: perTab, overdue: try QueueRecords.count(overdueSelection, atMost: bound, in: db),
                actionNeeded: min(bound, (byStatus[.new] ?? 0) + (byStatus[.triaged] ?? 0)))
        }
    }

    /// A number that changes whenever the store changes, from any process: poll it about once
    /// a second and reload when it moves.
    public func changeToken() throws(EngineError) -> Int64 {
        try storeRead { db in try QueueRecords.changeToken(in: db) }
    }

    private func selection(_ tab: QueueTab, text: String?) -> QueueSelection {
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        return QueueSelection(
            statuses: tab.statuses, dueBefore: tab == .due ? now.addingTimeInterval(QueueTab.dueHorizon) : nil,
            text: trimmed?.isEmpty == false ? trimmed : nil)
    }
}
