import FlagdeskCore
import Foundation
import GRDB

/// Erasing what closed items and their documents say once past the evidence period (GDPR
/// Art. 5(1)(c), (e)): the URLs, the flagger's free text, the documents' texts and the values
/// they took from items and people. The rows stay with everything the Art. 22(3) report, the
/// queue and the audit trail read (reference, host, provider, category, keywords, flags,
/// status, priority, source, times, links, legal basis, no-action reason; a document's status,
/// outcome, times, recipient, provider reference and the SHA-256 of what was sent).
extension PurgeRecords {
    /// Erases the items' content inside the caller's write transaction; returns the references
    /// of the items erased, in id order (an item purged meanwhile is skipped).
    ///
    /// Besides the URL and the explanation, the triage note and each indicator's reason go
    /// (free text a flagger wrote, which may describe the victim; the indicator keys stay), as
    /// do the URLs the item's evidence rows and liveness checks recorded, and a check's error
    /// text (a fetch error may quote the URL). The full-text index follows through its update
    /// trigger, so no erased word can be searched for.
    static func eraseItems(_ items: [PurgeableItem], at: String, in db: Database) throws -> [String] {
        let itemUpdate = try db.makeStatement(
            sql: """
                UPDATE items SET url = ?, url_normalized = ? || reference, explanation = NULL, triage_note = NULL,
                    indicators = CASE WHEN json_valid(indicators) THEN (
                        SELECT json_group_array(json_object('key', json_extract(value, '$.key'), 'reason', ?))
                        FROM json_each(items.indicators)) ELSE '[]' END,
                    purged_at = ?, version = version + 1
                WHERE id = ? AND purged_at IS NULL
                """)
        let evidenceUpdate = try db.makeStatement(
            sql: "UPDATE evidence SET source_url = NULL, final_url = NULL WHERE item_id = ?")
        let checkUpdate = try db.makeStatement(
            sql: """
                UPDATE liveness_checks SET final_url = NULL, error = CASE WHEN error IS NULL THEN NULL ELSE ? END
                WHERE item_id = ?
                """)
        let prefix = Item.purgedNormalizedURL(reference: "")
        var erased: [String] = []
        for item in items {
            try itemUpdate.execute(arguments: [Item.purgedURL, prefix, Item.purgedURL, at, item.id])
            guard db.changesCount > 0 else { continue }
            try evidenceUpdate.execute(arguments: [item.id])
            try checkUpdate.execute(arguments: [Item.purgedURL, item.id])
            erased.append(item.reference)
        }
        return erased
    }

    /// Erases the documents' texts inside the caller's write transaction; returns the references
    /// erased, in id order. The frozen text goes and the fields keep only what the annual report
    /// counts (`DocumentContent.keptAfterPurge`); `frozen_sha256` and `frozen_format` stay, so
    /// every CHECK still holds and the `send` event can still be matched to the row.
    static func eraseDocuments(_ documents: [PurgeableDocument], at: String, in db: Database) throws -> [String] {
        let update = try db.makeStatement(
            sql: """
                UPDATE documents SET frozen_text = NULL, fields = ?, purged_at = ?, version = version + 1
                WHERE id = ? AND purged_at IS NULL
                """)
        // The text handed to the send command is the same text: it goes too.
        let attempts = try db.makeStatement(sql: "UPDATE send_attempts SET text = NULL WHERE document_id = ?")
        // Its sealed identity fields and sealed text as sent (v19) go with the clear ones.
        let sealed = try db.makeStatement(sql: "DELETE FROM document_sealed_values WHERE document_id = ?")
        var erased: [String] = []
        for document in documents {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT kind, fields FROM documents WHERE id = ?", arguments: [document.id])
            else { continue }
            try update.execute(arguments: [try keptFields(kind: row[0], fields: row[1]), at, document.id])
            if db.changesCount > 0 { erased.append(document.reference) }
            try attempts.execute(arguments: [document.id])
            try sealed.execute(arguments: [document.id])
        }
        return erased
    }

    /// The fields a purged document keeps. Fields that cannot be read (never written by the
    /// engine) keep only the kind: nothing unread survives a purge.
    private static func keptFields(kind: String, fields: String) throws -> String {
        if let content = try? ContentJSON.decode(fields, reference: "") {
            return try ContentJSON.encode(content.keptAfterPurge)
        }
        guard let kind = DocumentKind(rawValue: kind) else { return "{}" }
        return try ContentJSON.encode(.empty(kind))
    }
}
