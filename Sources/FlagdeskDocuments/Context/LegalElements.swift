import FlagdeskCore

/// One element the law requires in a document of a kind, and how to find it in the rendered
/// text. `templates check` asks that each template use `key`; approving and sending ask that the
/// text actually carries the value (`RenderedElementCheck`), so no template can drop it.
public struct LegalElement: Sendable {
    /// How the element shows in the text.
    public enum Probe: Sendable {
        /// The text value at `key` appears.
        case value
        /// Each text of the list at `key` appears (or, for a list of objects, each one's `field`).
        case each(field: String?)
        /// The shipped partial of that name, in the document's language, appears word for word:
        /// the law's statement is the organisation's commitment, a template places it but does
        /// not reword it.
        case statement(partial: String)
    }

    /// The context key the templates must use.
    public let key: String
    /// Where the requirement comes from.
    public let article: String
    /// What it is, in plain words.
    public let label: String
    public let probe: Probe
    /// A flag key that, when true, lifts the requirement (a notice that leaves out the notifier
    /// under Dir. 2011/93/EU).
    public let unless: String?

    init(_ key: String, _ article: String, _ label: String, _ probe: Probe = .value, unless: String? = nil) {
        self.key = key
        self.article = article
        self.label = label
        self.probe = probe
        self.unless = unless
    }

    public var description: String { "\(label) (\(article))" }
}

extension ContextSchema {
    /// The legal elements of each kind: one table for `templates check` and the rendered check.
    public static func legalElements(of kind: DocumentKind) -> [LegalElement] {
        let reference = LegalElement("document.reference", "the reference the recipient answers to", "our reference")
        let urls = "the exact URLs of the content"
        switch kind {
        case .dsaNotice:
            let omitted = "notice.identityOmitted"
            return [
                reference,
                LegalElement("notice.explanation", "DSA Art. 16(2)(a)", "why the content is illegal"),
                LegalElement("notice.urls", "DSA Art. 16(2)(b)", urls, .each(field: nil)),
                LegalElement("sender.name", "DSA Art. 16(2)(c)", "the notifier's name", unless: omitted),
                LegalElement("sender.email", "DSA Art. 16(2)(c)", "the notifier's e-mail address", unless: omitted),
                LegalElement(
                    "notice.bonaFide", "DSA Art. 16(2)(d)", "the statement of good faith",
                    .statement(partial: "good-faith-statement")),
            ]
        case .gdprErasure:
            return [
                reference,
                LegalElement("erasure.personalData", "GDPR Art. 17(1)", "the personal data to erase"),
                LegalElement("erasure.urls", "GDPR Art. 17(1)", "where the data are published", .each(field: nil)),
                LegalElement("erasure.identifyingData", "GDPR Art. 12(6)", "what lets the controller find the data"),
            ]
        case .preservationRequest:
            return [
                reference,
                LegalElement(
                    "preservation.targets", "Reg. (EU) 2023/1543 Art. 6(4)(c)",
                    "the identifiers of the data to preserve",
                    .each(field: "value")),
                LegalElement(
                    "preservation.dataCategories", "Reg. (EU) 2023/1543 Art. 6(4)(d)", "the data categories",
                    .each(field: "article")),
                LegalElement(
                    "preservation.issuingAuthoritySections", "Reg. (EU) 2023/1543 Art. 4(3)",
                    "the sections left to the issuing authority", .each(field: "label")),
            ]
        case .leaReferral:
            return [
                reference,
                LegalElement("referral.summary", "DSA Art. 18(1) (all relevant information)", "the summary"),
                LegalElement(
                    "referral.evidence", "DSA Art. 18(1) (all relevant information)", "the evidence manifest",
                    .each(field: "sha256")),
            ]
        case .reminder:
            return [reference, LegalElement("parent.reference", "the document chased", "the reference chased")]
        case .dsaComplaint:
            return [
                reference, LegalElement("parent.reference", "DSA Art. 20(1)", "the decision complained of"),
                LegalElement("dsaComplaint.grounds", "DSA Art. 20(1)", "the grounds"),
            ]
        case .dscComplaint:
            return [
                reference, LegalElement("dscComplaint.respondent", "DSA Art. 53", "the provider complained of"),
                LegalElement("dscComplaint.infringement", "DSA Art. 53", "the infringement"),
            ]
        case .dpaComplaint:
            return [
                reference, LegalElement("dpaComplaint.controller", "GDPR Art. 77(1)", "the controller"),
                LegalElement("dpaComplaint.infringement", "GDPR Art. 77(1)", "the infringement"),
            ]
        case .takeItDownRequest:
            return [
                reference, LegalElement("takeItDown.signature", "TAKE IT DOWN Act (1)", "the signature"),
                LegalElement("takeItDown.depiction", "TAKE IT DOWN Act (2)", "the identification of the depiction"),
                LegalElement("takeItDown.urls", "TAKE IT DOWN Act (2)", "where the depiction is", .each(field: nil)),
                LegalElement(
                    "takeItDown.nonConsent", "TAKE IT DOWN Act (3)", "the statement of non-consent",
                    .statement(partial: "non-consent-statement")),
                LegalElement("sender.email", "TAKE IT DOWN Act (4)", "the contact e-mail address"),
            ]
        case .supportReferral:
            return [
                reference, LegalElement("support.pseudonym", "Dir. 2011/36/EU Art. 11(2)", "the person (pseudonym)"),
                LegalElement(
                    "support.consentRecord", "Dir. 2011/36/EU Art. 11(5)", "how the person's consent was given"),
                LegalElement(
                    "support.contactConditions", "Dir. 2011/36/EU Art. 11(5)", "how the person may be contacted"),
            ]
        }
    }
}
