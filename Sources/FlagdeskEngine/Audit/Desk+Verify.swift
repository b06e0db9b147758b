import FlagdeskCore
import FlagdeskStore
import Foundation

/// The result of `flagdesk verify`: the audit chain and its seal, every audited row, every
/// evidence file, and SQLite's own check.
public struct VerifyReport: Sendable, Equatable {
    public var chain: ChainVerdict
    public var evidenceProblems: [EvidenceProblem]
    public var integrity: [String]
    public var evidenceChecked: Int
    /// Where the records disagree with the trail that created them (`AuditReconciliation`).
    public var trailProblems: [String] = []
    /// The rows against their seals, the seals against the key (`SealVerifier`).
    public var seal = SealReport(checked: false)
    /// The seal key file looked for (named when it is missing).
    public var sealKeyFile: String?
    /// `--expect-head`: the head written down elsewhere, and whether the trail still holds it.
    public var expectedHead: String?
    public var expectedHeadFound = true

    /// Intact only when everything was checked: without the seal key the rows cannot be
    /// proven, so a verify without it never passes.
    public var isIntact: Bool {
        guard case .intact = chain, evidenceProblems.isEmpty, trailProblems.isEmpty, integrity == ["ok"] else {
            return false
        }
        return seal.checked && seal.problems.isEmpty && expectedHeadFound
    }
}

extension Desk {
    /// Recomputes the audit chain and every evidence file's hash, checks every audited row
    /// and seal event against the seal key, the records against the trail (counts, import
    /// digests), and, given `expectHead`, that the trail still holds that head. `progress` hears
    /// the stages of the work done here (the trail, each evidence file, then the wait for the
    /// two checks running beside it).
    public func verify(expectHead: String? = nil, progress: ProgressReport? = nil) throws(EngineError)
        -> VerifyReport
    {
        let files = evidenceFiles
        // SQLite's check and the row seals on threads of their own meanwhile (a core each);
        // both waited for whatever happens here.
        let integrityRun = store.startIntegrityCheck()
        let sealRun = store.startSealCheck()
        let reads = Result { () throws(EngineError) in
            try storeRead { db in
                progress?(WorkProgress(stage: "checking the audit trail", unit: "events", done: 0, total: nil))
                return (
                    try AuditTrail.verify(in: db),
                    try files.verify(in: db, progress: progress) + MailRecords.verifyFiles(files, in: db),
                    try EvidenceRecords.heldCount(in: db) + MailRecords.count(in: db),
                    try AuditReconciliation.problems(in: db),
                    try expectHead.map { try AuditTrail.contains(head: $0, in: db) } ?? true
                )
            }
        }
        progress?(
            WorkProgress(stage: "waiting for SQLite's check and the row seals", unit: "checks", done: 0, total: nil))
        let sealResult = Result { () throws(StoreError) in try sealRun.wait() }
        let integrityResult = Result { () throws(StoreError) in try integrityRun.wait() }
        let (chain, problems, checked, trail, headFound) = try reads.get()
        let seal: SealReport
        let integrity: [String]
        do {
            seal = try sealResult.get()
            integrity = try integrityResult.get()
        } catch {
            throw EngineError(error)
        }
        return VerifyReport(
            chain: chain, evidenceProblems: problems, integrity: integrity, evidenceChecked: checked,
            trailProblems: trail, seal: seal, sealKeyFile: store.sealKeyFile?.path, expectedHead: expectHead,
            expectedHeadFound: headFound)
    }

    /// `flagdesk keys seal-init`: a desk made before the seal gets its seal key file and every
    /// audited row its seal, once, on the trail. Coordinator only.
    /// Returns where the key file was written.
    @discardableResult
    public func initSeal() throws(EngineError) -> String {
        try requireCoordinator(to: "create the seal key")
        do {
            try store.createSealKey(actor: actor, action: "seal-init", at: now)
        } catch {
            throw EngineError(error)
        }
        return store.sealKeyFile?.path ?? "?"
    }
}
