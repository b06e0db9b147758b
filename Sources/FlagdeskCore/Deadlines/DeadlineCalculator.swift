import Foundation

/// Applies deadline rules to event instants (Regulation 1182/71 Art. 3, DESIGN.md §5).
///
/// The zone is that of the place whose days count (where the action is to be taken, Art. 2), the
/// calendar its public holidays; neither ever comes from the machine. `due` is the fast path (no
/// text); `explain` gives the same instant with the reasons.
public struct DeadlineCalculator: Sendable {
    public let catalog: DeadlineCatalog

    public init(catalog: DeadlineCatalog = DeadlineCatalog()) {
        self.catalog = catalog
    }

    /// The due instant of `rule` for an event. `extended` applies the rule's extension and throws
    /// `noExtension` for a rule without one.
    public func due(
        _ rule: DeadlineRule, from event: Date, zone: TimeZone, calendar: any HolidayCalendar, extended: Bool = false
    ) throws(DeadlineError) -> Date {
        let counter = PeriodCounter(zone: zone, calendar: calendar, offsets: nil)
        return try due(rule, from: event, counter: counter, extended: extended)
    }

    /// As `due(_:from:zone:calendar:extended:)`, faster: the place's zone offsets are precomputed.
    /// For counting many deadlines (the store, the bench).
    public func due(_ rule: DeadlineRule, from event: Date, at place: DeadlinePlace, extended: Bool = false)
        throws(DeadlineError) -> Date
    {
        let counter = PeriodCounter(zone: place.zone, calendar: place.calendar, offsets: place.offsets)
        return try due(rule, from: event, counter: counter, extended: extended)
    }

    /// The due instant with the rule, inputs and every step of the count.
    public func explain(
        _ rule: DeadlineRule, from event: Date, zone: TimeZone, calendar: any HolidayCalendar, extended: Bool = false
    ) throws(DeadlineError) -> ComputedDeadline {
        let counter = PeriodCounter(zone: zone, calendar: calendar, offsets: nil)
        return try explain(rule, from: event, counter: counter, extended: extended)
    }

    /// As `explain(_:from:zone:calendar:extended:)`, for a place built once.
    public func explain(_ rule: DeadlineRule, from event: Date, at place: DeadlinePlace, extended: Bool = false)
        throws(DeadlineError) -> ComputedDeadline
    {
        let counter = PeriodCounter(zone: place.zone, calendar: place.calendar, offsets: place.offsets)
        return try explain(rule, from: event, counter: counter, extended: extended)
    }

    private func due(_ rule: DeadlineRule, from event: Date, counter: PeriodCounter, extended: Bool)
        throws(DeadlineError) -> Date
    {
        var steps: [String]? = nil
        return try compute(rule, from: event, extended: extended, counter: counter, steps: &steps).end.due
    }

    private func explain(_ rule: DeadlineRule, from event: Date, counter: PeriodCounter, extended: Bool)
        throws(DeadlineError) -> ComputedDeadline
    {
        var steps: [String]? = []
        let zone = counter.zone
        let zoneName = LocalTime.zoneName(zone)
        steps?.append(
            "Event (\(rule.trigger)): \(ISO8601.format(event)) = \(LocalTime.text(event, in: zone)) in \(zoneName)")
        steps?.append("Public holidays: \(counter.calendar.code) calendar; days end at midnight in \(zoneName)")
        if rule.isPolicy {
            steps?.append("POLICY: an organisation rule, not a legal deadline")
        }
        let result = try compute(rule, from: event, extended: extended, counter: counter, steps: &steps)
        let article34 = article34Date(rule, from: event, extended: extended, counter: counter, safe: result.end.due)
        if let article34 {
            steps?.append(
                "Reg. 1182/71 Art. 3(4) reading: the last day moves to the next working day, "
                    + "\(LocalTime.text(article34, in: zone)); the DSA does not say 1182/71 applies, so act by "
                    + "the safe date, \(LocalTime.text(result.end.due, in: zone))")
        }
        return ComputedDeadline(
            ruleID: rule.id, title: rule.title, source: rule.source, isPolicy: rule.isPolicy,
            period: result.periodText, counting: result.counting, extended: extended, trigger: rule.trigger,
            event: event, zone: zoneName, calendar: counter.calendar.code, due: result.end.due,
            dueLocal: LocalTime.text(result.end.due, in: zone), originalDue: result.original?.due,
            article34Due: article34, steps: steps ?? [])
    }

