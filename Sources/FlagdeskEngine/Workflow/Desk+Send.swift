import Crypto
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// approved -> sent. Records channel and time and freezes the exact text and its SHA-256.
    /// `--via email` records the attempt on the trail, then pipes the RFC 5322 message to
    /// `[sending] send_command`: a process killed while the command runs leaves "sending, outcome
    /// unknown", and sending again is refused until someone says what happened (`resend`, or
    /// `confirmSent`). If the command fails the document stays approved and the error is reported.
    /// `sentAt`: when a person sent it by hand, if earlier than now; recorded as the sending time
    /// (its deadlines run from it) beside the recording time on the trail; never later than now.
    public func send(reference: String, via channel: SendChannel, resend: Bool = false, sentAt: Date? = nil)
        throws(EngineError) -> DocumentView
    {
        try requireUser(to: "send documents")
        if let sentAt { try checkSendingTime(sentAt, via: channel) }
        let prepared = try storeRead { db in try self.prepareSending(reference, via: channel, in: db) }
        if let open = prepared.openAttempt, !resend { throw Self.unknownOutcome(prepared.reference, open) }
        let settings = try deadlineSettings()
        guard channel == .email else {
            return try storeWrite { db in
                try self.recordSending(
                    prepared, via: channel, attempt: nil, settings: settings, sentAt: sentAt, in: db)
            }
        }
        guard let command = config.sendCommand else {
            throw .refused(
                "no [sending] send_command in the configuration, so Flagdesk cannot e-mail \(prepared.reference); "
                    + "export it and send it yourself, then record it with --via manual")
        }
        let attempt = try storeWrite { db in try self.beginAttempt(prepared, resend: resend, in: db) }
        do {
            try SendCommandRunner.run(command, input: prepared.frozen.text)
        } catch {
            try storeWrite { db in
                try SendAttemptRecords.finish(attempt.id, outcome: .failed, at: now, in: db)
                try audit(
                    actor: actor, at: now, entity: "document", id: prepared.reference, action: "send-failed",
                    ["attempt": String(attempt.id), "reason": error.description], in: db)
            }
            throw error
        }
        do {
            return try storeWrite { db in
                try self.recordSending(prepared, via: channel, attempt: attempt, settings: settings, in: db)
            }
        } catch {
            throw .store(
                "the e-mail for \(prepared.reference) WAS handed to the send command, but recording it failed: "
                    + "\(error.description). It stays \"sending, outcome unknown\": check the recipient's mailbox "
                    + "copy, then `flagdesk send \(prepared.reference) --confirm-sent` (or --resend)")
        }
    }

    /// The e-mail of an attempt whose outcome is unknown did leave: records the document as sent
    /// with the text handed to the command then (never rendered again), without running it again.
    public func confirmSent(reference: String) throws(EngineError) -> DocumentView {
        try requireUser(to: "send documents")
        let settings = try deadlineSettings()
        return try storeWrite { db in
            let record = try self.document(reference, expectedVersion: nil, in: db)
            guard let attempt = try SendAttemptRecords.open(documentID: record.id, in: db) else {
                throw EngineError.refused(
                    "\(record.reference) has no e-mail attempt of unknown outcome; nothing to confirm")
            }
            guard let text = attempt.text else {
                throw EngineError.refused("the text of \(record.reference)'s send attempt was purged")
            }
            guard text.text != IdentityFields.sealedTextPlaceholder else {
                throw EngineError.refused(
                    "the text of \(record.reference)'s send attempt carried sealed fields and was not kept in clear: "
                        + "check the sent mailbox, then send it again with --resend")
            }
            let prepared = PreparedSending(
                reference: record.reference, version: record.version, frozen: text, openAttempt: attempt)
            return try self.recordSending(
                prepared, via: .email, attempt: attempt, settings: settings, confirmed: true, in: db)
        }
    }

    /// A time typed for a sending by hand: only for `manual`, never later than now.
    private func checkSendingTime(_ sentAt: Date, via channel: SendChannel) throws(EngineError) {
        guard channel == .manual else {
            throw .badInput(
                "an e-mail leaves now: a sending time is given only for a document you sent yourself (manual)")
        }
        guard sentAt <= now else {
            throw .badInput(
                "the sending time \(ISO8601.format(sentAt)) is later than now (\(ISO8601.format(now))): "
                    + "nothing was recorded")
        }
    }

    static func unknownOutcome(_ reference: String, _ attempt: SendAttempt) -> EngineError {
        .refused(
            "\(reference) is \"sending, outcome unknown\": an e-mail attempt begun \(ISO8601.format(attempt.startedAt)) "
                + "by \(attempt.startedBy) was interrupted while the send command ran, so the mail may have left. "
                + "Check the sent mailbox, then run `flagdesk send \(reference) --confirm-sent` if it left, or "
                + "`--resend` to send it again")
    }

    /// Records the hand-over before the command runs; the trail says so.
    private func beginAttempt(_ prepared: PreparedSending, resend: Bool, in db: StoreTransaction) throws
        -> SendAttempt
    {
        let record = try document(prepared.reference, expectedVersion: prepared.version, in: db)
        try supersedeOpenAttempt(of: record, resend: resend, in: db)
        let attempt = try SendAttemptRecords.begin(
            documentID: record.id, text: prepared.storedFrozen, at: now, by: actor, in: db)
        try audit(
            actor: actor, at: now, entity: "document", id: record.reference, action: "send-attempt",
            ["attempt": String(attempt.id), "via": SendChannel.email.rawValue, "sha256": prepared.frozen.sha256],
            in: db)
        return attempt
    }

    /// An attempt of unknown outcome still open (another process began it meanwhile) refuses,
    /// unless the caller chose to send again.
    private func supersedeOpenAttempt(of record: DocumentRecord, resend: Bool, in db: StoreTransaction) throws {
        guard let open = try SendAttemptRecords.open(documentID: record.id, in: db) else { return }
        guard resend else { throw Self.unknownOutcome(record.reference, open) }
        try SendAttemptRecords.finish(open.id, outcome: .superseded, at: now, in: db)
        try audit(
            actor: actor, at: now, entity: "document", id: record.reference, action: "send-superseded",
            ["attempt": String(open.id)], in: db)
    }

    /// Sends by hand inside the caller's transaction (the demo desk).
    func sendManually(_ reference: String, settings: DeadlineSettings, in db: StoreTransaction) throws -> DocumentView {
        let prepared = try prepareSending(reference, via: .manual, in: db)
        return try recordSending(prepared, via: .manual, attempt: nil, settings: settings, in: db)
    }

    /// `attempt`: the e-mail attempt this sending closes; `confirmed`: a person said its mail left;
    /// `sentAt`: the earlier time a person says they sent it by hand (the trail's entry stays now).
    private func recordSending(
        _ prepared: PreparedSending, via channel: SendChannel, attempt: SendAttempt?, settings: DeadlineSettings,
        confirmed: Bool = false, sentAt: Date? = nil, in db: StoreTransaction
    ) throws -> DocumentView {
        let frozen = prepared.storedFrozen
        if let sealedText = prepared.sealedText,
            let document = try DocumentRecords.find(reference: prepared.reference, in: db)
        {
            try SealedDocumentRecords.freezeSealed(
                documentID: document.id, sha256: frozen.sha256, format: frozen.format, sealed: sealedText, in: db)
            try audit(
                actor: actor, at: now, entity: "document", id: prepared.reference, action: "revealed",
                [
                    "fields": prepared.sealedFields.joined(separator: ","), "purpose": "send",
                    "key_id": prepared.keyID ?? "",
                ], in: db)
        }
        if let attempt {
            try SendAttemptRecords.finish(attempt.id, outcome: confirmed ? .confirmedSent : .sent, at: now, in: db)
        } else if let record = try DocumentRecords.find(reference: prepared.reference, in: db) {
            try supersedeOpenAttempt(of: record, resend: prepared.openAttempt != nil, in: db)
        }
        let view = try changeDocument(
            prepared.reference, expectedVersion: prepared.version, action: "send", settings: settings, in: db
        ) { loaded, payload throws in
            var record = loaded.record
            record.status = try DocumentWorkflow.apply(
                .send, to: record.status, reference: record.reference,
                missing: record.content.missingElements(in: validationContext(loaded, at: now))
                    + (confirmed ? [] : prepared.absent)
            ).to
            if let sentAt, let approvedAt = record.approvedAt, sentAt < approvedAt {
                throw EngineError.badInput(
                    "the sending time \(ISO8601.format(sentAt)) is before \(record.reference) was approved "
                        + "(\(ISO8601.format(approvedAt))): nothing was recorded")
            }
            // A confirmed attempt left when it was handed over, not when someone confirmed it.
            record.sentAt = confirmed ? attempt?.startedAt ?? now : sentAt ?? now
            if let sentAt { payload["sent_at"] = ISO8601.format(sentAt) }
            record.sentBy = confirmed ? attempt?.startedBy ?? actor : actor
            record.sentVia = channel
            record.frozen = frozen
            payload["via"] = channel.rawValue
            payload["sha256"] = frozen.sha256
            if let attempt { payload["attempt"] = String(attempt.id) }
            if confirmed { payload["confirmed_by"] = actor }
            return record
        }
        if frozen.format == ExportFormat.eml.rawValue {
            try recordOutgoingMessageID(eml: prepared.frozen.text, document: prepared.reference, kind: .sent, in: db)
        }
        return view
    }

    private struct PreparedSending {
        var reference: String
        var version: Int
        var frozen: FrozenText
        /// Legal elements the text leaves out (the template drops them).
        var absent: [MissingElement] = []
        /// An earlier e-mail attempt whose outcome is unknown.
        var openAttempt: SendAttempt?
        /// The text sealed, when it carries sealed fields (stored so, never in clear).
        var sealedText: Data?
        var sealedFields: [String] = []
        var keyID: String?

        /// What the store keeps of the text: the text itself, or the placeholder of a sealed one.
        var storedFrozen: FrozenText {
            guard sealedText != nil else { return frozen }
            return FrozenText(text: IdentityFields.sealedTextPlaceholder, sha256: frozen.sha256, format: frozen.format)
        }
    }

    /// Every check that can refuse a sending, and the exact text to send, before anything leaves.
    private func prepareSending(_ reference: String, via channel: SendChannel, in db: StoreTransaction) throws
        -> PreparedSending
    {
        let record = try document(reference, expectedVersion: nil, in: db)
        var loaded = try load(record, in: db)
        // What leaves carries the sealed values: opened with the vault key, the text sealed in turn.
        let sealedFields = IdentityFields.sealedKeys(in: record.content)
        let key = sealedFields.isEmpty ? nil : try documentKey(record.reference, in: db)
        if let key { loaded.record.content = try openedContent(record, key: key, in: db) }
        _ = try DocumentWorkflow.apply(
            .send, to: record.status, reference: record.reference,
            missing: record.content.missingElements(in: validationContext(loaded, at: now)))
        if case .refused(let refusal) = WorkflowAdvisor.canSend(
            record.snapshot, items: loaded.items, supportHeld: try supportHeld(loaded, in: db))
        {
            throw refusal
        }
        try requireEvidenceFirst(loaded, in: db)
        try requireWishes(loaded, stage: .send, in: db)
        if let untriaged = loaded.items.first(where: { $0.status == .new }) {
            throw EngineError.refused(
                "\(untriaged.reference) is not triaged; triage records why it is flagged before anything is sent")
        }
        let format: ExportFormat = channel == .email ? .eml : .txt
        if channel == .email, recipientEmail(loaded) == nil {
            throw EngineError.refused(
                "\(record.reference) has no recipient e-mail address in the directory; send it through the "
                    + "recipient's form and record it with --via manual")
        }
        let rendered: RenderedDocument
        do {
            rendered = try renderer().render(renderRequest(loaded), format: format)
        } catch {
            throw EngineError.badInput("\(record.reference) cannot be rendered: \(error)")
        }
        // What is checked is what leaves: the legal elements on this very text.
        _ = try DocumentWorkflow.apply(
            .send, to: record.status, reference: record.reference, missing: rendered.absentElements)
        try requireApprovedBasis(loaded, in: db)
        let sha = SHA256.hash(data: Data(rendered.text.utf8)).lowercaseHex
        return PreparedSending(
            reference: record.reference, version: record.version,
            frozen: FrozenText(text: rendered.text, sha256: sha, format: format.rawValue),
            absent: rendered.absentElements, openAttempt: try SendAttemptRecords.open(documentID: record.id, in: db),
            sealedText: try key.map { key throws in
                try key.sealDocumentValue(
                    Data(rendered.text.utf8), documentID: record.id, field: SealedDocumentRecords.textAsSent)
            }, sealedFields: sealedFields, keyID: key?.id)
    }

    /// Where an e-mail to the recipient goes: the provider's notice address, the authority's
    /// e-mail, or the controller's.
    func recipientEmail(_ loaded: LoadedDocument) -> String? {
        switch loaded.recipient {
        case .provider(let provider):
            if case .email(let address) = provider.noticeChannel { return address }
            return nil
        case .authority(let authority):
            return authority.contact.email
        case .controller:
            return loaded.record.content.addressedController?.email
        case nil:
            return nil
        }
    }
}

/// Runs `[sending] send_command` with the message on standard input, like mutt's sendmail.
enum SendCommandRunner {
    static func run(_ command: String, input: String) throws(EngineError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw .refused("the send command could not be started (\(error)); nothing was sent")
        }
        // Write on another thread: a command that fails before reading everything must not
        // leave us blocked on a full pipe.
        // A command that exits early closes the pipe: EPIPE, not a SIGPIPE that kills Flagdesk.
        signal(SIGPIPE, SIG_IGN)
        let handle = stdin.fileHandleForWriting
        let data = Data(input.utf8)
        let writer = Thread {
            try? handle.write(contentsOf: data)
            try? handle.close()
        }
        writer.start()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.prefix(2000), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw .refused(
                "the send command failed (exit \(process.terminationStatus))"
                    + (message.isEmpty ? "" : ": \(message)") + "; the document was not sent and stays approved")
        }
    }
}
