import Foundation

/// What a data subject authorised the organisation to do on their behalf. Raw values are stored
/// (`people.mandate_scope`, comma-separated).
public enum MandateScope: String, CaseIterable, Codable, Sendable {
    /// Request erasure from a controller (GDPR Art. 17) as the data subject's authorised
    /// representative under national civil law (REFERENCE §3.5).
    case erasure
    /// Lodge a complaint with a supervisory authority (GDPR Art. 77) for the data subject, as a
    /// body mandated under GDPR Art. 80(1).
    case dpaComplaint = "dpa-complaint"
    /// Send a removal request as "an authorised person acting on behalf of" the depicted
    /// individual (US TAKE IT DOWN Act, REFERENCE §5.1).
    case takeItDown = "takeitdown"
}

/// The data subject's written mandate, as the store keeps it (`people.mandate_*`).
public struct Mandate: Sendable, Equatable, Codable {
    public var scopes: [MandateScope]
    public var signedOn: CivilDate?
    /// The last day the mandate is valid; nil: valid until revoked.
    public var expiresOn: CivilDate?
    /// SHA-256 (hex) of the signed document, kept as evidence that the mandate exists.
    public var documentSHA256: String?

    public init(
        scopes: [MandateScope], signedOn: CivilDate?, expiresOn: CivilDate? = nil, documentSHA256: String?
    ) {
        self.scopes = scopes
        self.signedOn = signedOn
        self.expiresOn = expiresOn
        self.documentSHA256 = documentSHA256
    }
}

/// The person a document acts for, as far as validation needs to know them: never their
/// identity, only the pseudonym, the mandate and the consent flag (`people`).
public struct DataSubject: Sendable, Equatable, Codable {
    public var pseudonym: String
    public var mandate: Mandate?
    /// The data subject agreed that their details may be shared with law enforcement.
    public var consentsToLEA: Bool

    public init(pseudonym: String, mandate: Mandate? = nil, consentsToLEA: Bool = false) {
        self.pseudonym = pseudonym
        self.mandate = mandate
        self.consentsToLEA = consentsToLEA
    }
}

/// "No mandate, no erasure request" (DESIGN.md §4): the mandate checks shared by every kind
/// that acts for a data subject.
enum MandateCheck {
    /// The elements a mandate for `scope` must satisfy, with the legal source of the need.
    static func elements(for scope: MandateScope) -> [MissingElement] {
        let article = self.article(for: scope)
        return [
            MissingElement(
                key: "data-subject", label: "the data subject's pseudonym", article: article,
                hint: "link the document to the person it acts for; only the pseudonym appears in the record"),
            MissingElement(
                key: "mandate", label: "the data subject's mandate", article: article,
                hint: "record the signed mandate on the person before drafting"),
            MissingElement(
                key: "mandate-scope", label: "a mandate that covers this request", article: article,
                hint: "the mandate on record does not cover \(scope.rawValue); ask for a new or wider one"),
            MissingElement(
                key: "mandate-signed", label: "the date the mandate was signed", article: article,
                hint: "record the signature date; a mandate signed after today is not yet valid"),
            MissingElement(
                key: "mandate-expired", label: "a mandate that has not expired", article: article,
                hint: "the mandate has expired; ask the data subject to renew it"),
            MissingElement(
                key: "mandate-document", label: "the SHA-256 of the signed mandate", article: article,
                hint: "store the signed mandate as evidence; its SHA-256 (64 hex digits) is recorded"),
        ]
    }

    static func article(for scope: MandateScope) -> String {
        switch scope {
        case .erasure: return "GDPR Art. 17; acting as authorised representative (REFERENCE §3.5)"
        case .dpaComplaint: return "GDPR Art. 80(1)"
        case .takeItDown: return "TAKE IT DOWN Act, request by an authorised person"
        }
    }

    /// What is missing for a document that acts for `pseudonym` under `scope`, at `instant`.
    /// Dates are read in `zone`, the organisation's: a mandate expiring "on 31 May" is valid
    /// through that day there.
    static func missing(
        scope: MandateScope, pseudonym: String?, subject: DataSubject?, at instant: Date, zone: TimeZone
    ) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: elements(for: scope).map { ($0.key, $0) })
        guard let pseudonym, !isBlank(pseudonym) else { return [element["data-subject"]!] }
        guard let subject, let mandate = subject.mandate else { return [element["mandate"]!] }
        guard subject.pseudonym == pseudonym else {
            return [element["mandate"]!.with(hint: "the mandate on record belongs to another data subject")]
        }
        var missing: [MissingElement] = []
        if !mandate.scopes.contains(scope) { missing.append(element["mandate-scope"]!) }
        let today = CivilDate(instant, in: zone)
        if mandate.signedOn.map({ $0 > today }) ?? true { missing.append(element["mandate-signed"]!) }
        if let expiry = mandate.expiresOn, expiry < today {
            missing.append(
                element["mandate-expired"]!.with(hint: "the mandate expired on \(expiry); ask for a new one"))
        }
        if !SHA256Text.isValid(mandate.documentSHA256) { missing.append(element["mandate-document"]!) }
        return missing
    }
}

/// SHA-256 digests as text: 64 hexadecimal digits.
public enum SHA256Text {
    public static func isValid(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.utf8.count == 64
            && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0 | 0x20) }
    }
}
