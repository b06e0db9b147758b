import FlagdeskCore
import Foundation
import GRDB

/// One stored deadline of a document (DESIGN.md §3 `deadlines`): its rule, due instant, the
/// original instant before an extension, and the explanation of how it was counted.
public struct DeadlineEntry: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var ruleID: String
    public var due: Date
    public var originalDue: Date?
    public var isPolicy: Bool
    /// The inputs of the count as JSON (`ComputedDeadline`), so the UI can say why.
    public var inputs: String
    /// The steps of the count, one per line.
    public var explanation: String
    public var status: DeadlineStatus
    public var computedAt: Date
    /// An item of the document is flagged as a threat to life or safety: listed first.
    public var urgent: Bool

    public init(
        id: Int64 = 0, documentID: Int64, ruleID: String, due: Date, originalDue: Date? = nil, isPolicy: Bool,
        inputs: String, explanation: String, status: DeadlineStatus, computedAt: Date, urgent: Bool = false
    ) {
        self.id = id
        self.documentID = documentID
        self.ruleID = ruleID
        self.due = due
        self.originalDue = originalDue
        self.isPolicy = isPolicy
        self.inputs = inputs
        self.explanation = explanation
        self.status = status
        self.computedAt = computedAt
        self.urgent = urgent
    }
}

/// Where a deadline stands (`deadlines.status`).
public enum DeadlineStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case open
    /// The awaited answer or act came in time.
    case met
    /// It came late, or not at all.
    case missed
    /// A later event replaced it (an extension, a production request).
    case superseded
}

/// An open deadline with what the lists show beside it: its document and items.
public struct OpenDeadlineRow: Sendable, Equatable {
    public var entry: DeadlineEntry
    public var documentReference: String
    public var documentKind: DocumentKind
    public var documentStatus: DocumentStatus
    public var recipientKey: String?
    public var itemReferences: [String]
    /// Any covered item is flagged as a threat to life or safety.
    public var threatToLife: Bool
}

