/// Migration `v8-item-purge`: the retention purge also erases what items and sent documents say
/// (URLs, explanations, frozen texts, document fields), and records when on the row. Added the
/// way `v5-retention` added its indexes: new nullable columns, so no table is rebuilt and every
/// CHECK (documents past 'approved' keep `frozen_sha256`) holds as before. The partial indexes
/// let `verify` read the purged rows without scanning every item.
enum ItemPurgeSchema {
    static let v8 = """
        ALTER TABLE items ADD COLUMN purged_at TEXT;
        ALTER TABLE documents ADD COLUMN purged_at TEXT;
        CREATE INDEX items_purged ON items(purged_at) WHERE purged_at IS NOT NULL;
        CREATE INDEX documents_purged ON documents(purged_at) WHERE purged_at IS NOT NULL;
        """
}
