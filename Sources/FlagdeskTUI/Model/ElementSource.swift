import FlagdeskCore

/// Where a missing legal element is supplied (issue #17: the validation panel names only fields
/// `e` can set, and for a value set elsewhere says where). Data as tables: the fields an element
/// is set by, else the place outside the document that holds it.
enum ElementSource: Equatable {
    /// Fields of this document that `e` sets (`key=value`).
    case fields([String])
    /// Set outside the document: where.
    case elsewhere(String)
    /// Neither: the element follows from something already done (its hint says what).
    case unsettable

    static func of(_ element: MissingElement, kind: DocumentKind) -> ElementSource {
        let settable = Set(DocumentFields.fields(of: kind).map(\.key))
        let names = (fieldsSetting[element.key] ?? [element.key]).filter(settable.contains)
        if !names.isEmpty { return .fields(names) }
        if let place = places[element.key] { return .elsewhere(place) }
        return .unsettable
    }

    /// Elements named otherwise than the fields that set them.
    static let fieldsSetting: [String: [String]] = [
        "urls": ["url"],
        "content-type": ["content-types"],
        "evidence-hashes": ["evidence"],
        "no-attachments": ["attach"],
        "art17-2-request": ["art17-2"],
        "art19-request": ["art19"],
        "controller": ["controller-name", "controller-email", "controller-address", "controller"],
        "addressee": ["addressee-name", "addressee-email", "addressee-address"],
        "country": ["country", "complainant-country", "provider-country"],
        "person": ["data-subject"],
        "consent": ["consent", "consent-record"],
        "victim-consent": ["victim-details"],
    ]

    /// Elements held outside the document, and where they are set.
    static let places: [String: String] = [
        "notifier-name": "set in the configuration: [organisation] name",
        "notifier-email": "set in the configuration: [organisation] email",
        "contact": "set in the configuration: [organisation] name and email",
        "provider": "from the items' hosts and the directory's providers: one notice per provider",
        "recipient": "from the directory (the configuration's directory_files), chosen when drafting",
        "items": "the items the document was drafted for",
        "indicators": "recorded at the items' triage (t: each indicator with its reason)",
        "data-subject": "the person linked to the item at triage (`flagdesk triage --person`)",
        "mandate": "on the person: `flagdesk person PSEUDONYM --mandate ...`",
        "mandate-scope": "on the person: `flagdesk person PSEUDONYM --mandate ...`",
        "mandate-signed": "on the person: `flagdesk person PSEUDONYM --signed ...`",
        "mandate-expired": "on the person: `flagdesk person PSEUDONYM --expires ...`",
        "mandate-document": "on the person: `flagdesk person PSEUDONYM --mandate-file ...`",
        "parent": "the document it follows, when drafted from it",
        "parent-decision": "the decision recorded on the notice (r on the notice)",
        "decision-notified": "the decision recorded on the notice (r on the notice)",
    ]
}
