/// The kinds of public authority a trusted flagger writes to.
public enum AuthorityKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// Digital Services Coordinator (DSA Art. 49): awards trusted-flagger status (Art. 22(2)),
    /// receives the annual report (Art. 22(3)) and complaints (Art. 53).
    case dsc
    /// Data-protection supervisory authority (GDPR Art. 77 complaints).
    case dpa
    /// Law-enforcement authority (DSA Art. 18 notifications; referrals).
    case lea
    /// Public prosecutor: may issue e-evidence preservation orders (Regulation 2023/1543 Art. 4(3)).
    case prosecutor
    /// Europol: the DSA Art. 18(2) recipient when no Member State can be identified.
    case europol
    /// A victim-support service (specialised shelter, counselling centre): assistance and
    /// support (Directive 2011/36/EU Art. 11).
    case supportService = "support-service"
    /// A National Referral Mechanism's entry point (Directive 2011/36/EU Art. 11(4)).
    case nrm
}

/// How to reach an authority. Every part is optional; a directory entry states what it knows.
public struct AuthorityContact: Sendable, Equatable, Codable {
    public var email: String?
    public var address: String?
    public var url: String?
    public var phone: String?

    public init(email: String? = nil, address: String? = nil, url: String? = nil, phone: String? = nil) {
        self.email = email
        self.address = address
        self.url = url
        self.phone = phone
    }

    public var isEmpty: Bool { email == nil && address == nil && url == nil && phone == nil }
}

/// A public authority in the directory.
public struct Authority: Sendable, Equatable, Codable {
    public var key: String
    public var kind: AuthorityKind
    public var name: String
    /// ISO 3166-1 alpha-2 country; nil for Europol, an agency of the Union.
    public var country: String?
    public var contact: AuthorityContact
    public var verified: Bool
    /// Where the contact data come from. Required when `verified` is true.
    public var source: String?

    public init(
        key: String, kind: AuthorityKind, name: String, country: String? = nil,
        contact: AuthorityContact = AuthorityContact(), verified: Bool = false, source: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.name = name
        self.country = country
        self.contact = contact
        self.verified = verified
        self.source = source
    }
}
