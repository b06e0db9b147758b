import FlagdeskCore
import FlagdeskStore
import Foundation

/// Evidence first, the support hold and the sex-work confirmation (issue #15): the engine, not
/// the front, holds a takedown back.
extension Desk {
    /// A coordinator waives an evidence-first step for an item, with the reason in words (the
    /// person's "no police" wish; the referral made by telephone). Audited.
    public func waive(reference: String, step: EvidenceStep, reason: String) throws(EngineError) -> EvidenceWaiver {
        try requireCoordinator(to: "waive evidence first")
        guard let reason = reason.nilIfBlank else {
            throw .badInput("waiving \(step.label) needs the reason in words (--reason TEXT)")
        }
        let wanted = reference.uppercased()
        return try storeWrite { db in
            try self.waive(try self.item(wanted, expectedVersion: nil, in: db), step: step, reason: reason, in: db)
        }
    }

    /// Records a waiver and its event inside the caller's transaction (the demo desk too).
    func waive(_ item: Item, step: EvidenceStep, reason: String, in db: StoreTransaction) throws -> EvidenceWaiver {
        let waiver = EvidenceWaiver(itemID: item.id, step: step, reason: reason, waivedBy: actor, waivedAt: now)
        try WaiverRecords.record(waiver, in: db)
        try audit(
            actor: actor, at: now, entity: "item", id: item.reference, action: "waive",
            ["step": step.rawValue, "reason": reason], in: db)
        return waiver
    }

    /// The waivers recorded for an item.
    public func waivers(reference: String) throws(EngineError) -> [EvidenceWaiver] {
        try storeRead { db in
            let item = try self.item(reference.uppercased(), expectedVersion: nil, in: db)
            return try WaiverRecords.forItems([item.id], in: db)
        }
    }

    /// The person's support worker asks to wait: any member places the hold (erring on the
    /// side of the person), only a coordinator lifts it. Both need the reason; both are audited.
    public func supportHold(reference: String, on: Bool, reason: String) throws(EngineError) -> Bool {
        if on {
            try requireUser(to: "place a support hold")
        } else {
            try requireCoordinator(to: "lift a support hold")
        }
        guard let reason = reason.nilIfBlank else {
            throw .badInput("a support hold is placed or lifted with the reason in words (--reason TEXT)")
        }
        let wanted = reference.uppercased()
        return try storeWrite { db in
            let item = try self.item(wanted, expectedVersion: nil, in: db)
            var fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
            guard fields.supportHold != on else { return false }
            fields.supportHold = on
            // `update` checks and bumps the version: the hold changes the item.
            _ = try ItemRecords.update(item, at: self.now, in: db)
            try ItemRecords.writeWorkflowFields(fields, itemID: item.id, in: db)
            try self.audit(
                actor: self.actor, at: self.now, entity: "item", id: wanted,
                action: on ? "support-hold" : "support-release", ["reason": reason], in: db)
            return true
        }
    }

    /// Evidence first, enforced on approval and again at sending (a waiver or a referral may
    /// have been withdrawn since): a takedown about an item flagged for trafficking, child sexual
    /// abuse or a threat to life waits for the preservation request and the LEA referral.
    func requireEvidenceFirst(_ loaded: LoadedDocument, in db: StoreTransaction) throws {
        let ids = loaded.items.map(\.id)
        if let refusal = NoticeSafeguards.evidenceFirst(
            loaded.record.snapshot, items: loaded.items, sent: try WaiverRecords.sentKinds(itemIDs: ids, in: db),
            waivers: try WaiverRecords.forItems(ids, in: db))
        {
            throw refusal
        }
    }

    /// The items the document covers that are on support hold.
    func supportHeld(_ loaded: LoadedDocument, in db: StoreTransaction) throws -> Set<Int64> {
        Set(try loaded.items.filter { try ItemRecords.workflowFields(itemID: $0.id, in: db).supportHold }.map(\.id))
    }

    /// Sex work is never treated as trafficking by default: a notice about an item with no legal
    /// basis, or only weak indicators, is approved only with a person's confirmation in words,
    /// which goes on the trail. Returns the doubts the confirmation answers (empty: none needed).
    func requireNotSexWorkConfirmation(_ loaded: LoadedDocument, confirmation: String?, in db: StoreTransaction)
        throws -> [String]
    {
        var indicators: [Int64: [IndicatorChoice]] = [:]
        for item in loaded.items {
            indicators[item.id] = try ItemRecords.workflowFields(itemID: item.id, in: db).triage.indicators
        }
        let doubts = NoticeSafeguards.sexWorkDoubts(loaded.record.snapshot, items: loaded.items, indicators: indicators)
        guard !doubts.isEmpty, confirmation?.nilIfBlank == nil else { return doubts }
        throw WorkflowRefusal(
            subject: loaded.record.reference, cause: .confirmationRequired,
            message: "\(loaded.record.reference) may treat lawful sex work as illegal content: "
                + doubts.joined(separator: "; ")
                + ". Approve it only with --confirm-not-sex-work REASON (what shows this is not an adult's "
                + "lawful work), or close the item as no action")
    }
}
