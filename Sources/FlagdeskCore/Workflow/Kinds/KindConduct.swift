/// What the workflow's safeguards and advice ask of a kind (issue #16 "each document kind as one
/// definition"): the wish safeguards, evidence first, the holds and the advisor read these
/// instead of naming kinds. Every definition states its own (no default in the definition).
public struct KindConduct: Sendable, Equatable {
    /// Goes to law enforcement (police or prosecutor): a person's "no police" wish refuses it.
    public var reachesPolice: Bool
    /// The step of evidence first (DESIGN.md §4) that sending it accomplishes.
    public var evidenceStep: EvidenceStep?
    /// Asks for content to be taken down: evidence first applies to it, and the "no takedown
    /// before the police" wish (sending one can warn the uploader and destroy evidence).
    public var isTakedownRequest: Bool
    /// Asks the provider or controller to act on the content: it waits while an item is on LEA
    /// or support hold (DESIGN.md §4).
    public var actsOnContent: Bool
    /// Asks for a person's data to be erased on their behalf (GDPR Art. 17): the "no erasure
    /// request" wish refuses it.
    public var isErasureRequest: Bool
    /// Approval asks whether the items may be lawful sex work (`approve --confirm-not-sex-work`).
    public var asksSexWorkConfirmation: Bool
    /// What the advisor proposes it for, if anything (WorkflowAdvisor).
    public var advisorRole: AdvisorRole?
    /// Contests the recipient's decision on its parent (DSA Art. 20): proposed only after a
    /// contestable decision, inside its window.
    public var contestsDecision: Bool
    /// Drafted only after a sent parent (`draft --parent DOC` is required).
    public var requiresParent: Bool

    public init(
        reachesPolice: Bool = false, evidenceStep: EvidenceStep? = nil, isTakedownRequest: Bool = false,
        actsOnContent: Bool = false, isErasureRequest: Bool = false, asksSexWorkConfirmation: Bool = false,
        advisorRole: AdvisorRole? = nil, contestsDecision: Bool = false, requiresParent: Bool = false
    ) {
        self.reachesPolice = reachesPolice
        self.evidenceStep = evidenceStep
        self.isTakedownRequest = isTakedownRequest
        self.actsOnContent = actsOnContent
        self.isErasureRequest = isErasureRequest
        self.asksSexWorkConfirmation = asksSexWorkConfirmation
        self.advisorRole = advisorRole
        self.contestsDecision = contestsDecision
        self.requiresParent = requiresParent
    }
}

/// Why the advisor proposes a kind for an item (DESIGN.md §4): one kind per role.
public enum AdvisorRole: String, Sendable, Equatable, CaseIterable {
    /// Evidence first: have the data preserved.
    case preservation
    /// Evidence first, or a threat to life: inform law enforcement.
    case referral
    /// Notify the provider of the content.
    case notice
    /// Offer the person the support pathway.
    case support
    /// Ask for erasure on the data subject's behalf.
    case erasure

    /// The kind the advisor proposes for this role: the one whose definition claims it.
    public var kind: DocumentKind {
        guard let kind = DocumentKinds.kinds(where: { $0.conduct.advisorRole == self }).first else {
            preconditionFailure("no document kind has the advisor role \(rawValue)")
        }
        return kind
    }
}

/// The answers `record` accepts for a kind beyond receipt and decision, and the articles they
/// rest on (the desk's answer picker and the mail proposals read them too).
public struct KindAnswers: Sendable, Equatable {
    /// The article behind an acknowledgement of receipt, when the law asks for one.
    public var receiptArticle: String?
    /// The article behind the recipient's decision, when the law asks for one.
    public var decisionArticle: String?
    /// The decision may be contested by an internal complaint (DSA Art. 20) within its window.
    public var decisionContestable: Bool
    /// `record --extension-until`: the controller extends its reply time (GDPR Art. 12(3)).
    public var replyExtension: Bool
    /// `record --issued/--extended/--production-requested`: the preservation order's life
    /// (Reg. (EU) 2023/1543 Art. 11); the `preservation-ending` escalation trigger.
    public var preservationMilestones: Bool

    public init(
        receiptArticle: String? = nil, decisionArticle: String? = nil, decisionContestable: Bool = false,
        replyExtension: Bool = false, preservationMilestones: Bool = false
    ) {
        self.receiptArticle = receiptArticle
        self.decisionArticle = decisionArticle
        self.decisionContestable = decisionContestable
        self.replyExtension = replyExtension
        self.preservationMilestones = preservationMilestones
    }
}

/// The fields of a kind's content that concern the person (issue #15): those that identify or
/// reach them (sealed with the vault key, erased with them), their pseudonym, and where the
/// document says how they may be contacted.
public struct PersonalFields: Sendable {
    public let identity: [IdentityField]
    /// The data subject's pseudonym, cleared when the person is forgotten (GDPR Art. 17).
    public let pseudonym: ContentField?
    /// The identity field that says how the person may be contacted (the "contact only
    /// through" wish reads it).
    public let contactConditionsKey: String?

    public init(identity: [IdentityField] = [], pseudonym: ContentField? = nil, contactConditionsKey: String? = nil) {
        self.identity = identity
        self.pseudonym = pseudonym
        self.contactConditionsKey = contactConditionsKey
    }

    public static let none = PersonalFields()
}

/// One optional text field of one kind's content, read and written through the content enum.
public struct ContentField: Sendable {
    public let key: String
    let read: @Sendable (DocumentContent) -> String?
    let write: @Sendable (inout DocumentContent, String?) -> Void

    /// `project` finds the kind's content in the enum, `embed` puts it back, `path` is the field.
    public init<C>(
        _ key: String, _ project: KeyPath<DocumentContent, C?> & Sendable,
        _ embed: @escaping @Sendable (C) -> DocumentContent, _ path: WritableKeyPath<C, String?> & Sendable
    ) {
        self.key = key
        self.read = { $0[keyPath: project]?[keyPath: path] }
        self.write = { content, value in
            guard var inner = content[keyPath: project] else { return }
            inner[keyPath: path] = value
            content = embed(inner)
        }
    }
}
