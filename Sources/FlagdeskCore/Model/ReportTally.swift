import Foundation

/// What the DSA Art. 22(3) report counts of the notices sent in its period, and nothing more:
/// the store tallies them in SQL (one row per notice would cost a struct each), and
/// `init(notices:)` (FlagdeskDocuments) tallies a list the same way, as the reference. A nil key
/// is "unknown provider", "no category" or "no decision yet".
public struct ReportTally: Sendable, Equatable {
    public var notices: Int
    /// By hosting provider (Art. 22(3)(a)): by directory key as the store counts them, by the
    /// name the report shows once the engine has named them (`namingProviders`; two keys of one
    /// name count as one provider).
    public var byProvider: [String?: Int]
    /// By type of allegedly illegal content (Art. 22(3)(b)): the notice's DSA category.
    public var byCategory: [DSACategory?: Int]
    /// By Transparency Database keyword; a notice counts once for each keyword it gives.
    public var byKeyword: [DSAKeyword: Int]
    /// By action taken by the provider (Art. 22(3)(c)).
    public var byOutcome: [DocumentOutcome?: Int]
    /// Hours from sending to the provider's decision, ascending: notices with a decision time
    /// and an outcome other than "no answer" (which the flagger records, not the provider).
    public var hoursToDecision: [Double]
    /// Notices whose policy deadlines have all passed or been met, and of those the ones that
    /// met every one.
    public var policyDeadlineKnown: Int
    public var withinPolicyDeadline: Int
    /// Follow-ups sent in the notices' chains: reminders, and DSA Art. 20 and Art. 53 complaints.
    public var remindersSent: Int
    public var escalationsSent: Int

    public init(
        notices: Int, byProvider: [String?: Int], byCategory: [DSACategory?: Int], byKeyword: [DSAKeyword: Int],
        byOutcome: [DocumentOutcome?: Int], hoursToDecision: [Double], policyDeadlineKnown: Int,
        withinPolicyDeadline: Int, remindersSent: Int, escalationsSent: Int
    ) {
        self.notices = notices
        self.byProvider = byProvider
        self.byCategory = byCategory
        self.byKeyword = byKeyword
        self.byOutcome = byOutcome
        self.hoursToDecision = hoursToDecision
        self.policyDeadlineKnown = policyDeadlineKnown
        self.withinPolicyDeadline = withinPolicyDeadline
        self.remindersSent = remindersSent
        self.escalationsSent = escalationsSent
    }

    /// Nothing counted yet.
    public init() {
        self.init(
            notices: 0, byProvider: [:], byCategory: [:], byKeyword: [:], byOutcome: [:], hoursToDecision: [],
            policyDeadlineKnown: 0, withinPolicyDeadline: 0, remindersSent: 0, escalationsSent: 0)
    }

    /// The same tally with each provider key replaced by its name; keys of one name add up.
    public func namingProviders(_ name: (String) -> String) -> ReportTally {
        var named = self
        named.byProvider = [:]
        for (key, count) in byProvider { named.byProvider[key.map(name), default: 0] += count }
        return named
    }
}
