import FlagdeskCore
import Foundation

/// One notice sent in the report's period, as the Art. 22(3) report needs it: no URL, no item,
/// no person, only what is counted. `ReportTally(notices:)` counts a list of them.
public struct ReportNotice: Sendable, Equatable {
    /// The hosting provider's name (DSA Art. 22(3)(a)); nil when unknown.
    public var provider: String?
    public var category: DSACategory?
    public var keywords: [DSAKeyword]
    /// The provider's decision, nil while none is recorded.
    public var outcome: DocumentOutcome?
    public var sentAt: Date
    public var decidedAt: Date?
    /// Whether the decision came within the organisation's policy deadline; nil when no
    /// policy deadline applies or it has not passed yet.
    public var policyDeadlineMet: Bool?
    /// Reminders sent for this notice.
    public var reminders: Int
    /// Escalations sent for it (DSA Art. 20 complaints, complaints to the DSC).
    public var escalations: Int

    public init(
        provider: String?, category: DSACategory?, keywords: [DSAKeyword], outcome: DocumentOutcome?, sentAt: Date,
        decidedAt: Date?, policyDeadlineMet: Bool?, reminders: Int, escalations: Int
    ) {
        self.provider = provider
        self.category = category
        self.keywords = keywords
        self.outcome = outcome
        self.sentAt = sentAt
        self.decidedAt = decidedAt
        self.policyDeadlineMet = policyDeadlineMet
        self.reminders = reminders
        self.escalations = escalations
    }
}

/// The period, the organisation and the tally of the notices of a report.
public struct ReportInput: Sendable, Equatable {
    public var from: CivilDate
    /// Last day included.
    public var to: CivilDate
    public var organisation: String?
    public var awardedBy: String?
    public var areaOfExpertise: String?
    /// How independence from platforms is ensured (DSA Art. 22(2)(b), required in the report).
    public var independenceStatement: String?
    public var generatedAt: Date
    public var tally: ReportTally

    public init(
        from: CivilDate, to: CivilDate, organisation: String?, awardedBy: String?, areaOfExpertise: String?,
        independenceStatement: String?, generatedAt: Date, tally: ReportTally
    ) {
        self.from = from
        self.to = to
        self.organisation = organisation
        self.awardedBy = awardedBy
        self.areaOfExpertise = areaOfExpertise
        self.independenceStatement = independenceStatement
        self.generatedAt = generatedAt
        self.tally = tally
    }
}

/// The formats of the annual report.
public enum ReportFormat: String, Sendable, CaseIterable {
    case md
    case csv
    case json
    case html
}
