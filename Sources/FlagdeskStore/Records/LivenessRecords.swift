import FlagdeskCore
import Foundation
import GRDB

/// One liveness check: was the content still there, and what does Flagdesk propose the
/// flagger records (`removed`, `changed`, `still-online`)? The flagger confirms.
public struct LivenessCheck: Sendable, Equatable, Codable {
    public var id: Int64
    public var itemID: Int64
    public var itemReference: String
    public var checkedAt: Date
    public var checkedBy: String
    public var httpStatus: Int?
    public var finalURL: String?
    /// SHA-256 of the body read (nil when only the status was asked for, or on error).
    public var sha256: String?
    /// Whether the body differs from the last capture (nil: nothing to compare with).
    public var changed: Bool?
    public var proposedOutcome: String?
    public var confirmedOutcome: String?
    /// Why no answer came (time-out, connection refused...).
    public var error: String?

    public init(
        id: Int64 = 0, itemID: Int64, itemReference: String, checkedAt: Date, checkedBy: String, httpStatus: Int?,
        finalURL: String?, sha256: String?, changed: Bool?, proposedOutcome: String?, confirmedOutcome: String? = nil,
        error: String?
    ) {
        self.id = id
        self.itemID = itemID
        self.itemReference = itemReference
        self.checkedAt = checkedAt
        self.checkedBy = checkedBy
        self.httpStatus = httpStatus
        self.finalURL = finalURL
        self.sha256 = sha256
        self.changed = changed
        self.proposedOutcome = proposedOutcome
        self.confirmedOutcome = confirmedOutcome
        self.error = error
    }
}

/// Reading and writing `liveness_checks`. All functions run inside a caller's transaction.
public enum LivenessRecords {
    public static func insert(_ check: LivenessCheck, in db: Database) throws -> LivenessCheck {
        try db.execute(
            sql: """
                INSERT INTO liveness_checks (item_id, checked_at, checked_by, http_status, final_url, sha256, changed,
                    proposed_outcome, confirmed_outcome, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                check.itemID, ISO8601.format(check.checkedAt), check.checkedBy, check.httpStatus, check.finalURL,
                check.sha256, check.changed, check.proposedOutcome, check.confirmedOutcome, check.error,
            ])
        var stored = check
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func find(id: Int64, in db: Database) throws -> LivenessCheck? {
        try Row.fetchOne(db, sql: "\(select) WHERE c.id = ?", arguments: [id]).map(check(from:))
    }

    public static func forItem(_ itemID: Int64, in db: Database) throws -> [LivenessCheck] {
        try Row.fetchAll(db, sql: "\(select) WHERE c.item_id = ? ORDER BY c.id", arguments: [itemID]).map(check(from:))
    }

    /// Records the flagger's confirmation; refused when the check was already confirmed.
    public static func confirm(id: Int64, outcome: String, in db: Database) throws -> LivenessCheck {
        try db.execute(
            sql: "UPDATE liveness_checks SET confirmed_outcome = ? WHERE id = ? AND confirmed_outcome IS NULL",
            arguments: [outcome, id])
        guard let check = try find(id: id, in: db) else { throw StoreError.notFound("liveness check #\(id)") }
        if db.changesCount == 0 {
            throw StoreError.refused(
                "liveness check #\(id) was already confirmed as \(check.confirmedOutcome ?? "?"); run a new recheck")
        }
        return check
    }

    /// Items whose notice has been decided, or whose deadline has passed, and that were not
    /// checked since: the ones to look at again (`flagdesk recheck --due`). Notices are the
    /// documents asking for removal (DSA notice, TAKE IT DOWN request, GDPR erasure); withdrawn
    /// and unsent documents are left out, as are closed items.
    /// The kinds that ask for removal, from their definitions (`asksForRemoval`).
    private static let removalKinds = DocumentKinds.sqlList(\.asksForRemoval)

    public static func dueItems(now: Date, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: """
                WITH triggers AS (
                    SELECT di.item_id AS item_id, d.decided_at AS at FROM documents d
                    JOIN document_items di ON di.document_id = d.id
                    WHERE d.decided_at IS NOT NULL AND d.decided_at <= :now
                        AND d.kind IN (\(removalKinds))
                        AND d.status NOT IN ('draft', 'ready', 'approved', 'withdrawn')
                    UNION ALL
                    SELECT di.item_id, dl.due_at FROM deadlines dl
                    JOIN documents d ON d.id = dl.document_id
                    JOIN document_items di ON di.document_id = d.id
                    WHERE dl.due_at <= :now AND dl.status IN ('open', 'missed')
                        AND d.kind IN (\(removalKinds))
                        AND d.status NOT IN ('draft', 'ready', 'approved', 'withdrawn')
                )
                SELECT x.item_id FROM (
                    SELECT t.item_id AS item_id, MAX(t.at) AS last_trigger FROM triggers t
                    JOIN items i ON i.id = t.item_id
                    WHERE i.status NOT IN ('resolved', 'no-action')
                    GROUP BY t.item_id
                ) x
                WHERE NOT EXISTS (
                    SELECT 1 FROM liveness_checks c WHERE c.item_id = x.item_id AND c.checked_at >= x.last_trigger)
                ORDER BY x.item_id
                """, arguments: ["now": ISO8601.format(now)])
    }

    private static let select = """
        SELECT c.*, i.reference AS item_reference FROM liveness_checks c JOIN items i ON i.id = c.item_id
        """

    static func check(from row: Row) -> LivenessCheck {
        LivenessCheck(
            id: row["id"], itemID: row["item_id"], itemReference: row["item_reference"],
            checkedAt: ISO8601.parseInstant(row["checked_at"]) ?? .distantPast, checkedBy: row["checked_by"],
            httpStatus: row["http_status"], finalURL: row["final_url"], sha256: row["sha256"],
            changed: row["changed"], proposedOutcome: row["proposed_outcome"],
            confirmedOutcome: row["confirmed_outcome"], error: row["error"])
    }
}
