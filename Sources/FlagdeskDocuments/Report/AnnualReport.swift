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
        let notices = input.notices
        from = input.from.description
        to = input.to.description
        organisation = input.organisation
        awardedBy = input.awardedBy
        areaOfExpertise = input.areaOfExpertise
        generatedAt = ISO8601.format(input.generatedAt)
        self.notices = notices.count
        byProvider = Self.count(notices.map { ($0.provider ?? "unknown", $0.provider ?? "Unknown provider") })
        byCategory = Self.count(
            notices.map { ($0.category?.rawValue ?? "none", $0.category?.label ?? "No category given") })
        byKeyword = Self.count(notices.flatMap { $0.keywords.map { ($0.rawValue, $0.label) } })
        byAction = Self.count(
            notices.map { ($0.outcome?.rawValue ?? "pending", $0.outcome?.label ?? "no decision yet") })
        providerActed = notices.filter { $0.outcome?.providerActed == true }.count
        providerDidNotAct = notices.filter { $0.outcome.map { !$0.providerActed } ?? false }.count
        pending = notices.filter { $0.outcome == nil }.count
        // "No answer" is recorded by the flagger, not decided by the provider: it has no time
        // to decision.
        let hours = notices.compactMap { notice -> Double? in
            guard let decided = notice.decidedAt, let outcome = notice.outcome, outcome != .noAnswer else { return nil }
            return decided.timeIntervalSince(notice.sentAt) / 3600
        }.sorted()
        decided = hours.count
        medianHoursToDecision = Self.median(hours)
        p90HoursToDecision = Self.percentile(90, of: hours)
        let known = notices.compactMap(\.policyDeadlineMet)
        policyDeadlineKnown = known.count
        withinPolicyDeadline = known.filter { $0 }.count
        shareWithinPolicyDeadline = known.isEmpty ? nil : Double(withinPolicyDeadline) / Double(known.count)
        remindersSent = notices.reduce(0) { $0 + $1.reminders }
        escalationsSent = notices.reduce(0) { $0 + $1.escalations }
        independenceStatement = input.independenceStatement
    }

    /// Counts by key, most frequent first, then by label.
    static func count(_ values: [(key: String, label: String)]) -> [ReportCount] {
        var counts: [String: ReportCount] = [:]
        for (key, label) in values { counts[key, default: ReportCount(key: key, label: label, count: 0)].count += 1 }
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
