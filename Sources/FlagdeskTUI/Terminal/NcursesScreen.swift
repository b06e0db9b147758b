import CNcursesw
import Dispatch
import FlagdeskCore
import Foundation

/// The real terminal, through wide-character ncurses (libncursesw).
///
/// - `setlocale(LC_ALL, "")` runs before curses starts, or UTF-8 would print as mojibake.
/// - Colours are used only when the terminal has them and `NO_COLOR` is unset or empty
///   (https://no-color.org, DESIGN.md §8).
/// - A resize arrives as `Key.resize` (ncurses catches SIGWINCH itself).
/// - The terminal is restored by `end()`, at process exit, and on SIGINT or SIGTERM: the signal
///   is noticed while waiting for a key (at most 100 ms later), the terminal restored, and the
///   signal raised again with its default action, so the process ends as the signal intends.
/// - Every curses call happens on the main actor.
@MainActor
public final class NcursesScreen: TerminalScreen {
    private let window: UnsafeMutablePointer<WINDOW>
    private let usesColor: Bool
    /// False under a locale that is not UTF-8 (`LANG=C`): text is drawn through `AsciiFallback`.
    private let localeIsUTF8: Bool
    private var isActive = true
    private let pendingSignal = PendingSignal()
    private var signalSources: [any DispatchSourceSignal] = []
    private static let handledSignals = [SIGINT, SIGTERM]
    /// Runs after the terminal is restored and before a SIGINT or SIGTERM ends the process
    /// (e.g. removing a temporary demo store).
    public var beforeSignalExit: (@Sendable () -> Void)?
    /// Asked when SIGINT (C-c) arrives: true turns it into the key C-c instead of ending the
    /// desk (unsaved triage asks first; a wait for another writer is stopped).
    public var interruptIsKey: (@MainActor () -> Bool)?

