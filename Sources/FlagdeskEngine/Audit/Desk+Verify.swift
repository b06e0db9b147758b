import FlagdeskStore
import Foundation

/// The result of `flagdesk verify`: the audit chain, every evidence file, and SQLite's own check.
public struct VerifyReport: Sendable, Equatable {
    public var chain: ChainVerdict
    public var evidenceProblems: [EvidenceProblem]
    public var integrity: [String]
    public var evidenceChecked: Int
    /// Where the records disagree with the trail that created them (`AuditReconciliation`).
    public var trailProblems: [String] = []

    public var isIntact: Bool {
        if case .intact = chain, evidenceProblems.isEmpty, trailProblems.isEmpty, integrity == ["ok"] { return true }
        return false
    }
}

extension Desk {
    /// Recomputes the audit chain and every evidence file's hash, and checks the records against
    /// the trail (counts, import digests).
    public func verify() throws(EngineError) -> VerifyReport {
        let files = evidenceFiles
        let (chain, problems, checked, trail) = try storeRead { db in
            (
                try AuditTrail.verify(in: db), try files.verify(in: db) + MailRecords.verifyFiles(files, in: db),
                try EvidenceRecords.heldCount(in: db) + MailRecords.count(in: db),
                try AuditReconciliation.problems(in: db)
            )
        }
        let integrity: [String]
        do {
            integrity = try store.integrityCheck()
        } catch {
            throw EngineError(error)
        }
        return VerifyReport(
            chain: chain, evidenceProblems: problems, integrity: integrity, evidenceChecked: checked,
            trailProblems: trail)
    }
}
