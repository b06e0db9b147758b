import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// The longest case title accepted: a title names an operation, it does not tell it.
    static let caseTitleLimit = 200

    /// `case new TITLE [--person P]`: a new, empty, open case.
    public func newCase(title: String, person pseudonym: String? = nil) throws(EngineError) -> Case {
        try requireUser(to: "open cases")
        let title = try Self.checkedCaseTitle(title)
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let person = try pseudonym?.nilIfBlank.map { try self.livePerson($0, creating: true, in: db) }
            let stored = try CaseRecords.insert(
                Case(title: title, personID: person?.id, createdAt: now, createdBy: actor),
                year: CivilDate(now, in: self.zone).year, in: db)
            var payload: [String: String] = [:]
            payload["person"] = person.map { String($0.id) }
            // The title is personal data like an explanation: the trail keeps its hash, not its words.
            payload["title_sha256"] = SHA256.hash(data: Data(title.utf8)).lowercaseHex
            try self.audit(actor: actor, at: now, entity: "case", id: stored.reference, action: "new", payload, in: db)
            return stored
        }
    }

    /// `case add CASE REF...`: items join the case. An item belongs to at most one case; an
    /// item added to a case on LEA hold is held too.
    public func addToCase(_ reference: String, items references: [String]) throws(EngineError) -> Case {
        try changeCaseItems(reference, items: references, action: "add") { record, item, db in
            if let other = item.caseID, other != record.id {
                let otherReference = try CaseRecords.find(id: other, in: db)?.reference ?? "#\(other)"
                throw EngineError.refused(
                    "\(item.reference) belongs to case \(otherReference); remove it there first "
                        + "(an item belongs to at most one case)")
            }
            guard item.caseID == nil else { return nil }
            var joined = item
            joined.caseID = record.id
            if record.leaHold, item.status.isOpen, !item.leaHold {
                joined = try self.holdForCase(joined, caseReference: record.reference, in: db)
            }
            return joined
        }
    }

    /// `case remove CASE REF...`: items leave the case (their state is left as it is).
    public func removeFromCase(_ reference: String, items references: [String]) throws(EngineError) -> Case {
        try changeCaseItems(reference, items: references, action: "remove") { record, item, _ in
            guard item.caseID == record.id else {
                throw EngineError.refused("\(item.reference) is not in case \(record.reference)")
            }
            var left = item
            left.caseID = nil
            return left
        }
    }

    /// `case hold CASE` / `case release CASE`: LEA asked to wait with the whole case. Every open
    /// item is held (and released), each with its own event; items added later follow the case.
    public func setCaseHold(_ reference: String, held: Bool) throws(EngineError) -> Case {
        try requireUser(to: "hold cases")
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            var record = try self.liveCase(reference, in: db)
            guard record.leaHold != held else { return record }
            record.leaHold = held
            record = try CaseRecords.update(record, at: now, in: db)
            var changed: [String] = []
            for item in try CaseRecords.items(caseID: record.id, in: db) where item.status.isOpen {
                if held, !item.leaHold {
                    _ = try self.holdForCase(item, caseReference: record.reference, in: db)
                    changed.append(item.reference)
                } else if !held, item.leaHold {
                    _ = try self.releaseForCase(item, caseReference: record.reference, in: db)
                    changed.append(item.reference)
                }
            }
            try self.audit(
                actor: actor, at: now, entity: "case", id: record.reference, action: held ? "hold" : "release",
                ["items": changed.joined(separator: ",")], in: db)
            return try CaseRecords.find(id: record.id, in: db) ?? record
        }
    }

    /// Cases by urgency: threat to life first, then the earliest (overdue first) deadline.
    public func cases(includeClosed: Bool = false, limit: Int = 200, offset: Int = 0) throws(EngineError) -> CaseList {
        try storeRead { db in
            CaseList(
                cases: try CaseRecords.list(includeClosed: includeClosed, limit: limit, offset: offset, in: db),
                total: try CaseRecords.count(includeClosed: includeClosed, in: db),
                overdue: try CaseRecords.overdueCount(at: self.now, in: db))
        }
    }

    /// `case show CASE`: items by provider and status, documents, deadlines, the person (by
    /// pseudonym), the trail and the same-content proposals.
    public func caseDetail(reference: String) throws(EngineError) -> CaseDetail {
        let catalog = try deadlineSettings().catalog
        return try storeRead { db in
            let record = try self.knownCase(reference, in: db)
            let items = try CaseRecords.items(caseID: record.id, in: db)
            var documents: [DocumentRecord] = []
            for item in items {
                for document in try DocumentRecords.list(DocumentFilter(itemID: item.id), limit: 1000, in: db)
                where !documents.contains(where: { $0.id == document.id }) {
                    documents.append(document)
                }
            }
            documents.sort { $0.id < $1.id }
            var deadlines: [DeadlineRow] = []
            for document in documents {
                let covered = items.filter { document.itemIDs.contains($0.id) }
                for entry in try DeadlineRecords.forDocument(document.id, in: db) where entry.status == .open {
                    deadlines.append(
                        self.deadlineRow(
                            entry, kind: document.kind, status: document.status, reference: document.reference,
                            items: covered.map(\.reference),
                            recipientName: self.recipientDisplayName(document.recipientKey),
                            threatToLife: covered.contains(where: \.threatToLife), catalog: catalog))
                }
            }
            deadlines.sort { ($0.threatToLife ? 0 : 1, $0.dueAt) < ($1.threatToLife ? 0 : 1, $1.dueAt) }
            let personID = record.personID ?? items.lazy.compactMap(\.personID).first
            return CaseDetail(
                record: record, person: try personID.flatMap { try PeopleRecords.find(id: $0, in: db) },
                providers: self.groupedByProvider(items), documents: documents, deadlines: deadlines,
                events: try AuditTrail.events(entity: "case", entityID: record.reference, in: db),
                proposals: try CaseRecords.sameContent(caseID: record.id, in: db))
        }
    }

    /// Items that share content with an item (same evidence SHA-256 or normalised URL): what
    /// `case proposals REF` lists for an item outside any case.
    public func sameContent(itemReference: String) throws(EngineError) -> [SameContentMatch] {
        try storeRead { db in
            let item = try self.item(itemReference.uppercased(), expectedVersion: nil, in: db)
            return try CaseRecords.sameContent(itemID: item.id, in: db)
        }
    }

    // MARK: Shared steps

    private func changeCaseItems(
        _ reference: String, items references: [String], action: String,
        change: (Case, Item, StoreTransaction) throws -> Item?
    ) throws(EngineError) -> Case {
        try requireUser(to: "change cases")
        guard !references.isEmpty else { throw .badInput("name at least one item") }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let record = try self.liveCase(reference, in: db)
            var changed: [String] = []
            for wanted in references.map({ $0.uppercased() }) where !changed.contains(wanted) {
                let item = try self.item(wanted, expectedVersion: nil, in: db)
                guard let updated = try change(record, item, db) else { continue }
                _ = try ItemRecords.update(updated, at: now, in: db)
                try self.audit(
                    actor: actor, at: now, entity: "item", id: item.reference, action: "case-\(action)",
                    ["case": record.reference], in: db)
                changed.append(item.reference)
            }
            if !changed.isEmpty {
                try self.audit(
                    actor: actor, at: now, entity: "case", id: record.reference, action: "\(action)-items",
                    ["items": changed.joined(separator: ",")], in: db)
            }
            return try CaseRecords.find(id: record.id, in: db) ?? record
        }
    }

    private func holdForCase(_ item: Item, caseReference: String, in db: StoreTransaction) throws -> Item {
        try moveForCase(item, caseReference: caseReference, transition: .hold, action: "hold", in: db)
    }

    private func releaseForCase(_ item: Item, caseReference: String, in db: StoreTransaction) throws -> Item {
        try moveForCase(item, caseReference: caseReference, transition: .release, action: "release", in: db)
    }

    private func moveForCase(
        _ item: Item, caseReference: String, transition: ItemAction, action: String, in db: StoreTransaction
    ) throws -> Item {
        var fields = try ItemRecords.workflowFields(itemID: item.id, in: db)
        let state = try ItemWorkflow.apply(
            transition, to: ItemState(status: item.status, heldFrom: fields.heldFrom), reference: item.reference)
        var moved = item
        moved.status = state.status
        moved.leaHold = state.status == .onHold
        fields.heldFrom = state.heldFrom
        // Stored by the caller when it changes more (the case link); here when it does not.
        let stored = try ItemRecords.update(moved, at: now, in: db)
        try ItemRecords.writeWorkflowFields(fields, itemID: item.id, in: db)
        try audit(
            actor: actor, at: now, entity: "item", id: item.reference, action: action,
            ["from": item.status.rawValue, "to": state.status.rawValue, "case": caseReference], in: db)
        return stored
    }

    func knownCase(_ reference: String, in db: StoreTransaction) throws -> Case {
        let wanted = reference.uppercased()
        guard let record = try CaseRecords.find(reference: wanted, in: db) else {
            throw StoreError.notFound("case \(wanted)")
        }
        return record
    }

    /// A case that may still change: never one whose title the purge erased.
    func liveCase(_ reference: String, in db: StoreTransaction) throws -> Case {
        let record = try knownCase(reference, in: db)
        if let purgedAt = record.purgedAt {
            throw EngineError.refused(
                "case \(record.reference) was purged on \(ISO8601.format(purgedAt)) (retention period over): its "
                    + "title is erased and nothing new is recorded on it")
        }
        return record
    }

    func groupedByProvider(_ items: [Item]) -> [CaseProviderGroup] {
        var groups: [CaseProviderGroup] = []
        for item in items {
            let name = item.providerKey.flatMap { directory.provider(key: $0)?.name } ?? item.providerKey ?? item.host
            if let index = groups.firstIndex(where: { $0.providerKey == item.providerKey && $0.name == name }) {
                groups[index].items.append(item)
            } else {
                groups.append(CaseProviderGroup(providerKey: item.providerKey, name: name, items: [item]))
            }
        }
        return groups
    }

    static func checkedCaseTitle(_ title: String) throws(EngineError) -> String {
        guard let trimmed = title.nilIfBlank else { throw .badInput("a case needs a title") }
        guard trimmed.count <= caseTitleLimit else {
            throw .badInput("a case title is at most \(caseTitleLimit) characters (this one has \(trimmed.count))")
        }
        // Control and escape sequences have no place in a title: refused, not silently changed.
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .badInput("a case title cannot hold control characters (line breaks, escapes)")
        }
        return trimmed
    }
}
