import FlagdeskCore
import Foundation
import GRDB

/// One sealed value of a document: an identity or contact field, or the text as sent.
public struct SealedDocumentValue: Sendable, Equatable {
    public var documentID: Int64
    /// A key of `IdentityFields`, or `SealedDocumentRecords.textAsSent`.
    public var field: String
    public var sealed: Data

    public init(documentID: Int64, field: String, sealed: Data) {
        self.documentID = documentID
        self.field = field
        self.sealed = sealed
    }
}

/// `document_sealed_values` (migration `v19-victims-d`). Like the people's sealed columns, the
/// store only moves opaque bytes: the engine seals and opens them, bound to document and field.
public enum SealedDocumentRecords {
    /// The field name of a sent text that carried a sealed value.
    public static let textAsSent = "text-as-sent"

    public static func values(documentID: Int64, in db: Database) throws -> [String: Data] {
        var values: [String: Data] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT field, sealed FROM document_sealed_values WHERE document_id = ?",
            arguments: [documentID])
        {
            values[row["field"]] = row["sealed"]
        }
        return values
    }

    public static func set(_ value: SealedDocumentValue, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO document_sealed_values (document_id, field, sealed) VALUES (?, ?, ?)
                ON CONFLICT (document_id, field) DO UPDATE SET sealed = excluded.sealed
                """, arguments: [value.documentID, value.field, value.sealed])
    }

    public static func delete(documentID: Int64, field: String, in db: Database) throws {
        try db.execute(
            sql: "DELETE FROM document_sealed_values WHERE document_id = ? AND field = ?",
            arguments: [documentID, field])
    }

    /// Erases every sealed value of the documents (the person forgotten, the retention purge).
    public static func deleteAll(documentIDs: [Int64], in db: Database) throws -> Int {
        var erased = 0
        for id in documentIDs {
            try db.execute(sql: "DELETE FROM document_sealed_values WHERE document_id = ?", arguments: [id])
            erased += db.changesCount
        }
        return erased
    }

    /// Every sealed document value, for re-sealing under a new key.
    public static func all(in db: Database) throws -> [SealedDocumentValue] {
        try Row.fetchAll(db, sql: "SELECT document_id, field, sealed FROM document_sealed_values ORDER BY id").map {
            SealedDocumentValue(documentID: $0["document_id"], field: $0["field"], sealed: $0["sealed"])
        }
    }

    public static func count(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document_sealed_values") ?? 0
    }

    /// Freezes a sent text that carried a sealed value: its SHA-256 and format in clear (so the
    /// send event and `verify` still bind it), the text itself only sealed, beside.
    public static func freezeSealed(
        documentID: Int64, sha256: String, format: String, sealed: Data, in db: Database
    ) throws {
        if let existing = try String.fetchOne(
            db, sql: "SELECT frozen_sha256 FROM documents WHERE id = ?", arguments: [documentID])
        {
            guard existing == sha256 else {
                throw StoreError.refused("the sent text of a document is frozen and cannot be replaced")
            }
            return
        }
        try db.execute(
            sql: "UPDATE documents SET frozen_text = NULL, frozen_sha256 = ?, frozen_format = ? WHERE id = ?",
            arguments: [sha256, format, documentID])
        try set(SealedDocumentValue(documentID: documentID, field: textAsSent, sealed: sealed), in: db)
    }

    /// Moves a clear sent text into its sealed form (`keys seal-documents`): the clear column
    /// is emptied, the SHA-256 stays.
    public static func sealFrozenText(documentID: Int64, sealed: Data, in db: Database) throws {
        try set(SealedDocumentValue(documentID: documentID, field: textAsSent, sealed: sealed), in: db)
        try db.execute(sql: "UPDATE documents SET frozen_text = NULL WHERE id = ?", arguments: [documentID])
    }

    /// Rewrites a document's clear fields JSON (placeholders in place of the values sealed), for
    /// documents a purge or a version check must not stop (`keys seal-documents`).
    public static func replaceFields(documentID: Int64, content: DocumentContent, in db: Database) throws {
        try db.execute(
            sql: "UPDATE documents SET fields = ? WHERE id = ?",
            arguments: [try ContentJSON.encode(content), documentID])
    }

    /// The documents (id, reference, content, frozen text) whose clear JSON or text may still
    /// carry identity values: every document of a kind that has identity fields, not purged.
    public static func candidates(kinds: [DocumentKind], in db: Database) throws
        -> [(id: Int64, reference: String, content: DocumentContent, frozenText: String?)]
    {
        guard !kinds.isEmpty else { return [] }
        let list = kinds.map { "'\($0.rawValue)'" }.joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT id, reference, fields, frozen_text FROM documents
                WHERE kind IN (\(list)) AND purged_at IS NULL ORDER BY id
                """
        ).map { row in
            let reference: String = row["reference"]
            return (
                row["id"], reference, try ContentJSON.decode(row["fields"], reference: reference),
                row["frozen_text"]
            )
        }
    }
}
