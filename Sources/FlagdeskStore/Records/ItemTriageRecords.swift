import FlagdeskCore
import Foundation
import GRDB

/// The workflow fields of an item beside its main record: the triage checklist and note, the
/// state a held item returns to, and why it was closed without action.
public struct ItemWorkflowFields: Sendable, Equatable {
    public var triage: TriageRecord
    public var heldFrom: ItemStatus?
    public var noActionReason: String?
    /// The person's support worker asked to wait: no request to act on the content leaves.
    public var supportHold: Bool

    public init(
        triage: TriageRecord = TriageRecord(), heldFrom: ItemStatus? = nil, noActionReason: String? = nil,
        supportHold: Bool = false
    ) {
        self.triage = triage
        self.heldFrom = heldFrom
        self.noActionReason = noActionReason
        self.supportHold = supportHold
    }
}

extension ItemRecords {
    public static func workflowFields(itemID: Int64, in db: Database) throws -> ItemWorkflowFields {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT indicators, triage_note, held_from, no_action_reason, support_hold FROM items WHERE id = ?
                    """,
                arguments: [itemID])
        else { throw StoreError.notFound("item #\(itemID)") }
        let indicators =
            (try? JSONDecoder().decode([IndicatorChoice].self, from: Data((row["indicators"] as String).utf8)))
        return ItemWorkflowFields(
            triage: TriageRecord(indicators: indicators ?? [], note: row["triage_note"]),
            heldFrom: (row["held_from"] as String?).flatMap(ItemStatus.init(rawValue:)),
            noActionReason: row["no_action_reason"], supportHold: row["support_hold"])
    }

    /// Writes the workflow fields; call it in the transaction that `update`s the item (which
    /// checks and bumps its version).
    public static func writeWorkflowFields(_ fields: ItemWorkflowFields, itemID: Int64, in db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let indicators = String(decoding: try encoder.encode(fields.triage.indicators), as: UTF8.self)
        try db.execute(
            sql: """
                UPDATE items SET indicators = ?, triage_note = ?, held_from = ?, no_action_reason = ?, support_hold = ?
                WHERE id = ?
                """,
            arguments: [
                indicators, fields.triage.note, fields.heldFrom?.rawValue, fields.noActionReason, fields.supportHold,
                itemID,
            ])
    }

    /// Items by id, in the order asked.
    public static func find(ids: [Int64], in db: Database) throws -> [Item] {
        try ids.compactMap { try find(id: $0, in: db) }
    }
}
