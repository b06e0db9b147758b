import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation

/// What a change of a person's consent, mandate or wishes rests on: the signed form (hashed, the
/// file itself is not kept here) or the person who witnessed it.
public enum ConsentBasis: Sendable, Equatable {
    case form(URL)
    case witness(String)

    /// `form sha256:<hex>` or `witness <name>`, as the trail records it.
    func trailValue() throws(EngineError) -> String {
        switch self {
        case .witness(let name):
            guard let name = name.nilIfBlank, !name.contains(where: \.isNewline) else {
                throw .badInput("--consent-witness needs the witness's name on one line")
            }
            return "witness \(name)"
        case .form(let url):
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw .noInput("cannot read the consent form \(url.path): \(error.localizedDescription)")
            }
            return "form sha256:" + Array(SHA256.hash(data: data)).lowercaseHex
        }
    }
}

/// The old -> new values of a consent change, for the trail. Wishes are the person's own words:
/// only their count is written.
enum ConsentChange {
    static func payload(from old: Person, to new: Person) -> [String: String] {
        var payload: [String: String] = [:]
        if old.consentsToLEA != new.consentsToLEA {
            payload["consent_to_lea"] = "\(yesNo(old.consentsToLEA)) -> \(yesNo(new.consentsToLEA))"
        }
        if old.mandate != new.mandate {
            payload["mandate"] = "\(describe(old.mandate)) -> \(describe(new.mandate))"
        }
        if old.wishes != new.wishes { payload["wishes"] = "\(old.wishes.count) -> \(new.wishes.count) entries" }
        return payload
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    private static func describe(_ mandate: Mandate?) -> String {
        guard let mandate else { return "none" }
        let scopes = mandate.scopes.map(\.rawValue).joined(separator: "+")
        let signed = mandate.signedOn.map { " signed \($0)" } ?? ""
        let expires = mandate.expiresOn.map { " until \($0)" } ?? ""
        return "[\(scopes.isEmpty ? "no scope" : scopes)\(signed)\(expires)]"
    }
}

extension Desk {
    /// Consent, mandate and wishes are the person's: a coordinator records them, or the flagger or
    /// support worker assigned to the person (`flagdesk assign`) or to one of their items.
    func requireMayChangeConsent(of person: Person, in db: StoreTransaction) throws {
        if try team(in: db).role(of: actor) == .coordinator { return }
        guard try VaultSealedRecords.assignees(personID: person.id, in: db).contains(actor) else {
            throw EngineError.refused(
                "\(actor) is not assigned to \(person.pseudonym) or an item about them; only a coordinator or the "
                    + "assigned flagger or support worker can change their consent, mandate or wishes "
                    + "(a coordinator assigns: flagdesk assign \(person.pseudonym) --to LOGIN)")
        }
    }
}
