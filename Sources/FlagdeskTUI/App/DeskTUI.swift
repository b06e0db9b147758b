import FlagdeskCore
import FlagdeskEngine
import Foundation
import Logging

/// The entry point the `flagdesk` executable calls: starts curses on the terminal, runs the desk
/// and always restores the terminal (on quit, on errors, and on SIGINT or SIGTERM).
public enum DeskTUI {
    /// The log file of a desk: beside the store (which is 0700), never the screen.
    public static func logPath(for desk: Desk) -> String {
        desk.store.folder.appendingPathComponent("tui.log").path
    }

    /// How long one write attempt waits for another process's write before the status line is
    /// redrawn and it tries again (see `DeskController.writing`).
    static let waitSlice = Duration.milliseconds(250)

    /// Runs until the user quits. `cleanup` runs before the process ends on a signal too (the
    /// demo removes its temporary store there).
    @MainActor
    public static func run(
        desk: Desk, environment: [String: String], cleanup: (@Sendable () -> Void)? = nil
    ) throws {
        // `[keys]` is checked before the terminal is taken over: a refused binding is a plain
        // configuration error on standard error, naming the line.
        let keymap: Keymap
        do {
            keymap = try Keymap.standard.configured(by: desk.config.keyBindings)
        } catch {
            throw EngineError.configuration(error.description)
        }
        let logFile = LogFile(path: logPath(for: desk))
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, file: logFile) }
        let logger = Logger(label: "flagdesk.tui")
        desk.waitForWriters(inSlicesOf: waitSlice)
        let controller = try DeskController(desk: desk, keymap: keymap)
        let screen = try NcursesScreen(environment: environment)
        screen.beforeSignalExit = cleanup
        screen.interruptIsKey = { controller.keepsInterrupt }
        defer { screen.end() }
        logger.info("desk opened on \(desk.store.folder.path) as \(desk.actor), \(screen.size)")
        var loop = DeskLoop(controller: controller, screen: screen, identity: DeskIdentity(desk: desk))
        loop.environment = ExternalEditor.allowed(in: environment, for: desk.actorSource)
        loop.run()
        if let lost = controller.state.lostStore {
            logger.error("store gone: \(lost)")
            throw EngineError.store(lost)
        }
        logger.info("desk closed")
    }
}
