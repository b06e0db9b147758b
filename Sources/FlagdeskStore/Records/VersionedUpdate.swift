import GRDB

/// Why a versioned `UPDATE ... WHERE id = ? AND version = ? AND purged_at IS NULL` changed no
/// row: the row is gone, was purged, or someone changed it since it was read.
enum VersionedUpdate {
    /// `table` is one of the store's own table names, never outside text.
    static func refusal(table: String, id: Int64, record: String, expectedVersion: Int, in db: Database) throws
        -> StoreError
    {
        let row = try Row.fetchOne(db, sql: "SELECT version, purged_at FROM \(table) WHERE id = ?", arguments: [id])
        guard let row else { return StoreError.notFound(record) }
        if let purgedAt: String = row[1] { return StoreError.purged(record, at: purgedAt) }
        return StoreError.staleWrite(record: record, expectedVersion: expectedVersion, actualVersion: row[0])
    }
}
