import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk capture REF`: fetch the item's URL and hold body and headers as evidence.
struct CaptureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capture",
        abstract: "Fetch an item's URL and hold the response body and headers as evidence.",
        discussion: """
            Needs [network] enabled = true in config. Redirects are followed and recorded; the body is cut at
            [network] max_bytes (marked truncated). Items flagged as child sexual abuse material are refused
            unless [network] authorised_to_hold_csam = true. A SHA-256 proves the bytes are unchanged since
            capture, not where they came from.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The item's reference, e.g. FD-2026-000123.")
    var reference: String

    @Flag(help: "Print the capture as JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let outcome = try desk.capture(reference: reference)
            if json {
                Output.json(outcome)
                return
            }
            Output.line("Captured \(outcome.item): HTTP \(outcome.httpStatus)")
            for redirect in outcome.redirects { Output.line("  redirect \(Output.safe(redirect))") }
            Output.line("  final URL  \(Output.safe(outcome.finalURL))")
            Output.line(
                "  body       \(outcome.body.size) bytes, sha256:\(outcome.body.sha256) (evidence #\(outcome.body.id))"
                    + (outcome.truncated ? " TRUNCATED at [network] max_bytes" : ""))
            Output.line(
                "  headers    sha256:\(outcome.headers.sha256) (evidence #\(outcome.headers.id))")
            Output.line(
                "  captured   \(ISO8601.formatLocal(outcome.body.capturedAt, in: desk.zone)) by \(Output.safe(outcome.body.capturedBy))"
            )
            Output.line(CaptureOutcome.integrityNote)
        }
    }
}
