import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `person` records about a data subject or victim. The pseudonym, mandate, wishes and
/// consent are kept in clear; identity, contact and the signed mandate are sealed with the
/// vault key (issue #8) and never written anywhere in clear.
public struct PersonRequest: Sendable, Equatable {
    public var pseudonym: String
    public var mandateScopes: [MandateScope]?
    public var mandateSignedOn: CivilDate?
    public var mandateExpiresOn: CivilDate?
    /// The signed mandate: read, sealed into the person's row; the SHA-256 of the plaintext is
    /// recorded. Nothing is copied to the evidence folder.
    public var mandateFile: URL?
    /// The person's real name and whatever identifies them (free text): sealed.
    public var identity: String?
    /// How to reach the person (free text): sealed.
    public var contact: String?
    /// The free-text wishes, in the person's words (replaces the list).
    public var wishes: [String]?
    /// Wishes the engine enforces, to record and to drop (`WishKind`).
    public var addedWishes: [WishRequest] = []
    public var droppedWishes: [WishRequest] = []
    public var consentsToLEA: Bool?
    /// What a change of consent, mandate or wishes rests on (recorded on the trail).
    public var consentBasis: ConsentBasis?

    public init(pseudonym: String) {
        self.pseudonym = pseudonym
    }

    /// Whether this changes what only the person can decide (issue #14 point 9).
    var changesConsent: Bool {
        consentsToLEA != nil || wishes != nil || mandateScopes != nil || mandateSignedOn != nil
            || mandateExpiresOn != nil || mandateFile != nil || !addedWishes.isEmpty || !droppedWishes.isEmpty
    }

    /// Whether recording this needs the vault key.
    var needsSealing: Bool { identity != nil || contact != nil || mandateFile != nil }
}

/// A person as `person show` prints them without `--reveal`: which sealed values exist, not
/// what they hold.
public struct PersonOnFile: Sendable, Equatable {
    public var person: Person
    public var sealed: [SealedField]
    /// The person's audit events, oldest first: who changed or revealed what, never the values.
    public var events: [AuditEvent]
}

extension Desk {
    /// The largest mandate document accepted (a scanned, signed form).
    static let mandateDocumentLimit = 25 << 20

