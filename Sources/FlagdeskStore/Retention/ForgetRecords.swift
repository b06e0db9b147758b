import FlagdeskCore
import Foundation
import GRDB

/// Erasing one person at their request (GDPR Art. 17, `person forget`): what the retention purge
/// erases of a person, now. The row stays (the trail names people by row id, the report counts
/// them); its pseudonym becomes `forgotten-<id>`.
public enum ForgetRecords {
    /// Erases identity, contact, the sealed mandate, free-text and enforced wishes and the
    /// assignment. False when the person was already erased.
    public static func erasePerson(id: Int64, at now: Date, in db: Database) throws -> Bool {
        let at = ISO8601.format(now)
        try db.execute(
            sql: """
                UPDATE people SET pseudonym = 'forgotten-' || id, identity_sealed = NULL, contact_sealed = NULL,
                    mandate_document_sealed = NULL, wishes = '[]', purged_at = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND purged_at IS NULL
                """, arguments: [at, at, id])
        guard db.changesCount > 0 else { return false }
        try WishRecords.purge(personID: id, in: db)
        return true
    }
}
