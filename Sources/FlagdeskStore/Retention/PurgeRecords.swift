import FlagdeskCore
import Foundation
import GRDB

/// What a purge erased, for its audit event and its report.
public struct PurgeOutcome: Sendable, Equatable {
    public var people: Int
    public var evidence: Int
    /// The SHA-256 of every evidence row purged (kept on the rows: the chain and the report
    /// can still cite them).
    public var purgedHashes: [String]
    /// Held files no live record needs any more: deleted once the transaction has committed.
    public var filesToDelete: [String]
    /// The references of the items and documents whose content was erased, in id order.
    public var items: [String] = []
    public var documents: [String] = []
    /// The references of the messages whose headers were erased, in id order.
    public var mail: [String] = []
}

/// Erasing people's details, evidence and what items and documents say past their retention
/// period (GDPR Art. 5(1)(c), (e)). Rows are never deleted: what the Art. 22(3) report and the
/// audit chain need stays (counts, references, hashes, sizes, times), only the personal data goes.
public enum PurgeRecords {
    /// Erases what `plan` lists, inside the caller's write transaction. Rows purged meanwhile
    /// (another purge) are skipped. Items and documents record `now` as their `purged_at`,
    /// which `verify` matches to the purge event of the same instant: a second purge of content
    /// at an instant that already has one is refused.
    public static func erase(_ plan: PurgePlan, at now: Date, in db: Database) throws -> PurgeOutcome {
        let at = ISO8601.format(now)
        if !plan.items.isEmpty || !plan.documents.isEmpty || !plan.mail.isEmpty,
            try PurgeReconciliation.contentPurgeRecorded(at: at, in: db)
        {
            throw StoreError.refused(
                "a purge of items was already recorded at \(at); run the next purge at a later time")
        }
        var people = 0
        // The pseudonym is chosen by a person and often derived from a name or a nickname, so it
        // is replaced by a neutral one; the audit trail names people by row id, which stays.
        let personUpdate = try db.makeStatement(
            sql: """
                UPDATE people SET pseudonym = 'purged-' || id, identity_sealed = NULL, contact_sealed = NULL,
                    mandate_document_sealed = NULL, wishes = '[]', purged_at = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND purged_at IS NULL
                """)
        for person in plan.people {
            try personUpdate.execute(arguments: [at, at, person.id])
            people += db.changesCount
            try WishRecords.purge(personID: person.id, in: db)
            // Their sealed document fields and sealed texts as sent go with them (v19).
            try db.execute(
                sql: """
                    DELETE FROM document_sealed_values WHERE document_id IN (
                        SELECT id FROM documents WHERE person_id = ?1
                        UNION SELECT di.document_id FROM document_items di JOIN items i ON i.id = di.item_id
                        WHERE i.person_id = ?1)
                    """, arguments: [person.id])
        }
        var evidence = 0
        var hashes = Set<String>()
        // The original file name came from outside and may name a person: it goes with the file.
        let evidenceUpdate = try db.makeStatement(
            sql: "UPDATE evidence SET purged_at = ?, original_name = '(purged)' WHERE id = ? AND purged_at IS NULL")
        for row in plan.evidence {
            try evidenceUpdate.execute(arguments: [at, row.id])
            if db.changesCount > 0 {
                evidence += 1
                hashes.insert(row.sha256)
            }
        }
        let items = try eraseItems(plan.items, at: at, in: db)
        let documents = try eraseDocuments(plan.documents, at: at, in: db)
        let mail = try eraseMail(plan.mail, at: at, in: db)
        return PurgeOutcome(
            people: people, evidence: evidence, purgedHashes: hashes.sorted(),
            filesToDelete: try orphanedHashes(in: db), items: items, documents: documents, mail: mail)
    }

    /// Hashes whose records are all purged: no live evidence row, no person not yet purged and
    /// no message not yet purged cites them. Only hashes the store once recorded qualify, so a file being imported right
    /// now (not yet recorded) is never among them.
    public static func orphanedHashes(in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                WITH purged(sha256) AS (
                    SELECT sha256 FROM evidence WHERE purged_at IS NOT NULL
                    UNION
                    SELECT mandate_document_sha256 FROM people
                    WHERE purged_at IS NOT NULL AND mandate_document_sha256 IS NOT NULL
                    UNION
                    SELECT sha256 FROM mail_messages WHERE purged_at IS NOT NULL
                )
                SELECT sha256 FROM purged
                WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.sha256 = purged.sha256 AND e.purged_at IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM people p
                      WHERE p.mandate_document_sha256 = purged.sha256 AND p.purged_at IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.sha256 = purged.sha256 AND m.purged_at IS NULL)
                ORDER BY sha256
                """)
    }

    /// The held files erasing `plan` would free (for the dry run): the files of the rows and
    /// mandates it purges that nothing else live cites, and the orphans already there.
    public static func hashesFreed(by plan: PurgePlan, in db: Database) throws -> [String] {
        let purgedEvidence = Set(plan.evidence.map(\.id))
        let purgedPeople = Set(plan.people.map(\.id))
        let purgedMail = Set(plan.mail.map(\.id))
        var stillCited = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT id, sha256 FROM evidence WHERE purged_at IS NULL")
        where !purgedEvidence.contains(row[0]) {
            stillCited.insert(row[1])
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, mandate_document_sha256 FROM people
                WHERE purged_at IS NULL AND mandate_document_sha256 IS NOT NULL
                """) where !purgedPeople.contains(row[0])
        {
            stillCited.insert(row[1])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, sha256 FROM mail_messages WHERE purged_at IS NULL")
        where !purgedMail.contains(row[0]) {
            stillCited.insert(row[1])
        }
        let freed = Set(plan.evidence.map(\.sha256)).union(plan.people.compactMap(\.mandateSHA256))
            .union(plan.mail.map(\.sha256))
            .subtracting(stillCited).union(plan.orphanedFiles)
        return freed.sorted()
    }

    /// When each purged evidence row of an item was purged, by row id: a bundle lists those
    /// files by hash only.
    public static func purgedEvidence(itemID: Int64, in db: Database) throws -> [Int64: String] {
        var purged: [Int64: String] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, purged_at FROM evidence WHERE item_id = ? AND purged_at IS NOT NULL",
            arguments: [itemID])
        {
            purged[row[0]] = row[1]
        }
        return purged
    }
}
