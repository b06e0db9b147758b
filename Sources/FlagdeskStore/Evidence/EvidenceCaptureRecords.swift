import FlagdeskCore
import Foundation
import GRDB

/// What a capture adds to an evidence row: where the request went and what answered.
public struct CaptureFields: Sendable, Equatable {
    /// `capture` (the body) or `headers` (status line, redirects and headers as received).
    public var kind: String
    public var finalURL: String?
    public var httpStatus: Int?

    public init(kind: String, finalURL: String?, httpStatus: Int?) {
        self.kind = kind
        self.finalURL = finalURL
        self.httpStatus = httpStatus
    }
}

extension EvidenceRecords {
    /// Inserts the evidence row of a capture (`kind` capture or headers) with its final URL and
    /// HTTP status.
    public static func insert(_ evidence: Evidence, capture: CaptureFields, in db: Database) throws -> Evidence {
        let stored = try insert(evidence, kind: capture.kind, in: db)
        try db.execute(
            sql: "UPDATE evidence SET final_url = ?, http_status = ? WHERE id = ?",
            arguments: [capture.finalURL, capture.httpStatus, stored.id])
        return stored
    }

    /// The SHA-256 of the latest captured body of an item (what a recheck compares with).
    public static func latestCaptureHash(itemID: Int64, in db: Database) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT sha256 FROM evidence WHERE item_id = ? AND kind = 'capture' AND purged_at IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [itemID])
    }
}
