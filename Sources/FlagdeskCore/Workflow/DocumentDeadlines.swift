import Foundation

/// A deadline a document should carry now, counted and explained.
public struct PlannedDeadline: Sendable, Equatable {
    public var computed: ComputedDeadline
    /// The due instant in force: the computed one, or an extension's (GDPR Art. 12(3)).
    public var due: Date
    /// The instant before an extension moved it.
    public var originalDue: Date?
    public var status: PlannedDeadlineStatus
    public var ruleID: String { computed.ruleID }
}

/// Mirrors the store's `deadlines.status`.
public enum PlannedDeadlineStatus: String, Sendable, Equatable {
    case open, met, missed, superseded
}

/// Where days are counted: the recipient's place for what the recipient owes, the
/// organisation's for its own follow-ups (reminders, complaint windows).
public struct DeadlinePlaces: Sendable {
    public var recipient: CountingPlace
    public var organisation: CountingPlace

    public init(recipient: CountingPlace, organisation: CountingPlace) {
        self.recipient = recipient
        self.organisation = organisation
    }
}

/// A zone and holiday calendar, for counting one document's deadlines (no precomputed offset
/// table: that pays off only when counting thousands, as the bench does).
public struct CountingPlace: Sendable {
    public var zone: TimeZone
    public var calendar: any HolidayCalendar
    /// Said in every deadline counted here: why this zone (a recipient in a country of several
    /// zones is counted in the organisation's), or a year whose decrees are not known.
    public var notes: [String]

    public init(zone: TimeZone, calendar: any HolidayCalendar, notes: [String] = []) {
        self.zone = zone
        self.calendar = calendar
        self.notes = notes
    }
}

/// Which deadlines each document carries, from its kind, state and milestones (DESIGN.md §5):
/// recomputed by the engine in the transaction of every change that affects them.
public struct DocumentDeadlines: Sendable {
    public let calculator: DeadlineCalculator

    public init(calculator: DeadlineCalculator) {
        self.calculator = calculator
    }

    /// The deadlines of `document`. `trustedPriority`: the notice is owed Art. 22(1) priority
    /// (the organisation is a trusted flagger and the provider an online platform, not small).
    public func plan(
        _ document: DocumentRecord, items: [Item], trustedPriority: Bool, places: DeadlinePlaces
    ) throws(DeadlineError) -> [PlannedDeadline] {
        guard let sent = document.sentAt else { return [] }
        var steps = DeadlineSteps(
            calculator: calculator, document: document, items: items, trustedPriority: trustedPriority,
            places: places, sent: sent)
        try document.kind.definition.deadlines(&steps)
        return steps.planned
    }
}
