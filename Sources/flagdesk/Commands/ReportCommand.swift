import ArgumentParser
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskEngine
import Foundation

/// `flagdesk report --year YYYY | --from DATE --to DATE --format md|csv|json|html [--out PATH]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The trusted-flagger annual report (DSA Art. 22(3)): notices by provider, type and action.",
        discussion: """
            Counts the DSA notices sent in the period (days in the organisation's time zone, both \
            included). The report holds no personal data: no item, URL or person appears in it.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "A calendar year, e.g. 2026.")
    var year: Int?

    @Option(help: "First day (YYYY-MM-DD), with --to.")
    var from: String?

    @Option(help: "Last day included (YYYY-MM-DD), with --from.")
    var to: String?

    @Option(help: "The report's format.")
    var format = ReportFormat.md

    @Option(help: "Write to this file (created 0600; an existing file is refused without --force).")
    var out: String?

    @Flag(help: "Replace an existing --out file.")
    var force = false

    func validate() throws {
        if year != nil, from != nil || to != nil { throw ValidationError("give --year or --from/--to, not both") }
        if year == nil, from == nil || to == nil { throw ValidationError("give --year YYYY, or both --from and --to") }
    }

    func run() throws {
        let (first, last) = try period()
        let desk = try global.openDesk()
        let report = try runEngine { () throws(EngineError) in try desk.report(from: first, to: last) }
        let text: String
        do {
            text = try ReportWriter.write(report, format: format)
        } catch {
            Output.error("cannot write the report: \(error)")
            throw ExitCode(74)
        }
        if let out { try runEngine { () throws(EngineError) in try desk.refuseOwnFile(out) } }
        try OutputFile.emit(text, to: out, force: force)
    }

    private func period() throws -> (CivilDate, CivilDate) {
        if let year {
            guard let first = CivilDate(year: year, month: 1, day: 1),
                let last = CivilDate(year: year, month: 12, day: 31)
            else { throw ValidationError("--year \(year) is not a year") }
            return (first, last)
        }
        guard let from, let first = CivilDate(iso: from) else {
            throw ValidationError("--from '\(Output.safe(from ?? ""))' is not a date (YYYY-MM-DD)")
        }
        guard let to, let last = CivilDate(iso: to) else {
            throw ValidationError("--to '\(Output.safe(to ?? ""))' is not a date (YYYY-MM-DD)")
        }
        return (first, last)
    }
}
