import FlagdeskCore
import Foundation
import GRDB

/// One line of the TUI queue: the item and its nearest open deadline.
public struct QueueRow: Sendable, Equatable {
    public var item: Item
    public var nextDeadlineAt: Date?
    /// The rule of that deadline (the engine tells from it whether it is counted in hours).
    public var nextDeadlineRule: String?
    /// Set by the engine: the nearest deadline is counted in hours, and is shown in hours.
    public var nextDeadlineInHours = false
    /// Where this row sits in either queue order (kept as read: formatting dates again for
    /// every comparison would cost more than the query).
    public let cursor: QueueCursor

    public init(item: Item, nextDeadlineAt: Date?) {
        self.item = item
        self.nextDeadlineAt = nextDeadlineAt
        cursor = QueueCursor(
            priority: item.priority.rawValue, createdAt: ISO8601.format(item.createdAt),
            deadlineAt: nextDeadlineAt.map(ISO8601.format), id: item.id, threatToLife: item.threatToLife)
    }

    init(item: Item, nextDeadlineAt: Date?, cursor: QueueCursor) {
        self.item = item
        self.nextDeadlineAt = nextDeadlineAt
        self.cursor = cursor
    }
}

/// The sort key of a queue row, as stored: windows start strictly after (or before) one. Keyset
/// paging costs the same at row 10 and at row 900,000; OFFSET would scan every row it skips.
public struct QueueCursor: Sendable, Hashable {
    public var priority: Int
    /// ISO-8601 text as stored: it sorts as the instant does.
    public var createdAt: String
    public var deadlineAt: String?
    public var id: Int64
    /// The deadline order puts threats to life first (DESIGN.md §4), as the deadlines screen does.
    public var threatToLife: Bool

    public init(priority: Int, createdAt: String, deadlineAt: String?, id: Int64, threatToLife: Bool = false) {
        self.priority = priority
        self.createdAt = createdAt
        self.deadlineAt = deadlineAt
        self.id = id
        self.threatToLife = threatToLife
    }

    func precedes(_ other: QueueCursor, order: QueueOrder) -> Bool {
        switch order {
        case .priority:
            return (priority, createdAt, id) < (other.priority, other.createdAt, other.id)
        case .deadline:
            return (threatToLife ? 0 : 1, deadlineAt ?? "", id)
                < (other.threatToLife ? 0 : 1, other.deadlineAt ?? "", other.id)
        }
    }
}

/// Queue order: the working order (threat to life first, then oldest), or nearest deadline
/// (threat to life first, then the nearest).
public enum QueueOrder: Sendable, Hashable {
    case priority, deadline
}

/// Which items a queue tab holds.
public struct QueueSelection: Sendable, Hashable {
    public var statuses: [ItemStatus]
    /// Only items with an open deadline at or before this instant, in deadline order.
    public var dueBefore: Date?
    /// Full-text search (reference, URL, host, explanation, legal basis); nil or blank: all.
    public var text: String?

    public init(statuses: [ItemStatus], dueBefore: Date? = nil, text: String? = nil) {
        self.statuses = statuses
        self.dueBefore = dueBefore
        self.text = text
    }

    public var order: QueueOrder { dueBefore == nil ? .priority : .deadline }
}

