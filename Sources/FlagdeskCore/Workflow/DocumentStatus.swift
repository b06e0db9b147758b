/// Where an outgoing document stands (DESIGN.md §4). Raw values are stored in
/// `documents.status`; the store's CHECK constraint lists exactly these words.
public enum DocumentStatus: String, CaseIterable, Codable, Sendable {
    /// Being written; elements may be missing.
    case draft
    /// Every required element is present (DSA Art. 16(2), GDPR Art. 17, ...); awaiting approval.
    case ready
    /// Approved by a coordinator (four-eyes); may be sent.
    case approved
    /// Sent: channel and time recorded, text frozen.
    case sent
    /// The recipient confirmed receipt (e.g. DSA Art. 16(4)).
    case acknowledged
    /// The recipient decided (DSA Art. 16(5)), or the flagger recorded that no answer came.
    case decided
    /// Nothing more to do.
    case closed
    /// Abandoned before a decision.
    case withdrawn

    /// Waiting for the organisation or for an answer: these are the states a document can be
    /// withdrawn from. A decided document is settled and only closes.
    public var isOpen: Bool {
        switch self {
        case .draft, .ready, .approved, .sent, .acknowledged: return true
        case .decided, .closed, .withdrawn: return false
        }
    }

    /// Whether the document has left the organisation (its text is frozen from here on).
    public var hasBeenSent: Bool {
        switch self {
        case .sent, .acknowledged, .decided, .closed: return true
        case .draft, .ready, .approved, .withdrawn: return false
        }
    }

    /// Whether the recipient still owes an answer: the states escalation watches.
    public var awaitsAnswer: Bool { self == .sent || self == .acknowledged }

    /// "a draft", "an approved document": for refusal messages.
    var phrase: String {
        switch self {
        case .draft: return "a draft"
        case .ready: return "ready"
        case .approved: return "approved"
        case .sent: return "sent"
        case .acknowledged: return "acknowledged"
        case .decided: return "decided"
        case .closed: return "closed"
        case .withdrawn: return "withdrawn"
        }
    }

    /// "a draft document", "an approved document".
    var documentPhrase: String {
        switch self {
        case .approved, .acknowledged: return "an \(rawValue) document"
        default: return "a \(rawValue) document"
        }
    }
}

/// What the recipient did (DESIGN.md §3 `documents.outcome`). Raw values are stored.
public enum DocumentOutcome: String, CaseIterable, Codable, Sendable {
    case removed
    case disabled
    case restricted
    case demoted
    case ageRestricted = "age-restricted"
    case rejected
    /// Acted on part of the content only.
    case partial
    /// No answer came in time; recorded by the flagger.
    case noAnswer = "no-answer"

    /// Whether the provider took action on the content: DSA Art. 22(3)(c) makes the trusted
    /// flagger's annual report break notices down by "action taken by the provider". The
    /// measures are those of Art. 17(1)(a) (removal, disabling access, demotion, other
    /// restriction of visibility); a partial action is still an action.
    public var providerActed: Bool {
        switch self {
        case .removed, .disabled, .restricted, .demoted, .ageRestricted, .partial: return true
        case .rejected, .noAnswer: return false
        }
    }

    /// Whether the recipient refused, in whole or in part: what an internal complaint (DSA
    /// Art. 20) or a complaint to an authority (DSA Art. 53, GDPR Art. 77) contests.
    public var isRefusal: Bool { self == .rejected || self == .partial }

    public var label: String {
        switch self {
        case .removed: return "removed"
        case .disabled: return "access disabled"
        case .restricted: return "visibility restricted"
        case .demoted: return "demoted"
        case .ageRestricted: return "age-restricted"
        case .rejected: return "rejected"
        case .partial: return "partly acted on"
        case .noAnswer: return "no answer"
        }
    }
}
