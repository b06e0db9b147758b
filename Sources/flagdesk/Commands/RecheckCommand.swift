import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk recheck`: is the content still online? Proposes an outcome; the flagger confirms.
struct RecheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recheck",
        abstract: "Check whether items' content is still online and propose an outcome for the flagger to confirm.",
        discussion: """
            Each check records the HTTP status, final URL and body hash, and proposes removed? (404, 410, 451),
            changed (the body differs from the last capture) or still online. Confirm with
            `flagdesk recheck --confirm CHECK-ID OUTCOME` (removed, changed or still-online).
            --due picks the items whose notice was decided or whose deadline passed, not checked since.
            Needs [network] enabled = true.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Item references to check.")
    var references: [String] = []

    @Flag(help: "Check every item whose notice was decided or whose deadline passed, not checked since.")
    var due = false

    @Option(
        name: .customLong("confirm"), parsing: .upToNextOption,
        help: "Confirm a check's outcome: CHECK-ID removed|changed|still-online.")
    var confirm: [String] = []

    @Flag(help: "Print the checks as JSON.")
    var json = false

    func validate() throws {
        let modes = (references.isEmpty ? 0 : 1) + (due ? 1 : 0) + (confirm.isEmpty ? 0 : 1)
        guard modes == 1 else {
            throw ValidationError("give item references, or --due, or --confirm CHECK-ID OUTCOME (one of the three)")
        }
        if !confirm.isEmpty, confirm.count != 2 {
            throw ValidationError("--confirm takes two values: CHECK-ID OUTCOME")
        }
    }

    func run() throws {
        let desk = try global.openDesk()
        if !confirm.isEmpty {
            guard let id = Int64(confirm[0].trimmingCharacters(in: CharacterSet(charactersIn: "#"))) else {
                throw ValidationError("--confirm: '\(Output.safe(confirm[0]))' is not a check number")
            }
            guard let outcome = LivenessOutcome(rawValue: confirm[1].lowercased()) else {
                throw ValidationError(
                    "--confirm: outcome must be \(LivenessOutcome.allCases.map(\.rawValue).joined(separator: ", ")), not '\(Output.safe(confirm[1]))'"
                )
            }
            try runEngine { () throws(EngineError) in
                let check = try desk.confirmRecheck(checkID: id, outcome: outcome)
                if json {
                    Output.json(check)
                } else {
                    Output.line("Check #\(check.id) of \(check.itemReference) confirmed: \(outcome.rawValue)")
                }
            }
            return
        }
        try runEngine { () throws(EngineError) in
            let wanted = due ? try desk.dueForRecheck() : references
            if wanted.isEmpty, !json {
                Output.line("Nothing due for a recheck.")
                return
            }
            let checks = try desk.recheck(references: wanted)
            if json {
                Output.json(checks)
                return
            }
            for check in checks { Output.line(Self.describe(check)) }
            Output.line("Confirm with: flagdesk recheck --confirm CHECK-ID removed|changed|still-online")
        }
    }

    static func describe(_ check: LivenessCheck) -> String {
        let proposal = check.proposedOutcome.flatMap(LivenessOutcome.init(rawValue:))?.proposalLabel ?? "no proposal"
        var text = "#\(check.id) \(check.itemReference): "
        if let status = check.httpStatus {
            text += "HTTP \(status)"
        } else {
            text += "no answer (\(Output.safe(check.error ?? "unknown error")))"
        }
        if let finalURL = check.finalURL { text += ", final URL \(Output.safe(finalURL))" }
        switch check.changed {
        case .some(true): text += ", content changed since capture"
        case .some(false): text += ", content unchanged since capture"
        case .none: break
        }
        return text + " -> proposed: \(proposal)"
    }
}
