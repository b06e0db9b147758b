import Foundation

/// Everything Flagdesk knows about one kind of outgoing document, in one place (issue #16
/// "Each document kind as one definition"): registered once in `DocumentKinds.table`, read by
/// every layer instead of a `switch` on the kind. Adding a kind means its definition file,
/// its templates and its tests.
public struct DocumentKindDefinition: Sendable {
    public let kind: DocumentKind
    /// A short human name: "DSA Art. 16 notice".
    public let title: String
    /// The reference prefix: `N-2026-00042`.
    public let referencePrefix: String
    /// Follows another document (its parent): drafted from that document, not from items.
    public let isFollowUp: Bool
    /// The editable fields (`draft --set`, `edit`, the compose form).
    public let fields: [FieldDescription]
    /// Every element the fields check can report, each with its legal source (help screens).
    public let requiredElements: [MissingElement]
    /// The elements the law requires in the rendered text, each with its article: `templates
    /// check` asks that templates use them, `approve` and `send` that the text carries them.
    public let legalElements: [LegalElement]
    /// Who the document goes to.
    public let recipients: KindRecipients
    /// The sender's identity the document must carry (issue #16 defect 13).
    public let sender: SenderIdentityRule
    /// The templates: `Templates/<folder>/<language>.mustache`.
    public let template: KindTemplate
    /// How the Art. 22(3) annual report counts it.
    public let report: ReportCounting
    /// Asks for removal: its decision or deadline makes the items due for a liveness recheck.
    public let asksForRemoval: Bool
    /// How a case is split when the kind is drafted for a whole case; nil: not drafted per case.
    public let caseGrouping: CaseDraftGrouping?
    /// What the safeguards and the advisor ask of it: police, takedown, erasure, holds.
    public let conduct: KindConduct
    /// The answers `record` accepts for it beyond receipt and decision.
    public let answers: KindAnswers
    /// The fields that identify or reach the person, and their pseudonym.
    public let personal: PersonalFields
    /// The escalation ladder's steps from this kind (used when config lists no `[[escalation]]`).
    public let escalation: [EscalationStep]
    /// The deadlines a sent document of the kind carries (DESIGN.md §5).
    public let deadlines: @Sendable (inout DeadlineSteps) throws(DeadlineError) -> Void
    /// Empty content, to start a draft.
    public let emptyContent: DocumentContent
    /// The content read from its stored JSON (the kind's fields beside `kind`).
    public let decode: @Sendable (any Decoder) throws -> DocumentContent
    /// The content a new draft starts with, from what the desk knows.
    public let prefill: @Sendable (DraftSeed) -> DocumentContent
    /// Sets one of `fields` (already checked to exist) on content of this kind.
    public let applyField: @Sendable (FieldSetting, inout DocumentContent) throws(FieldError) -> Void

    public init(
        kind: DocumentKind, title: String, referencePrefix: String, isFollowUp: Bool = false,
        fields: [FieldDescription], requiredElements: [MissingElement], legalElements: [LegalElement],
        recipients: KindRecipients, sender: SenderIdentityRule, template: KindTemplate? = nil,
        report: ReportCounting = .notCounted, asksForRemoval: Bool = false, caseGrouping: CaseDraftGrouping? = nil,
        conduct: KindConduct, answers: KindAnswers, personal: PersonalFields, escalation: [EscalationStep] = [],
        deadlines: @escaping @Sendable (inout DeadlineSteps) throws(DeadlineError) -> Void,
        emptyContent: DocumentContent, decode: @escaping @Sendable (any Decoder) throws -> DocumentContent,
        applyField: @escaping @Sendable (FieldSetting, inout DocumentContent) throws(FieldError) -> Void,
        prefill: (@Sendable (DraftSeed) -> DocumentContent)? = nil
    ) {
        self.kind = kind
        self.title = title
        self.referencePrefix = referencePrefix
        self.isFollowUp = isFollowUp
        self.fields = fields
        self.requiredElements = requiredElements
        self.legalElements = legalElements
        self.recipients = recipients
        self.sender = sender
        self.template = template ?? KindTemplate(folder: kind.rawValue)
        self.report = report
        self.asksForRemoval = asksForRemoval
        self.caseGrouping = caseGrouping
        self.conduct = conduct
        self.answers = answers
        self.personal = personal
        self.escalation = escalation
        self.deadlines = deadlines
        self.emptyContent = emptyContent
        self.decode = decode
        self.prefill = prefill ?? { _ in emptyContent }
        self.applyField = applyField
    }
}

