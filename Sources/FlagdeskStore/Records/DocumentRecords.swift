import FlagdeskCore
import Foundation
import GRDB

/// A document as listed on an item: its reference, kind, state and recipient.
public struct DocumentSummary: Sendable, Equatable, Codable {
    public var reference: String
    public var kind: String
    public var status: String
    public var recipient: String?
}

/// Filters for `flagdesk documents` and the TUI's lists. Every filter is optional.
public struct DocumentFilter: Sendable, Equatable {
    public var statuses: [DocumentStatus]
    public var kinds: [DocumentKind]
    /// Only documents covering this item.
    public var itemID: Int64?
    /// Only follow-ups of this document.
    public var parentID: Int64?

    public init(
        statuses: [DocumentStatus] = [], kinds: [DocumentKind] = [], itemID: Int64? = nil, parentID: Int64? = nil
    ) {
        self.statuses = statuses
        self.kinds = kinds
        self.itemID = itemID
        self.parentID = parentID
    }
}

/// Reading and writing documents. All functions run inside a caller's transaction.
public enum DocumentRecords {
    /// Inserts a new document with the next reference of its kind's prefix (`N-2026-00042`) and
    /// links its items.
    public static func insert(_ document: DocumentRecord, year: Int, in db: Database) throws -> DocumentRecord {
        var stored = document
        stored.reference = try Counters.nextReference(
            prefix: document.kind.referencePrefix, year: year, digits: 5, in: db)
        try db.execute(
            sql: """
                INSERT INTO documents (reference, kind, language, status, recipient_kind, recipient_key, case_id,
                    person_id, parent_id, fields, drafted_at, drafted_by, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                stored.reference, stored.kind.rawValue, stored.language, stored.status.rawValue,
                stored.recipientKind.rawValue, stored.recipientKey, stored.caseID, stored.personID, stored.parentID,
                try ContentJSON.encode(stored.content), ISO8601.format(stored.draftedAt), stored.draftedBy,
                ISO8601.format(stored.updatedAt), stored.version,
            ])
        stored.id = db.lastInsertedRowID
        for itemID in stored.itemIDs {
            try db.execute(
                sql: "INSERT OR IGNORE INTO document_items (document_id, item_id) VALUES (?, ?)",
                arguments: [stored.id, itemID])
        }
        return stored
    }

    public static func find(reference: String, in db: Database) throws -> DocumentRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE reference = ?", arguments: [reference])
        else { return nil }
        return try record(from: row, in: db)
    }

    public static func find(id: Int64, in db: Database) throws -> DocumentRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else {
            return nil
        }
        return try record(from: row, in: db)
    }

    /// Documents matching `filter`, oldest first, windowed.
    public static func list(_ filter: DocumentFilter, limit: Int, offset: Int = 0, in db: Database) throws
        -> [DocumentRecord]
    {
        var (whereClause, arguments) = condition(for: filter)
        arguments += [limit, offset]
        return try Row.fetchAll(
            db, sql: "SELECT * FROM documents \(whereClause) ORDER BY id LIMIT ? OFFSET ?", arguments: arguments
        ).map { try record(from: $0, in: db) }
    }

    /// How many documents match, so a shortened list can say what it left out.
    public static func count(_ filter: DocumentFilter, in db: Database) throws -> Int {
        let (whereClause, arguments) = condition(for: filter)
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents \(whereClause)", arguments: arguments) ?? 0
    }

    private static func condition(for filter: DocumentFilter) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if !filter.statuses.isEmpty {
            clauses.append("status IN (\(placeholders(filter.statuses.count)))")
            for status in filter.statuses { arguments += [status.rawValue] }
        }
        if !filter.kinds.isEmpty {
            clauses.append("kind IN (\(placeholders(filter.kinds.count)))")
            for kind in filter.kinds { arguments += [kind.rawValue] }
        }
        if let itemID = filter.itemID {
            clauses.append("id IN (SELECT document_id FROM document_items WHERE item_id = ?)")
            arguments += [itemID]
        }
        if let parentID = filter.parentID {
            clauses.append("parent_id = ?")
            arguments += [parentID]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// The snapshots of every document the escalation planner watches: not closed, not withdrawn,
    /// plus their whole families (so it sees which follow-ups already exist).
    public static func escalationSnapshots(in db: Database) throws -> [DocumentSnapshot] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT id, reference, kind, status, parent_id, outcome, sent_at, decided_at, decision_notified_at
                FROM documents WHERE status NOT IN ('closed', 'withdrawn', 'draft', 'ready', 'approved')
                    OR parent_id IS NOT NULL
                ORDER BY id
                """
        ).compactMap(snapshot(from:))
    }

