import FlagdeskCore
import FlagdeskStore
import Foundation

/// A message with what was read from it, for `mail show` and the desk.
public struct MailDetail: Sendable, Equatable {
    public var mail: StoredMail
    /// The message read again from its evidence file (headers, text, attachments, problems).
    public var message: MailMessage
    /// What `mail confirm` would record, from the findings (empty when nothing was found or
    /// the message is not matched).
    public var proposal: ResponseRecord
    /// The `flagdesk record` command the proposal amounts to, for a person to check or retype.
    public var recordCommand: String?
}

extension Desk {
    /// `flagdesk mail import PATH...`: every message kept as evidence, matched, read for
    /// proposals; importing the same message again adds nothing.
    public func importMail(paths: [String]) throws(EngineError) -> MailImportSummary {
        try requireUser(to: "import mail")
        guard !paths.isEmpty else {
            throw .badInput("name at least one Maildir, mbox, .eml file, or - for standard input")
        }
        let phrases = try replyPhrases()
        let files = evidenceFiles
        var runs: [MailImportRun] = []
        do {
            return try storeWrite { db in
                let run = MailImportRun(desk: self, phrases: phrases, files: files, db: db)
                runs.append(run)
                for path in paths {
                    try MailSource.read(path) { event in try run.handle(event) }
                }
                // The rows about to commit name the pack: it reaches the disk first.
                try run.pack.close()
                return run.summary
            }
        } catch {
            // Rolled back (a bad input, a full disk, a failed commit): no row names the pack.
            for run in runs { run.abandon() }
            throw error
        }
    }

    /// The messages of one Replies tab, newest first.
    public func mailList(_ listing: MailListing, limit: Int = 500) throws(EngineError) -> [StoredMail] {
        try storeRead { db in try MailRecords.list(listing, limit: limit, in: db) }
    }

    /// The replies to one document, newest first.
    public func mail(forDocument reference: String) throws(EngineError) -> [StoredMail] {
        try storeRead { db in
            let record = try self.document(reference, expectedVersion: nil, in: db)
            return try MailRecords.list(.document(record.id), limit: 500, in: db)
        }
    }

    /// How many messages each tab holds.
    public func mailCounts() throws(EngineError) -> (new: Int, matched: Int, unmatched: Int) {
        try storeRead { db in try MailRecords.counts(in: db) }
    }

    public func mailDetail(_ reference: String) throws(EngineError) -> MailDetail {
        let (mail, document) = try storeRead { db in
            let mail = try self.storedMail(reference, in: db)
            return (mail, try mail.documentID.flatMap { try DocumentRecords.find(id: $0, in: db) })
        }
        let message = try readHeldMessage(mail)
        let proposal = document.map { proposedResponse(mail, document: $0) } ?? ResponseRecord()
        let command = document.flatMap {
            proposal.isEmpty ? nil : recordCommand(proposal, document: $0.reference, mail: mail)
        }
        return MailDetail(mail: mail, message: message, proposal: proposal, recordCommand: command)
    }

    /// A person ties a message to a document (an unmatched or ambiguous one, or corrects a match).
    public func attachMail(_ reference: String, to documentReference: String) throws(EngineError) -> StoredMail {
        try requireUser(to: "attach mail")
        return try storeWrite { db in
            let mail = try self.storedMail(reference, in: db)
            try self.refuseIfPurged(mail)
            guard mail.review != .confirmed else {
                throw EngineError.refused(
                    "\(mail.reference) was confirmed on \(mail.documentReference ?? "its document"); its answer is recorded"
                )
            }
            let document = try self.document(documentReference, expectedVersion: nil, in: db)
            try MailRecords.attach(mail.id, documentID: document.id, in: db)
            var payload = ["mail": mail.reference, "sha256": mail.sha256]
            payload["previous"] = mail.documentReference
            try self.audit(
                actor: self.actor, at: self.now, entity: "document", id: document.reference, action: "mail-attached",
                payload, in: db)
            return try self.storedMail(reference, in: db)
        }
    }

    /// Records the answer a message gives: its proposal, or the person's correction of it. The
    /// answer's date is the message's Date (a correction's `at` replaces it); deadlines move
    /// from it in the same transaction. Nothing is recorded from a message without this.
    public func confirmMail(_ reference: String, correction: ResponseRecord? = nil) throws(EngineError) -> DocumentView
    {
        try requireUser(to: "record answers")
        let settings = try deadlineSettings()
        return try storeWrite { db in
            let mail = try self.storedMail(reference, in: db)
            try self.refuseIfPurged(mail)
            guard mail.match == .matched, let documentID = mail.documentID,
                let document = try DocumentRecords.find(id: documentID, in: db)
            else {
                throw EngineError.refused(
                    "\(mail.reference) is not matched to a document; attach it first (flagdesk mail attach \(mail.reference) DOC)"
                )
            }
            guard mail.review == .new else {
                throw EngineError.refused("\(mail.reference) was already \(mail.review.rawValue)")
            }
            var response = correction ?? self.proposedResponse(mail, document: document)
            guard !response.isEmpty else {
                throw EngineError.refused(
                    "nothing was read from \(mail.reference) to record; give what it says (--ack, --decision ...) "
                        + "or dismiss it")
            }
            if response.note == nil {
                response.note = "from e-mail \(mail.reference) (sha256 \(mail.sha256.prefix(16))...)"
            }
            let at: Date
            if let given = response.at {
                at = given
            } else if let date = mail.date {
                at = date
            } else {
                throw EngineError.badInput("\(mail.reference) has no readable Date; give the answer's date with --at")
            }
            guard at <= self.now else {
                throw EngineError.badInput(
                    "\(mail.reference) is dated \(ISO8601.format(at)), in the future; give the real date with --at")
            }
            let view = try self.record(document.reference, response, at: at, settings: settings, in: db)
            try MailRecords.setReview(mail.id, .confirmed, by: self.actor, at: self.now, in: db)
            try self.audit(
                actor: self.actor, at: self.now, entity: "mail", id: mail.reference, action: "mail-confirmed",
                ["document": document.reference, "answer_at": ISO8601.format(at), "sha256": mail.sha256], in: db)
            return view
        }
    }

