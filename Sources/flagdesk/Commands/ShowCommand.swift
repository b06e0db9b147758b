import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk show REF`: one item with its evidence, documents and timeline.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an item (fields, evidence, documents, events) or a document (state, missing elements, "
            + "deadlines, events and its text).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An item's reference (FD-2026-000123) or a document's (N-2026-00042).")
    var reference: String

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(
        help: ArgumentHelp(
            "A document: open its sealed identity and contact fields and sealed text as sent (vault key; on the trail).",
            discussion: "Coordinators, and the member assigned to the person or an item; the vault key file or "
                + "FLAGDESK_PASSPHRASE."))
    var reveal = false

    func run() throws {
        let desk = try global.openDesk()
        if !reference.uppercased().hasPrefix("FD-") {
            try runEngine { () throws(EngineError) in
                // Shown again, a draft completed elsewhere since (the configuration) becomes ready,
                // as when the desk opens it.
                var view = try desk.revalidate(reference: reference)
                if reveal { view = try desk.document(reference: reference, reveal: true) }
                if json {
                    Output.json(DocumentJSON(view))
                } else {
                    DocumentOutput.print(view, zone: desk.zone, withText: true, withEvents: true)
                }
            }
            return
        }
        if reveal { throw ValidationError("--reveal opens a document's sealed fields; an item has none") }
        try runEngine { () throws(EngineError) in
            let detail = try desk.detail(reference: reference)
            if json {
                Output.json(ShowJSON(detail))
            } else {
                print(detail, zone: desk.zone)
            }
        }
    }

    private func print(_ detail: ItemDetail, zone: TimeZone) {
        let item = detail.item
        func field(_ name: String, _ value: String?) {
            Output.line("\(Output.cell(name, 14)) \(Output.safe(value ?? "-"))")
        }
        Output.line("\(item.reference)  [\(item.status.label)]  priority \(item.priority.label)")
        if let purgedAt = item.purgedAt {
            field(
                "Purged",
                "\(ISO8601.formatLocal(purgedAt, in: zone)): URL, explanation and triage notes erased after the "
                    + "retention period; read-only")
        } else {
            field("URL", item.url)
            field("Normalised", item.normalizedURL)
        }
        field("Provider", detail.providerName.map { "\($0) (\(item.providerKey ?? ""))" } ?? item.providerKey)
        field("Category", item.category.map { "\($0.label) (\($0.rawValue))" })
        field("Keywords", item.keywords.isEmpty ? nil : item.keywords.map(\.label).joined(separator: "; "))
        field("Content type", item.contentTypes.isEmpty ? nil : item.contentTypes.map(\.label).joined(separator: ", "))
        field("Legal basis", item.legalBasis)
        field("Minor", item.minor.rawValue)
        field("Threat to life", item.threatToLife ? "YES" : "no")
        field("LEA hold", item.leaHold ? "yes" : "no")
        field("Support hold", detail.supportHold ? "yes (the support worker asked to wait)" : "no")
        for waiver in detail.waivers {
            field(
                "Waived",
                "\(waiver.step.label) by \(waiver.waivedBy) on \(ISO8601.formatLocal(waiver.waivedAt, in: zone)): "
                    + waiver.reason)
        }
        field("Source", item.source.label)
        field("Duplicate of", detail.duplicateOfReference)
        field("Added", "\(ISO8601.formatLocal(item.createdAt, in: zone)) by \(item.createdBy)")
        if let explanation = item.explanation {
            Output.line("Explanation:")
            for line in TerminalSanitizer.sanitize(explanation, mode: .multiLine).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                Output.line("  \(line)")
            }
        }
        field("Person", detail.person)
        field("Assigned to", item.assignee)
        field("No action", detail.noActionReason)
        if !detail.triage.indicators.isEmpty {
            Output.line("Indicators (the flagger's reasons; nothing is scored):")
            for choice in detail.triage.indicators {
                let label = IndicatorCatalog.indicator(choice.key)?.checklistText ?? choice.key
                Output.line("  - \(Output.safe(label)): \(Output.safe(choice.reason))")
            }
        }
        field("Triage note", detail.triage.note)
        for proposal in detail.proposals {
            Output.line("Next: draft \(proposal.kind.rawValue) — \(Output.safe(proposal.reason)) [\(proposal.source)]")
        }
        Output.line(
            "Evidence (\(detail.evidence.count)) — a hash proves the bytes are unchanged since capture, not where they came from:"
        )
        for evidence in detail.evidence {
            Output.line(
                "  sha256:\(evidence.sha256)  \(evidence.size) B  \(Output.safe(evidence.mediaType))  \(Output.safe(evidence.originalName))  \(ISO8601.format(evidence.capturedAt)) by \(Output.safe(evidence.capturedBy))"
            )
            if evidence.withheldReason != nil { Output.line("    bytes not held: hash and metadata only") }
        }
        Output.line("Documents (\(detail.documents.count)):")
        for document in detail.documents {
            Output.line(
                "  \(document.reference)  \(document.kind)  \(document.status)  \(Output.safe(document.recipient ?? "-"))"
            )
        }
        Output.line("Events (\(detail.events.count)):")
        for event in detail.events {
            Output.line(
                "  #\(event.id)  \(ISO8601.formatLocal(event.at, in: zone))  \(Output.safe(event.actor))  \(event.entity) \(Output.safe(event.entityID))  \(event.action)  \(Output.safe(event.payload))"
            )
        }
    }
}

private struct ShowJSON: Encodable {
    let item: ItemJSON
    let documents: [DocumentSummary]
    let events: [EventJSON]

    init(_ detail: ItemDetail) {
        item = ItemJSON(item: detail.item, evidence: detail.evidence, duplicateOf: detail.duplicateOfReference)
        documents = detail.documents
        events = detail.events.map(EventJSON.init)
    }
}