    /// Starts curses on the controlling terminal. Throws if standard input or output is not a
    /// terminal, or `TERM` names a terminal curses does not know.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        if let term = environment["TERM"], term == "dumb" || term.hasPrefix("dumb-") { throw .dumbTerminal }
        setlocale(LC_ALL, "")
        localeIsUTF8 = AsciiFallback.localeIsUTF8()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            newterm(nil, output, input) != nil, let window = fd_stdscr()
        else { throw .unknownTerminal(TerminalSanitizer.sanitize(environment["TERM"] ?? "")) }
        self.window = window
        _ = Self.restoreAtExit
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        fd_set_escdelay(25)  // Esc alone is told from an escape sequence after 25 ms
        curs_set(0)
        usesColor = has_colors() && (environment["NO_COLOR"] ?? "").isEmpty
        if usesColor {
            start_color()
            use_default_colors()
            for color in TerminalColor.allCases { init_pair(color.rawValue, color.rawValue, -1) }
        }
        installSignalHandlers()
    }

    /// Restores the terminal (cursor, echo, line mode). Safe to call more than once; the
    /// screen draws nothing afterwards.
    public func end() {
        guard isActive else { return }
        isActive = false
        for source in signalSources { source.cancel() }
        for signalNumber in Self.handledSignals { signal(signalNumber, SIG_DFL) }
        curs_set(1)
        endwin()
    }

    // MARK: TerminalScreen

    public var size: TerminalSize {
        TerminalSize(rows: Int(fd_lines()), columns: Int(fd_cols()))
    }

    public func put(_ text: String, at position: TerminalPosition, attributes: TextAttributes) {
        let size = self.size
        guard isActive, (0..<size.rows).contains(position.row), (0..<size.columns).contains(position.column)
        else { return }
        let sanitized = TerminalSanitizer.sanitize(text)
        let visible = DisplayWidth.truncate(
            localeIsUTF8 ? sanitized : AsciiFallback.text(sanitized), toWidth: size.columns - position.column,
            ellipsis: "")
        wattr_set(window, cursesAttributes(attributes), colorPair(attributes), nil)
        wmove(window, Int32(position.row), Int32(position.column))
        // At the bottom-right cell curses cannot advance the cursor and reports an error
        // after drawing the text; nothing to do about it.
        _ = waddnstr(window, visible, -1)
        wattr_set(window, fd_attr_normal(), 0, nil)
    }

    public func clear() {
        guard isActive else { return }
        werase(window)
    }

    public func refresh() {
        guard isActive else { return }
        wrefresh(window)
    }

    public func suspend(_ body: () -> Void) {
        guard isActive else { return body() }
        def_prog_mode()
        endwin()
        body()
        reset_prog_mode()
        wrefresh(window)
    }

    public func readKey(timeout: Duration?) -> Key? {
        let deadline = timeout.map { ContinuousClock.now + $0 }
        while isActive {
            if let key = handlePendingSignal() { return key }
            // Wait in slices so that a signal is noticed while no key comes.
            var slice = Duration.milliseconds(100)
            if let deadline { slice = min(slice, max(.zero, deadline - ContinuousClock.now)) }
            wtimeout(window, Int32((slice / .milliseconds(1)).rounded(.up)))
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == OK { return KeyDecoder.decode(UInt32(value), isKeyCode: false) }
            if status == KEY_CODE_YES { return KeyDecoder.decode(UInt32(value), isKeyCode: true) }
            if let deadline, ContinuousClock.now >= deadline { return nil }
        }
        return nil
    }

    // MARK: Attributes

    private func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var value = fd_attr_normal()
        if attributes.bold { value |= fd_attr_bold() }
        if attributes.dim { value |= fd_attr_dim() }
        if attributes.reverse { value |= fd_attr_reverse() }
        if attributes.underline { value |= fd_attr_underline() }
        return value
    }

    private func colorPair(_ attributes: TextAttributes) -> Int16 {
        guard usesColor, let color = attributes.color else { return 0 }
        return color.rawValue
    }

    // MARK: Signals and exit

    /// Registered once per process: leaves curses mode if the program exits without `end()`.
    private static let restoreAtExit: Void = {
        atexit {
            if !isendwin() { endwin() }
        }
    }()

    private func installSignalHandlers() {
        let flag = pendingSignal
        for signalNumber in Self.handledSignals {
            signal(signalNumber, SIG_IGN)  // the dispatch source receives it instead
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler(handler: Self.recorder(of: signalNumber, into: flag))
            source.resume()
            signalSources.append(source)
        }
    }

    /// Built outside the main actor: the handler runs on a dispatch queue, and a closure
    /// written inside this class would be isolated to the main actor (and trap there).
    nonisolated private static func recorder(of signalNumber: Int32, into flag: PendingSignal) -> @Sendable () -> Void {
        { flag.record(signalNumber) }
    }

    private func handlePendingSignal() -> Key? {
        guard let signalNumber = pendingSignal.take() else { return nil }
        if signalNumber == SIGINT, interruptIsKey?() == true { return .control("c") }
        end()
        beforeSignalExit?()
        raise(signalNumber)  // default action again since `end()`: the process ends here
        return nil
    }
}

/// Why the terminal could not be started.
public enum TerminalStartError: Error, Sendable, Hashable, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    /// `TERM=dumb` (an Emacs shell buffer, a pipe-like console): it cannot place text on the
    /// screen, so a full-screen desk could only print a stream of garbage. The desk is refused
    /// and the CLI named instead, which does every step of the workflow line by line.
    case dumbTerminal

    public var description: String {
        switch self {
        case .notATerminal:
            return "Standard input and output must be a terminal to open the full-screen interface."
        case .unknownTerminal(let name):
            return "The terminal type '\(name)' (TERM) is unknown to curses; try TERM=xterm-256color."
        case .dumbTerminal:
            return
                "This terminal is TERM=dumb: it cannot place text on the screen, so the full-screen desk does not "
                + "open here. Every step works from the command line instead: `flagdesk list`, `flagdesk show REF`, "
                + "`flagdesk deadlines`, `flagdesk triage REF ...` (`flagdesk --help` lists them); or run the desk "
                + "in a terminal emulator (TERM=xterm-256color)."
        }
    }
}

/// A signal received on the dispatch queue, waiting for the main actor to act on it.
private final class PendingSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var signalNumber: Int32?

    func record(_ number: Int32) {
        lock.lock()
        defer { lock.unlock() }
        signalNumber = number
    }

    func take() -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        let number = signalNumber
        signalNumber = nil
        return number
    }
}
