import GRDB

/// A document as listed on an item: its reference, kind, state and recipient.
public struct DocumentSummary: Sendable, Equatable, Codable {
    public var reference: String
    public var kind: String
    public var status: String
    public var recipient: String?
}

/// Reading documents (the workflow engine writes them).
public enum DocumentRecords {
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
}
