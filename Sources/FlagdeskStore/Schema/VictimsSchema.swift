/// Migration `v12-victims-a` (issue #15): evidence first waived by a coordinator with a reason;
/// the support hold beside the LEA hold; evidence kept as hash and metadata only when its bytes
/// may not be held (Dir. 2011/93/EU Art. 5); victim-support services and NRMs in the directory.
/// New nullable or defaulted columns and a new table; only the directory mirror is rebuilt.
enum VictimsSchema {
    static let v12 = """
        CREATE TABLE evidence_waivers (
            item_id INTEGER NOT NULL REFERENCES items(id),
            step TEXT NOT NULL CHECK (step IN ('preservation', 'referral')),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            waived_by TEXT NOT NULL,
            waived_at TEXT NOT NULL,
            PRIMARY KEY (item_id, step)
        ) STRICT;
        ALTER TABLE items ADD COLUMN support_hold INTEGER NOT NULL DEFAULT 0 CHECK (support_hold IN (0, 1));
        ALTER TABLE evidence ADD COLUMN withheld_reason TEXT;
        -- The directory mirror gains victim-support services and National Referral Mechanisms:
        -- its CHECK is rebuilt (no other table references it).
        CREATE TABLE authorities_v12 (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('dsc', 'dpa', 'lea', 'prosecutor', 'europol', 'support-service', 'nrm')),
            country TEXT, name TEXT NOT NULL, data TEXT NOT NULL
        ) STRICT;
        INSERT INTO authorities_v12 (key, kind, country, name, data)
            SELECT key, kind, country, name, data FROM authorities;
        DROP TABLE authorities;
        ALTER TABLE authorities_v12 RENAME TO authorities;
        """
}
