import Foundation

/// The grounds for erasure of GDPR Art. 17(1) (REFERENCE §3.1). Raw values are stored.
public enum ErasureGround: String, CaseIterable, Codable, Sendable {
    /// (a) no longer necessary for the purposes of collection or processing.
    case noLongerNecessary = "a-no-longer-necessary"
    /// (b) consent withdrawn and no other legal ground.
    case consentWithdrawn = "b-consent-withdrawn"
    /// (c) objection under Art. 21(1) without overriding grounds, or under Art. 21(2).
    case objection = "c-objection"
    /// (d) unlawfully processed: the usual ground for intimate images or exploitation ads
    /// posted without consent.
    case unlawfullyProcessed = "d-unlawfully-processed"
    /// (e) erasure required by a legal obligation under Union or Member State law.
    case legalObligation = "e-legal-obligation"
    /// (f) collected in relation to information-society services offered to a child (Art. 8(1)).
    case childInformationSociety = "f-child-information-society"

    /// "Art. 17(1)(d)".
    public var article: String { "GDPR Art. 17(1)(\(rawValue.prefix(1)))" }
}

/// The fields of a GDPR Art. 17 erasure request sent on a data subject's behalf. The controller
/// is named here (it is often not in the directory).
public struct ErasureContent: Sendable, Equatable, Codable {
    public var controller: Addressee?
    /// Pseudonym of the data subject (the person record); the identity stays sealed.
    public var dataSubjectPseudonym: String?
    /// Only the identifying data the controller needs to find the data (data minimisation,
    /// GDPR Art. 5(1)(c); Art. 12(6) lets the controller ask for more if in doubt).
    public var identifyingData: String?
    /// Which personal data are to be erased.
    public var personalData: String?
    /// Where the data are published.
    public var urls: [String]
    public var grounds: [ErasureGround]
    /// Ask the controller to inform other controllers of links, copies and replications
    /// (Art. 17(2)).
    public var requestsInformingOtherControllers: Bool
    /// Ask the controller to tell each recipient of the data about the erasure (Art. 19).
    public var requestsNotifyingRecipients: Bool
    /// The reply window the letter states (Art. 12(3): one month of receipt).
    public var replyWindow: Period?

    public init(
        controller: Addressee? = nil, dataSubjectPseudonym: String? = nil, identifyingData: String? = nil,
        personalData: String? = nil, urls: [String] = [], grounds: [ErasureGround] = [],
        requestsInformingOtherControllers: Bool = false, requestsNotifyingRecipients: Bool = false,
        replyWindow: Period? = nil
    ) {
        self.controller = controller
        self.dataSubjectPseudonym = dataSubjectPseudonym
        self.identifyingData = identifyingData
        self.personalData = personalData
        self.urls = urls
        self.grounds = grounds
        self.requestsInformingOtherControllers = requestsInformingOtherControllers
        self.requestsNotifyingRecipients = requestsNotifyingRecipients
        self.replyWindow = replyWindow
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            controller: try c.value(.controller, or: nil),
            dataSubjectPseudonym: try c.value(.dataSubjectPseudonym, or: nil),
            identifyingData: try c.value(.identifyingData, or: nil), personalData: try c.value(.personalData, or: nil),
            urls: try c.value(.urls, or: []), grounds: try c.value(.grounds, or: []),
            requestsInformingOtherControllers: try c.value(.requestsInformingOtherControllers, or: false),
            requestsNotifyingRecipients: try c.value(.requestsNotifyingRecipients, or: false),
            replyWindow: try c.value(.replyWindow, or: nil))
    }
}

extension ErasureContent {
    /// The statutory reply window (GDPR Art. 12(3)).
    public static let statutoryReplyWindow = Period.months(1)

    /// Every element an erasure request can require, with its source (mandate checks included).
    public static let elements: [MissingElement] =
        [
            MissingElement(
                key: "controller", label: "the controller's name and an address or e-mail", article: "GDPR Art. 17(1)",
                hint: "name the controller and where it receives data-subject requests (privacy policy, DPO)")
        ] + MandateCheck.elements(for: .erasure) + [
            MissingElement(
                key: "personal-data", label: "the personal data to be erased", article: "GDPR Art. 17(1)",
                hint: "describe the data (images, name, phone number) so the controller can find them"),
            MissingElement(
                key: "urls", label: "the URL(s) where the data are published", article: "GDPR Art. 17(1)-(2)",
                hint: "give each exact URL (http or https, with host)"),
            MissingElement(
                key: "grounds", label: "at least one ground for erasure", article: "GDPR Art. 17(1)(a)-(f)",
                hint: "choose the ground(s); for content posted without consent usually (d) unlawfully processed"),
            MissingElement(
                key: "art17-2-request", label: "the request to inform other controllers of links and copies",
                article: "GDPR Art. 17(2)", hint: "include the Art. 17(2) request"),
            MissingElement(
                key: "art19-request", label: "the request to notify each recipient of the data",
                article: "GDPR Art. 19", hint: "include the Art. 19 request"),
            MissingElement(
                key: "reply-window", label: "the reply window of one month from receipt", article: "GDPR Art. 12(3)",
                hint: "state the one-month window (extendable by two months, with reasons, Art. 12(3))"),
        ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        if !Self.isComplete(controller) { missing.append(element["controller"]!) }
        missing += MandateCheck.missing(
            scope: .erasure, pseudonym: dataSubjectPseudonym, subject: context.dataSubject, at: context.now,
            zone: context.zone)
        if personalData.map(isBlank) ?? true { missing.append(element["personal-data"]!) }
        if urls.isEmpty || !urls.allSatisfy(WebAddress.isPlausibleURL) { missing.append(element["urls"]!) }
        if grounds.isEmpty { missing.append(element["grounds"]!) }
        if !requestsInformingOtherControllers { missing.append(element["art17-2-request"]!) }
        if !requestsNotifyingRecipients { missing.append(element["art19-request"]!) }
        // The letter must not promise the controller more time than the law gives it.
        if !(replyWindow.map { $0.isNeverLonger(than: Self.statutoryReplyWindow) } ?? false) {
            missing.append(element["reply-window"]!)
        }
        return missing
    }

    /// A named addressee reachable by e-mail or post.
    static func isComplete(_ addressee: Addressee?) -> Bool {
        guard let addressee, !isBlank(addressee.name) else { return false }
        let email = addressee.email.map(WebAddress.isPlausibleEmail) ?? false
        let post = addressee.address.map { !isBlank($0) } ?? false
        return email || post
    }
}
