import FlagdeskEngine
import Logging

/// The thin loop around the controller: wait for a key (in short slices, so a signal is noticed
/// and other processes' changes are polled about once a second), let the controller act, draw
/// the frame again.
@MainActor
public struct DeskLoop {
    public let controller: DeskController
    public let screen: any TerminalScreen
    public let identity: DeskIdentity
    var logger = Logger(label: "flagdesk.tui")
    /// How often the store is asked whether something changed.
    var pollInterval = Duration.seconds(1)
    /// For $VISUAL / $EDITOR.
    public var environment: [String: String] = [:]

    public init(controller: DeskController, screen: any TerminalScreen, identity: DeskIdentity) {
        self.controller = controller
        self.screen = screen
        self.identity = identity
    }

    /// Runs until the user quits (or the screen stops giving keys, in tests).
    public func run(stopWhenIdle: Bool = false) {
        let clock = ContinuousClock()
        var lastPoll = clock.now
        controller.onWaiting = { [self] in draw() }
        controller.waitIsCancelled = { [self] in drainKeysWhileWaiting() }
        draw()
        while !controller.isFinished {
            let key = screen.readKey(timeout: .milliseconds(250))
            var needsDraw = false
            if let key {
                if case .unknown(let code) = key { logger.debug("unknown key code \(code)") }
                controller.screenSize = screen.size
                controller.handle(key)
                handOverToEditor()
                needsDraw = true
                if let message = controller.state.message, message.kind == .error {
                    logger.info("refused or failed: \(message.text)")
                }
            }
            if clock.now - lastPoll >= pollInterval {
                lastPoll = clock.now
                if controller.reloadIfChanged() {
                    logger.debug("store changed; reloaded")
                    needsDraw = true
                }
            }
            if needsDraw { draw() }
            if key == nil, stopWhenIdle { return }
        }
    }

    /// Runs $EDITOR when the controller asked for it (or falls back to the inline editor).
    private func handOverToEditor() {
        guard let request = controller.state.pendingEditor else { return }
        guard let command = ExternalEditor.command(in: environment) else {
            controller.editInline()
            return
        }
        var result: String?
        screen.suspend { result = ExternalEditor.edit(request.text, command: command) }
        controller.finishEditing(result)
    }

    /// Reads every key typed while a write waits, without acting on it: true if one of them
    /// asks to stop waiting.
    private func drainKeysWhileWaiting() -> Bool {
        var cancelled = false
        while let key = screen.readKey(timeout: .zero) {
            if key == .escape || key == .control("g") || key == .control("c") { cancelled = true }
        }
        return cancelled
    }

    public func draw() {
        controller.screenSize = screen.size
        DeskView(
            state: controller.state, context: controller.viewContext, keymap: controller.keymap, identity: identity
        )
        .draw(on: screen)
    }
}
