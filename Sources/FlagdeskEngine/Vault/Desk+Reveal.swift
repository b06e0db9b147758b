import FlagdeskCore
import FlagdeskStore
import Foundation

/// A person with their sealed values opened (`person show --reveal`). Only the front that
/// asked shows it; it is never logged, audited or written to a report.
public struct RevealedPerson: Sendable, Equatable {
    public var person: Person
    public var identity: String?
    public var contact: String?
    /// The signed mandate as recorded; its SHA-256 is `person.mandate?.documentSHA256`.
    public var mandateDocument: Data?
}

extension Desk {
    /// Opens a person's sealed values. Allowed to a coordinator, and to a flagger assigned to them or an
    /// item about this person (they need to reach the person they work for); nobody else. The
    /// audit trail records who revealed what kind of value, never the value (GDPR Art. 5(1)(f),
    /// Art. 32: access to the data is limited and accountable).
    public func revealPerson(pseudonym: String, credentials: VaultCredentials?) throws(EngineError) -> RevealedPerson {
        try requireUser(to: "reveal a person's identity")
        let onFile = try personOnFile(pseudonym: pseudonym)
        try requireRevealRight(personID: onFile.person.id)
        guard !onFile.sealed.isEmpty else { return RevealedPerson(person: onFile.person) }
        let key = try unlockVault(credentials).dataKey
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let person = try self.person(pseudonym, creating: false, in: db)
            let values = try VaultSealedRecords.values(personID: person.id, in: db)
            var revealed = RevealedPerson(person: person)
            var clear: [SealedField: Data] = [:]
            for (field, sealed) in values {
                clear[field] = try key.open(sealed, personID: person.id, field: field)
            }
            revealed.identity = clear[.identity].map { String(decoding: $0, as: UTF8.self) }
            revealed.contact = clear[.contact].map { String(decoding: $0, as: UTF8.self) }
            revealed.mandateDocument = clear[.mandateDocument]
            let fields = SealedField.allCases.filter { clear[$0] != nil }.map(\.rawValue)
            try audit(
                actor: actor, at: now, entity: "person", id: String(person.id), action: "revealed",
                ["fields": fields.joined(separator: ","), "key_id": key.id], in: db)
            return revealed
        }
    }

    private func requireRevealRight(personID: Int64) throws(EngineError) {
        guard try currentTeam().role(of: actor) != .coordinator else { return }
        let assignees = try storeRead { db in try VaultSealedRecords.assignees(personID: personID, in: db) }
        guard assignees.contains(actor) else {
            throw .refused(
                "\(actor) is not assigned to this person or an item about them; only a coordinator or the assigned "
                    + "flagger or support worker can reveal their identity")
        }
    }
}