/// A kind's templates: their folder and the languages every kind is written in (issue #16
/// defect 12: en, fr, de, es, it, nl).
public struct KindTemplate: Sendable, Equatable {
    public static let allLanguages = ["en", "fr", "de", "es", "it", "nl"]

    public let folder: String
    public let languages: [String]

    public init(folder: String, languages: [String] = KindTemplate.allLanguages) {
        self.folder = folder
        self.languages = languages
    }
}

/// Who may receive a document of a kind, and who a new draft goes to by default.
public struct KindRecipients: Sendable, Equatable {
    /// Where the default addressee comes from.
    public enum Default: Sendable, Equatable {
        /// The hosting provider of the items.
        case provider
        /// The controller of the data (the items' provider, as a GDPR controller).
        case controller
        /// The parent's recipient: a follow-up goes where its parent went.
        case parentRecipient
        /// The first authority of these kinds, in order, in the organisation's country.
        case authority([AuthorityKind])
    }

    public let byDefault: Default
    /// A provider of the directory may be named as the recipient (`--recipient`).
    public let acceptsProvider: Bool
    /// A provider named as recipient is addressed as a data controller (GDPR).
    public let providerIsController: Bool

    public init(byDefault: Default, acceptsProvider: Bool, providerIsController: Bool = false) {
        self.byDefault = byDefault
        self.acceptsProvider = acceptsProvider
        self.providerIsController = providerIsController
    }
}

/// How the DSA Art. 22(3) annual report counts a kind: Art. 16 notices only are counted as
/// notices (issue #16 defect 11); their reminders and complaints are counted under them.
public enum ReportCounting: Sendable, Equatable {
    /// An Art. 16 notice: a row of the report.
    case notice
    /// A reminder chasing a notice.
    case reminder
    /// An escalation of a notice (Art. 20 internal complaint, Art. 53 complaint to the DSC).
    case escalation
    case notCounted
}

/// What a new draft is filled from: the desk's knowledge at drafting time, in Core types.
public struct DraftSeed: Sendable {
    public var items: [Item]
    public var evidence: [EvidenceReference]
    public var triage: TriageRecord?
    public var person: Person?
    public var parent: DocumentContent?
    /// The items' provider, when they all have the same one.
    public var provider: Provider?
    /// The provider the parent went to, when it went to a provider.
    public var parentProvider: Provider?
    public var organisationCountry: String?
    public var organisationSignatory: String?
    public var zoneIdentifier: String

    public init(
        items: [Item], evidence: [EvidenceReference], triage: TriageRecord?, person: Person?,
        parent: DocumentContent?, provider: Provider?, parentProvider: Provider?, organisationCountry: String?,
        organisationSignatory: String?, zoneIdentifier: String
    ) {
        self.items = items
        self.evidence = evidence
        self.triage = triage
        self.person = person
        self.parent = parent
        self.provider = provider
        self.parentProvider = parentProvider
        self.organisationCountry = organisationCountry
        self.organisationSignatory = organisationSignatory
        self.zoneIdentifier = zoneIdentifier
    }

    public var urls: [String] { items.map(\.url) }

    /// The items' explanations, distinct, one paragraph each.
    public var explanation: String? { Self.joined(items.compactMap(\.explanation)) }

    public var legalBasis: String? { Self.joined(items.compactMap(\.legalBasis)) }

    public var threatToLife: Bool { items.contains(where: \.threatToLife) }

    static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }

    private static func joined(_ texts: [String]) -> String? {
        let distinct = unique(
            texts.compactMap { isBlank($0) ? nil : $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        return distinct.isEmpty ? nil : distinct.joined(separator: "\n\n")
    }
}
