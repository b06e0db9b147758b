import FlagdeskCore
import Foundation

/// One line of a breakdown: a key (stable, for programs), its label and how many notices.
public struct ReportCount: Sendable, Equatable, Encodable {
    public var key: String
    public var label: String
    public var count: Int
}

/// The trusted flagger's annual report (DSA Art. 22(3)): notices sent under Art. 16 in the
/// period, by (a) hosting provider, (b) type of allegedly illegal content, (c) action taken by
/// the provider; with time to decision, reminders and escalations, and the statement on
/// independence. It holds counts only: no personal data (Art. 22(3), last sentence).
public struct AnnualReport: Sendable, Equatable, Encodable {
    public var from: String
    public var to: String
    public var organisation: String?
    public var awardedBy: String?
    public var areaOfExpertise: String?
    public var generatedAt: String
    public var notices: Int
    public var byProvider: [ReportCount]
    public var byCategory: [ReportCount]
    public var byKeyword: [ReportCount]
    /// By outcome; notices without a decision yet count as `pending`.
    public var byAction: [ReportCount]
    /// `DocumentOutcome.providerActed`: removed, disabled, restricted, demoted, partial...
    public var providerActed: Int
    public var providerDidNotAct: Int
    public var pending: Int
    /// Notices with a decision by the provider (not "no answer").
    public var decided: Int
    public var medianHoursToDecision: Double?
    public var p90HoursToDecision: Double?
    public var policyDeadlineKnown: Int
    public var withinPolicyDeadline: Int
    public var shareWithinPolicyDeadline: Double?
    public var remindersSent: Int
    public var escalationsSent: Int
    public var independenceStatement: String?

    public init(_ input: ReportInput) {
        let tally = input.tally
        from = input.from.description
        to = input.to.description
        organisation = input.organisation
        awardedBy = input.awardedBy
        areaOfExpertise = input.areaOfExpertise
        generatedAt = ISO8601.format(input.generatedAt)
        notices = tally.notices
        byProvider = Self.count(tally.byProvider.map { ($0 ?? "unknown", $0 ?? "Unknown provider", $1) })
        byCategory = Self.count(
            tally.byCategory.map { ($0?.rawValue ?? "none", $0?.label ?? "No category given", $1) })
        byKeyword = Self.count(tally.byKeyword.map { ($0.rawValue, $0.label, $1) })
        byAction = Self.count(
            tally.byOutcome.map { ($0?.rawValue ?? "pending", $0?.label ?? "no decision yet", $1) })
        providerActed = tally.byOutcome.reduce(0) { $0 + ($1.key?.providerActed == true ? $1.value : 0) }
        providerDidNotAct = tally.byOutcome.reduce(0) { $0 + ($1.key?.providerActed == false ? $1.value : 0) }
        pending = tally.byOutcome[nil] ?? 0
        // "No answer" is recorded by the flagger, not decided by the provider: the tally gives it
        // no time to decision.
        let hours = tally.hoursToDecision
        decided = hours.count
        medianHoursToDecision = Self.median(hours)
        p90HoursToDecision = Self.percentile(90, of: hours)
        policyDeadlineKnown = tally.policyDeadlineKnown
        withinPolicyDeadline = tally.withinPolicyDeadline
        shareWithinPolicyDeadline =
            policyDeadlineKnown == 0 ? nil : Double(withinPolicyDeadline) / Double(policyDeadlineKnown)
        remindersSent = tally.remindersSent
        escalationsSent = tally.escalationsSent
        independenceStatement = input.independenceStatement
    }

    /// Counts by key, most frequent first, then by label. Entries of one key add up (a provider
    /// named "unknown" and the unknown provider); the first label in label order names them.
    static func count(_ entries: [(key: String, label: String, count: Int)]) -> [ReportCount] {
        var counts: [String: ReportCount] = [:]
        for (key, label, count) in entries.sorted(by: { $0.label < $1.label }) {
            counts[key, default: ReportCount(key: key, label: label, count: 0)].count += count
        }
        return counts.values.sorted { ($0.count, $1.label) > ($1.count, $0.label) }
    }

    /// The middle value; the mean of the two middle values for an even count.
    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Nearest-rank percentile: the smallest value with at least p% of the values at or below it.
    static func percentile(_ p: Int, of sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = Int((Double(p) / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(rank, 1) - 1]
    }
}
