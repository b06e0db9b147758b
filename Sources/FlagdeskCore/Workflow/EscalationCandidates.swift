import Foundation

/// Which documents the escalation ladder could fire for now, as a store query can select them
/// by index instead of reading every document: decided ones with a refusal or "no answer",
/// ones awaiting an answer that were sent before the shortest wait of their kind's ladder steps
/// could have run out, and sent ones whose kind warns before an end (preservation). It is a
/// superset: the planner still decides on each.
public struct EscalationCandidates: Sendable, Equatable {
    /// Kinds whose decided documents may fire, and the outcomes that can make them fire.
    public var decidedKinds: [DocumentKind]
    public var decidedOutcomes: [DocumentOutcome]
    /// Per kind: documents awaiting an answer sent at or before this instant.
    public var awaitingSentBefore: [DocumentKind: Date]
    /// Kinds whose every sent, not closed, document may fire.
    public var sentKinds: [DocumentKind]
}

extension EscalationPlanner {
    public func candidates(now: Date) -> EscalationCandidates {
        var decided: Set<DocumentKind> = []
        var outcomes: Set<DocumentOutcome> = []
        var awaiting: [DocumentKind: Date] = [:]
        var sent: Set<DocumentKind> = []
        for step in ladder {
            switch step.trigger {
            case .rejected:
                decided.insert(step.from)
                outcomes.formUnion(DocumentOutcome.allCases.filter(\.isRefusal))
            case .noResponse:
                decided.insert(step.from)
                outcomes.insert(.noAnswer)
                let cutoff = now.addingTimeInterval(-shortestWait(step.after))
                awaiting[step.from] = max(awaiting[step.from] ?? cutoff, cutoff)
            case .noAcknowledgement:
                let cutoff = now.addingTimeInterval(-shortestWait(step.after))
                awaiting[step.from] = max(awaiting[step.from] ?? cutoff, cutoff)
            case .preservationEnding:
                sent.insert(step.from)
            }
        }
        return EscalationCandidates(
            decidedKinds: decided.sorted { $0.rawValue < $1.rawValue },
            decidedOutcomes: outcomes.sorted { $0.rawValue < $1.rawValue }, awaitingSentBefore: awaiting,
            sentKinds: sent.sorted { $0.rawValue < $1.rawValue })
    }

    /// A lower bound, in seconds, of how long a wait lasts from the sending: the shortest rule of
    /// a family, each period counted short (a day less, an hour for daylight saving). Rules are
    /// counted from the sending or later and extensions only lengthen them, so a document sent
    /// after `now - bound` cannot have run out. No bound (0) when the wait is unknown.
    func shortestWait(_ delay: EscalationDelay?) -> TimeInterval {
        switch delay {
        case nil:
            return 0
        case .period(let period):
            return Self.shortestDuration(period)
        case .rule(let id):
            let family = calculator.catalog.rules.filter { $0.id == id || $0.id.hasPrefix(id + ".") }
            return family.map { Self.shortestDuration($0.period) }.min() ?? 0
        }
    }

    public static func shortestDuration(_ period: Period) -> TimeInterval {
        let day: TimeInterval = 86_400
        let days: TimeInterval
        switch period.unit {
        case .hours: return max(0, TimeInterval(period.amount - 1) * 3_600)
        case .days, .workingDays: days = TimeInterval(period.amount)
        case .weeks: days = TimeInterval(period.amount * 7)
        case .months: days = TimeInterval(period.amount * 28)
        case .years: days = TimeInterval(period.amount * 365)
        }
        return max(0, (days - 1) * day - 3_600)
    }
}
