import FlagdeskCore
import FlagdeskStore
import Foundation

/// A wish to record or drop (`person --wish-rule KIND[=VALUE]`).
public struct WishRequest: Sendable, Equatable {
    public var kind: WishKind
    public var value: String?

    public init(kind: WishKind, value: String? = nil) {
        self.kind = kind
        self.value = value
    }
}

/// The person's wishes, enforced by the engine wherever they apply (issue #15 point 1).
extension Desk {
    /// Refuses `loaded` when a wish of a person it concerns forbids it at this stage.
    func requireWishes(_ loaded: LoadedDocument, stage: WishStage, in db: StoreTransaction) throws {
        let people = try concernedPeople(record: loaded.record, items: loaded.items, in: db)
        guard people.contains(where: { !$0.structuredWishes.isEmpty }) else { return }
        let ids = loaded.items.map(\.id)
        var record = loaded.record
        // The contact wishes read the fields themselves, which are sealed: opened for the check.
        let readsFields = people.contains { person in
            person.structuredWishes.contains { [.noPhoneOrAddress, .contactOnlyThrough].contains($0.kind) }
        }
        if stage != .draft, readsFields, !IdentityFields.sealedKeys(in: record.content).isEmpty {
            record.content = try openedContent(
                record, key: try documentKey("\(record.reference) (its person's wishes are checked on it)", in: db),
                in: db)
        }
        if let refusal = WishSafeguards.refusal(
            record, people: people, items: loaded.items,
            sent: try WaiverRecords.sentKinds(itemIDs: ids, in: db),
            overrides: try WishRecords.overrides(itemIDs: ids, in: db), stage: stage)
        {
            throw refusal
        }
    }

    /// The document's own person and the people linked to its items.
    func concernedPeople(record: DocumentRecord, items: [Item], in db: StoreTransaction) throws -> [Person] {
        var ids: [Int64] = []
        for id in [record.personID].compactMap({ $0 }) + items.compactMap(\.personID) where !ids.contains(id) {
            ids.append(id)
        }
        return try ids.compactMap { try PeopleRecords.find(id: $0, in: db) }
    }

    /// Checks a wish to record: a recipient named by `identity-not-to` is one the directory knows.
    func validatedWish(_ request: WishRequest) throws(EngineError) -> WishRequest {
        var wish = request
        wish.value = request.value?.nilIfBlank
        if request.kind.needsValue, wish.value == nil || wish.value?.contains(where: \.isNewline) == true {
            throw .badInput(
                "the wish \(request.kind.rawValue) names someone on one line: \(request.kind.rawValue)=VALUE")
        }
        if !request.kind.needsValue, wish.value != nil {
            throw .badInput("the wish \(request.kind.rawValue) takes no value")
        }
        if request.kind == .identityNotTo, let key = wish.value,
            directory.provider(key: key) == nil, directory.authority(key: key) == nil
        {
            throw .badInput(
                "identity-not-to=\(key): no provider or authority with that key in the directory "
                    + "(`flagdesk rules` and the configuration list them)")
        }
        return wish
    }

    /// Applies the wishes to add and drop inside `recordPerson`'s transaction; the trail's entries.
    func changeWishes(
        of person: Person, adding: [WishRequest], dropping: [WishRequest], in db: StoreTransaction
    ) throws -> [String: String] {
        var added: [String] = []
        var dropped: [String] = []
        for wish in adding {
            let stored = PersonWish(kind: wish.kind, value: wish.value, recordedBy: actor, recordedAt: now)
            if try WishRecords.add(stored, personID: person.id, in: db) { added.append(stored.token) }
        }
        for wish in dropping {
            guard try WishRecords.remove(kind: wish.kind, value: wish.value, personID: person.id, in: db) else {
                throw EngineError.refused(
                    "\(person.pseudonym) has no wish \(PersonWish(kind: wish.kind, value: wish.value, recordedBy: "", recordedAt: now).token) on record"
                )
            }
            dropped.append(PersonWish(kind: wish.kind, value: wish.value, recordedBy: actor, recordedAt: now).token)
        }
        var payload: [String: String] = [:]
        if !added.isEmpty { payload["wish_added"] = added.joined(separator: ",") }
        if !dropped.isEmpty { payload["wish_dropped"] = dropped.joined(separator: ",") }
        return payload
    }

    /// A coordinator decides that the police are informed about an item although the person
    /// linked to it asked for no police involvement, because a threat to life may justify it.
    /// Never a default: only for an item flagged as a threat to life, only with the reason in
    /// words, on the trail. Their details still go only with their consent (GDPR Arts. 6, 9).
    public func overrideWish(reference: String, kind: WishKind, reason: String) throws(EngineError) -> WishOverride {
        try requireCoordinator(to: "override a person's wish")
        guard kind == .noPolice else {
            throw .badInput("only no-police can be overridden (for a threat to life); the other wishes bind")
        }
        guard let reason = reason.nilIfBlank else {
            throw .badInput("overriding a person's wish needs the reason in words (--reason TEXT)")
        }
        let wanted = reference.uppercased()
        return try storeWrite { db in
            let item = try self.item(wanted, expectedVersion: nil, in: db)
            guard item.threatToLife else {
                throw EngineError.refused(
                    "\(item.reference) is not flagged as a threat to life; the wish \"no police involvement\" binds "
                        + "(only a threat to life may justify informing the police against it)")
            }
            guard let personID = item.personID, let person = try PeopleRecords.find(id: personID, in: db),
                !person.wishes(.noPolice).isEmpty
            else {
                throw EngineError.refused("no person linked to \(item.reference) asked for no police involvement")
            }
            let decision = WishOverride(
                itemID: item.id, personID: person.id, kind: kind, reason: reason, decidedBy: self.actor,
                decidedAt: self.now)
            try WishRecords.recordOverride(decision, in: db)
            try self.audit(
                actor: self.actor, at: self.now, entity: "item", id: item.reference, action: "override-wish",
                ["wish": kind.rawValue, "person": String(person.id), "reason": reason], in: db)
            return decision
        }
    }
}
