import FlagdeskCore
import Foundation
import GRDB

/// The instants before which closed data may go: data whose last closure is at or before its
/// cutoff is past its retention period (GDPR Art. 5(1)(e), storage limitation).
public struct RetentionCutoffs: Sendable, Equatable {
    /// People's details (identity, contact, mandate document, wishes).
    public var people: Date
    /// Evidence files of closed items (captures, headers, uploaded files).
    public var evidence: Date
    /// Items closed without action (lawful adult sex work, not illegal): a short period, since
    /// there is no offence to prove and the ad's URL, text and capture describe a person
    /// lawfully at work (GDPR Art. 5(1)(c), (e)). Nil: the evidence cutoff.
    public var noAction: Date?

    public init(people: Date, evidence: Date, noAction: Date? = nil) {
        self.people = people
        self.evidence = evidence
        self.noAction = noAction
    }
}

/// A person whose details are past their period: referenced by row id only (the pseudonym may
/// itself identify them).
public struct PurgeablePerson: Sendable, Equatable {
    public var id: Int64
    public var lastClosure: Date
    /// The mandate document's hash: its file goes with the person's details.
    public var mandateSHA256: String?
}

/// An evidence row past its period, with what the purge keeps of it.
public struct PurgeableEvidence: Sendable, Equatable {
    public var id: Int64
    public var itemReference: String
    public var sha256: String
    public var size: Int64
    public var lastClosure: Date
}

/// A closed item past the evidence period, whose content (URL, explanation, triage notes) goes
/// with its evidence.
public struct PurgeableItem: Sendable, Equatable {
    public var id: Int64
    public var reference: String
    public var lastClosure: Date
}

/// A document whose text and fields go: referenced by id and reference only.
public struct PurgeableDocument: Sendable, Equatable {
    public var id: Int64
    public var reference: String
}

/// Everything a purge would erase, and the files already orphaned by an earlier purge.
public struct PurgePlan: Sendable, Equatable {
    public var people: [PurgeablePerson]
    public var evidence: [PurgeableEvidence]
    /// Items whose content goes, in id order.
    public var items: [PurgeableItem] = []
    /// Documents whose text and fields go, in id order.
    public var documents: [PurgeableDocument] = []
    /// Imported messages whose headers and files go, in id order (`MailPurgeRecords`).
    public var mail: [PurgeableMail] = []
    /// Held files whose every record is already purged (a crash between a purge's commit and
    /// its file deletion leaves them): removed by the next purge.
    public var orphanedFiles: [String]

    /// Whether nothing would be erased (orphaned files aside).
    public var erasesNothing: Bool {
        people.isEmpty && evidence.isEmpty && items.isEmpty && documents.isEmpty && mail.isEmpty
    }
    public var isEmpty: Bool { erasesNothing && orphanedFiles.isEmpty }
    /// The items whose content goes, and any whose evidence goes: the same items, as both
    /// follow the evidence rule (the union only guards against a store edited by hand).
    public var itemReferences: [String] {
        Array(Set(items.map(\.reference)).union(evidence.map(\.itemReference))).sorted()
    }
}

/// Which closed data is past its retention period. "Closed" follows the workflow (DESIGN.md §4):
/// - an item is closed when it is resolved or closed without action, is not on LEA hold, every
///   document covering it is closed or withdrawn and none of their deadlines is open; an item in
///   a case also waits for every item of the case to be resolved or closed without action;
/// - a person is closed when every item, document and case about them is closed.
///
/// The store keeps no "closed at" on items, so the period runs from the item's LAST ACTIVITY:
/// the latest of its own update (the move to resolved or no action sets it), its documents'
/// updates (a late answer recorded after closing restarts the clock), its evidence captures and
/// its liveness checks. Any doubt errs towards keeping: a later change never shortens a period.
public enum RetentionRecords {
    /// The plan for `cutoffs`, read in the caller's transaction.
    public static func plan(_ cutoffs: RetentionCutoffs, in db: Database) throws -> PurgePlan {
        let people = try people(before: cutoffs.people, in: db)
        let noAction = cutoffs.noAction ?? cutoffs.evidence
        let items = try items(before: cutoffs.evidence, noAction: noAction, in: db)
        let documents = try documents(
            purgingItems: items.map(\.id), people: people.map(\.id), before: cutoffs.evidence, in: db)
        return PurgePlan(
            people: people, evidence: try evidence(before: cutoffs.evidence, noAction: noAction, in: db), items: items,
            documents: documents,
            mail: try mail(purgingDocuments: documents.map(\.id), before: cutoffs.evidence, in: db),
            orphanedFiles: try PurgeRecords.orphanedHashes(in: db))
    }

    /// Closed items with their last activity (a common table expression named `closed_items`).
    static let closedItems = """
        closed_items AS (
            SELECT i.id, i.reference, i.person_id, i.purged_at, i.status, MAX(
                i.updated_at,
                COALESCE((SELECT MAX(d.updated_at) FROM document_items di
                    JOIN documents d ON d.id = di.document_id WHERE di.item_id = i.id), ''),
                COALESCE((SELECT MAX(e.captured_at) FROM evidence e WHERE e.item_id = i.id), ''),
                COALESCE((SELECT MAX(l.checked_at) FROM liveness_checks l WHERE l.item_id = i.id), '')
            ) AS last_activity
            FROM items i
            WHERE i.status IN ('resolved', 'no-action') AND i.lea_hold = 0
              AND NOT EXISTS (SELECT 1 FROM document_items di JOIN documents d ON d.id = di.document_id
                  WHERE di.item_id = i.id AND d.status NOT IN ('closed', 'withdrawn'))
              -- CROSS JOIN keeps this order: the item's few documents, then their deadlines (the
              -- other order reads every open deadline for every item).
              AND NOT EXISTS (SELECT 1 FROM document_items di CROSS JOIN deadlines dl
                  ON dl.document_id = di.document_id WHERE di.item_id = i.id AND dl.status = 'open')
              AND (i.case_id IS NULL OR NOT EXISTS (SELECT 1 FROM items o
                  WHERE o.case_id = i.case_id AND o.status NOT IN ('resolved', 'no-action')))
        )
        """

