import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// How far back met or ended deadlines still come out (as cancelled): a calendar that imported
    /// them while open learns they are off; older ones are past in every calendar anyway.
    static let cancelledLookBack: TimeInterval = 7 * 86_400

    /// `flagdesk deadlines --format ics`: the open deadlines the query matches as an RFC 5545
    /// calendar, one event per deadline with a UID that survives re-export, plus those met or
    /// ended (withdrawn, closed) due from a week ago on, as cancelled events.
    public func deadlineCalendar(_ query: DeadlineQuery) throws(EngineError) -> String {
        let before = query.dueBefore(now: now)
        let from = now.addingTimeInterval(-Self.cancelledLookBack)
        let (open, ended, deskID) = try storeRead { db in
            (
                try DeadlineRecords.open(dueBefore: before, limit: query.limit, in: db),
                query.overdueOnly ? [] : try DeadlineRecords.ended(dueFrom: from, dueBefore: before, in: db),
                try AuditTrail.firstEventHash(in: db)
            )
        }
        let events = try deadlineRows(open + ended).map { row in
            CalendarDeadline(
                documentReference: row.documentReference, ruleID: row.ruleID, ruleTitle: row.ruleTitle,
                title: (row.threatToLife ? "THREAT TO LIFE: " : "") + row.ruleTitle
                    + (row.recipientName.map { " (\($0))" } ?? ""),
                dueAt: row.dueAt, explanation: row.explanation, cancelled: row.status != DeadlineStatus.open.rawValue)
        }
        return CalendarWriter.write(events, deskID: String((deskID ?? "empty-desk").prefix(16)), now: now)
    }
}
