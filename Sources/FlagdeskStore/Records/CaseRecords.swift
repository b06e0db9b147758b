import FlagdeskCore
import Foundation
import GRDB

/// An item proposed for a case because it shares content with an item already in it.
public struct SameContentMatch: Sendable, Equatable {
    /// The item proposed (not in the case).
    public var item: Item
    /// The item of the case it shares content with.
    public var matchedReference: String
    public var reason: SameContentReason
}

/// Reading and writing cases. The counts, threat flag, earliest deadline and state are kept in
/// step with the items by the triggers of `CaseSchema` and are never written here.
public enum CaseRecords {
    static let columns = """
        id, reference, title, person_id, status, lea_hold, item_count, open_item_count, threat_to_life,
        next_deadline_at, created_at, created_by, closed_at, purged_at, version
        """

    /// Inserts a new case, giving it the next `C-YYYY-NNNNN` reference of `year`.
    public static func insert(_ new: Case, year: Int, in db: Database) throws -> Case {
        var stored = new
        stored.reference = try Counters.nextReference(prefix: "C", year: year, digits: 5, in: db)
        try db.execute(
            sql: """
                INSERT INTO cases (reference, title, person_id, status, lea_hold, created_at, created_by, updated_at,
                    version)
                VALUES (?, ?, ?, 'open', ?, ?, ?, ?, 1)
                """,
            arguments: [
                stored.reference, stored.title, stored.personID, stored.leaHold, ISO8601.format(stored.createdAt),
                stored.createdBy, ISO8601.format(stored.createdAt),
            ])
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func find(reference: String, in db: Database) throws -> Case? {
        try Row.fetchOne(
            db, sql: "SELECT \(columns) FROM cases WHERE reference = ?", arguments: [reference]
        ).map(record(from:))
    }

    public static func find(id: Int64, in db: Database) throws -> Case? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM cases WHERE id = ?", arguments: [id]).map(record(from:))
    }

    /// Writes the case's own fields (title, person, hold) if nobody changed it since it was read.
    public static func update(_ record: Case, at now: Date, in db: Database) throws -> Case {
        try db.execute(
            sql: """
                UPDATE cases SET title = ?, person_id = ?, lea_hold = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND purged_at IS NULL
                """,
            arguments: [record.title, record.personID, record.leaHold, ISO8601.format(now), record.id, record.version])
        if db.changesCount == 0 {
            throw try VersionedUpdate.refusal(
                table: "cases", id: record.id, record: "case \(record.reference)", expectedVersion: record.version,
                in: db)
        }
        return try find(id: record.id, in: db) ?? record
    }

    /// Cases by urgency: open before closed, threat to life first, then the earliest deadline
    /// (overdue ones first), then the oldest; one window (the `cases_by_urgency` index order).
    public static func list(includeClosed: Bool, limit: Int, offset: Int = 0, in db: Database) throws -> [Case] {
        try Row.fetchAll(
            try db.cachedStatement(
                sql: """
                    SELECT \(columns) FROM cases \(includeClosed ? "" : "WHERE status = 'open'")
                    ORDER BY status DESC, threat_to_life DESC, coalesce(next_deadline_at, '9999'), id
                    LIMIT ? OFFSET ?
                    """), arguments: [limit, offset]
        ).map(record(from:))
    }

    public static func count(includeClosed: Bool, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM cases \(includeClosed ? "" : "WHERE status = 'open'")") ?? 0
    }

    /// Open cases whose earliest deadline is before `now`.
    public static func overdueCount(at now: Date, in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FROM cases
                WHERE status = 'open' AND coalesce(next_deadline_at, '9999') < ?
                """, arguments: [ISO8601.format(now)]) ?? 0
    }

    /// The items of a case, by provider, then status, then reference.
    public static func items(caseID: Int64, in db: Database) throws -> [Item] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(ItemRecords.columns) FROM items WHERE case_id = ?
                ORDER BY coalesce(provider_key, '~' || host), status, id
                """, arguments: [caseID]
        ).map(ItemRecords.item(from:))
    }

    /// The cases a person's items or the person directly belong to (People view).
    public static func forPerson(_ personID: Int64, in db: Database) throws -> [Case] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns) FROM cases WHERE person_id = ?
                UNION SELECT \(columns) FROM cases WHERE id IN (SELECT case_id FROM items WHERE person_id = ?)
                ORDER BY id
                """, arguments: [personID, personID]
        ).map(record(from:))
    }

    /// Items outside the case that share content with an item in it: an evidence file with the
    /// same SHA-256, or the same normalised URL. Purged items and purged files take no part.
    public static func sameContent(caseID: Int64, in db: Database) throws -> [SameContentMatch] {
        try sameContent(scope: "ci.case_id = ?", notIn: "o.case_id IS NOT ci.case_id", arguments: [caseID], in: db)
    }

    /// Items that share content with one item (whatever case they are in, if any).
    public static func sameContent(itemID: Int64, in db: Database) throws -> [SameContentMatch] {
        try sameContent(scope: "ci.id = ?", notIn: "o.id <> ci.id", arguments: [itemID], in: db)
    }

    private static func sameContent(
        scope: String, notIn: String, arguments: StatementArguments, in db: Database
    ) throws -> [SameContentMatch] {
        let itemColumns = ItemRecords.columns.split(separator: ",").map {
            "o." + $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(itemColumns), ci.reference, 'sha256', e1.sha256 FROM items ci
                JOIN evidence e1 ON e1.item_id = ci.id AND e1.purged_at IS NULL
                JOIN evidence e2 ON e2.sha256 = e1.sha256 AND e2.item_id <> ci.id AND e2.purged_at IS NULL
                JOIN items o ON o.id = e2.item_id
                WHERE \(scope) AND \(notIn) AND o.purged_at IS NULL AND ci.purged_at IS NULL
                UNION
                SELECT \(itemColumns), ci.reference, 'url', ci.url_normalized FROM items ci
                JOIN items o ON o.url_normalized = ci.url_normalized AND o.id <> ci.id
                WHERE \(scope) AND \(notIn) AND o.purged_at IS NULL AND ci.purged_at IS NULL
                ORDER BY 2, 27
                LIMIT 500
                """, arguments: arguments + arguments)
        return rows.map { row in
            let kind: String = row[ItemRecords.columnCount + 1]
            let value: String = row[ItemRecords.columnCount + 2]
            return SameContentMatch(
                item: ItemRecords.item(from: row), matchedReference: row[ItemRecords.columnCount],
                reason: kind == "sha256" ? .evidenceSHA256(value) : .normalizedURL(value))
        }
    }

    static func record(from row: Row) -> Case {
        Case(
            id: row[0], reference: row[1], title: row[2], personID: row[3],
            status: CaseStatus(rawValue: row[4]) ?? .open, leaHold: row[5], itemCount: row[6],
            openItemCount: row[7], threatToLife: row[8], nextDeadlineAt: instant(row[9]),
            createdAt: instant(row[10]) ?? .distantPast, createdBy: row[11], closedAt: instant(row[12]),
            purgedAt: instant(row[13]), version: row[14])
    }
}
