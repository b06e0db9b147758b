/// One audited table: the columns people rely on, sealed row by row (`SealRowMAC`). The order
/// of `columns` is part of each row's MAC: append new columns at the end, never reorder.
public struct SealedTable: Sendable, Equatable {
    /// The table's name in the store and in the seal event's payload.
    public let name: String
    /// How the trail and `verify` name one of its rows ("item", "evidence", ...).
    public let entity: String
    /// An SQL expression over the row naming it for people (a reference, or `id`).
    public let label: String
    public let columns: [String]
}

/// Every audited table, and nothing else to edit to audit one more: its row is sealed by the
/// write path (`SealTriggers`, `SealWriter`), checked by `SealVerifier`, and given its two
/// columns by the migration (`SealSchema`). The index of a table here is its number in the
/// triggers' log, so tables are only ever appended.
public enum SealRegistry {
    public static let tables: [SealedTable] = [
        SealedTable(
            name: "items", entity: "item", label: "reference",
            columns: [
                // In the importer's insert order (`ItemBatchWriter` encodes its rows itself).
                "reference", "url", "url_normalized", "host", "provider_key", "category", "keywords",
                "content_types", "legal_basis", "explanation", "minor", "threat_to_life", "lea_hold", "source",
                "status", "priority", "duplicate_of", "case_id", "person_id", "assignee", "created_at", "created_by",
                "indicators", "no_action_reason", "held_from", "triage_note", "purged_at",
                // v12: the support worker's hold blocks notices like the LEA hold.
                "support_hold",
            ]),
        SealedTable(
            name: "evidence", entity: "evidence",
            label: "(SELECT reference FROM items WHERE items.id = evidence.item_id) || ' evidence #' || id",
            columns: [
                "item_id", "sha256", "size", "media_type", "original_name", "kind", "source_url", "final_url",
                "http_status", "captured_at", "captured_by", "purged_at",
                // v12: why the bytes were never held (CSAM without authority).
                "withheld_reason",
            ]),
        SealedTable(
            name: "people", entity: "person", label: "pseudonym",
            columns: [
                "pseudonym", "identity_sealed", "contact_sealed", "mandate_scope", "mandate_signed_on",
                "mandate_expires_on", "mandate_document_sha256", "mandate_document_sealed", "wishes",
                "consents_to_lea", "created_at", "purged_at",
            ]),
        SealedTable(
            name: "documents", entity: "document", label: "reference",
            columns: [
                "reference", "kind", "language", "status", "recipient_kind", "recipient_key", "case_id", "person_id",
                "parent_id", "fields", "outcome", "provider_reference", "drafted_at", "drafted_by", "approved_at",
                "approved_by", "sent_at", "sent_by", "sent_via", "acknowledged_at", "decided_at",
                "decision_notified_at", "closed_at", "withdrawn_at", "frozen_text", "frozen_sha256", "frozen_format",
                "status_reason", "issued_at", "extended_at", "extension_until", "production_requested_at",
                "purged_at",
            ]),
        SealedTable(
            name: "deadlines", entity: "deadline",
            label:
                "(SELECT reference FROM documents WHERE documents.id = deadlines.document_id) || ' deadline ' || rule",
            columns: ["document_id", "rule", "due_at", "original_due_at", "is_policy", "inputs", "status"]),
        SealedTable(
            name: "cases", entity: "case", label: "reference",
            columns: ["reference", "title", "person_id", "status", "created_at", "created_by", "closed_at"]),
        // Who may do what and how the desk is set up (v9-team): facts every role check relies on.
        SealedTable(
            name: "team_members", entity: "team member", label: "login",
            columns: ["login", "role", "added_by", "added_at"]),
        SealedTable(
            name: "desk_settings", entity: "desk settings", label: "'desk'",
            columns: ["setup", "four_eyes", "simulated_clock", "created_by", "created_at"]),
        SealedTable(
            name: "send_attempts", entity: "send attempt",
            label:
                "(SELECT reference FROM documents WHERE documents.id = send_attempts.document_id) || ' send attempt #' || id",
            columns: [
                "document_id", "started_at", "started_by", "via", "text", "sha256", "format", "outcome",
                "finished_at",
            ]),
        SealedTable(
            name: "mail_messages", entity: "mail", label: "reference",
            columns: [
                "reference", "sha256", "size", "message_id", "date_text", "date_at", "from_text", "subject",
                "document_id", "match", "match_method", "candidates", "findings", "review", "reviewed_at",
                "reviewed_by", "imported_at", "imported_by",
                // Not `purged_at` (v18): it came after rows were sealed; the purge event binds it.
            ]),
        // Evidence first waived by a coordinator, with the reason (v12): a notice goes out on it.
        SealedTable(
            name: "evidence_waivers", entity: "evidence-first waiver",
            label:
                "(SELECT reference FROM items WHERE items.id = evidence_waivers.item_id) || ' waiver of ' || step",
            columns: ["item_id", "step", "reason", "waived_by", "waived_at"]),
        // v16: the wishes the engine enforces, a coordinator's threat-to-life override of "no
        // police", and who a person is assigned to (issue #15): each one decides what may go out.
        SealedTable(
            name: "person_wishes", entity: "wish",
            label: "(SELECT pseudonym FROM people WHERE people.id = person_wishes.person_id) || ' wish ' || kind",
            columns: ["person_id", "kind", "value", "recorded_by", "recorded_at"]),
        SealedTable(
            name: "wish_overrides", entity: "wish override",
            label:
                "(SELECT reference FROM items WHERE items.id = wish_overrides.item_id) || ' override of ' || kind",
            columns: ["item_id", "person_id", "kind", "reason", "decided_by", "decided_at"]),
        SealedTable(
            name: "person_assignments", entity: "person assignment",
            label: "(SELECT pseudonym FROM people WHERE people.id = person_assignments.person_id) || ' assignment'",
            columns: ["person_id", "assignee", "assigned_by", "assigned_at"]),
        // v19: a document's identity and contact fields and a sent text carrying them, sealed with
        // the vault key (issue #15 point 5): one deleted or swapped shows.
        SealedTable(
            name: "document_sealed_values", entity: "sealed document value",
            label:
                "(SELECT reference FROM documents WHERE documents.id = document_sealed_values.document_id) || ' ' || field",
            columns: ["document_id", "field", "sealed"]),
        // v20: on a team desk, who the organisation is and what it may claim (trusted-flagger
        // status, GDPR Art. 80 standing, authority to hold CSAM): every letter and capture relies on it.
        SealedTable(
            name: "desk_organisation", entity: "organisation", label: "'organisation'",
            columns: ["profile", "recorded_by", "recorded_at"]),
        // outgoing_messages is WITHOUT ROWID: the triggers' log names rows by rowid, so it is not
        // sealed; a Message-ID there only helps a reply find its document (the match is reviewed).
        // mail_pack_entries (where a packed message's bytes are) is not sealed either: the
        // message's SHA-256 is in its sealed row, so a place changed outside Flagdesk points
        // `verify` at bytes that do not hash to it, and the message is named.
    ]

    /// The column holding a row's MAC and field tags, and the one naming the seal event that
    /// last sealed it (`verify` says since when a row was changed).
    static let macColumn = "seal_mac"
    static let sealedByColumn = "sealed_by"

    static func index(of name: String) -> Int? { tables.firstIndex { $0.name == name } }
}
