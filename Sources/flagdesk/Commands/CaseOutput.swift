import FlagdeskCore
import FlagdeskEngine
import Foundation

/// How `case` prints a case. Titles, URLs and pseudonyms are outside text: always sanitised.
enum CaseOutput {
    static func counts(_ record: Case) -> String {
        "\(record.itemCount) item(s), \(record.openItemCount) open, \(record.status.rawValue)"
            + (record.leaHold ? ", on LEA hold" : "")
    }

    /// One line of `case list`.
    static func line(_ record: Case, now: Date, zone: TimeZone) -> String {
        var flags: [String] = []
        if record.threatToLife { flags.append("THREAT TO LIFE") }
        if record.isOverdue(at: now) { flags.append("OVERDUE") }
        if record.leaHold { flags.append("HOLD") }
        let due = record.nextDeadlineAt.map { "next due \(CivilDate($0, in: zone))" } ?? "no deadline"
        return "\(record.reference)  \(Output.cell(record.title, 40))  \(counts(record)); \(due)"
            + (flags.isEmpty ? "" : "  " + flags.joined(separator: " "))
    }

    static func proposal(_ match: SameContentMatch) -> String {
        "\(match.item.reference)  \(Output.safe(match.item.url))  with \(match.matchedReference): "
            + Output.safe(match.reason.text)
    }

    static func print(_ detail: CaseDetail, desk: Desk) {
        let record = detail.record
        Output.line("\(record.reference)  \(Output.safe(record.title))")
        Output.line(
            "  \(counts(record)); opened \(ISO8601.format(record.createdAt)) by \(Output.safe(record.createdBy))")
        if let purged = record.purgedAt { Output.line("  purged \(ISO8601.format(purged)): the title is erased") }
        if let person = detail.person { Output.line("  person: \(Output.safe(person.pseudonym))") }
        for group in detail.providers {
            Output.line("Provider \(Output.safe(group.name)) (\(group.items.count)):")
            for item in group.items {
                Output.line(
                    "  \(item.reference)  \(Output.cell(item.status.label, 10))  \(Output.safe(item.url))"
                        + (item.threatToLife ? "  THREAT TO LIFE" : "") + (item.leaHold ? "  HOLD" : ""))
            }
        }
        if !detail.documents.isEmpty { Output.line("Documents:") }
        for document in detail.documents {
            Output.line(
                "  \(document.reference)  \(document.kind.rawValue)  \(document.status.rawValue)"
                    + (document.recipientKey.map { "  to \(Output.safe($0))" } ?? ""))
        }
        if !detail.deadlines.isEmpty { Output.line("Deadlines:") }
        for row in detail.deadlines {
            Output.line("  \(row.documentReference)  " + DeadlineOutputLine.text(row, zone: desk.zone))
        }
        if !detail.proposals.isEmpty { Output.line("Same content (proposed; `case add` to group):") }
        for match in detail.proposals { Output.line("  " + proposal(match)) }
        Output.line("Trail:")
        for event in detail.events {
            Output.line(
                "  \(ISO8601.format(event.at))  \(Output.safe(event.actor))  \(event.action)  \(Output.safe(event.payload))"
            )
        }
    }
}

struct CaseJSON: Encodable {
    let reference: String
    let title: String
    let status: String
    let leaHold: Bool
    let items: Int
    let openItems: Int
    let threatToLife: Bool
    let nextDeadlineAt: Date?
    let createdAt: Date
    let createdBy: String
    let closedAt: Date?
    let purgedAt: Date?

    init(_ record: Case) {
        reference = record.reference
        title = record.title
        status = record.status.rawValue
        leaHold = record.leaHold
        items = record.itemCount
        openItems = record.openItemCount
        threatToLife = record.threatToLife
        nextDeadlineAt = record.nextDeadlineAt
        createdAt = record.createdAt
        createdBy = record.createdBy
        closedAt = record.closedAt
        purgedAt = record.purgedAt
    }
}

struct SameContentJSON: Encodable {
    let item: String
    let url: String
    let matches: String
    let reason: String

    init(_ match: SameContentMatch) {
        item = match.item.reference
        url = match.item.url
        matches = match.matchedReference
        reason = match.reason.text
    }
}

struct CaseDetailJSON: Encodable {
    struct ProviderJSON: Encodable {
        let provider: String?
        let name: String
        let items: [ItemJSON]
    }
    struct DocumentLine: Encodable {
        let reference: String
        let kind: String
        let status: String
        let recipient: String?
    }
    struct EventJSON: Encodable {
        let at: Date
        let actor: String
        let action: String
        let payload: String
    }
    let `case`: CaseJSON
    let person: String?
    let providers: [ProviderJSON]
    let documents: [DocumentLine]
    let deadlines: [DeadlineJSON]
    let proposals: [SameContentJSON]
    let events: [EventJSON]

    init(_ detail: CaseDetail) {
        `case` = CaseJSON(detail.record)
        person = detail.person?.pseudonym
        providers = detail.providers.map {
            ProviderJSON(
                provider: $0.providerKey, name: $0.name, items: $0.items.map { ItemJSON(item: $0, evidence: nil) })
        }
        documents = detail.documents.map {
            DocumentLine(
                reference: $0.reference, kind: $0.kind.rawValue, status: $0.status.rawValue, recipient: $0.recipientKey)
        }
        deadlines = detail.deadlines.map(DeadlineJSON.init)
        proposals = detail.proposals.map(SameContentJSON.init)
        events = detail.events.map { EventJSON(at: $0.at, actor: $0.actor, action: $0.action, payload: $0.payload) }
    }
}
