import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Is the content still there? Fetches each item's URL, records the status, final URL and
    /// body hash in `liveness_checks` with a proposed outcome (`RecheckAssessment`), one check
    /// and one audit event per item, each in its own transaction (no write lock is held while
    /// waiting on the network). Items that may be child sexual abuse material are asked for
    /// their status only (HEAD) unless the organisation may hold such material: the body is
    /// never downloaded.
    public func recheck(references: [String]) throws(EngineError) -> [LivenessCheck] {
        try requireUser(to: "recheck items")
        try CapturePolicy.requireNetwork(config, configPath: configPath)
        var items: [Item] = []
        for reference in references { items.append(try fetchableItem(reference)) }
        return try items.map { item throws(EngineError) in try recheck(item) }
    }

    /// The items to recheck now: their notice was decided, or its deadline passed, and they
    /// were not checked since.
    public func dueForRecheck() throws(EngineError) -> [String] {
        let now = self.now
        return try storeRead { db in
            try LivenessRecords.dueItems(now: now, in: db).compactMap {
                try ItemRecords.find(id: $0, in: db)?.reference
            }
        }
    }

    /// The flagger's confirmation of a check's outcome.
    public func confirmRecheck(checkID: Int64, outcome: LivenessOutcome) throws(EngineError) -> LivenessCheck {
        try requireUser(to: "confirm rechecks")
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let check = try LivenessRecords.confirm(id: checkID, outcome: outcome.rawValue, in: db)
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "item", entityID: check.itemReference, action: "recheck-confirm",
                    payload: [
                        "check": String(check.id), "outcome": outcome.rawValue,
                        "proposed": check.proposedOutcome ?? "none",
                    ]), in: db)
            return check
        }
    }

    /// The checks recorded for an item, oldest first.
    public func rechecks(reference: String) throws(EngineError) -> [LivenessCheck] {
        let item = try existingItem(reference)
        return try storeRead { db in try LivenessRecords.forItem(item.id, in: db) }
    }

    private func recheck(_ item: Item) throws(EngineError) -> LivenessCheck {
        let statusOnly = CapturePolicy.mayBeChildSexualAbuse(item) && !config.network.authorisedToHoldCSAM
        let client = CaptureHTTPClient(config.network)
        var result: FetchResult?
        var failure: String?
        do {
            result = try client.fetch(try fetchURL(item), method: statusOnly ? "HEAD" : "GET")
        } catch let error as FetchFailure {
            failure = error.description
        } catch let error as EngineError {
            failure = error.description
        } catch {
            failure = "\(error)"
        }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let previous = try EvidenceRecords.latestCaptureHash(itemID: item.id, in: db)
            let (proposal, changed) = RecheckAssessment.propose(
                status: result?.status, sha256: result?.sha256, previousSHA256: previous)
            let check = try LivenessRecords.insert(
                LivenessCheck(
                    itemID: item.id, itemReference: item.reference, checkedAt: now, checkedBy: actor,
                    httpStatus: result?.status, finalURL: result?.finalURL, sha256: result?.sha256, changed: changed,
                    proposedOutcome: proposal?.rawValue, error: failure), in: db)
            var payload = ["check": String(check.id), "proposed": proposal?.rawValue ?? "none"]
            if let status = result?.status { payload["status"] = String(status) }
            if let failure { payload["error"] = failure }
            if statusOnly { payload["method"] = "HEAD" }
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "item", entityID: item.reference, action: "recheck", payload: payload
                ),
                in: db)
            return check
        }
    }
}
