import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk triage REF ...`: the flagger's judgement on an item, recorded with reasons.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Triage an item: classification, legal basis, flags, indicators with reasons, or no action.",
        discussion: """
            Nothing is decided automatically: the indicator checklist records what YOU saw (--indicator \
            KEY=REASON; `flagdesk indicators` lists the keys). --no-action closes the item as not illegal, \
            with the reason (e.g. "lawful adult sex work, not illegal in the provider's country").
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item's reference, e.g. FD-2026-000123.")
    var reference: String

    @Option(help: "DSA category, e.g. STATEMENT_CATEGORY_PROTECTION_OF_MINORS or protection-of-minors.")
    var category: DSACategory?

    @Option(help: "Keyword (repeatable; replaces the item's keywords).")
    var keyword: [DSAKeyword] = []

    @Option(name: .customLong("content-type"), help: "Content type (repeatable; replaces the item's).")
    var contentType: [DSAContentType] = []

    @Option(name: .customLong("legal-basis"), help: "Offence and provision, e.g. 'Directive 2011/36/EU Art. 2'.")
    var legalBasis: String?

    @Option(help: "Why the content is illegal, substantiated (DSA Art. 16(2)(a)).")
    var explanation: String?

    @Option(help: "Is a minor involved: yes, no or unknown.")
    var minor: MinorInvolvement?

    @Option(name: .customLong("threat-to-life"), help: "yes or no: a threat to someone's life or safety.")
    var threatToLife: String?

    @Option(
        name: .customLong("lea-hold"), help: "yes: law enforcement asked to wait (puts the item on hold); no: lift it.")
    var leaHold: String?

    @Option(help: "An indicator seen, as KEY=REASON (repeatable; replaces the checklist).")
    var indicator: [String] = []

    @Option(help: "A triage note.")
    var note: String?

    @Option(help: "Pseudonym of the victim or data subject concerned (recorded if new).")
    var person: String?

    @Option(name: .customLong("no-action"), help: "Close the item as not illegal, with this reason.")
    var noAction: String?

    @Option(name: .customLong("expect-version"), help: "Refuse if the item changed since this version.")
    var expectVersion: Int?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let request = try makeRequest()
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            if let reason = noAction {
                let item = try desk.closeWithoutAction(reference: reference, reason: reason)
                if json {
                    Output.json(ItemJSON(item: item, evidence: []))
                } else {
                    Output.line("\(item.reference) closed without action: \(Output.safe(reason))")
                }
                return
            }
            let outcome = try desk.triage(request)
            let proposals = try desk.proposals(reference: outcome.item.reference)
            if json {
                Output.json(TriageJSON(outcome: outcome, proposals: proposals))
                return
            }
            Output.line(
                "\(outcome.item.reference) [\(outcome.item.status.label)] priority \(outcome.item.priority.label)")
            for warning in outcome.warnings { Output.line("warning: \(Output.safe(warning))") }
            for proposal in proposals {
                Output.line("next: draft \(proposal.kind.rawValue) — \(proposal.reason) [\(proposal.source)]")
            }
        }
    }

    private func makeRequest() throws -> TriageRequest {
        var request = TriageRequest(reference: reference)
        request.category = category
        if !keyword.isEmpty { request.keywords = keyword }
        if !contentType.isEmpty { request.contentTypes = contentType }
        request.legalBasis = legalBasis
        request.explanation = explanation
        if let minor { request.minor = minor }
        request.threatToLife = try threatToLife.map { try YesNoOption.parse($0, option: "--threat-to-life") }
        request.leaHold = try leaHold.map { try YesNoOption.parse($0, option: "--lea-hold") }
        if !indicator.isEmpty {
            request.indicators = try indicator.map { text in
                guard let equals = text.firstIndex(of: "=") else {
                    throw ValidationError("--indicator '\(Output.safe(text))' is not KEY=REASON")
                }
                return IndicatorChoice(
                    key: String(text[..<equals]).trimmingCharacters(in: .whitespaces),
                    reason: String(text[text.index(after: equals)...]))
            }
        }
        request.note = note
        request.person = person
        request.expectedVersion = expectVersion
        return request
    }
}

/// A yes/no option value, or a usage error naming the option.
enum YesNoOption {
    static func parse(_ text: String, option: String) throws -> Bool {
        guard let answer = YesNo.value(text) else {
            throw ValidationError("\(option) must be yes or no, not '\(Output.safe(text))'")
        }
        return answer
    }
}

private struct TriageJSON: Encodable {
    let item: ItemJSON
    let warnings: [String]
    let proposals: [ProposalJSON]

    init(outcome: TriageOutcome, proposals: [DraftProposal]) {
        item = ItemJSON(item: outcome.item, evidence: [])
        warnings = outcome.warnings
        self.proposals = proposals.map(ProposalJSON.init)
    }
}

struct ProposalJSON: Encodable {
    let kind: String
    let reason: String
    let source: String

    init(_ proposal: DraftProposal) {
        kind = proposal.kind.rawValue
        reason = proposal.reason
        source = proposal.source
    }
}

/// `flagdesk hold|release|resolve REF`: item state changes outside triage.
struct ItemStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item",
        abstract: "Change an item's state: hold (LEA asked to wait), release, resolve (content gone).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "hold, release or resolve.")
    var action: String

    @Argument(help: "The item's reference.")
    var reference: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let item: Item
            switch action.lowercased() {
            case "hold": item = try desk.hold(reference: reference)
            case "release": item = try desk.release(reference: reference)
            case "resolve": item = try desk.resolve(reference: reference)
            default: throw .badInput("unknown item action '\(action)'; use hold, release or resolve")
            }
            Output.line("\(item.reference) [\(item.status.label)]")
        }
    }
}
