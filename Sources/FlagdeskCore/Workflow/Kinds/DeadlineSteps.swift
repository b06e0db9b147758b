import Foundation

/// What a kind's deadline plan (`DocumentKindDefinition.deadlines`) works with: the sent
/// document, where days are counted, and the three ways a deadline is held (DESIGN.md §5).
public struct DeadlineSteps: Sendable {
    public let calculator: DeadlineCalculator
    public let document: DocumentRecord
    public let items: [Item]
    /// The notice is owed Art. 22(1) priority (trusted flagger, online platform, not small).
    public let trustedPriority: Bool
    public let places: DeadlinePlaces
    public let sent: Date
    public internal(set) var planned: [PlannedDeadline] = []

    init(
        calculator: DeadlineCalculator, document: DocumentRecord, items: [Item], trustedPriority: Bool,
        places: DeadlinePlaces, sent: Date
    ) {
        self.calculator = calculator
        self.document = document
        self.items = items
        self.trustedPriority = trustedPriority
        self.places = places
        self.sent = sent
    }

    /// What the recipient owes: met or missed once it answers; superseded if the flagger closes
    /// or withdraws the document first. Counted in the recipient's place.
    public mutating func owed(_ ruleID: String, from event: Date, extended: Bool = false) throws(DeadlineError) {
        let rule = try calculator.catalog.rule(ruleID)
        let counted = try calculator.explain(
            rule, from: event, zone: places.recipient.zone, calendar: places.recipient.calendar, extended: extended)
        let computed = places.recipient.notes.reduce(counted) { $0.adding(step: $1) }
        planned.append(
            PlannedDeadline(
                computed: computed, due: computed.due, originalDue: computed.originalDue,
                status: answerStatus(due: computed.due)))
    }

    /// The organisation's own follow-up: open while the recipient owes an answer.
    public mutating func followUp(_ ruleID: String, from event: Date) throws(DeadlineError) {
        let computed = try inOrganisation(ruleID, from: event)
        planned.append(
            PlannedDeadline(
                computed: computed, due: computed.due, originalDue: nil,
                status: document.status.awaitsAnswer ? .open : .superseded))
    }

    /// A chaser for an acknowledgement: open while the document is sent and unacknowledged.
    public mutating func chase(_ ruleID: String, from event: Date) throws(DeadlineError) {
        let computed = try inOrganisation(ruleID, from: event)
        let status: PlannedDeadlineStatus =
            document.status == .sent
            ? .open
            : document.acknowledgedAt.map { $0 <= computed.due ? .met : .missed } ?? .superseded
        planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: status))
    }

    /// A window the organisation may act in (a complaint), open whatever the document's state.
    public mutating func window(_ ruleID: String, from event: Date) throws(DeadlineError) {
        let computed = try inOrganisation(ruleID, from: event)
        planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: .open))
    }

    /// A period counted in the recipient's place, with the status given.
    public mutating func recipientPeriod(
        _ ruleID: String, from event: Date, extended: Bool, status: PlannedDeadlineStatus
    ) throws(DeadlineError) {
        let rule = try calculator.catalog.rule(ruleID)
        let computed = try calculator.explain(
            rule, from: event, zone: places.recipient.zone, calendar: places.recipient.calendar, extended: extended)
        planned.append(PlannedDeadline(computed: computed, due: computed.due, originalDue: nil, status: status))
    }

    /// The last deadline moved to the end of `until` in the recipient's zone (an extension).
    public mutating func extendLast(until: CivilDate) {
        guard let index = planned.indices.last else { return }
        let extended = until.endInstant(in: places.recipient.zone)
        planned[index].originalDue = planned[index].computed.due
        planned[index].due = extended
        planned[index].status = answerStatus(due: extended)
    }

    private func inOrganisation(_ ruleID: String, from event: Date) throws(DeadlineError) -> ComputedDeadline {
        let rule = try calculator.catalog.rule(ruleID)
        return try calculator.explain(
            rule, from: event, zone: places.organisation.zone, calendar: places.organisation.calendar)
    }

    private func answerStatus(due: Date) -> PlannedDeadlineStatus {
        if let answered = document.decidedAt { return answered <= due ? .met : .missed }
        return document.status.awaitsAnswer ? .open : .superseded
    }
}