    static func snapshot(from row: Row) -> DocumentSnapshot? {
        guard let kind = DocumentKind(rawValue: row["kind"]), let status = DocumentStatus(rawValue: row["status"])
        else { return nil }
        return DocumentSnapshot(
            id: row["id"], reference: row["reference"], kind: kind, status: status, parentID: row["parent_id"],
            outcome: (row["outcome"] as String?).flatMap(DocumentOutcome.init(rawValue:)),
            sentAt: instant(row["sent_at"]), decidedAt: instant(row["decided_at"]),
            decisionNotifiedAt: instant(row["decision_notified_at"]))
    }

    /// Writes every mutable field of a document if nobody changed it since `document.version`
    /// was read and the purge has not erased it (a purged document is read-only); returns it
    /// with its new version. The store's CHECK keeps a sent document's frozen text in place, and
    /// `freeze` never overwrites one.
    public static func update(_ document: DocumentRecord, at now: Date, in db: Database) throws -> DocumentRecord {
        var updated = document
        updated.version = document.version + 1
        updated.updatedAt = now
        // Frozen first: the CHECK constraint wants the text in place before the status says sent.
        if let frozen = updated.frozen {
            try freeze(documentID: document.id, frozen, in: db)
        }
        try db.execute(
            sql: """
                UPDATE documents SET language = ?, status = ?, recipient_kind = ?, recipient_key = ?, case_id = ?,
                    person_id = ?, fields = ?, outcome = ?, provider_reference = ?, approved_at = ?, approved_by = ?,
                    sent_at = ?, sent_by = ?, sent_via = ?, acknowledged_at = ?, decided_at = ?,
                    decision_notified_at = ?, closed_at = ?, withdrawn_at = ?, status_reason = ?, issued_at = ?,
                    extended_at = ?, extension_until = ?, production_requested_at = ?, updated_at = ?, version = ?
                WHERE id = ? AND version = ? AND purged_at IS NULL
                """,
            arguments: [
                updated.language, updated.status.rawValue, updated.recipientKind.rawValue, updated.recipientKey,
                updated.caseID, updated.personID, try ContentJSON.encode(updated.content), updated.outcome?.rawValue,
                updated.providerReference, text(updated.approvedAt), updated.approvedBy, text(updated.sentAt),
                updated.sentBy, updated.sentVia?.rawValue, text(updated.acknowledgedAt), text(updated.decidedAt),
                text(updated.decisionNotifiedAt), text(updated.closedAt), text(updated.withdrawnAt),
                updated.statusReason, text(updated.issuedAt), text(updated.extendedAt),
                updated.extensionUntil?.description, text(updated.productionRequestedAt), ISO8601.format(now),
                updated.version, document.id, document.version,
            ])
        if db.changesCount == 0 {
            throw try VersionedUpdate.refusal(
                table: "documents", id: document.id, record: "document \(document.reference)",
                expectedVersion: document.version, in: db)
        }
        return updated
    }

    /// Records the exact text that was sent. Once written it never changes: a second, different
    /// text is refused.
    static func freeze(documentID: Int64, _ frozen: FrozenText, in db: Database) throws {
        let existing = try Row.fetchOne(
            db, sql: "SELECT frozen_sha256 FROM documents WHERE id = ?", arguments: [documentID])
        if let sha: String = existing?["frozen_sha256"] {
            guard sha == frozen.sha256 else {
                throw StoreError.refused("the sent text of a document is frozen and cannot be replaced")
            }
            return
        }
        try db.execute(
            sql: "UPDATE documents SET frozen_text = ?, frozen_sha256 = ?, frozen_format = ? WHERE id = ?",
            arguments: [frozen.text, frozen.sha256, frozen.format, documentID])
    }

