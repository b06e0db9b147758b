import FlagdeskCore
import Foundation
import GRDB

/// One DSA notice sent in a report period, with what the Art. 22(3) report counts.
public struct ReportedNotice: Sendable, Equatable {
    public var reference: String
    /// The provider's directory key (`documents.recipient_key`).
    public var providerKey: String?
    /// The notice's DSA category and keywords (from its fields).
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
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
    /// DSA notices sent in `[from, to)`, oldest first. One query reads every notice with its
    /// category, keywords and policy-deadline verdict (SQLite's JSON functions, no decoding of
    /// whole documents), and one more counts the follow-ups of every chain: at 200,000 notices
    /// the per-notice queries took 13 s.
    public static func notices(sentFrom from: Date, to: Date, in db: Database) throws -> [ReportedNotice] {
        let followUps = try followUpCounts(in: db)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.id, d.reference, d.recipient_key, d.outcome, d.sent_at, d.decided_at,
                    json_extract(d.fields, '$.category') AS category,
                    (SELECT group_concat(value, ' ') FROM json_each(d.fields, '$.keywords')) AS keywords,
                    (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE min(status = 'met') END FROM deadlines
                     WHERE document_id = d.id AND is_policy = 1 AND status IN ('met', 'missed')) AS policy_met
                FROM documents d
                WHERE d.kind = 'dsa-notice' AND d.sent_at IS NOT NULL AND d.sent_at >= ? AND d.sent_at < ?
                ORDER BY d.sent_at, d.id
                """, arguments: [ISO8601.format(from), ISO8601.format(to)])
        var notices: [ReportedNotice] = []
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            let keywords = ((row["keywords"] as String?) ?? "").split(separator: " ").compactMap {
                DSAKeyword(rawValue: String($0))
            }
            notices.append(
                ReportedNotice(
                    reference: row["reference"], providerKey: row["recipient_key"],
                    category: (row["category"] as String?).flatMap(DSACategory.init(rawValue:)), keywords: keywords,
                    outcome: (row["outcome"] as String?).flatMap(DocumentOutcome.init(rawValue:)),
                    sentAt: instant(row["sent_at"]) ?? from, decidedAt: instant(row["decided_at"]),
                    policyDeadlineMet: (row["policy_met"] as Int?).map { $0 == 1 },
                    reminders: followUps[id]?.reminders ?? 0, escalations: followUps[id]?.escalations ?? 0))
        }
        return notices
    }

    /// For every document with sent follow-ups anywhere below it: how many are reminders and
    /// how many DSA Art. 20 / Art. 53 complaints. Reads only documents that have a parent.
    static func followUpCounts(in db: Database) throws -> [Int64: (reminders: Int, escalations: Int)] {
        var parent: [Int64: Int64] = [:]
        var sent: [(id: Int64, kind: String)] = []
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT id, parent_id, kind, sent_at IS NOT NULL AS sent FROM documents WHERE parent_id IS NOT NULL")
        while let row = try rows.next() {
            let id: Int64 = row["id"]
            parent[id] = row["parent_id"]
            let kind: String = row["kind"]
            if row["sent"] as Bool, ["reminder", "dsa-complaint", "dsc-complaint"].contains(kind) {
                sent.append((id, kind))
            }
        }
        var counts: [Int64: (reminders: Int, escalations: Int)] = [:]
        for followUp in sent {
            var seen: Set<Int64> = [followUp.id]
            var ancestor = parent[followUp.id]
            while let current = ancestor, seen.insert(current).inserted {
                var count = counts[current] ?? (0, 0)
                if followUp.kind == "reminder" { count.reminders += 1 } else { count.escalations += 1 }
                counts[current] = count
                ancestor = parent[current]
            }
        }
        return counts
    }

    /// The ids of the items of a case, by the case's reference; nil when there is no such case.
    public static func caseItemIDs(reference: String, in db: Database) throws -> [Int64]? {
        guard
            let caseID = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [reference])
        else { return nil }
        return try Int64.fetchAll(db, sql: "SELECT id FROM items WHERE case_id = ? ORDER BY id", arguments: [caseID])
    }
}
