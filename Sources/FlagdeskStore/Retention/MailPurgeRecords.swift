import FlagdeskCore
import Foundation
import GRDB

/// An imported message whose headers and file go with the retention purge.
public struct PurgeableMail: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var sha256: String
    public var size: Int64
}

/// Replies by e-mail under the retention purge (GDPR Art. 5(1)(c), (e)). A message is evidence
/// of its document's answer, so it is kept exactly as long as the document's text:
/// - a message tied to a document goes when that document's text goes (this purge or an
///   earlier one);
/// - a message tied to no document (unmatched, ambiguous) goes once its last activity (import
///   or review) is past the evidence period, like a document with neither items nor a person.
/// The row stays with its reference, SHA-256, size, answer date, document, match, review and
/// times, so the trail's `mail-received` and `mail-confirmed` events still name it; From,
/// Subject, Message-ID, the Date as written and the findings (their sentences quote the text)
/// are erased, and the file is deleted once nothing live cites its hash.
extension RetentionRecords {
    static func mail(purgingDocuments documents: [Int64], before cutoff: Date, in db: Database) throws
        -> [PurgeableMail]
    {
        let purging = Set(documents)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.id, m.reference, m.sha256, m.size, m.document_id,
                    (SELECT d.purged_at IS NOT NULL FROM documents d WHERE d.id = m.document_id) AS document_purged,
                    MAX(m.imported_at, COALESCE(m.reviewed_at, '')) AS last_activity
                FROM mail_messages m
                WHERE m.purged_at IS NULL
                ORDER BY m.id
                """)
        let cutoffText = ISO8601.format(cutoff)
        return rows.compactMap { row in
            let goes: Bool
            if let document: Int64 = row[4] {
                goes = purging.contains(document) || (row[5] as Bool?) == true
            } else {
                goes = (row[6] as String) <= cutoffText
            }
            return goes ? PurgeableMail(id: row[0], reference: row[1], sha256: row[2], size: row[3]) : nil
        }
    }
}

extension PurgeRecords {
    /// Erases the messages' headers inside the caller's write transaction; returns the
    /// references erased, in id order (a message purged meanwhile is skipped).
    static func eraseMail(_ mail: [PurgeableMail], at: String, in db: Database) throws -> [String] {
        let update = try db.makeStatement(
            sql: """
                UPDATE mail_messages SET from_text = '', subject = '', message_id = NULL, date_text = NULL,
                    candidates = '[]', findings = '[]', purged_at = ?
                WHERE id = ? AND purged_at IS NULL
                """)
        var erased: [String] = []
        for message in mail {
            try update.execute(arguments: [at, message.id])
            if db.changesCount > 0 { erased.append(message.reference) }
        }
        return erased
    }
}
