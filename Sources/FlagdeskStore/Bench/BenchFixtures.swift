import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// Synthetic documents and deadlines for `flagdesk-bench`, written with plain SQL (the bench
/// needs a realistic store of a million items; the workflow engine writes real ones), with the
/// events a real desk records for them (each document drafted, then sent with the SHA-256 of
/// its text) and sealed at commit like any write, so the bench store verifies clean. Not used
/// by the application.
public enum BenchFixtures {
    /// One sent DSA notice for every `every`-th item, each with one open deadline spread from
    /// 10 days before `now` to 20 days after it (the item's next deadline). Notices were sent in the last four days, but
    /// one in a hundred a month ago and still unanswered: what a desk that escalates every day
    /// has waiting, so `escalate --dry-run` has real proposals to make. Returns the number of
    /// documents written.
    @discardableResult
    public static func addNotices(every: Int, now: Date, actor: String, in db: Database) throws -> Int {
        let itemIDs = try Int64.fetchAll(
            db, sql: "SELECT id FROM items WHERE id % ? = 0 ORDER BY id", arguments: [every])
        let insertDocument = try db.makeStatement(
            sql: """
                INSERT INTO documents (reference, kind, language, status, recipient_kind, recipient_key, fields,
                    drafted_at, drafted_by, sent_at, sent_by, sent_via, frozen_text, frozen_sha256, frozen_format,
                    updated_at)
                VALUES (?, 'dsa-notice', 'en', 'sent', 'provider', NULL, ?, ?, ?, ?, ?, 'email', ?, ?, 'txt', ?)
                """)
        let link = try db.makeStatement(sql: "INSERT INTO document_items (document_id, item_id) VALUES (?, ?)")
        let insertDeadline = try db.makeStatement(
            sql: """
                INSERT INTO deadlines (document_id, rule, due_at, is_policy, inputs, explanation, status, computed_at)
                VALUES (?, 'dsa.notice.expected-decision.trusted', ?, 1, '{}', 'bench', 'open', ?)
                """)
        let at = ISO8601.format(now)
        let frozenText = "text"
        let frozenSHA256 = SHA256.hash(data: Data(frozenText.utf8)).lowercaseHex
        let trail = try AuditChainWriter(in: db)
        let fields = try ContentJSON.encode(.empty(.dsaNotice))
        let year = CivilDate(now, in: TimeZone(identifier: "UTC")!).year
        for (index, itemID) in itemIDs.enumerated() {
            let reference = Counters.reference(prefix: "N", year: year, number: index + 1, digits: 5)
            let daysAgo = index % 100 == 0 ? 30 : index % 5
            let sent = ISO8601.format(now.addingTimeInterval(-Double(daysAgo) * 86_400))
            try insertDocument.execute(arguments: [
                reference, fields, sent, actor, sent, actor, frozenText, frozenSHA256, sent,
            ])
            // Before the events below: each of their inserts moves the last inserted rowid.
            let documentID = db.lastInsertedRowID
            try trail.append(
                AuditEntry(actor: actor, at: now, entity: "document", entityID: reference, action: "draft"))
            try trail.append(
                AuditEntry(
                    actor: actor, at: now, entity: "document", entityID: reference, action: "send",
                    payload: ["sha256": frozenSHA256]))
            try link.execute(arguments: [documentID, itemID])
            let offset = Double((index * 7919) % (30 * 24)) * 3600 - 10 * 86_400
            try insertDeadline.execute(arguments: [
                documentID, ISO8601.format(now.addingTimeInterval(offset)), at,
            ])
        }
        try Counters.advance(prefix: "N", year: year, to: itemIDs.count, in: db)
        // As the engine does when a deadline opens: the items carry their next deadline, so the
        // desk's Due tab and overdue count have real rows to find.
        try DeadlineRecords.refreshNextDeadline(itemIDs: itemIDs, in: db)
        return itemIDs.count
    }

    public static func counts(in db: Database) throws -> (items: Int, documents: Int, deadlines: Int, events: Int) {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM documents),
                    (SELECT COUNT(*) FROM deadlines), (SELECT COUNT(*) FROM events)
                """)!
        return (row[0], row[1], row[2], row[3])
    }
}
