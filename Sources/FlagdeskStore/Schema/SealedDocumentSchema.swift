import GRDB

/// Migration `v19-victims-d` (issue #15 point 5): the document fields that carry a person's
/// identity or contact, and a sent text that contains them, stored sealed with the vault's data
/// key. A new audited table only, so no existing row's seal changes. Values typed before this
/// migration are moved into it by `flagdesk keys seal-documents`, which needs the vault key (a
/// migration never has it): until then `keys status` counts them as still in clear.
enum SealedDocumentSchema {
    static func v19(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document_sealed_values (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id),
                    -- A field key of IdentityFields, or 'text-as-sent' for the frozen text.
                    field TEXT NOT NULL CHECK (length(field) > 0),
                    sealed BLOB NOT NULL,
                    UNIQUE (document_id, field)
                ) STRICT;
                """)
        try SealSchema.addSealColumns(db)
    }
}
