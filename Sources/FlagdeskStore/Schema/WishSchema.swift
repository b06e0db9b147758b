import GRDB

/// Migration `v16-victims-c` (issue #15 points 1 and 7): the wishes the engine enforces, a
/// coordinator's threat-to-life override of "no police", and who a person is assigned to. New
/// tables only, each audited (`SealRegistry`), so no existing row's seal changes; the free-text
/// wishes stay in `people.wishes`, unchanged.
enum WishSchema {
    static func v16(_ db: Database) throws {
        try db.execute(sql: sql)
        try SealSchema.addSealColumns(db)
    }

    static let wishKinds = WishKindList.all.map { "'\($0)'" }.joined(separator: ",")

    private static let sql = """
        CREATE TABLE person_wishes (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            kind TEXT NOT NULL CHECK (kind IN (\(wishKinds))),
            value TEXT NOT NULL DEFAULT '',
            recorded_by TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (person_id, kind, value)
        ) STRICT;
        CREATE TABLE wish_overrides (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            kind TEXT NOT NULL CHECK (kind IN ('no-police')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            UNIQUE (item_id, person_id, kind)
        ) STRICT;
        CREATE TABLE person_assignments (
            person_id INTEGER PRIMARY KEY REFERENCES people(id),
            assignee TEXT NOT NULL CHECK (length(assignee) > 0),
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL
        ) STRICT;
        """
}

/// The kinds as the migration fixed them (a later kind is a later migration).
enum WishKindList {
    static let all = [
        "no-police", "no-takedown-before-police", "no-erasure-request", "no-phone-or-address",
        "contact-only-through", "identity-not-to",
    ]
}
