import ArgumentParser
import FlagdeskEngine
import Foundation

/// `flagdesk backup PATH`: an online backup into a new folder, checked after it is written.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Back up the store (database and evidence) into a new folder, then check the copy.",
        discussion: """
            Coordinators only: a backup carries everything. Works while the desk is open elsewhere \
            (SQLite online backup). PATH must not exist or be empty; it is created 0700, files 0600, \
            with manifest.json listing every file's SHA-256. The copy is then opened and checked: \
            SQLite integrity, the audit chain and every evidence hash. Key files are never copied.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The folder to write (new or empty).")
    var path: String

    func run() throws {
        let desk = try global.openDesk()
        let progress = StagedProgress.onTerminal("backup")
        let report = try runEngine { () throws(EngineError) in
            defer { progress?.finish() }
            return try desk.backup(to: URL(fileURLWithPath: path), progress: StagedProgress.callback(progress))
        }
        Output.line("Backed up into \(Output.safe(report.folder.path)):")
        BackupLines.print(report)
        Output.line("Note: \(report.keyFileNote)")
    }
}

/// The lines backup and restore print about what they checked.
enum BackupLines {
    static func print(_ report: BackupReport) {
        let manifest = report.manifest
        Output.line("  database \(manifest.database.size) bytes, sha256:\(manifest.database.sha256)")
        Output.line("  SQLite integrity check: \(report.verification.integrity.joined(separator: "; "))")
        Output.line("  audit chain intact: \(manifest.chainEvents) events, head sha256:\(manifest.chainHead)")
        Output.line(
            "  evidence: \(report.verification.evidenceVerified) of \(manifest.evidence.count) file(s) match their SHA-256"
        )
    }
}