    public static func summaries(forItem itemID: Int64, in db: Database) throws -> [DocumentSummary] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.reference, d.kind, d.status, d.recipient_key FROM documents d
                JOIN document_items di ON di.document_id = d.id WHERE di.item_id = ? ORDER BY d.id
                """, arguments: [itemID]
        ).map {
            DocumentSummary(
                reference: $0["reference"], kind: $0["kind"], status: $0["status"], recipient: $0["recipient_key"])
        }
    }

    static func record(from row: Row, in db: Database) throws -> DocumentRecord {
        let id: Int64 = row["id"]
        let itemIDs = try Int64.fetchAll(
            db, sql: "SELECT item_id FROM document_items WHERE document_id = ? ORDER BY item_id", arguments: [id])
        let reference: String = row["reference"]
        guard let status = DocumentStatus(rawValue: row["status"]),
            let recipientKind = RecipientKind(rawValue: row["recipient_kind"])
        else { throw StoreError.database("document \(reference) has an unknown status or recipient kind") }
        let content = try ContentJSON.decode(row["fields"], reference: reference)
        var frozen: FrozenText?
        if let text: String = row["frozen_text"], let sha: String = row["frozen_sha256"] {
            frozen = FrozenText(text: text, sha256: sha, format: row["frozen_format"] ?? "txt")
        } else if let sha: String = row["frozen_sha256"], row["purged_at"] as String? == nil {
            // Sealed beside (v19): it carried a person's identity or contact.
            frozen = FrozenText(
                text: IdentityFields.sealedTextPlaceholder, sha256: sha, format: row["frozen_format"] ?? "txt")
        }
        let purged = instant(row["purged_at"]).map {
            PurgedDocument(at: $0, sentSHA256: row["frozen_sha256"], sentFormat: row["frozen_format"])
        }
        return DocumentRecord(
            id: id, reference: reference, language: row["language"], status: status, content: content,
            recipientKind: recipientKind, recipientKey: row["recipient_key"], itemIDs: itemIDs, caseID: row["case_id"],
            personID: row["person_id"], parentID: row["parent_id"],
            outcome: (row["outcome"] as String?).flatMap(DocumentOutcome.init(rawValue:)),
            providerReference: row["provider_reference"], draftedAt: instant(row["drafted_at"]) ?? .distantPast,
            draftedBy: row["drafted_by"], approvedAt: instant(row["approved_at"]), approvedBy: row["approved_by"],
            sentAt: instant(row["sent_at"]), sentBy: row["sent_by"],
            sentVia: (row["sent_via"] as String?).flatMap(SendChannel.init(rawValue:)),
            acknowledgedAt: instant(row["acknowledged_at"]), decidedAt: instant(row["decided_at"]),
            decisionNotifiedAt: instant(row["decision_notified_at"]), closedAt: instant(row["closed_at"]),
            withdrawnAt: instant(row["withdrawn_at"]), statusReason: row["status_reason"],
            issuedAt: instant(row["issued_at"]), extendedAt: instant(row["extended_at"]),
            productionRequestedAt: instant(row["production_requested_at"]),
            extensionUntil: (row["extension_until"] as String?).flatMap(CivilDate.init(iso:)), frozen: frozen,
            updatedAt: instant(row["updated_at"]), version: row["version"], purged: purged)
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}

/// Instants in TEXT columns.
func instant(_ text: String?) -> Date? {
    text.flatMap(ISO8601.parseInstant)
}

func text(_ instant: Date?) -> String? {
    instant.map(ISO8601.format)
}

/// A document's fields as JSON in `documents.fields` (sorted keys: the same content always
/// stores the same text).
enum ContentJSON {
    static func encode(_ content: DocumentContent) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(content), as: UTF8.self)
    }

    static func decode(_ text: String, reference: String) throws -> DocumentContent {
        do {
            return try JSONDecoder().decode(DocumentContent.self, from: Data(text.utf8))
        } catch {
            throw StoreError.database("document \(reference) has unreadable fields: \(error)")
        }
    }
}
