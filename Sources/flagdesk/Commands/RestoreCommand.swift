import ArgumentParser
import FlagdeskEngine
import Foundation

/// `flagdesk restore PATH [--store DIR]`: a verified backup becomes the store.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore a backup into an empty store folder, after checking it.",
        discussion: """
            Coordinators only. The backup is checked first (manifest, SQLite integrity, the audit \
            chain and its head, every evidence hash) and refused, saying what failed, if anything \
            does not verify. An existing store is never overwritten: move it away first. The store \
            is --store, else FLAGDESK_STORE, else the config, else $XDG_DATA_HOME/flagdesk.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The backup folder (written by flagdesk backup).")
    var path: String

    func run() throws {
        let options = try global.deskOptions()
        let report = try runEngine { () throws(EngineError) in
            try StoreRestore.restore(from: URL(fileURLWithPath: path), options: options)
        }
        Output.line("Restored \(Output.safe(path)) into \(Output.safe(report.folder.path)):")
        BackupLines.print(report)
        Output.line("  the restored store verifies (flagdesk verify)")
        Output.line("Note: \(report.keyFileNote)")
    }
}
