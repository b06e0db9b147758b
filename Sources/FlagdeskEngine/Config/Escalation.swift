import FlagdeskCore
import Foundation

/// What makes an escalation step fire.
public enum EscalationTrigger: String, Sendable, Equatable, CaseIterable {
    /// No answer by the time `after` runs out.
    case noResponse = "no-response"
    /// The recipient refused (e.g. a platform decided not to act on a notice).
    case rejected
    /// A preservation order nears its end (Regulation 2023/1543 Art. 11: 60 days, +30).
    case preservationEnding = "preservation-ending"
}

/// How long to wait: a deadline rule of the catalogue (`reminder.notice`) or a period.
public enum EscalationDelay: Sendable, Equatable, CustomStringConvertible {
    case rule(String)
    case period(String)

    /// A period when the text starts with a digit, a rule id otherwise; nil when it is neither.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.first?.isNumber == true {
            guard PeriodText.isWellFormed(trimmed) else { return nil }
            self = .period(trimmed)
        } else {
            guard RuleID.isWellFormed(trimmed) else { return nil }
            self = .rule(trimmed)
        }
    }

    public var description: String {
        switch self {
        case .rule(let id): return id
        case .period(let text): return text
        }
    }
}

/// One rung of an escalation ladder: when a document of kind `from` meets `trigger` (after
/// `after`, if given), propose drafting the documents in `propose`. Proposals only: a person
/// decides (DESIGN.md §4).
public struct EscalationStep: Sendable, Equatable {
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

    /// The ladder used when config lists no `[[escalation]]` (DESIGN.md §4 "Silence escalates").
    /// config.example.toml spells out the same steps; a test keeps the two equal.
    public static let defaultLadder: [EscalationStep] = [
        // A notice left unanswered gets a reminder; a refusal can be contested internally
        // (DSA Art. 20, within six months of the decision).
        EscalationStep(from: .dsaNotice, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.reminder]),
        EscalationStep(from: .dsaNotice, trigger: .rejected, after: nil, propose: [.dsaComplaint]),
        // Silence after a reminder or a complaint goes to the Digital Services Coordinator (Art. 53).
        EscalationStep(
            from: .reminder, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.dscComplaint]),
        EscalationStep(
            from: .dsaComplaint, trigger: .noResponse, after: .rule("reminder.notice"), propose: [.dscComplaint]),
        EscalationStep(from: .dsaComplaint, trigger: .rejected, after: nil, propose: [.dscComplaint]),
        // GDPR Art. 12(3): one month to answer; then a reminder and a complaint to the DPA (Art. 77).
        EscalationStep(
            from: .gdprErasure, trigger: .noResponse, after: .rule("gdpr.art12.response"),
            propose: [.reminder, .dpaComplaint]),
        EscalationStep(from: .gdprErasure, trigger: .rejected, after: nil, propose: [.dpaComplaint]),
        // Regulation 2023/1543 Art. 11: warn the LEA contact before the 60-day preservation ends.
        EscalationStep(
            from: .preservationRequest, trigger: .preservationEnding, after: .rule("eevidence.preservation-warning"),
            propose: [.reminder]),
        EscalationStep(
            from: .takeItDownRequest, trigger: .noResponse, after: .rule("takeitdown.removal"), propose: [.reminder]),
    ]
}
