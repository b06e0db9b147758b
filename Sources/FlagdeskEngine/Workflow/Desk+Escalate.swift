import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Applies the escalation ladder (config `[[escalation]]`): past each deadline, or after a
    /// refusal, the next document is drafted (never sent: a person approves and sends it).
    /// Running it twice drafts nothing new: a follow-up already drafted for the same parent and
    /// kind is not proposed again. `dryRun` only lists what would be drafted.
    public func escalate(dryRun: Bool) throws(EngineError) -> EscalationReport {
        if !dryRun { try requireUser(to: "draft escalations") }
        let settings = try deadlineSettings()
        let planner = escalationPlanner(settings)
        let now = self.now
        if dryRun {
            return try storeRead { db in
                EscalationReport(proposals: try self.escalationProposals(planner, now: now, in: db), outcomes: [])
            }
        }
        // Planned and drafted in one transaction, so two runs at once cannot both draft.
        return try storeWrite { db in try self.draftEscalations(planner, settings: settings, in: db) }
    }

    func escalationPlanner(_ settings: DeadlineSettings) -> EscalationPlanner {
        EscalationPlanner(
            ladder: config.escalation, calculator: DeadlineCalculator(catalog: settings.catalog), zone: settings.zone,
            calendar: settings.organisationCalendar)
    }

    func draftEscalations(_ planner: EscalationPlanner, settings: DeadlineSettings, in db: StoreTransaction) throws
        -> EscalationReport
    {
        let proposals = try escalationProposals(planner, now: now, in: db)
        var outcomes: [EscalationOutcome] = []
        for proposal in proposals {
            let request = DraftRequest(kind: proposal.kind, parent: proposal.parentReference)
            do {
                // Each draft in its own savepoint: a refused one leaves nothing behind.
                let record = try Savepoint.run(in: db) {
                    try draft(request, settings: settings, in: db, escalation: proposal.reason).record
                }
                outcomes.append(.drafted(record))
            } catch let refusal as WorkflowRefusal {
                outcomes.append(.refused(refusal.message))
            } catch EngineError.refused(let reason) {
                outcomes.append(.refused(reason))
            }
        }
        return EscalationReport(proposals: proposals, outcomes: outcomes)
    }

    /// Reads only the documents that could fire now and their follow-ups (see
    /// `EscalationCandidates`); `everything` reads all of them, for the test that checks both
    /// give the same proposals.
    func escalationProposals(
        _ planner: EscalationPlanner, now: Date, everything: Bool = false, in db: StoreTransaction
    ) throws -> [EscalationProposal] {
        if everything {
            return planner.proposals(
                documents: try DocumentRecords.escalationSnapshots(in: db),
                deadlines: try DeadlineRecords.allOpen(in: db), now: now)
        }
        let (documents, deadlines) = try EscalationRecords.snapshots(planner.candidates(now: now), in: db)
        return planner.proposals(documents: documents, deadlines: deadlines, now: now)
    }
}
