/// A removal request under the US TAKE IT DOWN Act (Pub. L. 119-12; REFERENCE §5.1), sent by
/// the organisation as a person authorised by the depicted individual.
public struct TakeItDownContent: Sendable, Equatable, Codable {
    public var dataSubjectPseudonym: String?
    /// A physical or electronic signature (the signatory's name, typed).
    public var signature: String?
    /// Identification of the depiction, with information reasonably sufficient to locate it.
    public var depiction: String?
    public var urls: [String]
    /// The brief good-faith statement that the depiction is not consensual.
    public var nonConsentStatement: Bool

    public init(
        dataSubjectPseudonym: String? = nil, signature: String? = nil, depiction: String? = nil, urls: [String] = [],
        nonConsentStatement: Bool = false
    ) {
        self.dataSubjectPseudonym = dataSubjectPseudonym
        self.signature = signature
        self.depiction = depiction
        self.urls = urls
        self.nonConsentStatement = nonConsentStatement
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            dataSubjectPseudonym: try c.value(.dataSubjectPseudonym, or: nil),
            signature: try c.value(.signature, or: nil),
            depiction: try c.value(.depiction, or: nil), urls: try c.value(.urls, or: []),
            nonConsentStatement: try c.value(.nonConsentStatement, or: false))
    }

    public static let elements: [MissingElement] =
        [
            MissingElement(
                key: "signature", label: "a physical or electronic signature",
                article: "TAKE IT DOWN Act, valid request (1)",
                hint: "type the signatory's name as electronic signature"),
            MissingElement(
                key: "depiction", label: "an identification of the depiction",
                article: "TAKE IT DOWN Act, valid request (2)",
                hint: "describe the image or video so the platform can recognise it"),
            MissingElement(
                key: "urls", label: "information to locate the depiction (URLs)",
                article: "TAKE IT DOWN Act, valid request (2)", hint: "give each exact URL (http or https, with host)"),
            MissingElement(
                key: "non-consent", label: "the good-faith statement that the depiction is not consensual",
                article: "TAKE IT DOWN Act, valid request (3)", hint: "confirm the statement"),
            MissingElement(
                key: "contact", label: "contact information of the requester",
                article: "TAKE IT DOWN Act, valid request (4)",
                hint: "set [organisation] name and email"),
        ] + MandateCheck.elements(for: .takeItDown)

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        if signature.map(isBlank) ?? true { missing.append(element["signature"]!) }
        if depiction.map(isBlank) ?? true { missing.append(element["depiction"]!) }
        if urls.isEmpty || !urls.allSatisfy(WebAddress.isPlausibleURL) { missing.append(element["urls"]!) }
        if !nonConsentStatement { missing.append(element["non-consent"]!) }
        let named = context.notifier.name.map { !isBlank($0) } ?? false
        if !named || !(context.notifier.email.map(WebAddress.isPlausibleEmail) ?? false) {
            missing.append(element["contact"]!)
        }
        missing += MandateCheck.missing(
            scope: .takeItDown, pseudonym: dataSubjectPseudonym, subject: context.dataSubject, at: context.now,
            zone: context.zone)
        return missing
    }
}
