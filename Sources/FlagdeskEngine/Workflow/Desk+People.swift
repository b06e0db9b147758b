import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `person add` / `person mandate` record about a data subject or victim. Only the
/// pseudonym, mandate, wishes and consent: identity and contact details are not taken here.
public struct PersonRequest: Sendable, Equatable {
    public var pseudonym: String
    public var mandateScopes: [MandateScope]?
    public var mandateSignedOn: CivilDate?
    public var mandateExpiresOn: CivilDate?
    /// The signed mandate: copied into the evidence folder, its SHA-256 recorded.
    public var mandateFile: URL?
    public var wishes: [String]?
    public var consentsToLEA: Bool?

    public init(pseudonym: String) {
        self.pseudonym = pseudonym
    }
}

extension Desk {
    /// Records a person (pseudonym only) or updates their mandate, wishes and consent.
    public func recordPerson(_ request: PersonRequest) throws(EngineError) -> Person {
        try requireUser(to: "record people")
        guard let pseudonym = request.pseudonym.nilIfBlank else { throw .badInput("a person needs a pseudonym") }
        var documentSHA: String?
        if let file = request.mandateFile {
            do throws(StoreError) {
                documentSHA = try evidenceFiles.importFile(at: file).sha256
            } catch {
                throw EngineError(error)
            }
        }
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            var person = try self.person(pseudonym, creating: true, in: db)
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
            guard !changed.isEmpty else { return person }
            person = try PeopleRecords.update(person, at: now, in: db)
            var payload = ["changed": changed.joined(separator: ",")]
            if let scopes = person.mandate?.scopes {
                payload["mandate_scope"] = scopes.map(\.rawValue).joined(separator: ",")
            }
            payload["mandate_sha256"] = person.mandate?.documentSHA256
            try audit(actor: actor, at: now, entity: "person", id: String(person.id), action: "update", payload, in: db)
            return person
        }
    }

    public func person(pseudonym: String) throws(EngineError) -> Person {
        try storeRead { db in try self.person(pseudonym, creating: false, in: db) }
    }
}
