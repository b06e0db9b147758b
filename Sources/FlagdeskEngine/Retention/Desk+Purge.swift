import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk purge` did or, with `--dry-run`, would do. References, counts and hashes only:
/// no pseudonym, no name, no URL.
public struct PurgeReport: Sendable, Equatable {
    public var dryRun: Bool
    public var peoplePeriod: Period
    public var evidencePeriod: Period
    /// Data whose last closure is at or before these instants is past its period.
    public var cutoffs: RetentionCutoffs
    /// People by row id (`#12`): their pseudonym may itself identify them.
    public var peopleIDs: [Int64]
    /// Items whose content (URL, explanation, triage notes) and evidence files go.
    public var itemReferences: [String]
    /// Documents whose text and fields go.
    public var documents: Int = 0
    /// Imported messages whose headers and files go with their documents.
    public var mailReferences: [String] = []
    public var evidenceRows: Int
    public var evidenceBytes: Int64
    /// Held files removed (or to remove): those of the purged rows, plus any left by an
    /// interrupted earlier purge.
    public var filesRemoved: Int
    /// Files that could not be deleted (the next purge tries again).
    public var filesFailed: [String]
}

extension Desk {
    /// `flagdesk purge [--dry-run]`: erases people's details, and the content and evidence files
    /// of closed items, with the texts of their documents and the replies to them (headers and
    /// files of imported e-mail), past their retention period (config
    /// `[retention]`; GDPR Art. 5(1)(c), (e)). Coordinators only. In one transaction the rows are
    /// purged (personal data erased, hashes, sizes and times kept) and one `purge` audit event is
    /// appended, with the digests that keep `verify` green (`PurgeReconciliation`); the files are
    /// deleted after the commit. Nothing the Art. 22(3) report or the audit chain reads is
    /// touched. Refused, with nothing erased, when an import the purge touches no longer matches
    /// its digest (the dry run says so too).
    public func purge(dryRun: Bool, progress: ProgressReport? = nil) throws(EngineError) -> PurgeReport {
        try requireCoordinator(to: "purge data past its retention period", writes: !dryRun)
        let retention = config.retention
        let cutoffs = RetentionCutoffs(
            people: RetentionSettings.cutoff(retention.people, before: now, in: zone),
            evidence: RetentionSettings.cutoff(retention.evidence, before: now, in: zone),
            noAction: RetentionSettings.cutoff(retention.noAction, before: now, in: zone))
        let files = evidenceFiles
        var report = PurgeReport(
            dryRun: dryRun, peoplePeriod: retention.people, evidencePeriod: retention.evidence, cutoffs: cutoffs,
            peopleIDs: [], itemReferences: [], evidenceRows: 0, evidenceBytes: 0, filesRemoved: 0, filesFailed: [])
        if dryRun {
            let (plan, freed, packed) = try storeRead { db in
                let plan = try RetentionRecords.plan(cutoffs, in: db)
                _ = try PurgeReconciliation.importDigests(purging: plan.items.map(\.id), in: db)
                let freed = try PurgeRecords.hashesFreed(by: plan, in: db)
                return (plan, freed, try MailPackRecords.held(freed, in: db))
            }
            report.describe(plan)
            report.filesRemoved = files.held(freed).count + packed.count
            return report
        }
        let actor = self.actor
        let now = self.now
        // The plan is read again inside the write transaction: what it lists is exactly what goes.
        progress?(WorkProgress(stage: "erasing records", unit: "records", done: 0, total: nil))
        try storeWrite { db in
            let plan = try RetentionRecords.plan(cutoffs, in: db)
            report.describe(plan)
            guard !plan.erasesNothing else { return }
            let importDigests = try PurgeReconciliation.importDigests(purging: plan.items.map(\.id), in: db)
            let outcome = try PurgeRecords.erase(plan, at: now, in: db)
            var payload = PurgeReconciliation.payload(
                importDigests: importDigests, items: outcome.items, documents: outcome.documents, mail: outcome.mail)
            payload.merge([
                "people": String(outcome.people), "evidence": String(outcome.evidence),
                "items": String(outcome.items.count), "documents": String(outcome.documents.count),
                "evidence_sha256": outcome.purgedHashes.joined(separator: ","),
                "mandate_sha256": Set(plan.people.compactMap(\.mandateSHA256)).sorted().joined(separator: ","),
                "people_period": retention.people.description,
                "evidence_period": retention.evidence.description,
                "people_cutoff": ISO8601.format(cutoffs.people),
                "evidence_cutoff": ISO8601.format(cutoffs.evidence),
            ]) { _, new in new }
            // Replies by e-mail go with their documents (v18): the count and the files' hashes.
            payload["mail"] = String(outcome.mail.count)
            payload["mail_sha256"] = Set(plan.mail.map(\.sha256)).sorted().joined(separator: ",")
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "store", entityID: "retention", action: "purge", payload: payload),
                in: db)
        }
        // After the commit: a crash here leaves files whose every record is purged, which the
        // next purge finds as orphans. Deleting inside a write transaction keeps other writers
        // from recording the same content while its file goes.
        // Messages in an import's pack: their bytes overwritten, the rest of the pack kept.
        let removal = try storeWrite { db in
            let orphans = try PurgeRecords.orphanedHashes(in: db)
            let packed = try MailPackRecords.erase(orphans, files: files, in: db)
            let removed = files.remove(orphans, progress: progress)
            return (removed: removed.removed + packed.removed, failed: removed.failed + packed.failed)
        }
        report.filesRemoved = removal.removed
        report.filesFailed = removal.failed
        return report
    }
}

extension PurgeReport {
    fileprivate mutating func describe(_ plan: PurgePlan) {
        peopleIDs = plan.people.map(\.id)
        itemReferences = plan.itemReferences
        documents = plan.documents.count
        mailReferences = plan.mail.map(\.reference)
        evidenceRows = plan.evidence.count
        evidenceBytes = plan.evidence.reduce(0) { $0 + $1.size }
    }
}
