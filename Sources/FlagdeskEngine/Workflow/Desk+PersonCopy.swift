import FlagdeskCore
import FlagdeskStore
import Foundation

/// What the desk holds about one person, decrypted, for them (GDPR Art. 15(3): a copy of the
/// personal data undergoing processing). The fronts write it only to a new owner-only file.
public struct PersonCopy: Sendable, Encodable {
    public struct HeldItem: Sendable, Encodable {
        public var reference: String
        public var url: String
        public var status: String
        public var explanation: String?
        public var createdAt: Date
    }

    public struct HeldDocument: Sendable, Encodable {
        public var reference: String
        public var kind: String
        public var status: String
        public var recipient: String?
        public var sentAt: Date?
        /// The document's fields that carry the person's identity or contact, by field name.
        public var personalFields: [String: String]
    }

    public struct HeldEvent: Sendable, Encodable {
        public var at: Date
        public var actor: String
        public var action: String
        public var payload: String
    }

    public var legalBasis = "GDPR Art. 15: the personal data the organisation holds about the person"
    public var madeAt: Date
    public var madeBy: String
    /// Pseudonym, mandate, wishes (free text and enforced), consent to the police, assignee.
    public var person: Person
    public var identity: String?
    public var contact: String?
    public var items: [HeldItem]
    public var documents: [HeldDocument]
    /// The person's own trail: who recorded, changed or revealed what, never the values.
    public var events: [HeldEvent]
    public var notIncluded =
        "the signed mandate document itself (its SHA-256 is above): a coordinator writes it out with "
        + "`person show --reveal --mandate-out FILE`"
}

extension Desk {
    /// The Art. 15 copy: coordinators only (it is everything about a person, in clear), with
    /// the vault key when sealed values exist; the reveal and the copy are both on the trail.
    public func personCopy(pseudonym: String, credentials: VaultCredentials?) throws(EngineError) -> PersonCopy {
        try requireCoordinator(to: "give a person a copy of their data (GDPR Art. 15)")
        let revealed = try revealPerson(pseudonym: pseudonym, credentials: credentials)
        let person = revealed.person
        let copy = try storeRead { db in
            let items = try PersonHoldingsRecords.items(personID: person.id, in: db).map { item in
                PersonCopy.HeldItem(
                    reference: item.reference, url: item.url, status: item.status.rawValue,
                    explanation: item.explanation, createdAt: item.createdAt)
            }
            // Their fields in documents are sealed (issue #15 point 5): opened for the copy.
            var key: DataKey?
            let documents = try PersonHoldingsRecords.documents(personID: person.id, in: db).map { record in
                var content = record.content
                if !IdentityFields.sealedKeys(in: content).isEmpty {
                    let opener =
                        try key ?? self.unlockVault(credentials, wrapped: try VaultKeyRecords.current(in: db)).dataKey
                    key = opener
                    content = try self.openedContent(record, key: opener, in: db)
                }
                let fields =
                    WishSafeguards.contactBearing(content)
                    + IdentityFields.clearValues(in: content).map { ($0.key, $0.value) }
                return PersonCopy.HeldDocument(
                    reference: record.reference, kind: record.kind.rawValue, status: record.status.rawValue,
                    recipient: self.recipientName(record), sentAt: record.sentAt,
                    personalFields: Dictionary(
                        fields.filter { $0.1.nilIfBlank != nil }, uniquingKeysWith: { first, _ in first }))
            }
            let events = try AuditTrail.events(entity: "person", entityID: String(person.id), in: db).map {
                PersonCopy.HeldEvent(at: $0.at, actor: $0.actor, action: $0.action, payload: $0.payload)
            }
            return PersonCopy(
                madeAt: self.now, madeBy: self.actor, person: person, identity: revealed.identity,
                contact: revealed.contact, items: items, documents: documents, events: events)
        }
        try storeWrite { db in
            try self.audit(
                actor: self.actor, at: self.now, entity: "person", id: String(person.id), action: "copy",
                [
                    "basis": "GDPR Art. 15", "items": String(copy.items.count),
                    "documents": String(copy.documents.count),
                ], in: db)
        }
        return copy
    }
}
