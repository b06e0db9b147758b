import Crypto
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

extension Desk {
    /// approved -> sent. Records channel and time and freezes the exact text and its SHA-256.
    /// `--via email` pipes the RFC 5322 message to `[sending] send_command` first; if that fails
    /// the document stays approved and the error is reported (never a silent success).
    public func send(reference: String, via channel: SendChannel) throws(EngineError) -> DocumentView {
        try requireUser(to: "send documents")
        let prepared = try storeRead { db in try self.prepareSending(reference, via: channel, in: db) }
        if channel == .email {
            guard let command = config.sendCommand else {
                throw .refused(
                    "no [sending] send_command in the configuration, so Flagdesk cannot e-mail \(prepared.reference); "
                        + "export it and send it yourself, then record it with --via manual")
            }
            try SendCommandRunner.run(command, input: prepared.frozen.text)
        }
        let settings = try deadlineSettings()
        do {
            return try storeWrite { db in
                try self.recordSending(prepared, via: channel, settings: settings, in: db)
            }
        } catch {
            guard channel == .email else { throw error }
            throw .store(
                "the e-mail for \(prepared.reference) WAS handed to the send command, but recording it failed: "
                    + "\(error.description). Check the recipient's mailbox copy before sending again.")
        }
    }

    /// Sends by hand inside the caller's transaction (the demo desk).
    func sendManually(_ reference: String, settings: DeadlineSettings, in db: StoreTransaction) throws -> DocumentView {
        let prepared = try prepareSending(reference, via: .manual, in: db)
        return try recordSending(prepared, via: .manual, settings: settings, in: db)
    }

    private func recordSending(
        _ prepared: PreparedSending, via channel: SendChannel, settings: DeadlineSettings, in db: StoreTransaction
    ) throws -> DocumentView {
        let frozen = prepared.frozen
        return try changeDocument(
            prepared.reference, expectedVersion: prepared.version, action: "send", settings: settings, in: db
        ) { loaded, payload throws in
            var record = loaded.record
            record.status = try DocumentWorkflow.apply(
                .send, to: record.status, reference: record.reference,
                missing: record.content.missingElements(in: validationContext(loaded, at: now))
            ).to
            record.sentAt = now
            record.sentBy = actor
            record.sentVia = channel
            record.frozen = frozen
            payload["via"] = channel.rawValue
            payload["sha256"] = frozen.sha256
            return record
        }
    }

    private struct PreparedSending {
        var reference: String
        var version: Int
        var frozen: FrozenText
    }

    /// Every check that can refuse a sending, and the exact text to send, before anything leaves.
    private func prepareSending(_ reference: String, via channel: SendChannel, in db: StoreTransaction) throws
        -> PreparedSending
    {
        let record = try document(reference, expectedVersion: nil, in: db)
        let loaded = try load(record, in: db)
        _ = try DocumentWorkflow.apply(
            .send, to: record.status, reference: record.reference,
            missing: record.content.missingElements(in: validationContext(loaded, at: now)))
        if case .refused(let refusal) = WorkflowAdvisor.canSend(
            record.snapshot, items: loaded.items, supportHeld: try supportHeld(loaded, in: db))
        {
            throw refusal
        }
        try requireEvidenceFirst(loaded, in: db)
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
        let sha = SHA256.hash(data: Data(rendered.text.utf8)).lowercaseHex
        return PreparedSending(
            reference: record.reference, version: record.version,
            frozen: FrozenText(text: rendered.text, sha256: sha, format: format.rawValue))
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
            if case .gdprErasure(let erasure) = loaded.record.content { return erasure.controller?.email }
            return nil
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
