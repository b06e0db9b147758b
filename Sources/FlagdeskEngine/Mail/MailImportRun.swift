import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk mail import` did.
public struct MailImportSummary: Sendable, Equatable {
    /// Messages read from the inputs.
    public var read = 0
    /// New messages kept (matched + ambiguous + unmatched).
    public var added = 0
    /// Already held (same SHA-256 or same Message-ID): nothing added.
    public var alreadyHeld = 0
    public var matched = 0
    public var ambiguous = 0
    public var unmatched = 0
    /// The references of the messages kept, in order (at most the first 1,000).
    public var references: [String] = []

    public init() {}
}

/// One import: every message is stored as evidence while it streams in (hashed on the way,
/// appended to the run's pack: `MailPackWriter`), its first `MIMEReader.maxReadBytes` read for
/// headers and text, matched with point look-ups, read for proposals, recorded with an event
/// on the document's trail (or the message's own, when unmatched). One transaction for the
/// whole run; the pack is flushed once before it commits.
final class MailImportRun {
    private let desk: Desk
    private let phrases: ReplyPhrases
    private let db: StoreTransaction
    private(set) var summary = MailImportSummary()

    /// The run's pack; `inMessage` while a message's bytes are arriving.
    let pack: MailPackWriter
    private var inMessage = false
    private var prefix: [UInt8] = []
    private var truncated = false

    init(desk: Desk, phrases: ReplyPhrases, files: EvidenceFiles, db: StoreTransaction) {
        self.desk = desk
        self.phrases = phrases
        pack = MailPackWriter(in: files)
        self.db = db
        prefix.reserveCapacity(64 * 1024)
    }

    func handle(_ event: MboxSplitter.Event) throws {
        switch event {
        case .begin:
            try pack.begin()
            inMessage = true
            prefix.removeAll(keepingCapacity: true)
            truncated = false
        case .data(let bytes):
            guard inMessage else { return }
            try pack.append(bytes)
            let room = MIMEReader.maxReadBytes - prefix.count
            if room > 0 { prefix.append(contentsOf: bytes.prefix(room)) }
            if bytes.count > room { truncated = true }
        case .end:
            guard inMessage else { return }
            inMessage = false
            try keep()
        }
    }

    /// The run failed: its transaction rolls back, so no row names the pack.
    func abandon() {
        pack.discard()
    }

    private func keep() throws {
        summary.read += 1
        let (sha256, location) = pack.finish()
        let size = location.size
        let message = MIMEReader.read(prefix, truncated: truncated)
        if try MailRecords.isHeld(sha256: sha256, messageID: message.messageID, in: db) {
            try pack.drop(location)
            summary.alreadyHeld += 1
            return
        }
        let match = try self.match(ReplyClues(message))
        var documentID: Int64?
        var state = MailMatchState.unmatched
        var method: ReplyMatchMethod?
        var candidates: [String] = []
        switch match {
        case .matched(let id, let by):
            (documentID, state, method) = (id, .matched, by)
            summary.matched += 1
        case .ambiguous(let ids, let by):
            state = .ambiguous
            method = by
            candidates = try ids.compactMap { try MailRecords.documentReference(id: $0, in: db) }
            summary.ambiguous += 1
        case .unmatched:
            summary.unmatched += 1
        }
        let findings = ReplyClassifier.findings(in: message.subject + "\n\n" + message.text, phrases: phrases)
        let stored = try MailRecords.insert(
            StoredMail(
                sha256: sha256, size: size, messageID: message.messageID, dateText: message.dateText,
                date: message.date, from: message.from, subject: message.subject, documentID: documentID,
                match: state, method: method, candidates: candidates, findings: findings, importedAt: desk.now,
                importedBy: desk.actor), in: db)
        try MailPackRecords.insert(sha256: sha256, location, in: db)
        summary.added += 1
        if summary.references.count < 1_000 { summary.references.append(stored.reference) }
        var payload = [
            "mail": stored.reference, "sha256": sha256, "size": String(size), "match": state.rawValue,
            "from": String(message.from.prefix(200)),
        ]
        payload["message_id"] = message.messageID
        payload["date"] = message.dateText.map { String($0.prefix(100)) }
        payload["method"] = method?.rawValue
        if !candidates.isEmpty { payload["candidates"] = candidates.joined(separator: " ") }
        if let documentID, let reference = try MailRecords.documentReference(id: documentID, in: db) {
            try desk.audit(
                actor: desk.actor, at: desk.now, entity: "document", id: reference, action: "mail-received", payload,
                in: db)
        } else {
            try desk.audit(
                actor: desk.actor, at: desk.now, entity: "mail", id: stored.reference, action: "mail-received",
                payload, in: db)
        }
    }

    /// The rules in order, each asked only when the ones before found nothing.
    private func match(_ clues: ReplyClues) throws -> ReplyMatch {
        let replyTo = try clues.replyTo.compactMap { try MailRecords.documentID(forMessageID: $0, in: db) }
        if !replyTo.isEmpty { return ReplyMatch.decide([(.inReplyTo, replyTo)]) }
        // The nearest ancestor we know decides (a reply to our reminder also lists the notice).
        for ancestor in clues.ancestors {
            if let found = try MailRecords.documentID(forMessageID: ancestor, in: db) {
                return .matched(documentID: found, by: .references)
            }
        }
        let byReference = try MailRecords.documentIDs(forReferences: clues.documentReferences, in: db)
        if !byReference.isEmpty { return ReplyMatch.decide([(.documentReference, byReference)]) }
        let byProvider = try MailRecords.documentIDs(
            forProviderReferences: clues.providerReferenceCandidates, in: db)
        return ReplyMatch.decide([(.providerReference, byProvider)])
    }
}
