import FlagdeskCore
import Foundation
import GRDB

/// What the escalation planner reads, limited to the documents that could fire now
/// (`EscalationCandidates`) and their follow-ups: each part an index range scan, so
/// `escalate --dry-run` does not read every document and open deadline of the store.
public enum EscalationRecords {
    public static func snapshots(
        _ candidates: EscalationCandidates, in db: Database
    ) throws -> (documents: [DocumentSnapshot], deadlines: [OpenDeadline]) {
        let ids = try candidateIDs(candidates, in: db)
        guard !ids.isEmpty else { return ([], []) }
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let documents = try Row.fetchAll(
            db,
            sql: """
                SELECT id, reference, kind, status, parent_id, outcome, sent_at, decided_at, decision_notified_at
                FROM documents WHERE id IN (SELECT value FROM json_each(?1))
                UNION
                SELECT id, reference, kind, status, parent_id, outcome, sent_at, decided_at, decision_notified_at
                FROM documents WHERE parent_id IN (SELECT value FROM json_each(?1))
                ORDER BY id
                """, arguments: [list]
        ).compactMap(DocumentRecords.snapshot(from:))
        // By document (`+status`: SQLite would otherwise walk every open deadline of the desk
        // through the status index and test each against the list: 115 ms for 2,000 candidates
        // among 200,000 open deadlines).
        let deadlines = try Row.fetchAll(
            db,
            sql: """
                SELECT document_id, rule, due_at FROM deadlines
                WHERE document_id IN (SELECT value FROM json_each(?)) AND +status = 'open'
                """, arguments: [list]
        ).compactMap { row -> OpenDeadline? in
            guard let due = instant(row["due_at"]) else { return nil }
            return OpenDeadline(documentID: row["document_id"], ruleID: row["rule"], due: due)
        }
        return (documents, deadlines)
    }

    static func candidateIDs(_ candidates: EscalationCandidates, in db: Database) throws -> [Int64] {
        var ids: Set<Int64> = []
        if !candidates.decidedKinds.isEmpty, !candidates.decidedOutcomes.isEmpty {
            ids.formUnion(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM documents WHERE status = 'decided'
                        AND kind IN (SELECT value FROM json_each(?)) AND outcome IN (SELECT value FROM json_each(?))
                        """,
                    arguments: [
                        jsonList(candidates.decidedKinds.map(\.rawValue)),
                        jsonList(candidates.decidedOutcomes.map(\.rawValue)),
                    ]))
        }
        for (kind, before) in candidates.awaitingSentBefore {
            ids.formUnion(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM documents WHERE kind = ? AND sent_at IS NOT NULL AND sent_at <= ?
                        AND status IN ('sent', 'acknowledged')
                        """, arguments: [kind.rawValue, ISO8601.format(before)]))
        }
        for kind in candidates.sentKinds {
            ids.formUnion(
                try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM documents WHERE kind = ? AND sent_at IS NOT NULL
                        AND status IN ('sent', 'acknowledged', 'decided')
                        """, arguments: [kind.rawValue]))
        }
        return ids.sorted()
    }

    private static func jsonList(_ values: [String]) -> String {
        "[" + values.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }
}
