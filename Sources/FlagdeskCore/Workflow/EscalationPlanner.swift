import Foundation

/// A deadline still open on a document, as the store keeps it (`deadlines` with status `open`).
public struct OpenDeadline: Sendable, Equatable, Codable {
    public var documentID: Int64
    public var ruleID: String
    public var due: Date

    public init(documentID: Int64, ruleID: String, due: Date) {
        self.documentID = documentID
        self.ruleID = ruleID
        self.due = due
    }
}

/// A follow-up the ladder suggests drafting: what, after which document, and why.
public struct EscalationProposal: Sendable, Equatable {
    public let kind: DocumentKind
    public let parentID: Int64
    public let parentReference: String
    public let reason: String
    /// The deadline rule that ran out (or is about to, for a preservation warning); nil when a
    /// refusal or a recorded "no answer" fired the step, or the wait is a plain period.
    public let ruleID: String?
    /// The ladder rung that fired.
    public let step: EscalationStep
}

/// Pure escalation planning (DESIGN.md §4 "Silence escalates"): from the documents, their open
/// deadlines, the ladder and the current instant, the drafts to propose. Idempotent by
/// construction: a proposal whose draft already exists (same parent and kind, not withdrawn) is
/// not proposed again, so running it twice proposes nothing new.
public struct EscalationPlanner: Sendable {
    public let ladder: [EscalationStep]
    public let calculator: DeadlineCalculator
    /// The zone and holiday calendar used when a wait must be computed rather than read from a
    /// stored deadline (a period in the ladder, or a rule the store has no row for).
    public let zone: TimeZone
    public let calendar: any HolidayCalendar

    public init(
        ladder: [EscalationStep] = EscalationStep.defaultLadder, calculator: DeadlineCalculator = DeadlineCalculator(),
        zone: TimeZone, calendar: any HolidayCalendar = WeekendsOnlyCalendar()
    ) {
        self.ladder = ladder
        self.calculator = calculator
        self.zone = zone
        self.calendar = calendar
    }

    private struct Family: Hashable {
        let parentID: Int64
        let kind: DocumentKind
    }

    public func proposals(documents: [DocumentSnapshot], deadlines: [OpenDeadline], now: Date) -> [EscalationProposal] {
        var taken = Set(
            documents.compactMap { document in
                document.parentID.flatMap {
                    document.status == .withdrawn ? nil : Family(parentID: $0, kind: document.kind)
                }
            })
        let deadlinesByDocument = Dictionary(grouping: deadlines, by: \.documentID)
        var proposals: [EscalationProposal] = []
        for document in documents.sorted(by: { $0.id < $1.id }) {
            guard document.status != .withdrawn, document.status != .closed else { continue }
            let own = deadlinesByDocument[document.id] ?? []
            for step in ladder where step.from == document.kind {
                guard let firing = fires(step, for: document, deadlines: own, now: now) else { continue }
                for kind in step.propose where isPossible(kind, after: document, now: now) {
                    guard taken.insert(Family(parentID: document.id, kind: kind)).inserted else { continue }
                    proposals.append(
                        EscalationProposal(
                            kind: kind, parentID: document.id, parentReference: document.reference,
                            reason: firing.reason, ruleID: firing.ruleID, step: step))
                }
            }
        }
        return proposals
    }

    private struct Firing {
        let reason: String
        let ruleID: String?
    }

