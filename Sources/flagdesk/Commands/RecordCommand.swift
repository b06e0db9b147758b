import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk record DOC ...`: what the recipient said or did; deadlines move with it.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record an answer: receipt, decision, extension, preservation milestones, their reference.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The document's reference.")
    var reference: String

    @Flag(help: "The recipient confirmed receipt (DSA Art. 16(4)).")
    var ack = false

    @Option(
        help:
            "The decision: \(DocumentOutcome.allCases.map(\.rawValue).joined(separator: ", ")) (DSA Art. 16(5)).")
    var decision: String?

    @Option(
        name: .customLong("extension-until"),
        help: "The controller extended its reply time to this date, YYYY-MM-DD (GDPR Art. 12(3)).")
    var extensionUntil: String?

    @Flag(
        help: ArgumentHelp(
            "Preservation: the addressee received the issued EPOC-PR; the 60 days run from that receipt "
                + "(Reg. 2023/1543 Art. 11): give --at with the day of receipt the authority confirmed."))
    var issued = false

    @Flag(help: "Preservation: the order was extended by 30 days.")
    var extended = false

    @Flag(name: .customLong("production-requested"), help: "Preservation: a production order was requested.")
    var productionRequested = false

    @Option(name: .customLong("provider-ref"), help: "The recipient's own reference (ticket number).")
    var providerRef: String?

    @Option(help: "When it happened, ISO-8601 (default: now).")
    var at: String?

    @Option(help: "A note for the record.")
    var note: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        var response = ResponseRecord()
        response.acknowledged = ack
        if let decision {
            guard let outcome = DocumentOutcome(rawValue: decision.lowercased()) else {
                throw ValidationError(
                    "--decision must be one of \(DocumentOutcome.allCases.map(\.rawValue).joined(separator: ", ")), "
                        + "not '\(Output.safe(decision))'")
            }
            response.decision = outcome
        }
        if let extensionUntil {
            guard let date = CivilDate(iso: extensionUntil) else {
                throw ValidationError("--extension-until '\(Output.safe(extensionUntil))' is not a date (YYYY-MM-DD)")
            }
            response.extensionUntil = date
        }
        response.issued = issued
        response.extended = extended
        response.productionRequested = productionRequested
        response.providerReference = providerRef
        response.note = note
        if let at {
            guard let instant = ISO8601.parseInstant(at) else {
                throw ValidationError("--at '\(Output.safe(at))' is not an ISO-8601 instant")
            }
            response.at = instant
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            DocumentCommandOutput.print(try desk.record(reference: reference, response), desk: desk, json: json)
        }
    }
}
