/// Who sends: the organisation's name, the person who signs, and a letterhead contact, as each
/// kind must carry them (issue #16 defect 13: with an empty `[organisation]` a preservation
/// request or a reminder stays a draft, never `ready`). Checked twice, like every element: on
/// the configuration (`missing`) and on the rendered text (`legalElements`).
public struct SenderIdentityRule: Sendable {
    /// Why the recipient must know the sender, for this kind.
    public let article: String
    /// The organisation's name is required here (a notice's own Art. 16(2)(c) element covers it).
    public let name: Bool
    /// The signatory is required (not in a TAKE IT DOWN request: the Act asks for the
    /// identifiable individual's or their authorised person's signature, a field of its own).
    public let signatory: Bool
    /// A postal address or e-mail on the letterhead, where the document writes as the
    /// organisation and expects an answer.
    public let contact: Bool
    /// A context flag that lifts the whole rule in the text (a notice that may leave out the
    /// notifier, DSA Art. 16(2)(c) and Dir. 2011/93/EU Arts. 3-7).
    public let unless: String?

    public init(article: String, name: Bool = true, signatory: Bool = true, contact: Bool = true, unless: String? = nil)
    {
        self.article = article
        self.name = name
        self.signatory = signatory
        self.contact = contact
        self.unless = unless
    }

    /// The elements by key: `sender-name`, `sender-signatory`, `sender-contact`.
    public var elements: [MissingElement] {
        var elements: [MissingElement] = []
        if name {
            elements.append(
                MissingElement(
                    key: "sender-name", label: "organisation name", article: article,
                    hint: "set `name` in [organisation] of the configuration"))
        }
        if signatory {
            elements.append(
                MissingElement(
                    key: "sender-signatory", label: "the signatory", article: article,
                    hint: "set `signatory` in [organisation] of the configuration"))
        }
        if contact {
            elements.append(
                MissingElement(
                    key: "sender-contact", label: "the organisation's postal address or e-mail (letterhead)",
                    article: article, hint: "set `postal_address` or `email` in [organisation] of the configuration"))
        }
        return elements
    }

    /// What the configured sender lacks; nothing when `identityOmitted` lifts the rule.
    public func missing(in notifier: NotifierProfile, identityOmitted: Bool) -> [MissingElement] {
        guard !identityOmitted else { return [] }
        return elements.filter { element in
            switch element.key {
            case "sender-name": return isBlankOrNil(notifier.name)
            case "sender-signatory": return isBlankOrNil(notifier.signatory)
            default: return isBlankOrNil(notifier.postalAddress) && isBlankOrNil(notifier.email)
            }
        }
    }

    /// The same elements as found in the rendered text: each value, when set, must appear.
    public var legalElements: [LegalElement] {
        var elements: [LegalElement] = []
        if name { elements.append(LegalElement("sender.name", article, "organisation name", unless: unless)) }
        if signatory {
            elements.append(LegalElement("sender.signatory", article, "the signatory", unless: unless))
        }
        if contact {
            elements.append(
                LegalElement("sender.postalAddress", article, "the organisation's postal address", unless: unless))
            elements.append(LegalElement("sender.email", article, "the organisation's e-mail address", unless: unless))
        }
        return elements
    }

    private func isBlankOrNil(_ text: String?) -> Bool { text.map(isBlank) ?? true }
}