    /// A person read the message and records nothing from it.
    public func dismissMail(_ reference: String) throws(EngineError) -> StoredMail {
        try requireUser(to: "dismiss mail")
        return try storeWrite { db in
            let mail = try self.storedMail(reference, in: db)
            guard mail.review == .new else {
                throw EngineError.refused("\(mail.reference) was already \(mail.review.rawValue)")
            }
            try MailRecords.setReview(mail.id, .dismissed, by: self.actor, at: self.now, in: db)
            try self.audit(
                actor: self.actor, at: self.now, entity: "mail", id: mail.reference, action: "mail-dismissed",
                ["document": mail.documentReference ?? "", "sha256": mail.sha256], in: db)
            return try self.storedMail(reference, in: db)
        }
    }

    /// The record a message's findings propose for its document, keeping only what applies to
    /// it now: receipt while it is sent, a decision while it awaits one, an extension for an
    /// erasure request, the recipient's reference when it is new.
    public func proposedResponse(_ mail: StoredMail, document: DocumentRecord) -> ResponseRecord {
        var response = ResponseRecord()
        for finding in mail.findings {
            switch finding.kind {
            case .acknowledgement:
                response.acknowledged = document.status == .sent
            case .removed, .disabled, .restricted, .noAction:
                if document.status.awaitsAnswer { response.decision = finding.kind.decision }
            case .extension:
                if document.kind.definition.answers.replyExtension, let date = finding.date {
                    response.extensionUntil = date
                }
            case .caseNumber:
                if let value = finding.value, value != document.providerReference { response.providerReference = value }
            }
        }
        response.at = mail.date
        return response
    }

    func recordCommand(_ response: ResponseRecord, document: String, mail: StoredMail) -> String {
        var words = ["flagdesk", "record", document]
        if response.acknowledged { words.append("--ack") }
        if let decision = response.decision { words += ["--decision", decision.rawValue] }
        if let until = response.extensionUntil { words += ["--extension-until", until.description] }
        if let reference = response.providerReference {
            words += ["--provider-ref", "'" + reference.replacingOccurrences(of: "'", with: "'\\''") + "'"]
        }
        if let at = response.at { words += ["--at", ISO8601.format(at)] }
        return words.joined(separator: " ")
    }

    func refuseIfPurged(_ mail: StoredMail) throws {
        if mail.purgedAt != nil {
            throw EngineError.refused(
                "\(mail.reference) was purged under the retention period; nothing is left to act on")
        }
    }

    func storedMail(_ reference: String, in db: StoreTransaction) throws -> StoredMail {
        guard let mail = try MailRecords.find(reference: reference.uppercased(), in: db) else {
            throw StoreError.notFound("message \(reference.uppercased())")
        }
        return mail
    }

    /// Reads a held message's first `MIMEReader.maxReadBytes` again (the row keeps no text). A
    /// purged message has nothing left to read: it says so.
    func readHeldMessage(_ mail: StoredMail) throws(EngineError) -> MailMessage {
        if let purged = mail.purgedAt {
            var message = MailMessage()
            message.problems = [
                "purged on \(ISO8601.format(purged)) with its document under the retention period "
                    + "(GDPR Art. 5(1)(e)): headers erased, file deleted"
            ]
            return message
        }
        let missing = EngineError.integrity(
            "the file of \(mail.reference) is missing from the evidence folder (run flagdesk verify)")
        let truncated = mail.size > Int64(MIMEReader.maxReadBytes)
        if let location = try storeRead({ db in try MailPackRecords.location(sha256: mail.sha256, in: db) }) {
            guard let bytes = evidenceFiles.readPacked(location, limit: MIMEReader.maxReadBytes) else { throw missing }
            return MIMEReader.read(bytes, truncated: truncated)
        }
        let url = evidenceFiles.url(forSHA256: mail.sha256)
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw missing }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: MIMEReader.maxReadBytes)) ?? Data()
        return MIMEReader.read([UInt8](data), truncated: truncated)
    }
}

extension Desk {
    /// The `flagdesk record` command a response amounts to for a message's document.
    public func recordCommandText(_ response: ResponseRecord, detail: MailDetail) -> String? {
        guard let document = detail.mail.documentReference else { return nil }
        return recordCommand(response, document: document, mail: detail.mail)
    }
}
