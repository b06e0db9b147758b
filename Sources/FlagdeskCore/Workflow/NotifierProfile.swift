/// The organisation as the sender of notices: what the element validator needs to know about it
/// (from config `[organisation]`).
public struct NotifierProfile: Sendable, Equatable, Codable {
    /// The notifier's name (DSA Art. 16(2)(c)).
    public var name: String?
    /// The notifier's e-mail address (DSA Art. 16(2)(c)); also the contact of TAKE IT DOWN requests.
    public var email: String?
    /// The Digital Services Coordinator that awarded trusted-flagger status (DSA Art. 22(2));
    /// nil while the organisation holds none.
    public var trustedFlaggerAwardedBy: String?
    /// The designated area of expertise: priority is owed only within it (DSA Art. 22(1)).
    public var areaOfExpertise: String?
    /// The person who signs (issue #16 defect 13: every kind names its sender).
    public var signatory: String?
    /// The letterhead's postal address.
    public var postalAddress: String?

    public init(
        name: String? = nil, email: String? = nil, trustedFlaggerAwardedBy: String? = nil,
        areaOfExpertise: String? = nil, signatory: String? = nil, postalAddress: String? = nil
    ) {
        self.name = name
        self.email = email
        self.trustedFlaggerAwardedBy = trustedFlaggerAwardedBy
        self.areaOfExpertise = areaOfExpertise
        self.signatory = signatory
        self.postalAddress = postalAddress
    }

    public var isTrustedFlagger: Bool { trustedFlaggerAwardedBy.map { !isBlank($0) } ?? false }
}
