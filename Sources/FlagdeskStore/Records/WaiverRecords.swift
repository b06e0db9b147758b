import FlagdeskCore
import Foundation
import GRDB

/// Evidence-first waivers: a coordinator's recorded decision that an item goes without a
/// preservation request or an LEA referral (one per item and step; a new decision replaces it).
public enum WaiverRecords {
    public static func record(_ waiver: EvidenceWaiver, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO evidence_waivers (item_id, step, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (item_id, step) DO UPDATE SET
                    reason = excluded.reason, waived_by = excluded.waived_by, waived_at = excluded.waived_at
                """,
            arguments: [
                waiver.itemID, waiver.step.rawValue, waiver.reason, waiver.waivedBy, ISO8601.format(waiver.waivedAt),
            ])
    }

    public static func forItems(_ itemIDs: [Int64], in db: Database) throws -> [EvidenceWaiver] {
        guard !itemIDs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: itemIDs.count).joined(separator: ",")
        return try Row.fetchAll(
            db,
            sql: """
                SELECT item_id, step, reason, waived_by, waived_at FROM evidence_waivers
                WHERE item_id IN (\(marks)) ORDER BY item_id, step
                """, arguments: StatementArguments(itemIDs)
        ).compactMap { row in
            guard let step = EvidenceStep(rawValue: row[1]) else { return nil }
            return EvidenceWaiver(
                itemID: row[0], step: step, reason: row[2], waivedBy: row[3],
                waivedAt: ISO8601.parseInstant(row[4]) ?? .distantPast)
        }
    }

    /// Per item, the kinds of document about it that have been sent (evidence first asks for
    /// the preservation request and the referral to have left, not merely to exist as drafts).
    public static func sentKinds(itemIDs: [Int64], in db: Database) throws -> [Int64: Set<DocumentKind>] {
        guard !itemIDs.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: itemIDs.count).joined(separator: ",")
        var sent: [Int64: Set<DocumentKind>] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT di.item_id, d.kind FROM document_items di JOIN documents d ON d.id = di.document_id
                WHERE di.item_id IN (\(marks)) AND d.status IN ('sent', 'acknowledged', 'decided', 'closed')
                """, arguments: StatementArguments(itemIDs))
        {
            if let kind = DocumentKind(rawValue: row[1]) { sent[row[0], default: []].insert(kind) }
        }
        return sent
    }
}
