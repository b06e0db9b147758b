import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Records a flagged item: normalises the URL, resolves the provider from the directory,
    /// refuses a URL already on record unless forced, copies evidence content-addressed, and
    /// writes item, evidence and audit events in one transaction (all or nothing).
    public func add(_ request: AddItemRequest) throws(EngineError) -> AddOutcome {
        try requireUser(to: "add items")
        let normalized: NormalizedURL
        do {
            normalized = try URLNormalizer.normalize(request.url)
        } catch {
            throw .badInput("URL '\(request.url)' refused: \(error)")
        }
        // Check every evidence file before anything is written: bad input loses nothing.
        for file in request.evidenceFiles {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isReadableFile(atPath: file.path)
            else {
                throw .noInput(
                    "evidence file '\(file.path)' does not exist or is not a readable file; nothing was added")
            }
        }
        let existing = try storeRead { db in try ItemRecords.firstWithURL(normalized.normalized, in: db) }
        if let existing, !request.force {
            return .alreadyOnRecord(existing)
        }
        let held = try request.evidenceFiles.map { file throws(EngineError) in
            do throws(StoreError) {
                return (file, try evidenceFiles.importFile(at: file))
            } catch {
                throw EngineError(error)
            }
        }
        let provider = directory.provider(forHost: normalized.host)
        let item = Item(
            url: request.url.trimmingCharacters(in: .whitespacesAndNewlines), normalizedURL: normalized.normalized,
            host: normalized.host, providerKey: provider?.key, category: request.category,
            keywords: request.keywords, contentTypes: request.contentTypes, legalBasis: request.legalBasis,
            explanation: request.explanation, minor: request.minor, threatToLife: request.threatToLife,
            source: request.source, status: .new,
            priority: Priority.derived(
                threatToLife: request.threatToLife, minor: request.minor, keywords: request.keywords),
            duplicateOf: request.force ? existing?.id : nil, createdAt: now, createdBy: actor)
        let year = CivilDate(now, in: zone).year
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            // Checked again inside the transaction: another process may have added the URL since.
            if !request.force, let raced = try ItemRecords.firstWithURL(normalized.normalized, in: db) {
                return .alreadyOnRecord(raced)
            }
            let stored = try ItemRecords.insert(item, year: year, in: db)
            var payload = ["reference": stored.reference, "source": stored.source.rawValue]
            if let duplicate = existing, request.force { payload["duplicate_of"] = duplicate.reference }
            if let key = stored.providerKey { payload["provider"] = key }
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "item", entityID: stored.reference, action: "add", payload: payload),
                in: db)
            var evidence: [Evidence] = []
            for (file, copy) in held {
                let row = try EvidenceRecords.insert(
                    Evidence(
                        itemID: stored.id, sha256: copy.sha256, size: copy.size,
                        mediaType: EvidenceFiles.mediaType(forFileName: file.lastPathComponent),
                        originalName: file.lastPathComponent, capturedAt: now, capturedBy: actor), in: db)
                try appendEvent(
                    AuditEntry(
                        actor: actor, at: now, entity: "evidence", entityID: String(row.id), action: "add",
                        payload: ["item": stored.reference, "sha256": copy.sha256, "size": String(copy.size)]), in: db)
                evidence.append(row)
            }
            return .added(stored, evidence: evidence)
        }
    }
}