/// Reading and replacing deadlines. The engine recomputes a document's deadlines in the same
/// transaction as the change that affects them and hands the full set to `replace`.
public enum DeadlineRecords {
    /// Replaces the deadlines of one document with `entries`.
    public static func replace(documentID: Int64, with entries: [DeadlineEntry], in db: Database) throws {
        try db.execute(sql: "DELETE FROM deadlines WHERE document_id = ?", arguments: [documentID])
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO deadlines (document_id, rule, due_at, original_due_at, is_policy, inputs, explanation,
                    status, computed_at, urgent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for entry in entries {
            try statement.execute(arguments: [
                documentID, entry.ruleID, ISO8601.format(entry.due), text(entry.originalDue), entry.isPolicy,
                entry.inputs, entry.explanation, entry.status.rawValue, ISO8601.format(entry.computedAt), entry.urgent,
            ])
        }
    }

    public static func forDocument(_ documentID: Int64, in db: Database) throws -> [DeadlineEntry] {
        try Row.fetchAll(
            db, sql: "SELECT \(columns) FROM deadlines dl WHERE document_id = ? ORDER BY due_at, id",
            arguments: [documentID]
        ).map(entry(from:))
    }

    /// Every open deadline, for the escalation planner.
    public static func allOpen(in db: Database) throws -> [OpenDeadline] {
        try Row.fetchAll(db, sql: "SELECT document_id, rule, due_at FROM deadlines WHERE status = 'open'").compactMap {
            guard let due = instant($0["due_at"]) else { return nil }
            return OpenDeadline(documentID: $0["document_id"], ruleID: $0["rule"], due: due)
        }
    }

    /// Open deadlines due before `before` (all when nil), most urgent first: threat to life
    /// first (DESIGN.md §4), then the earliest due. Windowed.
    public static func open(dueBefore before: Date?, limit: Int, in db: Database) throws -> [OpenDeadlineRow] {
        // Urgent ones first, then the rest: each an index range scan on (status, urgent, due_at).
        var rows: [OpenDeadlineRow] = []
        for urgent in [1, 0] where rows.count < limit {
            var arguments: StatementArguments = [urgent]
            var condition = "dl.status = 'open' AND dl.urgent = ?"
            if let before {
                condition += " AND dl.due_at < ?"
                arguments += [ISO8601.format(before)]
            }
            rows += try fetchRows(condition, arguments: arguments, limit: limit - rows.count, in: db)
        }
        return rows
    }

    /// How many open deadlines are due before `before` (all when nil): what a shortened list left out.
    public static func openCount(dueBefore before: Date?, in db: Database) throws -> Int {
        var sql = "SELECT COUNT(*) FROM deadlines WHERE status = 'open'"
        var arguments: StatementArguments = []
        if let before {
            sql += " AND due_at < ?"
            arguments += [ISO8601.format(before)]
        }
        return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
    }

    /// Deadlines that ended without being missed (met, or superseded by a withdrawal, closing or
    /// production request) and are due from `from` on (and before `before`): a calendar that
    /// imported them earlier learns they are cancelled.
    public static func ended(dueFrom from: Date, dueBefore before: Date?, in db: Database) throws
        -> [OpenDeadlineRow]
    {
        var condition = "dl.status IN ('met', 'superseded') AND dl.due_at >= ?"
        var arguments: StatementArguments = [ISO8601.format(from)]
        if let before {
            condition += " AND dl.due_at < ?"
            arguments += [ISO8601.format(before)]
        }
        return try fetchRows(condition, arguments: arguments, limit: Int.max, in: db)
    }

    private static func fetchRows(
        _ condition: String, arguments: StatementArguments, limit: Int, in db: Database
    ) throws -> [OpenDeadlineRow] {
        var rows: [OpenDeadlineRow] = []
        let cursor = try Row.fetchCursor(
            try db.cachedStatement(
                sql: """
                    SELECT \(columns), d.reference, d.kind, d.status, d.recipient_key,
                        (SELECT group_concat(i.reference, ' ') FROM document_items di
                            JOIN items i ON i.id = di.item_id WHERE di.document_id = d.id)
                    FROM deadlines dl JOIN documents d ON d.id = dl.document_id
                    WHERE \(condition)
                    ORDER BY dl.due_at, dl.id
                    LIMIT ?
                    """), arguments: arguments + [limit])
        // By position: `columns`, then the document's reference, kind, status, recipient and items.
        while let row = try cursor.next() {
            guard let kind = DocumentKind(rawValue: row[12]), let status = DocumentStatus(rawValue: row[13])
            else { continue }
            let references: String = row[15] ?? ""
            rows.append(
                OpenDeadlineRow(
                    entry: entry(from: row), documentReference: row[11], documentKind: kind,
                    documentStatus: status, recipientKey: row[14],
                    itemReferences: references.split(separator: " ").map(String.init).sorted(),
                    threatToLife: row[9]))
        }
        return rows
    }

    /// Re-marks the urgency of the deadlines of an item's documents after its threat-to-life flag
    /// changed at triage.
    public static func refreshUrgency(itemID: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE deadlines SET urgent = EXISTS (
                    SELECT 1 FROM document_items di JOIN items i ON i.id = di.item_id
                    WHERE di.document_id = deadlines.document_id AND i.threat_to_life = 1)
                WHERE document_id IN (SELECT document_id FROM document_items WHERE item_id = ?)
                """, arguments: [itemID])
    }

    /// The earliest open deadline of each item's documents, written to `items.next_deadline_at`
    /// so the queue can sort and show it without a join. CROSS JOIN keeps the item's few
    /// documents first, then their deadlines: SQLite otherwise read every open deadline of the
    /// desk for each item (200,000 of them at a million items, on every send and answer).
    public static func refreshNextDeadline(itemIDs: [Int64], in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE items SET next_deadline_at = (
                    SELECT MIN(dl.due_at) FROM document_items di CROSS JOIN deadlines dl
                        ON dl.document_id = di.document_id
                    WHERE di.item_id = items.id AND +dl.status = 'open')
                WHERE id = ?
                """)
        for id in itemIDs { try statement.execute(arguments: [id]) }
    }

    /// What every deadline query selects first, in this order (`entry(from:)` reads by position:
    /// a look-up by name lower-cases every column name on every row).
    static let columns = """
        dl.id, dl.document_id, dl.rule, dl.due_at, dl.original_due_at, dl.is_policy, dl.inputs, dl.explanation,
        dl.status, dl.urgent, dl.computed_at
        """

    static func entry(from row: Row) -> DeadlineEntry {
        DeadlineEntry(
            id: row[0], documentID: row[1], ruleID: row[2],
            due: instant(row[3]) ?? .distantPast, originalDue: instant(row[4]),
            isPolicy: row[5], inputs: row[6], explanation: row[7],
            status: DeadlineStatus(rawValue: row[8]) ?? .open,
            computedAt: instant(row[10]) ?? .distantPast, urgent: row[9])
    }
}
