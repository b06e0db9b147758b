import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk add URL ...`: records one flagged item and prints its reference.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a flagged URL as a new item and print its reference.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The URL of the content (http or https).")
    var url: String

    @Option(
        help:
            "DSA Transparency Database category, e.g. STATEMENT_CATEGORY_PROTECTION_OF_MINORS or protection-of-minors.")
    var category: DSACategory?

    @Option(help: "Keyword (repeatable), e.g. KEYWORD_HUMAN_TRAFFICKING or human-trafficking.")
    var keyword: [DSAKeyword] = []

    @Option(name: .customLong("content-type"), help: "Content type (repeatable), e.g. CONTENT_TYPE_IMAGE or image.")
    var contentType: [DSAContentType] = []

    @Option(help: "Why the content is illegal, in the flagger's own words (DSA Art. 16(2)(a)).")
    var explanation: String?

    @Option(name: .customLong("legal-basis"), help: "Offence and provision, e.g. 'Directive 2011/36/EU Art. 2'.")
    var legalBasis: String?

    @Option(help: "Is a minor involved: yes, no or unknown.")
    var minor = MinorInvolvement.unknown

    @Flag(name: .customLong("threat-to-life"), help: "The content shows a threat to someone's life or safety.")
    var threatToLife = false

    @Option(help: "How the item reached you: hotline, osint, self-report, partner or other.")
    var source = ItemSource.other

    @Option(help: "A file to hold as evidence (repeatable); copied, never modified.")
    var evidence: [String] = []

    @Flag(help: "Add even if the URL is already on record (linked to the first item).")
    var force = false

    @Flag(help: "Print the new item as JSON.")
    var json = false

    func run() throws {
        let request = makeRequest()
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            switch try desk.add(request) {
            case .added(let item, let evidence):
                if json {
                    Output.json(ItemJSON(item: item, evidence: evidence))
                } else {
                    Output.line(item.reference)
                }
                // On stderr: scripts read the reference alone on stdout.
                for file in evidence {
                    if let reason = file.withheldReason {
                        Output.error("\(Output.safe(file.originalName)) (SHA-256 \(file.sha256)): \(reason)")
                    }
                }
            case .alreadyOnRecord(let existing):
                if json { Output.json(ItemJSON(item: existing, evidence: [])) } else { Output.line(existing.reference) }
                throw .refused(
                    "this URL is already on record as \(existing.reference); nothing was added (use --force to add it anyway, linked to \(existing.reference))"
                )
            }
        }
    }

    private func makeRequest() -> AddItemRequest {
        AddItemRequest(
            url: url, category: category, keywords: keyword, contentTypes: contentType, explanation: explanation,
            legalBasis: legalBasis, minor: minor, threatToLife: threatToLife, source: source,
            evidenceFiles: evidence.map { URL(fileURLWithPath: $0) }, force: force)
    }
}
