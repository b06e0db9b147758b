import FlagdeskEngine

/// Moving through a queue tab with windowed reads: the window grows by a chunk when the
/// selection passes its edge and is trimmed around the selection, so memory stays flat and a
/// keystroke costs at most one indexed query, wherever the selection is in the tab.
extension QueueState {
    /// Rows read per query.
    static let chunk = 200
    /// Rows kept in memory at most.
    static let maximumWindow = 800

    /// The full-text query of a search inside the current filter.
    func searchText(_ search: String?) -> String? {
        let parts = [filter, search].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Reads the tab again around `cursor` (nil: from the top), selecting `reference` if it is
    /// still there, else the row that took its place. Also refreshes the total and the counts.
    mutating func load(around cursor: QueueCursor?, selecting reference: String?, desk: Desk) throws(EngineError) {
        let before =
            cursor == nil
            ? [] : try desk.queueWindow(tab, text: filter, after: cursor, backward: true, limit: Self.chunk / 2)
        let after = try desk.queueWindow(tab, text: filter, after: before.last?.cursor, limit: Self.chunk)
        rows = before + after
        selected = rows.firstIndex { $0.item.reference == reference } ?? min(before.count, max(0, rows.count - 1))
        firstPosition =
            try rows.first.map { row throws(EngineError) in
                before.isEmpty ? 0 : try desk.queuePosition(of: row.cursor, in: tab, text: filter)
            } ?? 0
        // Counted only a little past what is loaded: the exact total of a big tab is read when
        // `G` needs it (`moveToBottom`), never to draw a frame.
        let atMost = max(QueueCounts.bound, firstPosition + rows.count + 1)
        total = try desk.queueCount(tab, text: filter, atMost: atMost)
        totalIsExact = total < atMost
        counts = try desk.queueCounts()
    }

    /// Reloads where the selection is (after a change here or in another process).
    mutating func reload(desk: Desk) throws(EngineError) {
        try load(around: selectedRow?.cursor, selecting: selectedRow?.item.reference, desk: desk)
    }

    mutating func switchTab(to newTab: QueueTab, desk: Desk) throws(EngineError) {
        tab = newTab
        rangeAnchor = nil
        viewTop = 0
        try load(around: nil, selecting: nil, desk: desk)
    }

    mutating func move(by delta: Int, desk: Desk) throws(EngineError) {
        guard let first = rows.first, let last = rows.last else { return }
        var target = selected + delta
        if target >= rows.count {
            rows += try desk.queueWindow(
                tab, text: filter, after: last.cursor, limit: max(Self.chunk, target - rows.count + 1))
        }
        if target < 0 {
            let earlier = try desk.queueWindow(
                tab, text: filter, after: first.cursor, backward: true, limit: max(Self.chunk, -target))
            rows = earlier + rows
            selected += earlier.count
            firstPosition -= earlier.count
            target += earlier.count
        }
        selected = max(0, min(target, rows.count - 1))
        trimWindow()
    }

    mutating func moveToTop(desk: Desk) throws(EngineError) {
        rows = try desk.queueWindow(tab, text: filter, after: nil, limit: Self.chunk)
        firstPosition = 0
        selected = 0
        viewTop = 0
    }

    mutating func moveToBottom(desk: Desk) throws(EngineError) {
        rows = try desk.queueWindow(tab, text: filter, after: nil, backward: true, limit: Self.chunk)
        if !totalIsExact, let first = rows.first {
            // The one place the exact size of a big tab is needed: the position of its end.
            total = try desk.queuePosition(of: first.cursor, in: tab, text: filter) + rows.count
            totalIsExact = true
        }
        firstPosition = max(0, total - rows.count)
        selected = max(0, rows.count - 1)
    }

    /// The next row matching `search` after the selection (before it when `backward`); with
    /// `includingSelection` the selected row itself may match (incremental search as you type).
    func find(_ search: String, backward: Bool, from origin: QueueCursor?, desk: Desk) throws(EngineError)
        -> QueueRow?
    {
        try desk.queueWindow(tab, text: searchText(search), after: origin, backward: backward, limit: 1).first
    }

    /// The cursor just before the selection: a search from there may match the selection.
    func cursorBeforeSelection(desk: Desk) throws(EngineError) -> QueueCursor? {
        if selected > 0 { return rows[selected - 1].cursor }
        guard firstPosition > 0, let row = selectedRow else { return nil }
        return try desk.queueWindow(tab, text: filter, after: row.cursor, backward: true, limit: 1).first?.cursor
    }

    /// Rows from position `lower` to `upper` (inclusive), read from the store when they are not
    /// all loaded: a `v` range may span more than the window.
    func rows(from lower: RangeAnchor, count: Int, desk: Desk) throws(EngineError) -> [String] {
        let rest = try desk.queueWindow(tab, text: filter, after: lower.cursor, limit: max(0, count - 1))
        return [lower.reference] + rest.map(\.item.reference)
    }

    private mutating func trimWindow() {
        guard rows.count > Self.maximumWindow else { return }
        let lower = max(0, min(selected - Self.maximumWindow / 2, rows.count - Self.maximumWindow))
        rows = Array(rows[lower..<(lower + Self.maximumWindow)])
        firstPosition += lower
        selected -= lower
    }
}
