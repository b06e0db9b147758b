import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk mail ...`: replies by e-mail, matched to documents, kept as evidence, confirmed by a person.
struct MailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail",
        abstract: "Replies by e-mail: import, match, show, attach, confirm.",
        subcommands: [
            MailImport.self, MailList.self, MailUnmatched.self, MailShow.self, MailAttach.self, MailConfirm.self,
            MailDismiss.self,
        ])
}

struct MailImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import messages from Maildir folders, mbox files, .eml files, or - (one message on standard input).",
        discussion: """
            Each message is kept as evidence (its SHA-256, Date, From and Message-ID recorded) and matched \
            to a document by In-Reply-To/References, else our reference in the subject or body, else the \
            recipient's own reference recorded earlier. Unmatched messages are listed by `mail unmatched`. \
            A message already held (same SHA-256 or Message-ID) is not added again. Nothing is recorded \
            about a document until a person confirms (`mail confirm`).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Maildir folders, mbox files, .eml files, or - for standard input.") var paths: [String]
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let summary = try desk.importMail(paths: paths)
            if json {
                Output.json(MailImportJSON(summary))
                return
            }
            Output.line(
                "mail: \(summary.read) read, \(summary.added) added (\(summary.matched) matched, "
                    + "\(summary.ambiguous) ambiguous, \(summary.unmatched) unmatched), "
                    + "\(summary.alreadyHeld) already held")
            if summary.ambiguous + summary.unmatched > 0 {
                Output.line("see: flagdesk mail unmatched")
            }
        }
    }
}

struct MailList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List messages: new (matched, not yet reviewed), matched, unmatched, or all.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "new, matched, unmatched or all.") var state: String = "new"
    @Option(help: "Only the replies to this document.") var document: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let listings: [String: MailListing] = ["new": .new, "matched": .matched, "unmatched": .unmatched, "all": .all]
        guard let listing = listings[state.lowercased()] else {
            throw ValidationError("--state must be new, matched, unmatched or all, not '\(Output.safe(state))'")
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let mails: [StoredMail]
            if let document {
                mails = try desk.mail(forDocument: document)
            } else {
                mails = try desk.mailList(listing)
            }
            MailOutput.list(mails, json: json)
        }
    }
}

struct MailUnmatched: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unmatched", abstract: "Messages that matched no document, or more than one: attach them.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            MailOutput.list(try desk.mailList(.unmatched), json: json)
        }
    }
}

struct MailShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "A message: headers, text (HTML shown as text), attachments, proposals.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The message's reference (M-2026-000001).") var reference: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            MailOutput.detail(try desk.mailDetail(reference), json: json)
        }
    }
}

struct MailAttach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attach", abstract: "Tie a message to a document (unmatched, ambiguous, or a wrong match).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The message's reference.") var reference: String
    @Argument(help: "The document's reference.") var document: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let mail = try desk.attachMail(reference, to: document)
            Output.line("\(mail.reference) attached to \(mail.documentReference ?? document)")
        }
    }
}

struct MailConfirm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Record the answer a message gives: its proposal, or what you give instead.",
        discussion: """
            Without options, records what `mail show` proposes (the same as the `flagdesk record` command \
            it prints), dated with the message's Date; deadlines move from it. Any of --ack, --decision, \
            --extension-until, --provider-ref replaces the proposal with exactly what you give. \
            --dry-run prints the record command and changes nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The message's reference.") var reference: String
    @Flag(help: "The recipient confirmed receipt.") var ack = false
    @Option(help: "The decision: \(DocumentOutcome.allCases.map(\.rawValue).joined(separator: ", ")).")
    var decision: String?
    @Option(name: .customLong("extension-until"), help: "The controller extended its reply time to this date.")
    var extensionUntil: String?
    @Option(name: .customLong("provider-ref"), help: "The recipient's own reference.") var providerRef: String?
    @Option(help: "The answer's date, ISO-8601, when the message's Date is wrong or missing.") var at: String?
    @Flag(name: .customLong("dry-run"), help: "Print what would be recorded; change nothing.") var dryRun = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        var correction = ResponseRecord()
        correction.acknowledged = ack
        if let decision {
            guard let outcome = DocumentOutcome(rawValue: decision.lowercased()) else {
                throw ValidationError(
                    "--decision must be one of \(DocumentOutcome.allCases.map(\.rawValue).joined(separator: ", ")), "
                        + "not '\(Output.safe(decision))'")
            }
            correction.decision = outcome
        }
        if let extensionUntil {
            guard let date = CivilDate(iso: extensionUntil) else {
                throw ValidationError("--extension-until '\(Output.safe(extensionUntil))' is not a date (YYYY-MM-DD)")
            }
            correction.extensionUntil = date
        }
        correction.providerReference = providerRef
        var instant: Date?
        if let at {
            guard let parsed = ISO8601.parseInstant(at) else {
                throw ValidationError("--at '\(Output.safe(at))' is not an ISO-8601 instant")
            }
            instant = parsed
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            var chosen: ResponseRecord? = correction.isEmpty ? nil : correction
            if let instant {
                if chosen == nil { chosen = try desk.mailDetail(reference).proposal }
                chosen?.at = instant
            }
            if dryRun {
                let detail = try desk.mailDetail(reference)
                Output.line(
                    Output.safe(
                        chosen.flatMap { desk.recordCommandText($0, detail: detail) } ?? detail.recordCommand
                            ?? "nothing to record from \(detail.mail.reference)"))
                return
            }
            let view = try desk.confirmMail(reference, correction: chosen)
            DocumentCommandOutput.print(view, desk: desk, json: json)
        }
    }
}

struct MailDismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss", abstract: "Mark a message as read with nothing to record from it.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The message's reference.") var reference: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let mail = try desk.dismissMail(reference)
            Output.line("\(mail.reference) dismissed")
        }
    }
}
