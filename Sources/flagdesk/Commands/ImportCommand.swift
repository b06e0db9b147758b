import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk import FILE`: many flagged URLs at once, all or nothing unless `--partial`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import flagged URLs from a CSV, JSON or NDJSON file (all or nothing unless --partial).",
        discussion: """
            Columns are matched by header name (url, link, category, keywords, content_type, explanation,
            legal_basis, source, minor, threat_to_life and their aliases; config [import]). Every row is checked
            as `add` checks it; a URL already on record, or earlier in the file, is stored linked to the first
            item. Exit 0 when stored (or, with --dry-run, when every row is good); 65 when rows were rejected
            and nothing was stored.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The file to import.")
    var file: String

    @Option(help: "csv, json (an array of objects) or ndjson (one object per line); default: from the file.")
    var format: ImportFormat?

    @Option(help: "A named column mapping from config [import.mappings.NAME].")
    var mapping: String?

    @Flag(name: .customLong("dry-run"), help: "Check every row and report; store nothing.")
    var dryRun = false

    @Flag(help: "Store the good rows even when some are rejected.")
    var partial = false

    @Option(help: "Write the rejected rows to this CSV file (line, reason, then the row).")
    var rejects: String?

    @Option(help: "Source of rows that name none: hotline, osint, self-report, partner or other.")
    var source = ItemSource.other

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var request = ImportRequest(
            file: url, format: format, mapping: mapping, dryRun: dryRun,
            partial: partial, rejectsFile: rejects.map { URL(fileURLWithPath: $0) }, defaultSource: source)
        // Rows are counted by line only where a row is a line (not in a JSON array).
        let progress = ProgressLine.onTerminal(
            "import", unit: "rows",
            total: format == .json || file.hasSuffix(".json") ? nil : ProgressLine.estimatedRows(of: url))
        if let progress {
            request.progress = { progress.update($0) }
            request.progressInterval = 10_000
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            defer { progress?.finish() }
            let summary = try desk.importItems(request)
            if json { Output.json(summary) } else { ImportReport.print(summary, rejectsFile: rejects) }
            if summary.rejected > 0, !summary.stored, !partial {
                throw .badInput(
                    "\(summary.rejected) of \(summary.rows) rows rejected; nothing was stored"
                        + (dryRun ? "" : " (fix them, or use --partial to store the good rows)"))
            }
        }
    }
}

/// The human summary of an import.
enum ImportReport {
    static func print(_ summary: ImportSummary, rejectsFile: String?) {
        var how = summary.format.rawValue.uppercased()
        if let delimiter = summary.delimiter {
            how += delimiter == "\t" ? ", tab-separated" : ", '\(delimiter)'-separated"
        }
        if let mapping = summary.mapping { how += ", mapping \(mapping)" }
        Output.line("\(Output.safe(summary.file)) (\(Output.safe(how))), sha256:\(summary.sha256)")
        let verb = summary.stored ? "" : "would be "
        Output.line(
            "Rows \(summary.rows): \(verb)added \(summary.added), \(verb)linked as duplicates \(summary.linkedAsDuplicates), rejected \(summary.rejected)"
        )
        if !summary.ignoredColumns.isEmpty {
            Output.line("Columns not read: " + summary.ignoredColumns.map { Output.safe($0) }.joined(separator: ", "))
        }
        for rejection in summary.rejections {
            Output.line("  line \(rejection.line): \(Output.safe(rejection.reason))")
        }
        if summary.rejected > summary.rejections.count {
            Output.line(
                "  ... and \(summary.rejected - summary.rejections.count) more"
                    + (rejectsFile == nil ? " (use --rejects FILE to list them all)" : ""))
        }
        if let rejectsFile, summary.rejected > 0 { Output.line("Rejected rows written to \(Output.safe(rejectsFile))") }
        if summary.stored, let first = summary.firstReference, let last = summary.lastReference {
            Output.line("Stored \(first) to \(last)")
        } else if summary.dryRun {
            Output.line("Dry run: nothing was stored.")
        } else if summary.rows == 0 {
            Output.line("No rows: nothing was stored.")
        }
    }
}
