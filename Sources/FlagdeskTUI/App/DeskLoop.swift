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

    public init(controller: DeskController, screen: any TerminalScreen, identity: DeskIdentity) {
        self.controller = controller
        self.screen = screen
        self.identity = identity
    }

    /// Runs until the user quits (or the screen stops giving keys, in tests).
    public func run(stopWhenIdle: Bool = false) {
        let clock = ContinuousClock()
        var lastPoll = clock.now
        draw()
        while !controller.isFinished {
            let key = screen.readKey(timeout: .milliseconds(250))
            var needsDraw = false
            if let key {
                if case .unknown(let code) = key { logger.debug("unknown key code \(code)") }
                controller.screenSize = screen.size
                controller.handle(key)
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

    public func draw() {
        controller.screenSize = screen.size
        DeskView(state: controller.state, context: controller.viewContext, keymap: controller.keymap, identity: identity)
            .draw(on: screen)
    }
}
