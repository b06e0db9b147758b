import GRDB

/// The whole data model of DESIGN.md §3 as STRICT tables, created by versioned migrations.
/// Later changes are new migrations appended below; a shipped migration is never edited.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-data-model") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-workflow") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-deadline-urgency") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4-vault") { db in
            try db.execute(sql: VaultSchema.v4)
        }
        migrator.registerMigration("v5-retention") { db in
            try db.execute(sql: v5Retention)
        }
        // Foreign keys are off while it runs and checked before it commits (GRDB's default).
        migrator.registerMigration("v6-bulk-intake") { db in
            try db.execute(sql: v6)
        }
        migrator.registerMigration("v7-search") { db in
            try db.execute(sql: SearchSchema.v7)
        }
        migrator.registerMigration("v8-item-purge") { db in
            try db.execute(sql: ItemPurgeSchema.v8)
        }
        migrator.registerMigration("v9-team") { db in
            try db.execute(sql: TeamSchema.v9)
        }
        migrator.registerMigration("v11-send-attempts") { db in
            try db.execute(sql: SendAttemptSchema.v11)
        }
        migrator.registerMigration("v12-victims-a") { db in
            try db.execute(sql: VictimsSchema.v12)
        }
        migrator.registerMigration("v13-cases") { db in
            try db.execute(sql: CaseSchema.v13)
        }
        migrator.registerMigration("v14-mail") { db in
            try db.execute(sql: MailSchema.v14)
        }
        migrator.registerMigration("v10-seal") { db in
            try SealSchema.v10(db)
        }
        migrator.registerMigration("v15-seal-more") { db in
            try SealSchema.v15(db)
        }
        migrator.registerMigration("v16-victims-c") { db in
            try WishSchema.v16(db)
        }
        migrator.registerMigration("v18-mail-more") { db in
            try db.execute(sql: MailSchema.v18)
        }
        migrator.registerMigration("v19-victims-d") { db in
            try SealedDocumentSchema.v19(db)
        }
        migrator.registerMigration("v20-organisation") { db in
            try OrganisationSchema.v20(db)
        }
        migrator.registerMigration("v19-perf") { db in
            try db.execute(sql: MailSchema.v19)
        }
        migrator.registerMigration("v21-due") { db in
            try db.execute(sql: DueSchema.v21)
        }
        return migrator
    }

    static let itemStatusList = ["new", "triaged", "in-action", "resolved", "no-action", "on-hold"]
    static let itemStatuses = itemStatusList.map { "'\($0)'" }.joined(separator: ",")
    static let documentStatuses =
        "'draft','ready','approved','sent','acknowledged','decided','closed','withdrawn'"

    private static let v1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;

        -- The directory, mirrored from config so records can name their recipient.
        CREATE TABLE providers (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT,
            is_online_platform INTEGER NOT NULL CHECK (is_online_platform IN (0, 1)),
            data TEXT NOT NULL
        ) STRICT;
        CREATE TABLE authorities (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('dsc', 'dpa', 'lea', 'prosecutor', 'europol')),
            country TEXT, name TEXT NOT NULL, data TEXT NOT NULL
        ) STRICT;

        -- Data subjects and victims: a pseudonym in clear; identity, contact and mandate document
        -- sealed (encrypted) by the engine. Wishes are recorded and respected (DESIGN.md).
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            pseudonym TEXT NOT NULL UNIQUE,
            identity_sealed BLOB, contact_sealed BLOB,
            mandate_scope TEXT, mandate_signed_on TEXT, mandate_expires_on TEXT,
            mandate_document_sha256 TEXT, mandate_document_sealed BLOB,
            wishes TEXT NOT NULL DEFAULT '[]',
            consents_to_lea INTEGER NOT NULL DEFAULT 0 CHECK (consents_to_lea IN (0, 1)),
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, purged_at TEXT,
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            person_id INTEGER REFERENCES people(id),
            status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
            created_at TEXT NOT NULL, created_by TEXT NOT NULL, closed_at TEXT,
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;

        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            url_normalized TEXT NOT NULL,
            host TEXT NOT NULL,
            provider_key TEXT,
            category TEXT,
            keywords TEXT NOT NULL DEFAULT '[]',
            content_types TEXT NOT NULL DEFAULT '[]',
            legal_basis TEXT,
            explanation TEXT,
            minor TEXT NOT NULL DEFAULT 'unknown' CHECK (minor IN ('yes', 'no', 'unknown')),
            threat_to_life INTEGER NOT NULL DEFAULT 0 CHECK (threat_to_life IN (0, 1)),
            lea_hold INTEGER NOT NULL DEFAULT 0 CHECK (lea_hold IN (0, 1)),
            indicators TEXT NOT NULL DEFAULT '[]',
            no_action_reason TEXT,
            source TEXT NOT NULL CHECK (source IN ('hotline', 'osint', 'victim', 'partner', 'other')),
            status TEXT NOT NULL CHECK (status IN (\(itemStatuses))),
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
            duplicate_of INTEGER REFERENCES items(id),
            case_id INTEGER REFERENCES cases(id),
            person_id INTEGER REFERENCES people(id),
            assignee TEXT,
            next_deadline_at TEXT,
            created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        ) STRICT;
        CREATE INDEX items_by_url ON items(url_normalized);
        CREATE INDEX items_queue ON items(status, priority, created_at, id);
        CREATE INDEX items_by_provider ON items(provider_key, priority, created_at);
        CREATE INDEX items_by_category ON items(category, priority, created_at);
        CREATE INDEX items_by_deadline ON items(next_deadline_at) WHERE next_deadline_at IS NOT NULL;

        -- Full-text search over what a flagger types to find an item.
        CREATE VIRTUAL TABLE items_fts USING fts5(
            reference, url, host, explanation, legal_basis,
            content = 'items', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
            VALUES (new.id, new.reference, new.url, new.host, new.explanation, new.legal_basis);
        END;
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, reference, url, host, explanation, legal_basis)
            VALUES ('delete', old.id, old.reference, old.url, old.host, old.explanation, old.legal_basis);
        END;
        CREATE TRIGGER items_fts_update AFTER UPDATE OF reference, url, host, explanation, legal_basis ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, reference, url, host, explanation, legal_basis)
            VALUES ('delete', old.id, old.reference, old.url, old.host, old.explanation, old.legal_basis);
            INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
            VALUES (new.id, new.reference, new.url, new.host, new.explanation, new.legal_basis);
        END;

        -- Evidence files live in evidence/<sha256 prefix>/<sha256> beside the database, never modified.
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            media_type TEXT NOT NULL,
            original_name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'capture', 'headers', 'mandate')),
            source_url TEXT, final_url TEXT, http_status INTEGER,
            captured_at TEXT NOT NULL, captured_by TEXT NOT NULL,
            purged_at TEXT
        ) STRICT;
        CREATE INDEX evidence_by_item ON evidence(item_id);
        CREATE INDEX evidence_by_hash ON evidence(sha256);

        -- One outgoing legal instrument. Once sent, its exact text and SHA-256 are frozen.
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            language TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN (\(documentStatuses))),
            recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('provider', 'authority', 'controller')),
            recipient_key TEXT,
            case_id INTEGER REFERENCES cases(id),
            person_id INTEGER REFERENCES people(id),
            parent_id INTEGER REFERENCES documents(id),
            fields TEXT NOT NULL DEFAULT '{}',
            outcome TEXT,
            provider_reference TEXT,
            drafted_at TEXT NOT NULL, drafted_by TEXT NOT NULL,
            approved_at TEXT, approved_by TEXT,
            sent_at TEXT, sent_by TEXT, sent_via TEXT,
            acknowledged_at TEXT, decided_at TEXT, decision_notified_at TEXT,
            closed_at TEXT, withdrawn_at TEXT,
            frozen_text TEXT, frozen_sha256 TEXT, frozen_format TEXT,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            -- A document past 'approved' has been sent, so its text is frozen.
            CHECK (status IN ('draft', 'ready', 'approved', 'withdrawn') OR frozen_sha256 IS NOT NULL)
        ) STRICT;
        CREATE INDEX documents_by_status ON documents(status, kind);
        CREATE INDEX documents_by_parent ON documents(parent_id);
        CREATE TABLE document_items (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            item_id INTEGER NOT NULL REFERENCES items(id),
            PRIMARY KEY (document_id, item_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX document_items_by_item ON document_items(item_id);

        -- Derived from documents and rules, recomputed in the same transaction as any change
        -- that affects them; each row keeps its rule, inputs and explanation.
        CREATE TABLE deadlines (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            rule TEXT NOT NULL,
            due_at TEXT NOT NULL,
            original_due_at TEXT,
            is_policy INTEGER NOT NULL CHECK (is_policy IN (0, 1)),
            inputs TEXT NOT NULL,
            explanation TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'met', 'missed', 'superseded')),
            computed_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX deadlines_open ON deadlines(status, due_at);
        CREATE INDEX deadlines_by_document ON deadlines(document_id);

        -- Is the content still online? (liveness re-checks after a provider says it acted)
        CREATE TABLE liveness_checks (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            checked_at TEXT NOT NULL, checked_by TEXT NOT NULL,
            http_status INTEGER, final_url TEXT, sha256 TEXT,
            changed INTEGER CHECK (changed IN (0, 1)),
            proposed_outcome TEXT, confirmed_outcome TEXT, error TEXT
        ) STRICT;
        CREATE INDEX liveness_by_item ON liveness_checks(item_id);

        -- The audit trail: append-only, each row chained by SHA-256 to the previous one.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        ) STRICT;
        CREATE INDEX events_by_entity ON events(entity, entity_id);
        CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be changed');
        END;
        CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events BEGIN
            SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be deleted');
        END;
        """

    /// Workflow state the first schema lacked: where a held item returns to and the triage note;
    /// the reason a document was closed or withdrawn, and the milestones of a preservation order
    /// (Reg. (EU) 2023/1543 Art. 11: issued, extended, production requested).
    private static let v2 = """
        ALTER TABLE items ADD COLUMN held_from TEXT CHECK (held_from IS NULL OR held_from IN (\(itemStatuses)));
        ALTER TABLE items ADD COLUMN triage_note TEXT;
        ALTER TABLE documents ADD COLUMN status_reason TEXT;
        ALTER TABLE documents ADD COLUMN issued_at TEXT;
        ALTER TABLE documents ADD COLUMN extended_at TEXT;
        ALTER TABLE documents ADD COLUMN extension_until TEXT;
        ALTER TABLE documents ADD COLUMN production_requested_at TEXT;
        CREATE INDEX documents_by_recipient ON documents(recipient_key, status);
        CREATE INDEX deadlines_by_rule ON deadlines(rule, status);
        """

    /// Threat to life sorts first in every deadline list (DESIGN.md §4): kept on the deadline row
    /// so the list is two index range scans, not a sort of every open deadline.
    private static let v3 = """
        ALTER TABLE deadlines ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));
        CREATE INDEX deadlines_open_by_urgency ON deadlines(status, urgent, due_at);
        UPDATE deadlines SET urgent = 1 WHERE EXISTS (
            SELECT 1 FROM document_items di JOIN items i ON i.id = di.item_id
            WHERE di.document_id = deadlines.document_id AND i.threat_to_life = 1);
        """

    /// `column = 'a' OR column = 'b' ...`: the same rule as `column IN ('a', 'b', ...)`, but
    /// SQLite 3.40 checks an IN list of three or more values by building a temporary b-tree on
    /// every row written (four of them per item insert were a third of an import's time).
    static func oneOf(_ column: String, _ values: [String]) -> String {
        values.map { "\(column) = '\($0)'" }.joined(separator: " OR ")
    }

    /// The items table rebuilt (SQLite cannot alter a CHECK) with the same columns, rows, ids,
    /// indexes (v1's and v5's) and triggers, its value checks written with `oneOf`. The full-text index keeps
    /// pointing at the same ids, so it needs no rebuild.
    private static let v6 = """
        CREATE TABLE items_rebuilt (
            id INTEGER PRIMARY KEY,
            reference TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            url_normalized TEXT NOT NULL,
            host TEXT NOT NULL,
            provider_key TEXT,
            category TEXT,
            keywords TEXT NOT NULL DEFAULT '[]',
            content_types TEXT NOT NULL DEFAULT '[]',
            legal_basis TEXT,
            explanation TEXT,
            minor TEXT NOT NULL DEFAULT 'unknown' CHECK (\(oneOf("minor", ["yes", "no", "unknown"]))),
            threat_to_life INTEGER NOT NULL DEFAULT 0 CHECK (threat_to_life IN (0, 1)),
            lea_hold INTEGER NOT NULL DEFAULT 0 CHECK (lea_hold IN (0, 1)),
            indicators TEXT NOT NULL DEFAULT '[]',
            no_action_reason TEXT,
            source TEXT NOT NULL CHECK (\(oneOf("source", ["hotline", "osint", "victim", "partner", "other"]))),
            status TEXT NOT NULL CHECK (\(oneOf("status", itemStatusList))),
            priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
            duplicate_of INTEGER REFERENCES items(id),
            case_id INTEGER REFERENCES cases(id),
            person_id INTEGER REFERENCES people(id),
            assignee TEXT,
            next_deadline_at TEXT,
            created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            held_from TEXT CHECK (held_from IS NULL OR \(oneOf("held_from", itemStatusList))),
            triage_note TEXT
        ) STRICT;
        INSERT INTO items_rebuilt SELECT * FROM items;
        DROP TABLE items;
        ALTER TABLE items_rebuilt RENAME TO items;
        CREATE INDEX items_by_url ON items(url_normalized);
        CREATE INDEX items_queue ON items(status, priority, created_at, id);
        CREATE INDEX items_by_provider ON items(provider_key, priority, created_at);
        CREATE INDEX items_by_category ON items(category, priority, created_at);
        CREATE INDEX items_by_deadline ON items(next_deadline_at) WHERE next_deadline_at IS NOT NULL;
        CREATE INDEX items_by_person ON items(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX items_by_case ON items(case_id) WHERE case_id IS NOT NULL;
        CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
            INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
            VALUES (new.id, new.reference, new.url, new.host, new.explanation, new.legal_basis);
        END;
        CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, reference, url, host, explanation, legal_basis)
            VALUES ('delete', old.id, old.reference, old.url, old.host, old.explanation, old.legal_basis);
        END;
        CREATE TRIGGER items_fts_update AFTER UPDATE OF reference, url, host, explanation, legal_basis ON items BEGIN
            INSERT INTO items_fts(items_fts, rowid, reference, url, host, explanation, legal_basis)
            VALUES ('delete', old.id, old.reference, old.url, old.host, old.explanation, old.legal_basis);
            INSERT INTO items_fts(rowid, reference, url, host, explanation, legal_basis)
            VALUES (new.id, new.reference, new.url, new.host, new.explanation, new.legal_basis);
        END;
        -- The annual report reads the notices sent in a year.
        CREATE INDEX documents_sent ON documents(kind, sent_at) WHERE sent_at IS NOT NULL;
        """
}
