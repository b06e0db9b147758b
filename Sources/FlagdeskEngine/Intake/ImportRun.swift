import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Imports a CSV, JSON or NDJSON file of flagged URLs. The file is streamed in chunks
    /// (memory stays flat) and every row is checked as `add` checks it; rows whose URL is on
    /// record, or earlier in the file, are stored linked to the first item (`duplicate_of`).
    /// Everything happens in one transaction: by default one rejected row means nothing is
    /// stored (`partial` stores the good rows), a dry run stores nothing, and a process killed
    /// half-way leaves the store as it was. One audit event records the import: the file's
    /// SHA-256, the counts, the first and last item and a digest of the items created
    /// (`ImportDigest`, checked by `verify`), instead of one event per item — at a million rows
    /// the per-item events were a fifth of the import's time and most of the trail.
    public func importItems(_ request: ImportRequest) throws(EngineError) -> ImportSummary {
        try requireUser(to: "import items")
        let mapping = try columnMapping(named: request.mapping)
        let input = try ImportInput(file: request.file)
        defer { input.close() }
        let format =
            request.format ?? ImportFormat.detect(fileName: request.file.lastPathComponent, firstBytes: input.peek)
        let rejects = try request.rejectsFile.map { file throws(EngineError) in
            try refuseOwnFile(file.path)
            return try RejectsFile(file, format: format)
        }
        defer { rejects?.close() }

        var run = ImportRun(
            desk: self, request: request, format: format, mapping: mapping, rejects: rejects)
        let outcome: ImportRun.Outcome
        do {
            // 128 MB holds the URL index of a million items, where every insert lands at a
            // random place (64 MB: 13.5 s of inserts instead of 11.7 s; 256 MB: no faster).
            outcome = try store.writeThenDecide(cacheMegabytes: 128) { db in
                let outcome = try run.perform(input: input, in: db)
                return (outcome, outcome.commit)
            }
        } catch {
            throw EngineError(error)
        }
        switch outcome {
        case .fileError(let problem):
            throw .badInput(
                "\(request.file.lastPathComponent) \(problem.description); nothing was imported")
        case .readError(let message):
            throw .noInput("\(request.file.path): \(message); nothing was imported")
        case .done(let summary, _):
            return summary
        }
    }

    func columnMapping(named name: String?) throws(EngineError) -> ColumnMapping {
        guard let name else { return .aliases(extra: config.importing.aliases) }
        guard let columns = config.importing.mappings[name] else {
            let known = config.importing.mappings.keys.sorted()
            throw .configuration(
                "no import mapping '\(name)' in \(configPath ?? "the configuration"); "
                    + (known.isEmpty
                        ? "define one under [import.mappings.\(name)]"
                        : "known mappings: \(known.joined(separator: ", "))"))
        }
        return .named(name, columns: columns)
    }
}

/// The file being imported, read in 1 MiB chunks.
struct ImportInput {
    let handle: FileHandle
    /// The first bytes, to detect the format (re-read from the start afterwards).
    let peek: [UInt8]

    init(file: URL) throws(EngineError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = try? FileHandle(forReadingFrom: file)
        else {
            throw .noInput("import file '\(file.path)' does not exist or is not a readable file; nothing was imported")
        }
        self.handle = handle
        peek = Array((try? handle.read(upToCount: 64)) ?? Data())
        try? handle.seek(toOffset: 0)
    }

    /// A failed read is an `ImportReadFailure`, told apart from store errors (which roll back).
    func nextChunk() throws(ImportReadFailure) -> Data? {
        do {
            guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { return nil }
            return data
        } catch {
            throw ImportReadFailure(reason: error.localizedDescription)
        }
    }

    func close() {
        try? handle.close()
    }
}

struct ImportReadFailure: Error {
    let reason: String
}

/// One import inside its transaction.
struct ImportRun {
    enum Outcome {
        case done(ImportSummary, commit: Bool)
        case fileError(ImportFileError)
        case readError(String)

        var commit: Bool {
            if case .done(_, let commit) = self { return commit }
            return false
        }
    }

    let desk: Desk
    let request: ImportRequest
    let mapping: ColumnMapping
    let rejects: RejectsFile?
    var summary: ImportSummary

    init(desk: Desk, request: ImportRequest, format: ImportFormat, mapping: ColumnMapping, rejects: RejectsFile?) {
        self.desk = desk
        self.request = request
        self.mapping = mapping
        self.rejects = rejects
        summary = ImportSummary(
            file: request.file.lastPathComponent, sha256: "", format: format, mapping: request.mapping,
            dryRun: request.dryRun, partial: request.partial)
    }

    /// Reads on a second thread (`ImportRowSource`: parsed, checked, numbered and sealed) while
    /// this one, the store's writer, links duplicates and inserts, batch by batch in file order:
    /// each row is linked to the first item recorded with its URL, if any.
    mutating func perform(input: ImportInput, in db: StoreTransaction) throws -> Outcome {
        let items = try ItemBatchWriter(
            year: CivilDate(desk.now, in: desk.zone).year, sealingFor: desk.store, in: db)
        let channel = ImportChannel()
        let source = ImportRowSource(
            input: input, format: summary.format, mapping: mapping, defaultSource: request.defaultSource,
            rejects: rejects, desk: desk, preparer: items.makePreparer(), channel: channel)
        source.start()
        // On a store error the reader is stopped before the file it reads is closed.
        defer { channel.stopReaderAndWait() }
        var progressed = 0
        while let batch = channel.receive() {
            for row in batch.rows {
                if try items.insert(row) == nil { summary.added += 1 } else { summary.linkedAsDuplicates += 1 }
            }
            if let progress = request.progress, batch.rowsRead / request.progressInterval > progressed {
                progressed = batch.rowsRead / request.progressInterval
                progress(progressed * request.progressInterval)
            }
        }
        if case .failed(let error) = channel.ending {
            switch error {
            case let problem as ImportFileError: return .fileError(problem)
            case let failure as ImportReadFailure: return .readError(failure.reason)
            default: throw error
            }
        }
        summary.rows = source.rows
        summary.rejected = source.rejected
        summary.rejections = source.rejections
        summary.sha256 = source.sha256
        summary.ignoredColumns = source.ignoredColumns
        summary.delimiter = source.delimiter.map { String(UnicodeScalar($0)) }
        try rejects?.finish(header: source.header)
        summary.firstReference = items.firstReference
        summary.lastReference = items.lastReference
        let commit =
            !request.dryRun && (summary.rejected == 0 || request.partial)
            && summary.added + summary.linkedAsDuplicates > 0
        if commit {
            try items.finish()
            try desk.checkClock(in: db)
            try AuditChainWriter(in: db).append(desk.stamped(summaryEvent(items.digest)))
        }
        summary.stored = commit
        return .done(summary, commit: commit)
    }

    private func summaryEvent(_ digest: ImportDigest) -> AuditEntry {
        var payload = [
            "file": summary.file, "sha256": summary.sha256, "format": summary.format.rawValue,
            "rows": String(summary.rows), "added": String(summary.added),
            "linked": String(summary.linkedAsDuplicates), "rejected": String(summary.rejected),
            "mode": request.partial ? "partial" : "all-or-nothing",
            "items": String(digest.count), "items_sha256": digest.finalizedHex(),
        ]
        if let mapping = summary.mapping { payload["mapping"] = mapping }
        if let first = summary.firstReference { payload["first"] = first }
        if let last = summary.lastReference { payload["last"] = last }
        return AuditEntry(
            actor: desk.actor, at: desk.now, entity: "import", entityID: summary.sha256, action: "import",
            payload: payload)
    }
}
