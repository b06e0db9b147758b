import FlagdeskCore

/// The DSA notices sent in a period, counted for the Art. 22(3) report as the store holds them:
/// providers by directory key (the engine names them). A nil key is a notice without recipient,
/// category or decision; a category, keyword or outcome the code does not know counts as none.
public struct NoticeTally: Sendable, Equatable {
    public var notices = 0
    /// Art. 22(3)(a): by `documents.recipient_key`.
    public var byProviderKey: [String?: Int] = [:]
    /// Art. 22(3)(b): by the category in the notice's fields.
    public var byCategory: [DSACategory?: Int] = [:]
    /// By each keyword in the notice's fields (a keyword given twice counts twice).
    public var byKeyword: [DSAKeyword: Int] = [:]
    /// Art. 22(3)(c): by the provider's decision.
    public var byOutcome: [DocumentOutcome?: Int] = [:]
    /// Hours from sending to decision, ascending, of the notices decided by the provider (an
    /// outcome other than "no answer", and a decision time).
    public var hoursToDecision: [Double] = []
    /// Notices with a policy deadline met or missed, and of those the ones that missed none.
    public var policyDeadlineKnown = 0
    public var withinPolicyDeadline = 0
    /// Follow-ups sent anywhere below the notices: reminders, and DSA Art. 20 and Art. 53
    /// complaints. One below two of the period's notices counts for each.
    public var remindersSent = 0
    public var escalationsSent = 0

    public init() {}
}
