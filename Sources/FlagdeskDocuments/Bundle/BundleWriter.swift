import FlagdeskCore
import Foundation
import ZIPFoundation

/// Writes an evidence bundle: a ZIP with the documents as sent, the evidence files, a
/// `manifest.json`, the custody log and a `SHA256SUMS` that `sha256sum -c` accepts after
/// unpacking. Every path inside is built from safe names (`ArchivePath`).
public enum BundleWriter {
    /// Writes the archive at `url`, which must not exist (the caller writes to a temporary
    /// name and renames, so a failed write never leaves half a bundle under the real name).
    @discardableResult
    public static func write(_ input: BundleInput, to url: URL, progress: ProgressReport? = nil) throws
        -> BundleSummary
    {
        var files: [(path: String, data: Data)] = []
        var manifestDocuments: [ManifestDocument] = []
        for document in input.documents {
            if let purged = document.purged {
                // Erased by design (retention), like a purged evidence file: cited by its hash only.
                manifestDocuments.append(
                    ManifestDocument(
                        reference: document.reference, kind: document.kind.rawValue, status: document.status.rawValue,
                        path: nil, sha256: purged.sentSHA256 ?? "", asSent: document.asSent,
                        withheldReason: "text purged at \(ISO8601.format(purged.at)) under the retention policy"))
                continue
            }
            let path = ArchivePath.join(["documents", "\(document.reference).\(document.format)"])
            let data = Data(document.text.utf8)
            files.append((path, data))
            manifestDocuments.append(
                ManifestDocument(
                    reference: document.reference, kind: document.kind.rawValue, status: document.status.rawValue,
                    path: path, sha256: SHA256Hex.of(data), asSent: document.asSent))
        }
        var manifestEvidence: [ManifestEvidence] = []
        var included = 0
        for (index, evidence) in input.evidence.enumerated() {
            progress?(
                WorkProgress(stage: "checking evidence", unit: "files", done: index, total: input.evidence.count))
            let record = evidence.record
            var path: String?
            if evidence.withheldReason == nil {
                let data = try read(evidence)
                let archivePath = evidencePath(for: evidence, data: data, taken: files)
                // Two records of the same bytes under names that sanitise alike share one entry:
                // a duplicate entry would make unpacking fail or overwrite.
                if !files.contains(where: { $0.path == archivePath }) { files.append((archivePath, data)) }
                path = archivePath
                included += 1
            }
            manifestEvidence.append(
                ManifestEvidence(
                    itemReference: evidence.itemReference, sha256: record.sha256, size: record.size,
                    mediaType: record.mediaType, originalName: record.originalName, sourceURL: record.sourceURL,
                    capturedAt: ISO8601.format(record.capturedAt), capturedBy: record.capturedBy, path: path,
                    withheldReason: evidence.withheldReason))
        }
        files.append(("custody-log.jsonl", try custodyLog(input.events)))
        let manifest = Manifest(
            subject: input.subject, createdAt: ISO8601.format(input.createdAt), createdBy: input.createdBy,
            documents: manifestDocuments, evidence: manifestEvidence, events: input.events.count,
            note: "Hashes prove the files are unchanged since capture, not where they came from. "
                + "Verify with: sha256sum -c SHA256SUMS")
        files.append(("manifest.json", try encode(manifest)))
        let sums = files.sorted { $0.path < $1.path }.map { "\(SHA256Hex.of($0.data))  \($0.path)\n" }.joined()
        files.append(("SHA256SUMS", Data(sums.utf8)))

        try writeArchive(files, to: url, date: input.createdAt, progress: progress)
        return BundleSummary(
            documents: input.documents.count, evidenceFiles: included, withheldFiles: input.evidence.count - included,
            events: input.events.count, paths: files.map(\.path))
    }

