import ArgumentParser
import FlagdeskEngine
import Foundation

/// `flagdesk bundle REF --out FILE.zip [--force]`.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Write an evidence bundle (ZIP) for an item or a case.",
        discussion: """
            The bundle holds the documents as sent, the evidence files, manifest.json, the custody log \
            (audit events) and SHA256SUMS: unzip it and run `sha256sum -c SHA256SUMS`. Evidence that may \
            show sexual material of a child is listed by hash only, never included.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "An item (FD-2026-000123) or a case reference.")
    var reference: String?

    @Option(name: .customLong("case"), help: "A case: every item of it, one manifest and one custody log.")
    var caseReference: String?

    @Option(help: "The ZIP file to write (created 0600).")
    var out: String

    @Flag(help: "Replace an existing file.")
    var force = false

    func validate() throws {
        guard (reference == nil) != (caseReference == nil) else {
            throw ValidationError("give an item or case reference, or --case CASE (one of them)")
        }
    }

    func run() throws {
        let reference = reference ?? caseReference ?? ""
        let desk = try global.openDesk()
        var summary: BundleSummaryText?
        try OutputFile.place(at: out, force: force) { temporary in
            let progress = StagedProgress.onTerminal("bundle")
            let written = try runEngine { () throws(EngineError) in
                defer { progress?.finish() }
                return try desk.bundle(
                    reference: reference, to: temporary, progress: StagedProgress.callback(progress))
            }
            summary = BundleSummaryText(
                documents: written.documents, files: written.evidenceFiles, withheld: written.withheldFiles,
                events: written.events)
        }
        guard let summary else { return }
        Output.line(
            "Wrote \(Output.safe(out)): \(summary.documents) document(s) as sent, \(summary.files) evidence file(s)"
                + (summary.withheld > 0 ? ", \(summary.withheld) listed by hash only" : "")
                + ", \(summary.events) custody event(s)")
    }
}

private struct BundleSummaryText {
    var documents: Int
    var files: Int
    var withheld: Int
    var events: Int
}
