import Foundation

/// What makes an escalation step fire (DESIGN.md §4 "Silence escalates").
public enum EscalationTrigger: String, Sendable, Equatable, Hashable, CaseIterable {
    /// No answer by the time `after` runs out, or "no answer" recorded as the outcome.
    case noResponse = "no-response"
    /// Sent and not even acknowledged by the time `after` runs out: a referral or a preservation
    /// request nobody confirmed receiving is chased (issue #15: follow-ups like other documents).
    case noAcknowledgement = "no-acknowledgement"
    /// The recipient refused, in whole or in part (a platform decided not to act on a notice).
    case rejected
    /// A preservation order nears its end (Regulation (EU) 2023/1543 Art. 11(1): 60 days, +30).
    case preservationEnding = "preservation-ending"
}

/// How long to wait: a deadline rule of the catalogue (`reminder.notice`) or a period.
public enum EscalationDelay: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A rule id of the deadline catalogue, or a family of variants
    /// (`dsa.notice.expected-decision`).
    case rule(String)
    case period(Period)

    /// A period when the text starts with a digit ("5 days"), a rule id otherwise; nil when the
    /// period does not parse or no rule of the catalogue has that id.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.first?.isNumber == true {
            guard let period = try? Period(parsing: trimmed) else { return nil }
            self = .period(period)
        } else {
            guard Self.knownRuleIDs.contains(trimmed) else { return nil }
            self = .rule(trimmed)
        }
    }

    /// A period written in code: `.period("5 days")`. A malformed literal is a programming error.
    public static func period(_ text: String) -> EscalationDelay {
        guard let period = try? Period(parsing: text) else { preconditionFailure("not a period: \(text)") }
        return .period(period)
    }

    /// Rule ids and family names of the standard catalogue: overrides change periods, never ids.
    static let knownRuleIDs: Set<String> = Set(DeadlineCatalog.standardRules.flatMap { [$0.id, $0.family] })

    public var description: String {
        switch self {
        case .rule(let id): return id
        case .period(let period): return period.description
        }
    }
}

/// One rung of an escalation ladder: when a document of kind `from` meets `trigger` (after
/// `after`, if given), propose drafting the documents in `propose`. Proposals only: a person
/// decides (DESIGN.md §4).
public struct EscalationStep: Sendable, Equatable, Hashable {
    public var from: DocumentKind
    public var trigger: EscalationTrigger
    public var after: EscalationDelay?
    public var propose: [DocumentKind]

    public init(from: DocumentKind, trigger: EscalationTrigger, after: EscalationDelay?, propose: [DocumentKind]) {
        self.from = from
        self.trigger = trigger
        self.after = after
        self.propose = propose
    }

    /// The ladder used when config lists no `[[escalation]]` (DESIGN.md §4 "Silence escalates"):
    /// each kind's steps, from its definition. config.example.toml spells out the same steps
    /// (written from this list); a test keeps the two equal.
    public static let defaultLadder: [EscalationStep] = DocumentKinds.all.flatMap(\.escalation)
}