    /// The cutoff that applies to a closed item: the no-action one for items closed without action.
    static let cutoffFor = "CASE c.status WHEN 'no-action' THEN :noAction ELSE :cutoff END"

    static func evidence(before cutoff: Date, noAction: Date, in db: Database) throws -> [PurgeableEvidence] {
        try Row.fetchAll(
            db,
            sql: """
                WITH \(closedItems)
                SELECT e.id, c.reference, e.sha256, e.size, c.last_activity
                FROM evidence e JOIN closed_items c ON c.id = e.item_id
                WHERE e.purged_at IS NULL AND c.last_activity <= \(cutoffFor)
                ORDER BY e.id
                """, arguments: ["cutoff": ISO8601.format(cutoff), "noAction": ISO8601.format(noAction)]
        ).map { row in
            PurgeableEvidence(
                id: row[0], itemReference: row[1], sha256: row[2], size: row[3],
                lastClosure: ISO8601.parseInstant(row[4]) ?? cutoff)
        }
    }

    /// Closed items past the evidence period whose content is still held: the evidence rule,
    /// whether or not the item has evidence.
    static func items(before cutoff: Date, noAction: Date, in db: Database) throws -> [PurgeableItem] {
        try Row.fetchAll(
            db,
            sql: """
                WITH \(closedItems)
                SELECT c.id, c.reference, c.last_activity FROM closed_items c
                WHERE c.purged_at IS NULL AND c.last_activity <= \(cutoffFor)
                ORDER BY c.id
                """, arguments: ["cutoff": ISO8601.format(cutoff), "noAction": ISO8601.format(noAction)]
        ).map { row in
            PurgeableItem(id: row[0], reference: row[1], lastClosure: ISO8601.parseInstant(row[2]) ?? cutoff)
        }
    }

    /// Closed or withdrawn documents whose text goes:
    /// - a document covering items, once every one of them is purged (by this purge or an
    ///   earlier one): until then its text is still the record of what was asked about the rest;
    /// - a document without items (only a follow-up of an item-less document can be one), with
    ///   the person it acts for: when that person is purged (now or earlier);
    /// - a document with neither items nor a person, once its last update is past the evidence
    ///   period (the items' rule, applied to the document itself).
    static func documents(
        purgingItems items: [Int64], people: [Int64], before cutoff: Date, in db: Database
    ) throws -> [PurgeableDocument] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT d.id, d.reference, d.person_id, d.updated_at,
                    (SELECT group_concat(i.id) FROM document_items di JOIN items i ON i.id = di.item_id
                     WHERE di.document_id = d.id AND i.purged_at IS NULL) AS unpurged_items,
                    EXISTS (SELECT 1 FROM document_items di WHERE di.document_id = d.id) AS has_items,
                    (SELECT p.purged_at IS NOT NULL FROM people p WHERE p.id = d.person_id) AS person_purged
                FROM documents d
                WHERE d.purged_at IS NULL AND d.status IN ('closed', 'withdrawn')
                ORDER BY d.id
                """)
        let purging = Set(items)
        let purgingPeople = Set(people)
        let cutoffText = ISO8601.format(cutoff)
        return rows.compactMap { row in
            let hasItems: Bool = row[5]
            let goes: Bool
            if hasItems {
                let unpurged = (row[4] as String?)?.split(separator: ",").compactMap { Int64($0) } ?? []
                goes = unpurged.allSatisfy(purging.contains)
            } else if let person: Int64 = row[2] {
                goes = (row[6] as Bool?) == true || purgingPeople.contains(person)
            } else {
                goes = (row[3] as String) <= cutoffText
            }
            return goes ? PurgeableDocument(id: row[0], reference: row[1]) : nil
        }
    }

    static func people(before cutoff: Date, in db: Database) throws -> [PurgeablePerson] {
        try Row.fetchAll(
            db,
            sql: """
                WITH \(closedItems)
                SELECT p.id, p.mandate_document_sha256, MAX(
                    p.updated_at,
                    COALESCE((SELECT MAX(c.last_activity) FROM closed_items c WHERE c.person_id = p.id), ''),
                    COALESCE((SELECT MAX(d.updated_at) FROM documents d WHERE d.person_id = p.id), '')
                ) AS last_activity
                FROM people p
                WHERE p.purged_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM items i WHERE i.person_id = p.id
                      AND i.id NOT IN (SELECT id FROM closed_items))
                  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.person_id = p.id
                      AND d.status NOT IN ('closed', 'withdrawn'))
                  AND NOT EXISTS (SELECT 1 FROM documents d CROSS JOIN deadlines dl ON dl.document_id = d.id
                      WHERE d.person_id = p.id AND dl.status = 'open')
                  AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id AND c.status = 'open')
                  AND last_activity <= ?
                ORDER BY p.id
                """, arguments: [ISO8601.format(cutoff)]
        ).map { row in
            PurgeablePerson(id: row[0], lastClosure: ISO8601.parseInstant(row[2]) ?? cutoff, mandateSHA256: row[1])
        }
    }
}
