/// Migration `v11-send-attempts`: an e-mail is recorded as being sent before `send_command`
/// runs, so a process killed while the command runs leaves "sending, outcome unknown" instead of
/// nothing (a retry would send the mail twice). The row keeps the exact text handed to the
/// command: `send --confirm-sent` freezes that text, not one rendered again later.
enum SendAttemptSchema {
    static let v11 = """
        CREATE TABLE send_attempts (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            started_at TEXT NOT NULL,
            started_by TEXT NOT NULL,
            via TEXT NOT NULL CHECK (via IN ('email')),
            text TEXT,  -- erased with the document's own text by the retention purge
            sha256 TEXT NOT NULL,
            format TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT 'sending'
                CHECK (outcome IN ('sending', 'sent', 'failed', 'confirmed-sent', 'superseded')),
            finished_at TEXT
        ) STRICT;
        CREATE INDEX send_attempts_open ON send_attempts(document_id) WHERE outcome = 'sending';
        """
}
