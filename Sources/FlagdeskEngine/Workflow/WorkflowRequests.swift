import FlagdeskCore
import Foundation

/// What `triage` records on an item. Nil fields are left as they are, and so are a blank legal
/// basis and a blank explanation (a notice needs its explanation, DSA Art. 16(2)(a); correct it,
/// do not empty it). A blank note clears the note.
public struct TriageRequest: Sendable, Equatable {
    public var reference: String
    public var category: DSACategory?
    public var keywords: [DSAKeyword]?
    public var contentTypes: [DSAContentType]?
    public var legalBasis: String?
    public var explanation: String?
    public var minor: MinorInvolvement?
    public var threatToLife: Bool?
    public var leaHold: Bool?
    /// The indicator checklist with the flagger's reasons (replaces the recorded one).
    public var indicators: [IndicatorChoice]?
    public var note: String?
    /// Pseudonym of the victim or data subject to link (created when new).
    public var person: String?
    /// The version the flagger saw: a change by someone else since then is refused, not overwritten.
    public var expectedVersion: Int?

    public init(reference: String) {
        self.reference = reference
    }
}

/// The outcome of triage: the item as stored and warnings for the flagger (counter-indicators).
public struct TriageOutcome: Sendable, Equatable {
    public var item: Item
    public var warnings: [String]
}

/// What `draft` creates.
public struct DraftRequest: Sendable, Equatable {
    public var kind: DocumentKind
    /// Item references the document covers (follow-ups inherit their parent's).
    public var items: [String]
    /// Directory key of the recipient; nil: chosen from the items (the provider, the LEA of the
    /// country, the DSC...) where one is clear.
    public var recipient: String?
    /// The document a follow-up follows.
    public var parent: String?
    /// Pseudonym of the person the document acts for.
    public var person: String?
    /// ISO 639-1; nil: the recipient's first language, else config.
    public var language: String?
    public var settings: [FieldSetting]

    public init(
        kind: DocumentKind, items: [String] = [], recipient: String? = nil, parent: String? = nil,
        person: String? = nil, language: String? = nil, settings: [FieldSetting] = []
    ) {
        self.kind = kind
        self.items = items
        self.recipient = recipient
        self.parent = parent
        self.person = person
        self.language = language
        self.settings = settings
    }
}

/// What the recipient said or did (`flagdesk record`). Several may come together.
public struct ResponseRecord: Sendable, Equatable {
    /// Receipt confirmed (DSA Art. 16(4)).
    public var acknowledged = false
    /// The decision (DSA Art. 16(5)).
    public var decision: DocumentOutcome?
    /// The controller extended its reply time to this day (GDPR Art. 12(3)).
    public var extensionUntil: CivilDate?
    /// Preservation: the authority issued the EPOC-PR, extended it, requested production.
    public var issued = false
    public var extended = false
    public var productionRequested = false
    public var providerReference: String?
    /// When it happened (default: now). The decision's notification date starts the DSA Art. 20
    /// window.
    public var at: Date?
    public var note: String?

    public init() {}

    public var isEmpty: Bool {
        !acknowledged && decision == nil && extensionUntil == nil && !issued && !extended && !productionRequested
            && providerReference == nil && note == nil
    }
}

/// Which open deadlines to list.
public struct DeadlineQuery: Sendable, Equatable {
    /// Only those due within this long from now.
    public var within: TimeInterval?
    public var overdueOnly: Bool
    public var limit: Int

    public init(within: TimeInterval? = nil, overdueOnly: Bool = false, limit: Int = 200) {
        self.within = within
        self.overdueOnly = overdueOnly
        self.limit = limit
    }

    /// Every open deadline the query matches (a calendar or JSON export is complete).
    public static let all = Int.max

    /// The instant the deadlines must be due before (nil: any time).
    func dueBefore(now: Date) -> Date? {
        overdueOnly ? now : within.map { now.addingTimeInterval($0) }
    }
}
