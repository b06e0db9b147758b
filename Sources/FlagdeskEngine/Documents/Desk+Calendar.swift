import FlagdeskCore
import FlagdeskDocuments
import Foundation

extension Desk {
    /// `flagdesk deadlines --format ics`: the open deadlines as an RFC 5545 calendar, one event
    /// per deadline with a UID that survives re-export.
    public func deadlineCalendar(_ query: DeadlineQuery) throws(EngineError) -> String {
        let rows = try deadlines(query)
        let events = rows.map { row in
            CalendarDeadline(
                documentReference: row.documentReference, ruleID: row.ruleID, ruleTitle: row.ruleTitle,
                title: (row.threatToLife ? "THREAT TO LIFE: " : "") + row.ruleTitle
                    + (row.recipientName.map { " (\($0))" } ?? ""),
                dueAt: row.dueAt, explanation: row.explanation)
        }
        let domain = sender.email.flatMap { $0.split(separator: "@").last.map(String.init) } ?? "flagdesk.invalid"
        return CalendarWriter.write(events, domain: domain, now: now)
    }
}
