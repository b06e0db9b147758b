import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// ready -> approved, by a coordinator; under four-eyes never by the document's drafter.
    /// A takedown waits for evidence first; a notice that may treat lawful sex work as illegal
    /// content needs `notSexWork`, the coordinator's reason in words, recorded on the trail.
    public func approve(reference: String, expectedVersion: Int? = nil, notSexWork: String? = nil)
        throws(EngineError) -> DocumentView
    {
        try requireCoordinator(to: "approve documents")
        // A draft completed elsewhere since (the configuration) becomes ready first, as when it is
        // shown; a caller naming the version it saw has shown it already.
        if expectedVersion == nil { _ = try revalidate(reference: reference) }
        let settings = try deadlineSettings()
        return try storeWrite { db in
            try self.approve(
                reference, expectedVersion: expectedVersion, notSexWork: notSexWork, settings: settings, in: db)
        }
    }

    func approve(
        _ reference: String, expectedVersion: Int?, notSexWork: String? = nil, settings: DeadlineSettings,
        in db: StoreTransaction
    ) throws -> DocumentView {
        let team = try team(in: db)
        let fourEyes = team.fourEyesApplies
        return try changeDocument(
            reference, expectedVersion: expectedVersion, action: "approve", settings: settings, in: db
        ) { loaded, payload throws in
            var record = loaded.record
            if fourEyes, record.draftedBy == actor {
                throw EngineError.refused(
                    "\(record.reference) was drafted by \(actor); under four-eyes (`flagdesk team four-eyes`) another "
                        + "coordinator must approve it")
            }
            let missing = try missingElements(loaded)
            record.status = try DocumentWorkflow.apply(
                .approve, to: record.status, reference: record.reference, missing: missing
            ).to
            if !missing.isEmpty {
                throw WorkflowRefusal(
                    subject: record.reference, cause: .incomplete(missing),
                    message: "\(record.reference) cannot be approved: missing "
                        + missing.map(\.description).joined(separator: "; "))
            }
            try requireEvidenceFirst(loaded, in: db)
            try requireWishes(loaded, stage: .approve, in: db)
            if !(try requireNotSexWorkConfirmation(loaded, confirmation: notSexWork, in: db)).isEmpty {
                payload["not_sex_work"] = notSexWork?.nilIfBlank
            }
            record.approvedAt = now
            record.approvedBy = actor
            // What the approval covers beyond the fields: sending compares it (`ApprovalBasis`).
            // Not for the demo's synthetic history, approved as a made-up organisation.
            if clock != .demo { payload.merge(try approvalBasis(loaded).payload) { _, basis in basis } }
            payload["four_eyes"] = fourEyes ? "checked" : team.settings.setup == .personal ? "single-user" : "off"
            return record
        }
    }

    /// Any open state -> withdrawn, with the reason.
    public func withdraw(reference: String, reason: String) throws(EngineError) -> DocumentView {
        try requireUser(to: "withdraw documents")
        guard let reason = reason.nilIfBlank else { throw .badInput("withdrawing needs a reason (--reason TEXT)") }
        let settings = try deadlineSettings()
        return try storeWrite { db in try self.withdraw(reference, reason: reason, settings: settings, in: db) }
    }

    func withdraw(_ reference: String, reason: String, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> DocumentView
    {
        try changeDocument(reference, expectedVersion: nil, action: "withdraw", settings: settings, in: db) {
            loaded, payload throws in
            var record = loaded.record
            record.status = try DocumentWorkflow.apply(
                .withdraw, to: record.status, reference: record.reference, missing: []
            ).to
            record.withdrawnAt = now
            record.statusReason = reason
            payload["reason"] = reason
            return record
        }
    }

    /// decided -> closed; or sent/acknowledged -> closed with a reason.
    public func close(reference: String, reason: String?) throws(EngineError) -> DocumentView {
        try requireUser(to: "close documents")
        let settings = try deadlineSettings()
        return try storeWrite { db in try self.close(reference, reason: reason, settings: settings, in: db) }
    }

    func close(_ reference: String, reason: String?, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> DocumentView
    {
        try changeDocument(reference, expectedVersion: nil, action: "close", settings: settings, in: db) {
            loaded, payload throws in
            var record = loaded.record
            record.status = try DocumentWorkflow.apply(
                .close(reason: reason), to: record.status, reference: record.reference, missing: []
            ).to
            record.closedAt = now
            record.statusReason = reason?.nilIfBlank
            payload["reason"] = reason?.nilIfBlank
            return record
        }
    }

    /// Loads a document, lets `change` produce its new state (or refuse), stores it with an
    /// audit event and recomputed deadlines, all in one transaction.
    func changeDocument(
        _ reference: String, expectedVersion: Int?, action: String, settings: DeadlineSettings,
        in db: StoreTransaction, change: (LoadedDocument, inout [String: String]) throws -> DocumentRecord
    ) throws -> DocumentView {
        let record = try self.document(reference, expectedVersion: expectedVersion, in: db)
        var loaded = try load(record, in: db)
        var payload: [String: String] = [:]
        let from = record.status
        loaded.record = try DocumentRecords.update(try change(loaded, &payload), at: now, in: db)
        payload["from"] = from.rawValue
        payload["to"] = loaded.record.status.rawValue
        try audit(
            actor: actor, at: now, entity: "document", id: loaded.record.reference, action: action, payload, in: db)
        try recomputeDeadlines(loaded, settings: settings, in: db)
        try afterDocumentChange(loaded, in: db)
        return try view(loaded, settings: settings, in: db)
    }

    /// Item states follow their documents: a sent document puts a triaged item in action.
    func afterDocumentChange(_ loaded: LoadedDocument, in db: StoreTransaction) throws {
        guard loaded.record.status.hasBeenSent else { return }
        for item in loaded.items where item.status == .triaged {
            var moved = item
            moved.status = try ItemWorkflow.apply(
                .startAction, to: ItemState(status: .triaged), reference: item.reference
            )
            .status
            _ = try ItemRecords.update(moved, at: now, in: db)
            try audit(
                actor: actor, at: now, entity: "item", id: item.reference, action: "start-action",
                ["document": loaded.record.reference, "from": "triaged", "to": moved.status.rawValue], in: db)
        }
    }
}
