import FlagdeskCore
import FlagdeskEngine

/// The queue screen: a window of rows around the selection, never the whole tab.
public struct QueueState: Sendable {
    public var tab: QueueTab = .inbox
    /// A full-text filter narrowing the tab (`\`).
    public var filter: String?
    /// The last search, for `n` and `N`.
    public var lastSearch: String?
    /// The loaded window; `rows[0]` is at `firstPosition` in the tab.
    public var rows: [QueueRow] = []
    public var firstPosition = 0
    /// Index of the selection in `rows`.
    public var selected = 0
    /// Position (in the tab) of the first line drawn.
    public var viewTop = 0
    /// Rows in the tab (with the filter); when not `totalIsExact`, at least that many (a big tab
    /// is counted only a little past the loaded rows).
    public var total = 0
    public var totalIsExact = true
    public var counts = QueueCounts(perTab: [:], overdue: 0, actionNeeded: 0)
    /// Marked items, by reference: marks survive tab changes and reloads.
    public var marks: Set<String> = []
    /// Where `v` started a range.
    public var rangeAnchor: RangeAnchor?

    public init() {}

    public struct RangeAnchor: Sendable, Hashable {
        public var position: Int
        public var cursor: QueueCursor
        public var reference: String
    }

    /// Rows known to be in the tab: the total, or the loaded rows when they reach past it.
    public var knownTotal: Int { max(total, firstPosition + rows.count) }

    /// The total as shown: `1000+` when the tab was not counted to its end.
    public var totalText: String { totalIsExact ? "\(total)" : "\(knownTotal)+" }

    public var selectedRow: QueueRow? { rows.indices.contains(selected) ? rows[selected] : nil }
    public var selectedPosition: Int { firstPosition + selected }

    /// The row at a position of the tab, when it is loaded.
    public func row(atPosition position: Int) -> QueueRow? {
        let index = position - firstPosition
        return rows.indices.contains(index) ? rows[index] : nil
    }

    /// Moves `viewTop` so that the selection shows in a list `height` lines high, scrolling no
    /// more than needed (the list does not jump while the selection stays in view).
    public mutating func scrollIntoView(height: Int) {
        guard height > 0 else { return }
        let position = selectedPosition
        if position < viewTop { viewTop = position }
        if position >= viewTop + height { viewTop = position - height + 1 }
        viewTop = max(0, min(viewTop, max(0, knownTotal - height)))
        viewTop = min(viewTop, position)
    }
}
