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
        var providerNames: [String: String] = [:]
        let notices = rows.map { row -> ReportNotice in
            let provider = row.providerKey.map { key in
                if let name = providerNames[key] { return name }
                let name = directory.provider(key: key)?.name ?? key
                providerNames[key] = name
                return name
            }
            return ReportNotice(
                provider: provider, category: row.category, keywords: row.keywords, outcome: row.outcome,
                sentAt: row.sentAt, decidedAt: row.decidedAt,
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