/// Windowed reads for the queue: every query walks an index (`items_queue`, `items_by_deadline`)
/// and stops after `limit` rows, so a window costs the same at 1,000,000 items as at 100.
public enum QueueRecords {
    /// Up to `limit` rows after `cursor` (or before it, going backward), in queue order.
    ///
    /// The priority order spans several statuses; SQLite cannot read `status IN (...)` in
    /// (priority, created_at) order from one index range without sorting every match, so each
    /// status is read on its own index range and the short results are merged here.
    public static func window(
        _ selection: QueueSelection, after cursor: QueueCursor?, backward: Bool = false, limit: Int,
        in db: Database
    ) throws -> [QueueRow] {
        guard limit > 0, !selection.statuses.isEmpty else { return [] }
        let order = selection.order
        var rows: [QueueRow] = []
        // Planned once for the window, not once per status.
        let search = try selection.text.flatMap { text in try FullTextPlan.condition(for: text, in: db) }
        switch order {
        case .priority:
            for status in selection.statuses {
                rows += try fetch(
                    selection, statuses: [status], search: search, after: cursor, backward: backward, limit: limit,
                    in: db)
            }
        case .deadline:
            // Threats to life first: each group is one range of the deadline index.
            for life in [true, false] {
                rows += try fetch(
                    selection, statuses: selection.statuses, search: search, after: cursor, backward: backward,
                    limit: limit, life: life, in: db)
            }
        }
        rows.sort { $0.cursor.precedes($1.cursor, order: order) }
        return backward ? Array(rows.suffix(limit)) : Array(rows.prefix(limit))
    }

    /// How many rows of the selection come before `cursor` (its zero-based position).
    public static func position(of cursor: QueueCursor, in selection: QueueSelection, in db: Database) throws -> Int {
        let (conditions, arguments) = condition(
            selection, statuses: selection.statuses, search: try countingSearch(selection, in: db), after: cursor,
            backward: true)
        return try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM items WHERE \(conditions.joined(separator: " AND "))", arguments: arguments)
            ?? 0
    }

