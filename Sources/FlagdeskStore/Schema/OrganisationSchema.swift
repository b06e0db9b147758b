import GRDB

/// Migration `v20-organisation`: on a team desk, who the organisation is and what it may claim —
/// its name and signatory, its trusted-flagger status (DSA Art. 22), its GDPR Art. 80(1) standing,
/// its authority to hold child sexual abuse material (Dir. 2011/93/EU Art. 5) — is the desk's,
/// not whoever's configuration opened it. One row, audited (`SealRegistry`).
enum OrganisationSchema {
    static func v20(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE desk_organisation (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    profile TEXT NOT NULL,
                    recorded_by TEXT NOT NULL,
                    recorded_at TEXT NOT NULL
                ) STRICT;
                """)
        try SealSchema.addSealColumns(db)
    }
}