    private func fires(_ step: EscalationStep, for document: DocumentSnapshot, deadlines: [OpenDeadline], now: Date)
        -> Firing?
    {
        let reference = document.reference
        switch step.trigger {
        case .rejected:
            guard document.status == .decided, let outcome = document.outcome, outcome.isRefusal else { return nil }
            return Firing(reason: "\(reference) was \(outcome.label)", ruleID: nil)
        case .noResponse:
            if document.status == .decided, document.outcome == .noAnswer {
                return Firing(reason: "\(reference) was recorded as unanswered", ruleID: nil)
            }
            guard document.status.awaitsAnswer else { return nil }
            guard let after = step.after else {
                return Firing(reason: "\(reference) has no answer", ruleID: nil)
            }
            guard let due = due(after, for: document, deadlines: deadlines), now > due else { return nil }
            return Firing(
                reason: "\(reference) has no answer: \(after) ran out at \(LocalTime.text(due, in: zone))",
                ruleID: ruleID(after))
        case .noAcknowledgement:
            guard document.status == .sent, let after = step.after,
                let due = due(after, for: document, deadlines: deadlines), now > due
            else { return nil }
            return Firing(
                reason: "\(reference) is not acknowledged: \(after) ran out at \(LocalTime.text(due, in: zone))",
                ruleID: ruleID(after))
        case .preservationEnding:
            guard document.status.hasBeenSent else { return nil }
            guard let warnAt = preservationWarning(step.after, for: document, deadlines: deadlines),
                CivilDate(now, in: zone) >= CivilDate(warnAt, in: zone)
            else { return nil }
            return Firing(
                reason: "preservation under \(reference) is ending: warn the LEA contact by "
                    + LocalTime.text(warnAt, in: zone),
                ruleID: ruleID(step.after))
        }
    }

    /// DSA Art. 20 contests a decision, within six months of its notification: a complaint is
    /// proposed only after a decision and inside that window.
    private func isPossible(_ kind: DocumentKind, after parent: DocumentSnapshot, now: Date) -> Bool {
        guard kind.definition.conduct.contestsDecision else { return true }
        guard parent.status == .decided else { return false }
        guard let notified = parent.decisionNotifiedAt,
            let end = PlatformComplaintContent.windowEnd(notifiedAt: notified, zone: zone)
        else { return true }
        return now <= end
    }

    private func ruleID(_ delay: EscalationDelay?) -> String? {
        if case .rule(let id) = delay { return id }
        return nil
    }

    /// The end of the wait: the stored open deadline of that rule (or of a variant of that
    /// family), else computed from the sending instant.
    private func due(_ delay: EscalationDelay, for document: DocumentSnapshot, deadlines: [OpenDeadline]) -> Date? {
        switch delay {
        case .rule(let id):
            if let stored = deadlines.first(where: { $0.ruleID == id || $0.ruleID.hasPrefix(id + ".") }) {
                return stored.due
            }
            guard let rule = try? calculator.catalog.rule(id), let sent = document.sentAt else { return nil }
            return try? calculator.due(rule, from: sent, zone: zone, calendar: calendar)
        case .period(let period):
            guard let sent = document.sentAt else { return nil }
            let rule = DeadlineRule(
                id: "escalation.after", title: "Escalation wait", source: "Escalation ladder",
                trigger: "sending of the document", period: period, counting: .rollForward, isPolicy: true)
            return try? calculator.due(rule, from: sent, zone: zone, calendar: calendar)
        }
    }

    /// When to warn that preservation ends: a rule's stored or computed instant, or a period
    /// counted back from the end of the preservation duty (Reg. (EU) 2023/1543 Art. 11(1)).
    private func preservationWarning(
        _ delay: EscalationDelay?, for document: DocumentSnapshot, deadlines: [OpenDeadline]
    )
        -> Date?
    {
        switch delay {
        case .rule(let id):
            return due(.rule(id), for: document, deadlines: deadlines)
        case .period(let period):
            guard let end = due(.rule("eevidence.art11.preservation"), for: document, deadlines: deadlines) else {
                return nil
            }
            return countedBack(period, from: end, calendar: calendar)
        case nil:
            return due(.rule("eevidence.art11.preservation"), for: document, deadlines: deadlines)
        }
    }

    /// Counted backwards, so never moved to a working day (Reg. 1182/71 Art. 3(4)).
    private func countedBack<C: HolidayCalendar>(_ period: Period, from end: Date, calendar: C) -> Date {
        let counter = PeriodCounter(zone: zone, calendar: calendar, offsets: nil)
        var steps: [String]? = nil
        let anchor = PeriodEnd(due: end, lastDay: CivilDate(end, in: zone), unmovedDay: nil)
        return counter.backward(period, before: anchor, anchorID: "eevidence.art11.preservation", steps: &steps).due
    }
}
