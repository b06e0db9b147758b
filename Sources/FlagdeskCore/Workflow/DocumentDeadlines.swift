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
        var planned: [PlannedDeadline] = []
        let answered = document.decidedAt
        // What the recipient owes: met or missed once it answers; superseded if the flagger
        // closes or withdraws the document first.
        func owed(_ ruleID: String, from event: Date, extended: Bool = false) throws(DeadlineError) {
            let rule = try calculator.catalog.rule(ruleID)
            let counted = try calculator.explain(
                rule, from: event, zone: places.recipient.zone, calendar: places.recipient.calendar, extended: extended)
            let computed = places.recipient.notes.reduce(counted) { $0.adding(step: $1) }
            planned.append(
                PlannedDeadline(
                    computed: computed, due: computed.due, originalDue: computed.originalDue,
                    status: answerStatus(due: computed.due, answered: answered, document: document)))
        }
        // The organisation's own follow-up: open while the recipient owes an answer.
        func followUp(_ ruleID: String, from event: Date) throws(DeadlineError) {
            let rule = try calculator.catalog.rule(ruleID)
            let computed = try calculator.explain(
                rule, from: event, zone: places.organisation.zone, calendar: places.organisation.calendar)
            planned.append(
                PlannedDeadline(
                    computed: computed, due: computed.due, originalDue: nil,
                    status: document.status.awaitsAnswer ? .open : .superseded))
        }
        // A chaser for an acknowledgement: open while the document is sent and unacknowledged.
        func chase(_ ruleID: String, from event: Date) throws(DeadlineError) {
            let rule = try calculator.catalog.rule(ruleID)
            let computed = try calculator.explain(
                rule, from: event, zone: places.organisation.zone, calendar: places.organisation.calendar)
            let status: PlannedDeadlineStatus =
                document.status == .sent
                ? .open
                : document.acknowledgedAt.map { $0 <= computed.due ? .met : .missed }
                    ?? .superseded
            planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: status))
        }
        switch document.kind {
        case .dsaNotice:
            // DSA Arts. 16(6), 22(1): no fixed time in law; the POLICY expectation depends on the
            // urgency (recital 52) and on trusted-flagger priority.
            let variant =
                items.contains(where: \.threatToLife) ? "urgent" : trustedPriority ? "trusted" : "hosting"
            try owed("dsa.notice.expected-decision.\(variant)", from: sent)
            try followUp("reminder.notice", from: sent)
            if document.status == .decided, document.outcome?.isRefusal == true {
                // DSA Art. 20(1)-(2): six months from the day the decision was notified.
                let notified = document.decisionNotifiedAt ?? document.decidedAt ?? sent
                let rule = try calculator.catalog.rule("dsa.art20.complaint-window")
                let computed = try calculator.explain(
                    rule, from: notified, zone: places.organisation.zone, calendar: places.organisation.calendar)
                planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: .open))
            }
        case .gdprErasure:
            try owed("gdpr.art12.response", from: sent)
            if let until = document.extensionUntil, let index = planned.indices.last {
                // GDPR Art. 12(3): the controller may extend by two further months, with reasons.
                let extended = until.endInstant(in: places.recipient.zone)
                planned[index].originalDue = planned[index].computed.due
                planned[index].due = extended
                planned[index].status = answerStatus(due: extended, answered: answered, document: document)
            }
            try followUp("reminder.erasure", from: sent)
        case .preservationRequest:
            try chase("reminder.preservation", from: sent)
            // Reg. (EU) 2023/1543 Art. 11(1): 60 days from the order's receipt, +30 when
            // extended; a production request keeps the data until it is dealt with.
            guard let issued = document.issuedAt else { break }
            let extended = document.extendedAt != nil
            let ending: PlannedDeadlineStatus =
                document.productionRequestedAt != nil || !document.status.isOpen && document.status != .decided
                ? .superseded : .open
            for ruleID in ["eevidence.art11.preservation", "eevidence.preservation-warning"] {
                let rule = try calculator.catalog.rule(ruleID)
                let computed = try calculator.explain(
                    rule, from: issued, zone: places.recipient.zone, calendar: places.recipient.calendar,
                    extended: extended)
                planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: ending))
            }
        case .takeItDownRequest:
            try owed("takeitdown.removal", from: sent)
        case .dpaComplaint:
            // GDPR Art. 78(2): the authority informs the complainant within three months.
            try owed("gdpr.art78.dpa-silence", from: sent)
        case .reminder, .dsaComplaint, .dscComplaint:
            try followUp("reminder.notice", from: sent)
        case .leaReferral, .supportReferral:
            try chase("reminder.referral", from: sent)
        }
        return planned
    }

    private func answerStatus(due: Date, answered: Date?, document: DocumentRecord) -> PlannedDeadlineStatus {
        if let answered { return answered <= due ? .met : .missed }
        return document.status.awaitsAnswer ? .open : .superseded
    }
}
