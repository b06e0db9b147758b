import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk capture` stored.
public struct CaptureOutcome: Sendable, Equatable, Codable {
    public var item: String
    public var requestedURL: String
    public var finalURL: String
    public var httpStatus: Int
    /// Each redirect followed: "301 from -> to".
    public var redirects: [String]
    /// The body as evidence (content-addressed, SHA-256).
    public var body: Evidence
    /// The status line, redirects and headers as a second evidence file.
    public var headers: Evidence
    /// The body went on past `[network] max_bytes`; only the first bytes were kept.
    public var truncated: Bool
    /// What a hash does and does not prove, said wherever a capture is shown.
    public static let integrityNote =
        "The SHA-256 proves these bytes are unchanged since capture; it does not prove where they came from."
}

extension Desk {
    /// Fetches an item's URL and holds the response body and headers as evidence (SHA-256,
    /// time, who, final URL after redirects, status). Refused when network use is off, and for
    /// child sexual abuse material unless the organisation may hold it (`CapturePolicy`).
    public func capture(reference: String) throws(EngineError) -> CaptureOutcome {
        try requireUser(to: "capture evidence")
        try CapturePolicy.requireNetwork(config, configPath: configPath)
        let item = try fetchableItem(reference)
        try CapturePolicy.requireMayHold(item, config)
        let url = try fetchURL(item)

        let temporary = store.evidenceFolder.appendingPathComponent(".capture-\(UUID().uuidString).part")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let client = CaptureHTTPClient(config.network)
        let result: FetchResult
        do {
            result = try client.fetch(url, bodyFile: temporary)
        } catch {
            throw .refused("capture of \(item.reference) failed: \(error); nothing was stored")
        }
        let headerText = CaptureHeadersText.render(result, at: now, by: actor, maxBytes: config.network.maxBytes)
        let headerFile = store.evidenceFolder.appendingPathComponent(".headers-\(UUID().uuidString).part")
        defer { try? FileManager.default.removeItem(at: headerFile) }
        let body: (sha256: String, size: Int64)
        let headers: (sha256: String, size: Int64)
        do {
            try Data(headerText.utf8).write(to: headerFile)
            body = try evidenceFiles.importFile(at: temporary)
            headers = try evidenceFiles.importFile(at: headerFile)
        } catch let error as StoreError {
            throw EngineError(error)
        } catch {
            throw .store("cannot write the capture into the evidence folder: \(error)")
        }
        let fields = (finalURL: result.finalURL, status: result.status)
        let actor = self.actor
        let now = self.now
        let stored = try storeWrite { db -> (Evidence, Evidence) in
            let bodyRow = try EvidenceRecords.insert(
                Evidence(
                    itemID: item.id, sha256: body.sha256, size: body.size,
                    mediaType: result.mediaType ?? "application/octet-stream", originalName: "capture-body",
                    sourceURL: url.absoluteString, capturedAt: now, capturedBy: actor),
                capture: CaptureFields(kind: "capture", finalURL: fields.finalURL, httpStatus: fields.status), in: db)
            let headerRow = try EvidenceRecords.insert(
                Evidence(
                    itemID: item.id, sha256: headers.sha256, size: headers.size, mediaType: "text/plain",
                    originalName: "capture-headers.txt", sourceURL: url.absoluteString, capturedAt: now,
                    capturedBy: actor),
                capture: CaptureFields(kind: "headers", finalURL: fields.finalURL, httpStatus: fields.status), in: db)
            try appendEvent(
                AuditEntry(
                    actor: actor, at: now, entity: "item", entityID: item.reference, action: "capture",
                    payload: [
                        "sha256": body.sha256, "headers_sha256": headers.sha256, "status": String(fields.status),
                        "final_url": fields.finalURL, "bytes": String(body.size),
                        "truncated": result.truncated ? "true" : "false",
                        "evidence": "\(bodyRow.id),\(headerRow.id)",
                    ]), in: db)
            return (bodyRow, headerRow)
        }
        return CaptureOutcome(
            item: item.reference, requestedURL: url.absoluteString, finalURL: result.finalURL,
            httpStatus: result.status, redirects: result.redirects.map { "\($0.status) \($0.from) -> \($0.to)" },
            body: stored.0, headers: stored.1, truncated: result.truncated)
    }

    /// The URL as recorded, as fetched (`FetchTarget`): never the normalised duplicate key; and
    /// refused when it leads into a private network (`DestinationGuard`).
    func fetchURL(_ item: Item) throws(EngineError) -> URL {
        let text: String
        do {
            text = try FetchTarget.url(for: item.url)
        } catch {
            throw .badInput("cannot fetch \(item.reference)'s URL: \(error)")
        }
        // Foundation sends a `%` not followed by two hex digits only as `%25`, which names
        // another resource: refused rather than fetching a page that is not the one flagged.
        guard let url = URL(string: text, encodingInvalidCharacters: false) else {
            throw .refused(
                "\(item.reference) is not fetched: its URL '\(TerminalSanitizer.sanitizeURL(text))' holds a '%' "
                    + "not followed by two hex digits, which the HTTP client could only send as '%25' (another "
                    + "address); capture it by hand and add the file with --evidence")
        }
        if let refusal = DestinationGuard(allowPrivate: config.network.allowPrivateAddresses).refusal(for: url) {
            throw .refused("\(item.reference) is not fetched: \(refusal)")
        }
        return url
    }

    func existingItem(_ reference: String) throws(EngineError) -> Item {
        let wanted = reference.uppercased()
        guard let item = try storeRead({ db in try ItemRecords.find(reference: wanted, in: db) }) else {
            throw .refused("no item \(reference) in this store")
        }
        return item
    }

    /// An item whose URL is still held, to fetch it again: a purged item's is erased.
    func fetchableItem(_ reference: String) throws(EngineError) -> Item {
        let item = try existingItem(reference)
        if let purgedAt = item.purgedAt {
            throw .refused(
                "\(item.reference) was purged on \(ISO8601.format(purgedAt)) (retention period over): its URL is "
                    + "erased and nothing new is recorded on it")
        }
        return item
    }
}

/// The text of a capture's headers evidence file: what was asked, what answered, and what the
/// hash proves.
enum CaptureHeadersText {
    static func render(_ result: FetchResult, at: Date, by actor: String, maxBytes: Int) -> String {
        var lines = [
            "Flagdesk capture",
            "Requested: \(result.method) \(result.requestedURL)",
        ]
        for (index, redirect) in result.redirects.enumerated() {
            lines.append("Redirect \(index + 1): \(redirect.status) \(redirect.from) -> \(redirect.to)")
        }
        lines += [
            "Final URL: \(result.finalURL)",
            "Status: \(result.status)",
            "Captured at: \(ISO8601.format(at)) by \(actor)",
            "Body: \(result.bodyBytes) bytes kept, sha256 \(result.sha256 ?? "-")"
                + (result.truncated
                    ? "; TRUNCATED: the body was longer than max_bytes = \(maxBytes), the rest was not read" : ""),
            CaptureOutcome.integrityNote,
            "",
        ]
        lines += result.headers.map { "\($0.name): \($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
