import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk approve DOC`: a coordinator approves a ready document (four-eyes).
struct ApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a ready document (coordinators; under four-eyes not the drafter).")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's reference.") var reference: String
    @Option(name: .customLong("expect-version"), help: "Refuse if the document changed since this version.")
    var expectVersion: Int?
    @Option(
        name: .customLong("confirm-not-sex-work"),
        help: "For a notice about an item with no legal basis or only weak indicators: why it is not lawful sex work.")
    var notSexWork: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let view = try desk.approve(reference: reference, expectedVersion: expectVersion, notSexWork: notSexWork)
            DocumentCommandOutput.print(view, desk: desk, json: json)
        }
    }
}

/// `flagdesk send DOC --via manual|email`.
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send an approved document, or record that you sent it; its text is frozen with its SHA-256.",
        discussion: """
            --via manual records that you sent it yourself (notice form, portal, letter) now, or at --at \
            when you sent it earlier (never later than now; the trail keeps both times). \
            --via email records the attempt, then pipes the e-mail to [sending] send_command; if the \
            command fails, the document stays approved and the error is shown. If Flagdesk was \
            interrupted while the command ran, the document is "sending, outcome unknown": sending \
            again is refused until you check the mailbox and run --confirm-sent (the mail left: \
            recorded as sent, nothing runs again) or --resend (send it once more).
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's reference.") var reference: String
    @Option(help: "manual or email.") var via: SendChannel?
    @Flag(help: "Send again although an earlier e-mail attempt's outcome is unknown.") var resend = false
    @Option(
        help: "With --via manual: when you sent it, ISO-8601, if earlier than now (recorded beside the recording time)."
    )
    var at: String?
    @Flag(
        name: .customLong("confirm-sent"),
        help: "The earlier e-mail attempt of unknown outcome did leave: record it as sent, without sending again.")
    var confirmSent = false
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if confirmSent {
            guard via == nil, !resend else { throw ValidationError("--confirm-sent takes neither --via nor --resend") }
        } else if via == nil {
            throw ValidationError("--via manual|email is required (or --confirm-sent)")
        }
        if let at {
            guard via == .manual else { throw ValidationError("--at is given only with --via manual") }
            guard ISO8601.parseInstant(at) != nil else {
                throw ValidationError("--at '\(Output.safe(at))' is not an ISO-8601 instant")
            }
        }
    }

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let view =
                if let via {
                    try desk.send(
                        reference: reference, via: via, resend: resend, sentAt: at.flatMap(ISO8601.parseInstant))
                } else {
                    try desk.confirmSent(reference: reference)
                }
            DocumentCommandOutput.print(view, desk: desk, json: json)
        }
    }
}

/// `flagdesk withdraw DOC --reason TEXT`.
struct WithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Withdraw an open document, with the reason.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's reference.") var reference: String
    @Option(help: "Why it is withdrawn.") var reason: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            DocumentCommandOutput.print(try desk.withdraw(reference: reference, reason: reason), desk: desk, json: json)
        }
    }
}

/// `flagdesk close DOC [--reason TEXT]`.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a decided document; or a sent one without a decision, with the reason.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The document's reference.") var reference: String
    @Option(help: "Why it is closed (required when no decision is recorded).") var reason: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            DocumentCommandOutput.print(try desk.close(reference: reference, reason: reason), desk: desk, json: json)
        }
    }
}

/// `flagdesk documents [--status S] [--kind K]`: documents, oldest first.
struct DocumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "List documents, oldest first, optionally by status, kind or item.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this status (repeatable).") var status: [DocumentStatus] = []
    @Option(help: "Only this kind (repeatable).") var kind: [DocumentKind] = []
    @Option(help: "Only documents covering this item.") var item: String?
    @OptionGroup var window: ListWindow
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            var filter = DocumentFilter(statuses: status, kinds: kind)
            if let item { filter.itemID = try desk.detail(reference: item).item.id }
            let limit = window.rows(completeOutput: json)
            let documents = try desk.documents(filter, limit: limit)
            let total = documents.count < limit ? documents.count : try desk.documentCount(filter)
            let leftOut = ListWindow.leftOut(shown: documents.count, total: total, noun: "documents")
            if json {
                Output.json(documents.map { DocumentSummaryJSON($0) })
                if let leftOut { Output.error(leftOut) }
                return
            }
            if documents.isEmpty { Output.line("No documents.") }
            for document in documents {
                Output.line(
                    "\(Output.cell(document.reference, 14)) \(Output.cell(document.kind.rawValue, 20)) "
                        + "\(Output.cell(document.status.rawValue, 12)) \(Output.safe(document.recipientKey ?? "-"))")
            }
            if let leftOut { Output.line(leftOut) }
        }
    }
}

private struct DocumentSummaryJSON: Encodable {
    let reference: String
    let kind: String
    let status: String
    let recipientKey: String?
    let version: Int
    let purgedAt: Date?

    init(_ record: DocumentRecord) {
        reference = record.reference
        kind = record.kind.rawValue
        status = record.status.rawValue
        recipientKey = record.recipientKey
        version = record.version
        purgedAt = record.purged?.at
    }
}

enum DocumentCommandOutput {
    static func print(_ view: DocumentView, desk: Desk, json: Bool) {
        if json { Output.json(DocumentJSON(view)) } else { DocumentOutput.print(view, zone: desk.zone) }
    }
}
