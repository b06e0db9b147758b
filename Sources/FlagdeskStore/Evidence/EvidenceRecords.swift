import FlagdeskCore
import Foundation
import GRDB

/// Evidence rows (the files themselves are in `EvidenceFiles`).
public enum EvidenceRecords {
    public static func insert(_ evidence: Evidence, kind: String = "file", in db: Database) throws -> Evidence {
        try db.execute(
            sql: """
                INSERT INTO evidence (item_id, sha256, size, media_type, original_name, kind, source_url,
                    captured_at, captured_by, withheld_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                evidence.itemID, evidence.sha256, evidence.size, evidence.mediaType, evidence.originalName, kind,
                evidence.sourceURL, ISO8601.format(evidence.capturedAt), evidence.capturedBy, evidence.withheldReason,
            ])
        var stored = evidence
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func forItem(_ itemID: Int64, in db: Database) throws -> [Evidence] {
        try Row.fetchAll(db, sql: "SELECT * FROM evidence WHERE item_id = ? ORDER BY id", arguments: [itemID]).map {
            Evidence(
                id: $0["id"], itemID: $0["item_id"], sha256: $0["sha256"], size: $0["size"],
                mediaType: $0["media_type"], originalName: $0["original_name"], sourceURL: $0["source_url"],
                capturedAt: ISO8601.parseInstant($0["captured_at"]) ?? .distantPast, capturedBy: $0["captured_by"],
                withheldReason: $0["withheld_reason"])
        }
    }
}

extension EvidenceRecords {
    /// How many evidence files the store still holds (not purged).
    /// Evidence rows whose bytes the store holds: not purged, and not withheld (CSAM without
    /// authority keeps its hash and metadata only). `verify` hashes exactly these files.
    public static func heldCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence WHERE \(heldPredicate)") ?? 0
    }

    static let heldPredicate = "purged_at IS NULL AND withheld_reason IS NULL"
}
