import FlagdeskCore

/// Every key of the template context (`TemplateContext`), and the keys each document kind's
/// templates must use because they carry the legal elements of that kind.
public enum ContextSchema {
    public static let keys: [ContextKey] = common + parties + ContextSchema.contentKeys

    static let common: [ContextKey] = [
        ContextKey("document", .object, "The document being written."),
        ContextKey("document.reference", .text, "Its reference, e.g. N-2026-00042 (cite it in the subject)."),
        ContextKey("document.kind", .text, "The kind, e.g. dsa-notice."),
        ContextKey("document.language", .text, "ISO 639-1 language of the document."),
        ContextKey("document.status", .text, "draft, ready, approved, sent, ..."),
        ContextKey("document.draftedOn", .text, "Date drafted (YYYY-MM-DD, organisation's zone)."),
        ContextKey("document.sentOn", .text, "Date sent, once sent."),
        ContextKey("document.providerReference", .text, "The recipient's own reference (ticket), when known."),
        ContextKey("today", .text, "Date of rendering (YYYY-MM-DD, organisation's zone)."),
        ContextKey("items", .list, "The items (pieces of content) the document covers."),
        ContextKey("items.reference", .text, "Item reference, e.g. FD-2026-000123."),
        ContextKey("items.url", .text, "The URL as given."),
        ContextKey("items.host", .text, "Its host name."),
        ContextKey("items.category", .text, "DSA Transparency Database category key."),
        ContextKey("items.categoryLabel", .text, "The category's label."),
        ContextKey("items.keywords", .list, "Transparency Database keywords."),
        ContextKey("items.keywords.key", .text, "Keyword key, e.g. KEYWORD_HUMAN_TRAFFICKING."),
        ContextKey("items.keywords.label", .text, "Keyword label."),
        ContextKey("items.legalBasis", .text, "Offence and provision, when known."),
        ContextKey("items.explanation", .text, "Why this item is illegal."),
        ContextKey("items.threatToLife", .flag, "The item shows a threat to life or safety."),
        ContextKey("evidence", .list, "Evidence files of the items, cited by hash (never attached here)."),
        ContextKey("evidence.itemReference", .text, "The item the file belongs to."),
        ContextKey("evidence.sha256", .text, "SHA-256 of the file (hex)."),
        ContextKey("evidence.mediaType", .text, "Media type, e.g. image/png."),
        ContextKey("evidence.size", .text, "Size in bytes."),
        ContextKey("evidence.capturedAt", .text, "Capture instant (ISO-8601 UTC)."),
        ContextKey("hasEvidence", .flag, "There is at least one evidence file."),
        ContextKey("parent", .object, "The document a follow-up follows (reminder, complaints)."),
        ContextKey("parent.reference", .text, "Its reference."),
        ContextKey("parent.kind", .text, "Its kind."),
        ContextKey("parent.isNotice", .flag, "It is a DSA notice."),
        ContextKey("parent.isErasure", .flag, "It is a GDPR erasure request."),
        ContextKey("parent.sentOn", .text, "Date it was sent."),
        ContextKey("parent.providerReference", .text, "The recipient's reference for it."),
        ContextKey("parent.outcome", .text, "The recorded outcome (removed, rejected, ...)."),
        ContextKey("parent.outcomeLabel", .text, "The outcome in words of the letter's language."),
        ContextKey("parent.decidedOn", .text, "Date of the recipient's decision."),
        ContextKey("parent.decisionNotifiedOn", .text, "Date the decision was notified (DSA Art. 16(5))."),
        ContextKey("dataSubject", .object, "The person the document acts for: pseudonym and mandate only."),
        ContextKey("dataSubject.pseudonym", .text, "Pseudonym (never the identity)."),
        ContextKey("dataSubject.mandateSignedOn", .text, "Date the mandate was signed."),
        ContextKey("dataSubject.mandateExpiresOn", .text, "Last day of the mandate, if limited."),
        ContextKey("dataSubject.mandateSHA256", .text, "SHA-256 of the signed mandate."),
    ]

    static let parties: [ContextKey] = [
        ContextKey("sender", .object, "The organisation (config [organisation])."),
        ContextKey("sender.name", .text, "Name of the organisation."),
        ContextKey("sender.legalForm", .text, "Legal form."),
        ContextKey("sender.country", .text, "Country of establishment (ISO 3166-1)."),
        ContextKey("sender.postalAddress", .text, "Postal address."),
        ContextKey("sender.email", .text, "E-mail address (DSA Art. 16(2)(c))."),
        ContextKey("sender.phone", .text, "Telephone."),
        ContextKey("sender.signatory", .text, "Who signs."),
        ContextKey(
            "sender.isArticle80Body", .flag,
            "The organisation is a not-for-profit body of GDPR Art. 80(1) (config gdpr_article_80_body)."),
        ContextKey(
            "sender.isTrustedFlagger", .flag,
            "The document claims trusted-flagger priority: status held and not suspended, to an online platform "
                + "owing it, within the designated area (DSA Arts. 19, 22(1), 22(6)); to an authority, the status held."
        ),
        ContextKey("sender.awardedBy", .text, "The Digital Services Coordinator that awarded it."),
        ContextKey("sender.awardedOn", .text, "Date of the award."),
        ContextKey("sender.statusReference", .text, "The award's reference."),
        ContextKey("sender.areaOfExpertise", .text, "Designated area of expertise (DSA Art. 22(1))."),
        ContextKey("recipient", .object, "Who receives the document (directory entry)."),
        ContextKey("recipient.name", .text, "Name of the provider or authority."),
        ContextKey("recipient.kind", .text, "provider, authority or controller."),
        ContextKey("recipient.legalEntity", .text, "The provider's legal entity in the Union."),
        ContextKey("recipient.country", .text, "Country (ISO 3166-1)."),
        ContextKey("recipient.address", .text, "Postal address."),
        ContextKey("recipient.email", .text, "Where the document is e-mailed (notice address or contact)."),
        ContextKey("recipient.noticeForm", .text, "The provider's notice form (URL), when it takes notices by form."),
    ]

    /// Keys every template of a kind must use, with the rule that needs them: a user template
    /// that drops one would send a document without a required element (`legalElements`).
    public static func requiredKeys(of kind: DocumentKind) -> [(key: String, source: String)] {
        legalElements(of: kind).map { ($0.key, $0.article) }
    }

    /// The key at a path, if any.
    public static func key(_ path: String) -> ContextKey? { byPath[path] }

    private static let byPath: [String: ContextKey] = Dictionary(
        keys.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
}