    /// DSA Art. 20: the window counted unmoved (safe), and the date Art. 3(4) would give; nil when
    /// the rule does not ask for it or both are the same day.
    private func article34Date(
        _ rule: DeadlineRule, from event: Date, extended: Bool, counter: PeriodCounter, safe: Date
    ) -> Date? {
        guard rule.showsArticle34Date, !extended, rule.countedBackwardsFrom == nil,
            rule.effectiveCounting == .calendar
        else { return nil }
        var none: [String]? = nil
        let moved = counter.forward(rule.period, counting: .rollForward, from: event, steps: &none).due
        return moved == safe ? nil : moved
    }

    private struct Result {
        var end: PeriodEnd
        /// The period counted (the rule's, or combined with its extension).
        var period: Period
        /// An extension counted on from the end of `period`, when the units did not combine.
        var chained: Period?
        var counting: CountingMode
        /// The end without the extension, when one was applied.
        var original: PeriodEnd?

        /// "3 months", or "720 hours + 2 days"; built only for explanations.
        var periodText: String {
            chained.map { "\(period) + \($0)" } ?? period.description
        }
    }

    private func compute(
        _ rule: DeadlineRule, from event: Date, extended: Bool, counter: PeriodCounter, steps: inout [String]?
    ) throws(DeadlineError) -> Result {
        if let anchorID = rule.countedBackwardsFrom {
            let anchor = try catalog.rule(anchorID)
            steps?.append("Counted back from \(anchorID) (\(anchor.period), \(anchor.source))")
            let anchorResult = try compute(anchor, from: event, extended: extended, counter: counter, steps: &steps)
            let end = counter.backward(rule.period, before: anchorResult.end, anchorID: anchorID, steps: &steps)
            // Backward counts are never moved: hours are exact, days plain calendar or working days.
            let counting: CountingMode =
                switch rule.period.unit {
                case .hours: .exactHours
                case .workingDays: .workingDays
                default: .calendar
                }
            return Result(end: end, period: rule.period, counting: counting)
        }
        let counting = rule.effectiveCounting
        guard extended else {
            steps?.append("Counting: \(counting.label)")
            let end = counter.forward(rule.period, counting: counting, from: event, steps: &steps)
            return Result(end: end, period: rule.period, counting: counting)
        }
        guard let extensionPeriod = rule.extensionPeriod else { throw .noExtension(ruleID: rule.id) }

        steps?.append("Without the extension, counting \(counting.rawValue):")
        let original = counter.forward(rule.period, counting: counting, from: event, steps: &steps)
        if let combined = rule.period.combined(with: extensionPeriod) {
            // One period from the event: "one month ... extended by two further months" = 3 months.
            let combinedCounting = rule.effectiveCounting(for: combined)
            steps?.append("Extended by \(extensionPeriod) (\(rule.source)): \(combined) from the event")
            let end = counter.forward(combined, counting: combinedCounting, from: event, steps: &steps)
            return Result(end: end, period: combined, counting: combinedCounting, original: original)
        }
        // Units that do not add up (an override in hours, an extension in days): the extension runs
        // on from the end of the original period, before any move to a working day.
        let restart = original.unmovedEnd(counter)
        steps?.append(
            "Extended by \(extensionPeriod) (\(rule.source)), counted from the end of the original period "
                + ISO8601.format(restart))
        let end = counter.forward(
            extensionPeriod, counting: rule.effectiveCounting(for: extensionPeriod), from: restart, steps: &steps)
        return Result(end: end, period: rule.period, chained: extensionPeriod, counting: counting, original: original)
    }
}
