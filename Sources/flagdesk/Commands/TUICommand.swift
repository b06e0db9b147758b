import ArgumentParser
import FlagdeskEngine
import FlagdeskTUI
import Foundation

/// `flagdesk tui` (also bare `flagdesk` and `flagdesk --demo`): the full-screen ncurses desk.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen desk (the default when no command is given).",
        discussion: """
            Keys follow mutt and aerc: j/k, Enter, q, / search, : command, ? help. Logs go to tui.log in the \
            store folder. With --demo, a fresh demo desk is made in a temporary folder and removed on exit.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Open a fresh synthetic demo desk in a temporary folder (removed on exit).")
    var demo = false

    func run() throws {
        var environment = ProcessInfo.processInfo.environment
        var demoFolder: URL?
        let desk: Desk
        if demo {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "flagdesk-demo-\(UUID().uuidString)")
            demoFolder = folder
            var options = try global.deskOptions()
            // The throw-away desk's seal key goes beside it, never to the user's own key file.
            environment["FLAGDESK_SEAL_KEY"] = Self.demoSealKey(folder).path
            options.environment = environment
            options.storePath = folder.path
            options.createStore = true
            // A throw-away demo desk is a test desk: `--now` may date what is done in it.
            options.newDesk = NewDesk(simulatedClock: true)
            desk = try runEngine { () throws(EngineError) in
                let desk = try Desk.open(options)
                _ = try desk.fillDemo()
                return desk
            }
        } else {
            desk = try global.openDesk()
        }
        let temporaryFolder = demoFolder
        let removeDemo: @Sendable () -> Void = {
            if let temporaryFolder {
                try? FileManager.default.removeItem(at: temporaryFolder)
                try? FileManager.default.removeItem(at: Self.demoSealKey(temporaryFolder))
            }
        }
        defer { removeDemo() }
        try MainActor.assumeIsolated {
            do {
                try DeskTUI.run(desk: desk, environment: environment, cleanup: removeDemo)
            } catch let error as EngineError {
                Output.error(error.description)
                throw ExitCode(error.exitCode)
            } catch {
                Output.error(String(describing: error))
                throw ExitCode(69)
            }
        }
    }

    /// Where a throw-away demo desk in `folder` keeps its seal key: beside it, removed with it.
    static func demoSealKey(_ folder: URL) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + ".seal.key")
    }
}
