import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// `flagdesk bundle REF`: an evidence bundle for an item or a case, written to `url` (which
    /// must not exist): the documents as sent, the evidence files (those showing sexual material
    /// of a child listed by hash only), a manifest, the custody log and SHA256SUMS. The export
    /// itself is recorded on each item's audit trail: handing evidence over is part of custody.
    public func bundle(reference: String, to url: URL, progress: ProgressReport? = nil) throws(EngineError)
        -> BundleSummary
    {
        try requireUser(to: "bundle evidence")
        try refuseOwnFile(url.path)
        let wanted = reference.uppercased()
        var input = try storeRead { db in try self.bundleInput(wanted, in: db) }
        input.bundle.documents = try openedBundleDocuments(input.bundle.documents)
        let summary: BundleSummary
        do {
            summary = try BundleWriter.write(input.bundle, to: url, progress: progress)
        } catch {
            throw EngineError(documents: error, doing: "cannot write the bundle for \(wanted)")
        }
        try storeWrite { db in
            for item in input.items {
                _ = try self.appendEvent(
                    AuditEntry(
                        actor: actor, at: now, entity: "item", entityID: item, action: "bundle",
                        payload: [
                            "bundle": wanted, "documents": String(summary.documents),
                            "evidence_files": String(summary.evidenceFiles),
                            "withheld_files": String(summary.withheldFiles),
                        ]), in: db)
            }
        }
        return summary
    }

    private func bundleInput(_ reference: String, in db: StoreTransaction) throws -> (
        bundle: BundleInput, items: [String]
    ) {
        let items: [Item]
        if let item = try ItemRecords.find(reference: reference, in: db) {
            items = [item]
        } else if let ids = try ReportRecords.caseItemIDs(reference: reference, in: db) {
            items = try ItemRecords.find(ids: ids, in: db)
            guard !items.isEmpty else { throw EngineError.refused("case \(reference) has no items to bundle") }
        } else {
            throw EngineError.refused("no item or case \(reference)")
        }
        var documents: [DocumentRecord] = []
        var evidence: [BundleEvidence] = []
        // A case's own trail (items added, holds, drafts) is part of the custody log too.
        var events = try AuditTrail.events(entity: "case", entityID: reference, in: db)
        for item in items {
            events += try AuditReconciliation.itemEvents(reference: item.reference, in: db)
            let withheld: String?
            if case .hashesOnly(let reason) = AttachmentPolicy.for(items: [item]) {
                withheld = reason
            } else {
                withheld = nil
            }
            let purged = try PurgeRecords.purgedEvidence(itemID: item.id, in: db)
            for file in try EvidenceRecords.forItem(item.id, in: db) {
                events += try AuditTrail.events(entity: "evidence", entityID: String(file.id), in: db)
                // A purged file is gone by design (retention); its hash and size still cite it.
                // A withheld file was never held (Dir. 2011/93/EU Art. 5): its hash cites it.
                let reason =
                    purged[file.id].map { "purged at \($0) under the retention policy" } ?? file.withheldReason
                    ?? withheld
                evidence.append(
                    BundleEvidence(
                        record: file, itemReference: item.reference,
                        file: evidenceFiles.url(forSHA256: file.sha256), withheldReason: reason))
            }
            for document in try DocumentRecords.list(DocumentFilter(itemID: item.id), limit: 10_000, in: db)
            where !documents.contains(where: { $0.id == document.id }) {
                documents.append(document)
            }
        }
        // Only what left the organisation: the frozen texts, exactly as sent; a sent document
        // whose text the retention purge erased is listed by the SHA-256 of what was sent.
        let sent = documents.sorted { $0.id < $1.id }.compactMap { record -> BundleDocument? in
            if let purged = record.purged {
                guard purged.sentSHA256 != nil else { return nil }
                return BundleDocument(
                    reference: record.reference, kind: record.kind, status: record.status, text: "",
                    format: purged.sentFormat ?? "txt", asSent: true, purged: purged)
            }
            guard let frozen = record.frozen else { return nil }
            return BundleDocument(
                reference: record.reference, kind: record.kind, status: record.status, text: frozen.text,
                format: frozen.format, asSent: true)
        }
        for document in documents {
            events += try AuditTrail.events(entity: "document", entityID: document.reference, in: db)
        }
        let bundle = BundleInput(
            subject: reference, createdAt: now, createdBy: actor, documents: sent, evidence: evidence,
            events: events.sorted { $0.id < $1.id })
        return (bundle, items.map(\.reference))
    }
}
