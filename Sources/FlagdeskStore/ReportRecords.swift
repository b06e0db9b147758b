import FlagdeskCore
import Foundation
import GRDB

/// One DSA notice sent in a report period, with what the Art. 22(3) report counts.
public struct ReportedNotice: Sendable, Equatable {
    public var reference: String
    /// The provider's directory key (`documents.recipient_key`).
    public var providerKey: String?
    public var content: DocumentContent
    public var outcome: DocumentOutcome?
    public var sentAt: Date
    public var decidedAt: Date?
    /// From the notice's policy deadlines: true when met, false when missed, nil while open or
    /// when none applies.
    public var policyDeadlineMet: Bool?
    /// Reminders sent in its follow-up chain.
    public var reminders: Int
    /// DSA Art. 20 and Art. 53 complaints sent in its follow-up chain.
    public var escalations: Int
}

/// Read-only queries for the annual report and for evidence bundles. Each runs inside the
/// caller's transaction.
public enum ReportRecords {
    /// DSA notices sent in `[from, to)`, oldest first.
    public static func notices(sentFrom from: Date, to: Date, in db: Database) throws -> [ReportedNotice] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, reference, recipient_key, fields, outcome, sent_at, decided_at
                FROM documents
                WHERE kind = 'dsa-notice' AND sent_at IS NOT NULL AND sent_at >= ? AND sent_at < ?
                ORDER BY sent_at, id
                """, arguments: [ISO8601.format(from), ISO8601.format(to)])
        return try rows.map { row in
            let id: Int64 = row["id"]
            let reference: String = row["reference"]
            let outcome = (row["outcome"] as String?).flatMap(DocumentOutcome.init(rawValue:))
            return ReportedNotice(
                reference: reference, providerKey: row["recipient_key"],
                content: try ContentJSON.decode(row["fields"], reference: reference), outcome: outcome,
                sentAt: instant(row["sent_at"]) ?? from, decidedAt: instant(row["decided_at"]),
                policyDeadlineMet: try policyDeadlineMet(documentID: id, in: db),
                reminders: try followUps(of: id, kinds: ["reminder"], in: db),
                escalations: try followUps(of: id, kinds: ["dsa-complaint", "dsc-complaint"], in: db))
        }
    }

    /// Met when every settled policy deadline was met; missed when one was missed.
    static func policyDeadlineMet(documentID: Int64, in db: Database) throws -> Bool? {
        // Cached: the report asks this once per notice (a fresh parse each time dominated its run).
        let statuses = try String.fetchAll(
            try db.cachedStatement(
                sql:
                    "SELECT status FROM deadlines WHERE document_id = ? AND is_policy = 1 AND status IN ('met', 'missed')"
            ),
            arguments: [documentID])
        if statuses.isEmpty { return nil }
        return !statuses.contains("missed")
    }

    /// Sent documents of `kinds` anywhere below a document in its follow-up chain.
    static func followUps(of documentID: Int64, kinds: [String], in db: Database) throws -> Int {
        let marks = kinds.map { _ in "?" }.joined(separator: ",")
        return try Int.fetchOne(
            try db.cachedStatement(
                sql: """
                    WITH RECURSIVE chain(id) AS (
                        SELECT id FROM documents WHERE parent_id = ?
                        UNION SELECT d.id FROM documents d JOIN chain c ON d.parent_id = c.id
                    )
                    SELECT COUNT(*) FROM documents
                    WHERE id IN (SELECT id FROM chain) AND sent_at IS NOT NULL AND kind IN (\(marks))
                    """), arguments: StatementArguments([documentID] as [any DatabaseValueConvertible] + kinds)) ?? 0
    }

    /// The ids of the items of a case, by the case's reference; nil when there is no such case.
    public static func caseItemIDs(reference: String, in db: Database) throws -> [Int64]? {
        guard
            let caseID = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [reference])
        else { return nil }
        return try Int64.fetchAll(db, sql: "SELECT id FROM items WHERE case_id = ? ORDER BY id", arguments: [caseID])
    }
}
