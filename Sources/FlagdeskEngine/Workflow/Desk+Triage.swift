import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Records the flagger's triage of an item: classification, legal basis, flags, the indicator
    /// checklist with their own reasons, and the person concerned. A new item becomes triaged;
    /// an LEA hold puts it on hold (and lifting the flag releases it). Nothing here scores or
    /// decides (DESIGN.md §4).
    public func triage(_ request: TriageRequest) throws(EngineError) -> TriageOutcome {
        try requireUser(to: "triage items")
        let reference = request.reference.uppercased()
        if let indicators = request.indicators {
            do {
                _ = try TriageRecord(indicators: indicators).validated(reference: reference)
            } catch {
                throw .badInput(error.message)
            }
        }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            var item = try self.item(reference, expectedVersion: request.expectedVersion, in: db)
            guard item.status.isOpen else {
                throw StoreError.refused("\(reference) is \(item.status.label); a closed item cannot be triaged again")
            }
            var fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
            var changed: [String] = []
            // A field the request leaves out (nil) is left as it is (TriageRequest). Optional
            // fields have their own setter: through the generic one a nil would arrive wrapped
            // as a value and clear the field.
            func set<T: Equatable>(_ path: WritableKeyPath<Item, T>, _ value: T?, _ name: String) {
                guard let value, item[keyPath: path] != value else { return }
                item[keyPath: path] = value
                changed.append(name)
            }
            func set<T: Equatable>(optional path: WritableKeyPath<Item, T?>, _ value: T?, _ name: String) {
                guard let value, item[keyPath: path] != value else { return }
                item[keyPath: path] = value
                changed.append(name)
            }
            set(optional: \.category, request.category, "category")
            set(\.keywords, request.keywords, "keywords")
            set(\.contentTypes, request.contentTypes, "content_types")
            set(optional: \.legalBasis, request.legalBasis?.nilIfBlank, "legal_basis")
            set(optional: \.explanation, request.explanation?.nilIfBlank, "explanation")
            set(\.minor, request.minor, "minor")
            set(\.threatToLife, request.threatToLife, "threat_to_life")
            if request.indicators != nil || request.note != nil {
                // The checklist and the note are replaced one at a time: a note alone keeps the
                // indicators, indicators alone keep the note; an empty note clears it.
                let recorded = fields.triage ?? TriageRecord()
                let record = TriageRecord(
                    indicators: request.indicators ?? recorded.indicators,
                    note: request.note.map(\.nilIfBlank) ?? recorded.note)
                if record != recorded {
                    fields.triage = record
                    changed.append("indicators")
                }
            }
            if let pseudonym = request.person?.nilIfBlank {
                let person = try self.livePerson(pseudonym, creating: true, in: db)
                if item.personID != person.id {
                    item.personID = person.id
                    changed.append("person")
                }
            }
            item.priority = Priority.derived(
                threatToLife: item.threatToLife, minor: item.minor, keywords: item.keywords)
            var state = ItemState(status: item.status, heldFrom: fields.heldFrom)
            if state.status == .new { state = try ItemWorkflow.apply(.triage, to: state, reference: reference) }
            if let hold = request.leaHold, hold != item.leaHold {
                state = try ItemWorkflow.apply(hold ? .hold : .release, to: state, reference: reference)
                item.leaHold = hold
                changed.append(hold ? "lea_hold" : "lea_hold_lifted")
            }
            let from = item.status
            item.status = state.status
            fields.heldFrom = state.heldFrom
            let stored = try ItemRecords.update(item, at: now, in: db)
            try ItemRecords.writeWorkflowFields(fields, itemID: item.id, in: db)
            if changed.contains("threat_to_life") { try DeadlineRecords.refreshUrgency(itemID: item.id, in: db) }
            var payload = [
                "changed": changed.joined(separator: ","), "from": from.rawValue, "to": item.status.rawValue,
            ]
            if let category = item.category { payload["category"] = category.rawValue }
            if !fields.triage.indicators.isEmpty {
                payload["indicators"] = fields.triage.indicators.map(\.key).joined(separator: ",")
            }
            try audit(actor: actor, at: now, entity: "item", id: reference, action: "triage", payload, in: db)
            return TriageOutcome(item: stored, warnings: fields.triage.warnings)
        }
    }

    /// Closes an item as not illegal, with the reason in words ("lawful adult sex work, not
    /// illegal in the provider's country"). Refused while a document for it is still in flight.
    public func closeWithoutAction(reference: String, reason: String) throws(EngineError) -> Item {
        try moveItem(reference, action: "no-action", reason: reason) { state, ref throws(WorkflowRefusal) in
            let triaged = state.status == .new ? try ItemWorkflow.apply(.triage, to: state, reference: ref) : state
            return try ItemWorkflow.apply(.noAction(reason: reason), to: triaged, reference: ref)
        }
    }

    /// The content is gone or the erasure done.
    public func resolve(reference: String) throws(EngineError) -> Item {
        try moveItem(reference, action: "resolve", reason: nil) { state, ref throws(WorkflowRefusal) in
            try ItemWorkflow.apply(.resolve, to: state, reference: ref)
        }
    }

    /// Law enforcement asked to wait: no request to act on the content leaves while on hold.
    public func hold(reference: String) throws(EngineError) -> Item {
        try moveItem(reference, action: "hold", reason: nil) { state, ref throws(WorkflowRefusal) in
            try ItemWorkflow.apply(.hold, to: state, reference: ref)
        }
    }

    public func release(reference: String) throws(EngineError) -> Item {
        try moveItem(reference, action: "release", reason: nil) { state, ref throws(WorkflowRefusal) in
            try ItemWorkflow.apply(.release, to: state, reference: ref)
        }
    }

    private func moveItem(
        _ reference: String, action: String, reason: String?,
        transition: (ItemState, String) throws(WorkflowRefusal) -> ItemState
    ) throws(EngineError) -> Item {
        try requireUser(to: "change items")
        let wanted = reference.uppercased()
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            var item = try self.item(wanted, expectedVersion: nil, in: db)
            var fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
            let state = try transition(ItemState(status: item.status, heldFrom: fields.heldFrom), wanted)
            if state.status == .noAction || state.status == .resolved {
                let open = try DocumentRecords.list(DocumentFilter(itemID: item.id), limit: 1000, in: db)
                    .filter { $0.status.isOpen && $0.status != .draft && $0.status != .ready }
                if state.status == .noAction, !open.isEmpty {
                    throw StoreError.refused(
                        "\(wanted) has documents in flight (\(open.map(\.reference).joined(separator: ", "))); "
                            + "withdraw or close them before closing the item without action")
                }
            }
            let from = item.status
            item.status = state.status
            item.leaHold = state.status == .onHold
            fields.heldFrom = state.heldFrom
            if state.status == .noAction { fields.noActionReason = reason }
            let stored = try ItemRecords.update(item, at: now, in: db)
            try ItemRecords.writeWorkflowFields(fields, itemID: item.id, in: db)
            var payload = ["from": from.rawValue, "to": state.status.rawValue]
            if let reason { payload["reason"] = reason }
            try audit(actor: actor, at: now, entity: "item", id: wanted, action: action, payload, in: db)
            return stored
        }
    }

    /// The item, refused when unknown or when someone changed it since `expectedVersion`.
    func item(_ reference: String, expectedVersion: Int?, in db: StoreTransaction) throws -> Item {
        guard let item = try ItemRecords.find(reference: reference, in: db) else {
            throw StoreError.notFound("item \(reference)")
        }
        if let expectedVersion, expectedVersion != item.version {
            throw StoreError.staleWrite(
                record: "item \(reference)", expectedVersion: expectedVersion, actualVersion: item.version)
        }
        return item
    }

    /// The person with this pseudonym, created (pseudonym only) when `creating` and unknown.
    /// The person something new is recorded about or drafted for: never one whose details a
    /// purge erased (their pseudonym is `purged-N`; recording again under it would attach new
    /// personal data to a closed, erased record).
    func livePerson(_ pseudonym: String, creating: Bool, in db: StoreTransaction) throws -> Person {
        let person = try self.person(pseudonym, creating: creating, in: db)
        try Self.requireLive(person)
        return person
    }

    static func requireLive(_ person: Person) throws(EngineError) {
        guard let purgedAt = person.purgedAt else { return }
        throw .refused(
            "person #\(person.id) was purged on \(ISO8601.format(purgedAt)) (retention period over): their details "
                + "are erased and nothing new is recorded about them; record the person again under a new pseudonym")
    }

    func person(_ pseudonym: String, creating: Bool, in db: StoreTransaction) throws -> Person {
        if let person = try PeopleRecords.find(pseudonym: pseudonym, in: db) { return person }
        guard creating else { throw StoreError.notFound("person \(pseudonym)") }
        let person = try PeopleRecords.insert(Person(pseudonym: pseudonym, createdAt: now), in: db)
        try audit(actor: actor, at: now, entity: "person", id: String(person.id), action: "add", [:], in: db)
        return person
    }

    func audit(
        actor: String, at: Date, entity: String, id: String, action: String, _ payload: [String: String],
        in db: StoreTransaction
    ) throws {
        try appendEvent(
            AuditEntry(actor: actor, at: at, entity: entity, entityID: id, action: action, payload: payload), in: db)
    }
}

extension String {
    /// nil for empty or white-space-only text.
    var nilIfBlank: String? {
        let trimmed = trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
