import FlagdeskCore
import Foundation

extension ReportTally {
    /// The tally of a list of notices, one by one.
    public init(notices list: [ReportNotice]) {
        self.init()
        notices = list.count
        for notice in list {
            byProvider[notice.provider, default: 0] += 1
            byCategory[notice.category, default: 0] += 1
            for keyword in notice.keywords { byKeyword[keyword, default: 0] += 1 }
            byOutcome[notice.outcome, default: 0] += 1
            if let decided = notice.decidedAt, let outcome = notice.outcome, outcome != .noAnswer {
                hoursToDecision.append(decided.timeIntervalSince(notice.sentAt) / 3600)
            }
            if let met = notice.policyDeadlineMet {
                policyDeadlineKnown += 1
                if met { withinPolicyDeadline += 1 }
            }
            remindersSent += notice.reminders
            escalationsSent += notice.escalations
        }
        hoursToDecision.sort()
    }
}
