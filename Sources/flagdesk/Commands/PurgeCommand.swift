import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk purge [--dry-run] [--json]`: erase what is past its retention period.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract:
            "Erase people's details, and closed items' URLs, explanations, evidence files and document texts, "
            + "past their retention period.",
        discussion: """
            Coordinators only. Periods come from [retention] in the config (people: 1 year, evidence: \
            5 years by default), counted from the last activity on a closed item; an item's content goes \
            with its evidence, a document's text once every item it covers is purged. Rows stay with their \
            references, hashes, sizes and times, so the audit chain, `verify` and the annual report are \
            unchanged; one `purge` event records the counts, the hashes of the files erased and the \
            digests `verify` checks. The output names items by reference and people by #id: no URL, no \
            pseudonym.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("dry-run"), help: "Only list what would be erased (references and counts).")
    var dryRun = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        let progress = dryRun ? nil : StagedProgress.onTerminal("purge")
        let report = try runEngine { () throws(EngineError) in
            defer { progress?.finish() }
            return try desk.purge(dryRun: dryRun, progress: StagedProgress.callback(progress))
        }
        if json {
            Output.json(PurgeJSON(report))
            return
        }
        let verb = dryRun ? "Would erase" : "Erased"
        Output.line(
            "Retention: people \(report.peoplePeriod) (last activity by \(ISO8601.format(report.cutoffs.people))), "
                + "evidence \(report.evidencePeriod) (by \(ISO8601.format(report.cutoffs.evidence)))")
        Output.line(
            "\(verb) the details of \(report.peopleIDs.count) person(s)"
                + (report.peopleIDs.isEmpty ? "" : ": " + report.peopleIDs.map { "#\($0)" }.joined(separator: ", ")))
        Output.line(
            "\(verb) the URL, explanation and triage notes of \(report.itemReferences.count) item(s)"
                + (report.itemReferences.isEmpty
                    ? "" : ": " + report.itemReferences.map(Output.safe).joined(separator: ", ")))
        Output.line("\(verb) \(report.evidenceRows) evidence record(s), \(report.evidenceBytes) bytes")
        Output.line("\(verb) the text and fields of \(report.documents) document(s)")
        Output.line(
            "\(verb) the headers and files of \(report.mailReferences.count) imported message(s)"
                + (report.mailReferences.isEmpty ? "" : ": " + report.mailReferences.joined(separator: ", ")))
        Output.line("\(dryRun ? "Would delete" : "Deleted") \(report.filesRemoved) held file(s)")
        if !report.filesFailed.isEmpty {
            Output.error(
                "could not delete \(report.filesFailed.count) file(s); the next purge tries again: "
                    + report.filesFailed.joined(separator: ", "))
            throw ExitCode(74)
        }
    }
}

private struct PurgeJSON: Encodable {
    var dryRun: Bool
    var peoplePeriod: String
    var evidencePeriod: String
    var peopleCutoff: String
    var evidenceCutoff: String
    var people: [Int64]
    var items: [String]
    var documents: Int
    var mail: [String]
    var evidenceRecords: Int
    var evidenceBytes: Int64
    var filesRemoved: Int
    var filesFailed: [String]

    init(_ report: PurgeReport) {
        dryRun = report.dryRun
        peoplePeriod = report.peoplePeriod.description
        evidencePeriod = report.evidencePeriod.description
        peopleCutoff = ISO8601.format(report.cutoffs.people)
        evidenceCutoff = ISO8601.format(report.cutoffs.evidence)
        people = report.peopleIDs
        items = report.itemReferences
        documents = report.documents
        mail = report.mailReferences
        evidenceRecords = report.evidenceRows
        evidenceBytes = report.evidenceBytes
        filesRemoved = report.filesRemoved
        filesFailed = report.filesFailed
    }
}
