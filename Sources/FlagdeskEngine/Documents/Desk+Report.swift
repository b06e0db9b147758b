import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// The trusted flagger's annual report (DSA Art. 22(3)) for the notices sent between two
    /// days inclusive, read in the organisation's zone. Counts only: no item, URL or person.
    public func report(from: CivilDate, to: CivilDate) throws(EngineError) -> AnnualReport {
        guard from <= to else { throw .badInput("the period starts (\(from)) after it ends (\(to))") }
        let start = from.startInstant(in: zone)
        let end = to.adding(days: 1).startInstant(in: zone)
        let rows = try storeRead { db in try ReportRecords.notices(sentFrom: start, to: end, in: db) }
        let notices = rows.map { row -> ReportNotice in
            var category: DSACategory?
            var keywords: [DSAKeyword] = []
            if case .dsaNotice(let notice) = row.content {
                category = notice.category
                keywords = notice.keywords
            }
            return ReportNotice(
                provider: row.providerKey.map { directory.provider(key: $0)?.name ?? $0 }, category: category,
                keywords: keywords, outcome: row.outcome, sentAt: row.sentAt, decidedAt: row.decidedAt,
                policyDeadlineMet: row.policyDeadlineMet, reminders: row.reminders, escalations: row.escalations)
        }
        let profile = sender
        return AnnualReport(
            ReportInput(
                from: from, to: to, organisation: profile.name, awardedBy: profile.trustedFlaggerAwardedBy,
                areaOfExpertise: profile.areaOfExpertise, independenceStatement: profile.independenceStatement,
                generatedAt: now, notices: notices))
    }
}
