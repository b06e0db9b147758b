/// The organisation as the sender of documents: what letterheads, signatures and the
/// trusted-flagger statement show (config `[organisation]`). The engine builds it from config.
public struct SenderProfile: Sendable, Equatable, Codable {
    public var name: String?
    public var legalForm: String?
    /// ISO 3166-1 alpha-2 of establishment.
    public var country: String?
    public var postalAddress: String?
    /// The notifier's e-mail (DSA Art. 16(2)(c)); the From of e-mails.
    public var email: String?
    public var phone: String?
    /// The person who signs outgoing documents.
    public var signatory: String?
    /// The Digital Services Coordinator that awarded trusted-flagger status (DSA Art. 22(2));
    /// nil while the organisation holds none.
    public var trustedFlaggerAwardedBy: String?
    public var trustedFlaggerAwardedOn: CivilDate?
    public var trustedFlaggerReference: String?
    /// DSA Art. 22(1): priority is owed only within the designated area of expertise.
    public var areaOfExpertise: String?
    /// How independence from platforms is ensured (DSA Art. 22(2)(b), for the Art. 22(3) report).
    public var independenceStatement: String?
    /// Since when the DSC has suspended the status (DSA Art. 22(6)): no priority is claimed
    /// while it is, but the award still names the DSC the annual report goes to.
    public var trustedFlaggerSuspendedOn: CivilDate?
    /// A not-for-profit body of GDPR Art. 80(1), which may lodge a complaint for the data subject.
    public var gdprArticle80Body: Bool?

    public init(
        name: String? = nil, legalForm: String? = nil, country: String? = nil, postalAddress: String? = nil,
        email: String? = nil, phone: String? = nil, signatory: String? = nil, trustedFlaggerAwardedBy: String? = nil,
        trustedFlaggerAwardedOn: CivilDate? = nil, trustedFlaggerReference: String? = nil,
        areaOfExpertise: String? = nil, independenceStatement: String? = nil,
        trustedFlaggerSuspendedOn: CivilDate? = nil, gdprArticle80Body: Bool? = nil
    ) {
        self.name = name
        self.legalForm = legalForm
        self.country = country
        self.postalAddress = postalAddress
        self.email = email
        self.phone = phone
        self.signatory = signatory
        self.trustedFlaggerAwardedBy = trustedFlaggerAwardedBy
        self.trustedFlaggerAwardedOn = trustedFlaggerAwardedOn
        self.trustedFlaggerReference = trustedFlaggerReference
        self.areaOfExpertise = areaOfExpertise
        self.independenceStatement = independenceStatement
        self.trustedFlaggerSuspendedOn = trustedFlaggerSuspendedOn
        self.gdprArticle80Body = gdprArticle80Body
    }

    /// Awarded and not suspended: the status a notice may invoke (DSA Art. 22(1), (6)).
    public var holdsTrustedFlaggerStatus: Bool {
        trustedFlaggerSuspendedOn == nil && (trustedFlaggerAwardedBy.map { !isBlank($0) } ?? false)
    }

    /// How a document with `content` (a follow-up of `parent`) to `recipient` stands.
    public func standing(of content: DocumentContent, parent: DocumentContent?, to recipient: DocumentRecipient?)
        -> NoticeStanding
    {
        NoticeStanding.of(
            content, parent: parent, holdsStatus: holdsTrustedFlaggerStatus, provider: recipient?.provider)
    }

    /// The legal form as printed after the name: nil when the name already carries it as a word
    /// of its own ("Example Hotline asbl", "Stichting Veilig Online", "Hilfe e.V."), so a
    /// letterhead never reads "Example Hotline asbl, asbl" (issue #16 defect 13).
    public var legalFormShown: String? {
        guard let form = legalForm?.trimmingCharacters(in: .whitespacesAndNewlines), !form.isEmpty else { return nil }
        guard let name, !isBlank(name) else { return form }
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).joined(
            separator: " ")
        let wanted = form.lowercased()
        let padded = " \(words) "
        return padded.contains(" \(wanted) ") ? nil : form
    }

    /// What the element validator needs to know of the sender.
    public var notifier: NotifierProfile {
        NotifierProfile(
            name: name, email: email, trustedFlaggerAwardedBy: trustedFlaggerAwardedBy,
            areaOfExpertise: areaOfExpertise, signatory: signatory, postalAddress: postalAddress)
    }
}