    /// `evidence/ITEM/<first 16 hex of the SHA-256>-<name>`. A long name is shortened from its
    /// start, never the hash prefix (the sanitiser keeps a name's last characters, which once
    /// cut the prefix off, so two files whose names end alike landed on one path and the
    /// second was lost). Should two different files still meet on one path, the later one
    /// gets `-2`, `-3`...: a bundle never loses a file.
    static func evidencePath(for evidence: BundleEvidence, data: Data, taken files: [(path: String, data: Data)])
        -> String
    {
        let name = ArchivePath.evidenceName(sha256: evidence.record.sha256, originalName: evidence.record.originalName)
        let path = ArchivePath.join(["evidence", evidence.itemReference, name])
        if let same = files.first(where: { $0.path == path }), same.data == data { return path }
        // Different bytes never share an entry: one would hide the other when unpacked.
        return ArchivePath.unique(path, taken: Set(files.map(\.path)))
    }

    private static func read(_ evidence: BundleEvidence) throws -> Data {
        let data: Data
        do {
            data = try Data(contentsOf: evidence.file)
        } catch {
            throw DocumentsError.writeFailed(
                path: evidence.file.path, reason: "the evidence file cannot be read (\(error.localizedDescription))")
        }
        // A bundle must never carry bytes that differ from what was recorded at capture.
        guard SHA256Hex.of(data) == evidence.record.sha256.lowercased() else {
            throw DocumentsError.refused(
                "evidence \(evidence.record.sha256.prefix(12)) of \(evidence.itemReference) does not match its "
                    + "recorded SHA-256; run flagdesk verify")
        }
        return data
    }

    private static func writeArchive(
        _ files: [(path: String, data: Data)], to url: URL, date: Date, progress: ProgressReport?
    ) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw DocumentsError.writeFailed(path: url.path, reason: "the file exists")
        }
        do {
            let archive = try Archive(url: url, accessMode: .create)
            for (index, (path, data)) in files.enumerated() {
                progress?(WorkProgress(stage: "writing the archive", unit: "files", done: index, total: files.count))
                guard ArchivePath.isSafe(path) else {
                    throw DocumentsError.writeFailed(path: url.path, reason: "unsafe path in archive: \(path)")
                }
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    permissions: 0o600, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch let error as DocumentsError {
            throw error
        } catch {
            throw DocumentsError.writeFailed(path: url.path, reason: "\(error)")
        }
    }

    /// One JSON object per line, oldest first, with the chain hashes so the log can be checked.
    private static func custodyLog(_ events: [AuditEvent]) throws -> Data {
        var out = Data()
        let encoder = JSONEncoder()
        // Field names by CodingKeys, not a key strategy: that would rename the payload's own keys too.
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for event in events {
            let line = CustodyEntry(
                id: event.id, at: ISO8601.format(event.at), actor: event.actor, entity: event.entity,
                entityID: event.entityID, action: event.action, payload: JSONValue(parsing: event.payload),
                previousHash: event.previousHash, hash: event.hash)
            out.append(Data(OutputSanitizer.json(String(decoding: try encoder.encode(line), as: UTF8.self)).utf8))
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    private static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = OutputSanitizer.json(String(decoding: try encoder.encode(value), as: UTF8.self))
        return Data((json + "\n").utf8)
    }
}

private struct Manifest: Encodable {
    var subject: String
    var createdAt: String
    var createdBy: String
    var documents: [ManifestDocument]
    var evidence: [ManifestEvidence]
    var events: Int
    var note: String
}

private struct ManifestDocument: Encodable {
    var reference: String
    var kind: String
    var status: String
    /// nil when the document's text was purged.
    var path: String?
    var sha256: String
    var asSent: Bool
    var withheldReason: String?
}

private struct ManifestEvidence: Encodable {
    var itemReference: String
    var sha256: String
    var size: Int64
    var mediaType: String
    var originalName: String
    var sourceURL: String?
    var capturedAt: String
    var capturedBy: String
    var path: String?
    var withheldReason: String?
}

private struct CustodyEntry: Encodable {
    var id: Int64
    var at: String
    var actor: String
    var entity: String
    var entityID: String
    var action: String
    /// The event's payload as the JSON object it is (its text is what the chain hash covers).
    var payload: JSONValue
    var previousHash: String
    var hash: String

    enum CodingKeys: String, CodingKey {
        case id, at, actor, entity, action, payload, hash
        case entityID = "entity_id"
        case previousHash = "previous_hash"
    }
}
