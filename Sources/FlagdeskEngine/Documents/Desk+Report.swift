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
        let tally = try storeRead { db in try reportTally(sentFrom: start, to: end, in: db) }
        let profile = sender
        return AnnualReport(
            ReportInput(
                from: from, to: to, organisation: profile.name, awardedBy: profile.trustedFlaggerAwardedBy,
                areaOfExpertise: profile.areaOfExpertise, independenceStatement: profile.independenceStatement,
                generatedAt: now, tally: tally))
    }
}