    /// The rows of the selection; with `atMost`, counting stops there (`atMost` then means
    /// "at least that many"): a count costs what it counts, and the desk's tab bar must not read
    /// a million index entries to draw its first frame.
    public static func count(_ selection: QueueSelection, atMost: Int? = nil, in db: Database) throws -> Int {
        guard !selection.statuses.isEmpty else { return 0 }
        var (conditions, arguments) = condition(
            selection, statuses: selection.statuses, search: try countingSearch(selection, in: db), after: nil,
            backward: false)
        let filter = conditions.joined(separator: " AND ")
        guard let atMost else {
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE \(filter)", arguments: arguments) ?? 0
        }
        arguments += [atMost]
        return try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE \(filter) LIMIT ?)", arguments: arguments) ?? 0
    }

    /// Items per status, each count stopping at `atMost` (one short range of the queue index
    /// per status).
    public static func countsByStatus(atMost: Int, in db: Database) throws -> [ItemStatus: Int] {
        let statement = try db.cachedStatement(
            sql: "SELECT COUNT(*) FROM (SELECT 1 FROM items WHERE status = ? LIMIT ?)")
        var counts: [ItemStatus: Int] = [:]
        for status in ItemStatus.allCases {
            counts[status] = try Int.fetchOne(statement, arguments: [status.rawValue, atMost]) ?? 0
        }
        return counts
    }

    /// The newest audit event's id. Every change is an audit event (append-only), so this moves
    /// whenever anything changes, in this process or another one. `PRAGMA data_version` would
    /// not do here: it is per connection, and a pool hands out different reader connections.
    public static func changeToken(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM events") ?? 0
    }

    // MARK: - SQL

    private static func fetch(
        _ selection: QueueSelection, statuses: [ItemStatus], search: FullTextPlan.Condition?,
        after cursor: QueueCursor?, backward: Bool, limit: Int, life: Bool? = nil, in db: Database
    ) throws -> [QueueRow] {
        var (conditions, arguments) = condition(
            selection, statuses: statuses, search: search, after: cursor, backward: backward, life: life)
        let direction = backward ? "DESC" : "ASC"
        let orderBy =
            selection.order == .priority
            ? "priority \(direction), created_at \(direction), id \(direction)"
            : "next_deadline_at \(direction), id \(direction)"
        arguments += [limit]
        // Cached (the text depends only on which conditions are set) and read through a cursor,
        // which decodes each row where SQLite holds it.
        let rows = try Row.fetchCursor(
            try db.cachedStatement(
                sql: """
                    SELECT \(ItemRecords.columns), next_deadline_at, \(nextDeadlineRule) FROM items
                    WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(orderBy) LIMIT ?
                    """),
            arguments: arguments)
        var window: [QueueRow] = []
        while let row = try rows.next() {
            let item = ItemRecords.item(from: row)
            // Read by position: `columns` then next_deadline_at.
            let deadline: String? = row[ItemRecords.columnCount]
            var queueRow = QueueRow(
                item: item, nextDeadlineAt: deadline.flatMap(ISO8601.parseInstant),
                cursor: QueueCursor(
                    priority: item.priority.rawValue, createdAt: row[ItemRecords.createdAtColumn],
                    deadlineAt: deadline, id: item.id, threatToLife: item.threatToLife))
            queueRow.nextDeadlineRule = row[ItemRecords.columnCount + 1]
            window.append(queueRow)
        }
        return window
    }

    /// The rule of an item's nearest open deadline: looked up for the rows of one window only
    /// (through `document_items_by_item` and `deadlines_by_document`, in that order: CROSS JOIN),
    /// never for the whole tab.
    private static let nextDeadlineRule = """
        (SELECT dl.rule FROM document_items di CROSS JOIN deadlines dl ON dl.document_id = di.document_id
         WHERE di.item_id = items.id AND +dl.status = 'open' AND dl.due_at = items.next_deadline_at LIMIT 1)
        """

    /// A count never sorts: the search is always looked up in the full-text index first.
    private static func countingSearch(_ selection: QueueSelection, in db: Database) throws -> FullTextPlan.Condition? {
        try selection.text.flatMap { text in try FullTextPlan.condition(for: text, counting: true, in: db) }
    }

    private static func condition(
        _ selection: QueueSelection, statuses: [ItemStatus], search: FullTextPlan.Condition?,
        after cursor: QueueCursor?, backward: Bool, life: Bool? = nil
    ) -> ([String], StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        // On the Due tab the deadline index drives the search (`+` keeps SQLite from picking the
        // status index instead: with a million open items that read every one of them to find
        // the few with a deadline, a second at the desk's first frame).
        let status = selection.dueBefore == nil ? "status" : "+status"
        conditions.append("\(status) IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))")
        for status in statuses { arguments += [status.rawValue] }
        if let dueBefore = selection.dueBefore {
            conditions.append("next_deadline_at IS NOT NULL AND next_deadline_at <= ?")
            arguments += [ISO8601.format(dueBefore)]
        }
        if let life {
            conditions.append("threat_to_life = ?")
            arguments += [life ? 1 : 0]
        }
        if let search {
            conditions.append(search.sql)
            arguments += [search.match]
        }
        if let cursor {
            let comparison = backward ? "<" : ">"
            switch selection.order {
            case .priority:
                conditions.append("(priority, created_at, id) \(comparison) (?, ?, ?)")
                arguments += [cursor.priority, cursor.createdAt, cursor.id]
            case .deadline:
                if let life, life != cursor.threatToLife {
                    // The whole group lies on one side of the cursor: all of it, or none.
                    let groupComesFirst = life
                    if groupComesFirst != backward { conditions.append("0") }
                } else if life != nil {
                    conditions.append("(next_deadline_at, id) \(comparison) (?, ?)")
                    arguments += [cursor.deadlineAt ?? "", cursor.id]
                } else {
                    conditions.append("(1 - threat_to_life, next_deadline_at, id) \(comparison) (?, ?, ?)")
                    arguments += [cursor.threatToLife ? 0 : 1, cursor.deadlineAt ?? "", cursor.id]
                }
            }
        }
        return (conditions, arguments)
    }
}

extension QueueRecords {
    /// Items recorded in `[from, to)` by category ("" untriaged): what the desk handled.
    public static func itemsByCategory(from: Date, to: Date, in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(category, '') AS k, COUNT(*) AS n FROM items
                WHERE created_at >= ? AND created_at < ? GROUP BY k
                """, arguments: [ISO8601.format(from), ISO8601.format(to)])
        {
            counts[row["k"]] = row["n"]
        }
        return counts
    }
}