    /// Records a person or updates their mandate, wishes, consent, identity and contact. Sealing
    /// needs the vault key (`credentials`); without it only pseudonym-level changes are accepted.
    public func recordPerson(
        _ request: PersonRequest, credentials: VaultCredentials? = nil
    ) throws(EngineError) -> Person {
        try requireUser(to: "record people")
        guard let pseudonym = request.pseudonym.nilIfBlank else { throw .badInput("a person needs a pseudonym") }
        if let identity = request.identity, identity.nilIfBlank == nil { throw .badInput("the identity is empty") }
        if let contact = request.contact, contact.nilIfBlank == nil { throw .badInput("the contact is empty") }
        let key = request.needsSealing ? try unlockVault(credentials).dataKey : nil
        let document = try request.mandateFile.map { url throws(EngineError) in try readMandate(url) }
        let basis = try request.consentBasis.map { basis throws(EngineError) in try basis.trailValue() }
        let documentSHA = document.map { Array(SHA256.hash(data: $0)).lowercaseHex }
        var added: [WishRequest] = []
        for wish in request.addedWishes { added.append(try validatedWish(wish)) }
        var dropped: [WishRequest] = []
        for wish in request.droppedWishes {
            dropped.append(WishRequest(kind: wish.kind, value: wish.value?.nilIfBlank))
        }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            // A rotation between unlocking and this write would leave values under a deleted key.
            if let key, try VaultKeyRecords.current(in: db)?.keyID != key.id {
                throw EngineError.refused("the vault key was rotated meanwhile; run the command again")
            }
            let existed = try PeopleRecords.find(pseudonym: pseudonym, in: db) != nil
            var person = try self.livePerson(pseudonym, creating: true, in: db)
            let before = person
            if existed, request.changesConsent { try self.requireMayChangeConsent(of: person, in: db) }
            var changed: [String] = []
            if request.mandateScopes != nil || request.mandateSignedOn != nil || request.mandateExpiresOn != nil
                || documentSHA != nil
            {
                var mandate = person.mandate ?? Mandate(scopes: [], signedOn: nil, documentSHA256: nil)
                if let scopes = request.mandateScopes { mandate.scopes = scopes }
                if let signed = request.mandateSignedOn { mandate.signedOn = signed }
                if let expires = request.mandateExpiresOn { mandate.expiresOn = expires }
                if let documentSHA { mandate.documentSHA256 = documentSHA }
                person.mandate = mandate
                changed.append("mandate")
            }
            if let wishes = request.wishes {
                person.wishes = wishes.compactMap(\.nilIfBlank)
                changed.append("wishes")
            }
            if let consent = request.consentsToLEA {
                person.consentsToLEA = consent
                changed.append("consent_to_lea")
            }
            // The trail records each enforced wish with its value (who and what it binds).
            let wishPayload = try self.changeWishes(of: person, adding: added, dropping: dropped, in: db)
            if !wishPayload.isEmpty { changed.append("wish_rules") }
            let clear: [(SealedField, Data?)] = [
                (.identity, request.identity.map { Data($0.utf8) }), (.contact, request.contact.map { Data($0.utf8) }),
                (.mandateDocument, document),
            ]
            var sealedFields: [SealedField] = []
            // `key` is set whenever there is clear text to seal (`needsSealing`).
            for case (let field, let plaintext?) in clear {
                guard let key else { break }
                let sealed = try key.seal(plaintext, personID: person.id, field: field)
                try VaultSealedRecords.set(SealedValue(personID: person.id, field: field, sealed: sealed), in: db)
                sealedFields.append(field)
            }
            changed += sealedFields.map { $0.rawValue.replacingOccurrences(of: "-", with: "_") }
            guard !changed.isEmpty else { return person }
            // The version check also covers the sealed columns written just above.
            person = try PeopleRecords.update(person, at: now, in: db)
            // The audit names what changed, never the identity, contact or document itself.
            var payload = ["changed": changed.joined(separator: ",")]
            if let scopes = person.mandate?.scopes {
                payload["mandate_scope"] = scopes.map(\.rawValue).joined(separator: ",")
            }
            payload["mandate_sha256"] = person.mandate?.documentSHA256
            if request.changesConsent {
                payload.merge(ConsentChange.payload(from: before, to: person)) { _, new in new }
                payload["from"] = basis ?? "none stated"
            }
            if let key, !sealedFields.isEmpty { payload["key_id"] = key.id }
            payload.merge(wishPayload) { _, new in new }
            try audit(actor: actor, at: now, entity: "person", id: String(person.id), action: "update", payload, in: db)
            return try PeopleRecords.find(id: person.id, in: db) ?? person
        }
    }

    public func person(pseudonym: String) throws(EngineError) -> Person {
        try storeRead { db in try self.person(pseudonym, creating: false, in: db) }
    }

    /// The person and which of their values are sealed; nothing is decrypted.
    public func personOnFile(pseudonym: String) throws(EngineError) -> PersonOnFile {
        try storeRead { db in
            let person = try self.person(pseudonym, creating: false, in: db)
            let values = try VaultSealedRecords.values(personID: person.id, in: db)
            return PersonOnFile(
                person: person, sealed: SealedField.allCases.filter { values[$0] != nil },
                events: try AuditTrail.events(entity: "person", entityID: String(person.id), in: db))
        }
    }

    private func readMandate(_ url: URL) throws(EngineError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: url.path)
        else {
            throw .noInput("cannot read the mandate file \(url.path)")
        }
        guard data.count <= Desk.mandateDocumentLimit else {
            throw .badInput("the mandate file \(url.path) is larger than \(Desk.mandateDocumentLimit >> 20) MiB")
        }
        return data
    }
}
