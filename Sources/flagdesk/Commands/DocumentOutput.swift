import FlagdeskCore
import FlagdeskEngine
import Foundation

/// How the CLI prints a document: state, recipient, items, what is missing and why (with the
/// article), deadlines, and optionally the text.
enum DocumentOutput {
    static func print(_ view: DocumentView, zone: TimeZone, withText: Bool = false, withEvents: Bool = false) {
        let record = view.record
        Output.line("\(record.reference)  \(record.kind.rawValue)  [\(record.status.rawValue)]  \(record.kind.title)")
        func field(_ name: String, _ value: String?) {
            guard let value else { return }
            Output.line("\(Output.cell(name, 12)) \(Output.safe(value))")
        }
        field("Recipient", view.recipientName.map { "\($0) (\(record.recipientKey ?? record.recipientKind.rawValue))" })
        field("Items", view.items.map(\.reference).joined(separator: ", "))
        field("Parent", view.parentReference)
        field("Language", record.language)
        field("Drafted", "\(ISO8601.formatLocal(record.draftedAt, in: zone)) by \(record.draftedBy)")
        field(
            "Approved", record.approvedAt.map { "\(ISO8601.formatLocal($0, in: zone)) by \(record.approvedBy ?? "?")" })
        field(
            "Sent",
            record.sentAt.map {
                "\(ISO8601.formatLocal($0, in: zone)) by \(record.sentBy ?? "?") via \(record.sentVia?.rawValue ?? "?")"
            })
        field("Frozen", record.frozen.map { "sha256:\($0.sha256) (\($0.format))" })
        field(
            "Sending",
            view.openSendAttempt.map {
                "OUTCOME UNKNOWN: e-mail handed to the send command \(ISO8601.formatLocal($0.startedAt, in: zone)) by "
                    + "\($0.startedBy), never confirmed; after checking the mailbox: send --confirm-sent or --resend"
            })
        if let purged = record.purged {
            field(
                "Purged",
                "\(ISO8601.formatLocal(purged.at, in: zone)): text and fields erased after the retention period"
                    + (purged.sentSHA256.map { "; sent as sha256:\($0) (\(purged.sentFormat ?? "txt"))" } ?? ""))
        }
        field("Outcome", record.outcome.map(\.label))
        field("Their ref", record.providerReference)
        field("Reason", record.statusReason)
        for wish in view.wishes { field("Wish", wish) }
        if view.missing.isEmpty {
            if !record.status.hasBeenSent && record.status != .withdrawn {
                Output.line("Complete: every required element is present.")
            }
        } else {
            Output.line("Missing (\(view.missing.count)) — the document cannot be completed or sent without:")
            for element in view.missing {
                Output.line("  - \(Output.safe(element.label)) [\(Output.safe(element.article))]")
                Output.line("      \(Output.safe(element.hint))")
            }
        }
        if !view.deadlines.isEmpty {
            Output.line("Deadlines:")
            for deadline in view.deadlines { Output.line("  " + DeadlineOutputLine.text(deadline, zone: zone)) }
        }
        if withEvents {
            Output.line("Events (\(view.events.count)):")
            for event in view.events {
                Output.line(
                    "  #\(event.id)  \(ISO8601.formatLocal(event.at, in: zone))  \(Output.safe(event.actor))  "
                        + "\(event.action)  \(Output.safe(event.payload))")
            }
        }
        if withText {
            let state = record.purged != nil ? "erased" : record.frozen == nil ? "as it stands" : "as sent, frozen"
            Output.line("--- text (\(state)) ---")
            for line in TerminalSanitizer.sanitize(view.rendered.text, mode: .multiLine).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                Output.line(String(line))
            }
        }
    }
}

/// One deadline on one line: due, days left, rule and its nature.
enum DeadlineOutputLine {
    static func text(_ row: DeadlineRow, zone: TimeZone) -> String {
        // The same rounding as the desk (`TimeLeft`): calendar days, or hours for an hour rule.
        let phrase = row.timeLeft.phrase
        let left =
            row.status != "open" ? row.status : row.timeLeft.isOverdue ? "OVERDUE" + phrase.dropFirst(7) : phrase
        var text = "\(ISO8601.formatLocal(row.dueAt, in: zone))  \(left)  \(row.ruleID)"
        if row.isPolicy { text += " (POLICY)" }
        if let original = row.originalDueAt { text += "  extended from \(ISO8601.formatLocal(original, in: zone))" }
        return text
    }
}

/// The JSON shape of a document for `--json`.
struct DocumentJSON: Encodable {
    let reference: String
    let kind: String
    let status: String
    let language: String
    let recipientKind: String
    let recipientKey: String?
    let recipientName: String?
    let items: [String]
    let parent: String?
    let outcome: String?
    let providerReference: String?
    let draftedAt: Date
    let draftedBy: String
    let approvedAt: Date?
    let approvedBy: String?
    let sentAt: Date?
    let sentBy: String?
    let sentVia: String?
    /// The recipient's answers, dated as they came (a confirmed e-mail reply: its Date).
    let acknowledgedAt: Date?
    let decidedAt: Date?
    let frozenSHA256: String?
    /// When an e-mail attempt of unknown outcome began (Flagdesk was interrupted while sending).
    let sendingSince: Date?
    /// Set once the retention purge erased the text and fields (`frozenSHA256` stays).
    let purgedAt: Date?
    let missing: [MissingElement]
    let deadlines: [DeadlineJSON]
    let fields: DocumentContent
    let version: Int

    init(_ view: DocumentView) {
        let record = view.record
        reference = record.reference
        kind = record.kind.rawValue
        status = record.status.rawValue
        language = record.language
        recipientKind = record.recipientKind.rawValue
        recipientKey = record.recipientKey
        recipientName = view.recipientName
        items = view.items.map(\.reference)
        parent = view.parentReference
        outcome = record.outcome?.rawValue
        providerReference = record.providerReference
        draftedAt = record.draftedAt
        draftedBy = record.draftedBy
        approvedAt = record.approvedAt
        sendingSince = view.openSendAttempt?.startedAt
        approvedBy = record.approvedBy
        sentAt = record.sentAt
        sentBy = record.sentBy
        sentVia = record.sentVia?.rawValue
        acknowledgedAt = record.acknowledgedAt
        decidedAt = record.decidedAt
        frozenSHA256 = record.frozen?.sha256 ?? record.purged?.sentSHA256
        purgedAt = record.purged?.at
        missing = view.missing
        deadlines = view.deadlines.map(DeadlineJSON.init)
        fields = record.content
        version = record.version
    }
}

struct DeadlineJSON: Encodable {
    let document: String
    let documentKind: String
    let documentStatus: String
    let items: [String]
    let recipient: String?
    let rule: String
    let title: String
    let due: Date
    let originalDue: Date?
    let isPolicy: Bool
    let daysLeft: Int
    let threatToLife: Bool
    let nextStep: String?
    let status: String
    let explanation: String

    init(_ row: DeadlineRow) {
        document = row.documentReference
        documentKind = row.documentKind.rawValue
        documentStatus = row.documentStatus.rawValue
        items = row.itemReferences
        recipient = row.recipientName
        rule = row.ruleID
        title = row.ruleTitle
        due = row.dueAt
        originalDue = row.originalDueAt
        isPolicy = row.isPolicy
        daysLeft = row.daysLeft
        threatToLife = row.threatToLife
        // The JSON keeps its one string (its schema); the kinds cross from the engine as kinds.
        nextStep = row.nextSteps.isEmpty ? nil : row.nextSteps.map(\.rawValue).joined(separator: ", ")
        status = row.status
        explanation = row.explanation
    }
}
