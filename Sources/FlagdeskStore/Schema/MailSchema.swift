/// Migration `v14-mail` (issue #19): replies by e-mail. `outgoing_messages` holds the Message-ID
/// of everything Flagdesk sent or exported as `.eml`, so a reply's In-Reply-To finds its
/// document; `mail_messages` holds each imported message as evidence (its file is
/// content-addressed in `evidence/` like any other), what it was matched to and how, the
/// proposals read from it and whether a person confirmed them. The indexes make every look-up
/// an import does a point query, whatever the number of documents.
enum MailSchema {
    static let v14 = """
        CREATE TABLE outgoing_messages (
            message_id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            how TEXT NOT NULL CHECK (how IN ('sent', 'exported')),
            recorded_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX outgoing_by_document ON outgoing_messages(document_id);

        CREATE TABLE mail_messages (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            message_id TEXT,
            date_text TEXT,
            date_at TEXT,
            from_text TEXT NOT NULL,
            subject TEXT NOT NULL,
            document_id INTEGER REFERENCES documents(id),
            match TEXT NOT NULL CHECK (match IN ('matched', 'ambiguous', 'unmatched')),
            match_method TEXT,
            candidates TEXT NOT NULL DEFAULT '[]',
            findings TEXT NOT NULL DEFAULT '[]',
            review TEXT NOT NULL DEFAULT 'new' CHECK (review IN ('new', 'confirmed', 'dismissed')),
            reviewed_at TEXT, reviewed_by TEXT,
            imported_at TEXT NOT NULL, imported_by TEXT NOT NULL,
            CHECK ((match = 'matched') = (document_id IS NOT NULL))
        ) STRICT;
        CREATE INDEX mail_by_message_id ON mail_messages(message_id) WHERE message_id IS NOT NULL;
        CREATE INDEX mail_by_document ON mail_messages(document_id, id) WHERE document_id IS NOT NULL;
        CREATE INDEX mail_by_match ON mail_messages(match, review, id);
        CREATE INDEX documents_by_provider_reference ON documents(provider_reference)
            WHERE provider_reference IS NOT NULL;
        """

    /// Migration `v18-mail-more`: a message's From, Subject, Message-ID, Date text and findings
    /// are erased, and its file deleted, with its document's text under the retention purge (GDPR
    /// Art. 5(1)(e)); the row records when. `purged_at` is bound to the purge event of that
    /// instant (`PurgeReconciliation`), not to the seal: a sealed column added now would change
    /// every sealed row's MAC, and the key is not in the store to seal them again.
    static let v18 = """
        ALTER TABLE mail_messages ADD COLUMN purged_at TEXT;
        CREATE INDEX mail_purged ON mail_messages(purged_at, id) WHERE purged_at IS NOT NULL;
        """

    /// Migration `v19-perf`: where each message of an import's pack is (`MailPackWriter`): one
    /// file per import instead of one per message. The message's hash stays in its sealed row.
    static let v19 = """
        CREATE TABLE mail_pack_entries (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            pack TEXT NOT NULL,
            start INTEGER NOT NULL CHECK (start >= 0),
            size INTEGER NOT NULL CHECK (size >= 0)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX mail_pack_entries_by_pack ON mail_pack_entries(pack);
        """
}
