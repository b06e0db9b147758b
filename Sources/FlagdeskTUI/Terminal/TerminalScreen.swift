/// Where a view draws: an ncurses terminal (`NcursesScreen`) or a grid in memory for tests
/// (`MemoryScreen`). Everything written passes through `TerminalSanitizer` (DESIGN.md §8):
/// callers hand over hostile text as it is and never escape it themselves.
///
/// All methods run on the main actor: curses keeps its state in C globals and is not
/// thread-safe, so one actor owns every call.
@MainActor
public protocol TerminalScreen: AnyObject {
    /// The current size in cells; it changes after a `.resize` key.
    var size: TerminalSize { get }

    /// Writes one line of text from `position` to the right, sanitised (single-line mode) and
    /// clipped at the right edge by display width. A wide character that would straddle the
    /// edge is not drawn. Positions outside the screen draw nothing.
    func put(_ text: String, at position: TerminalPosition, attributes: TextAttributes)

    /// Blanks the whole screen.
    func clear()

    /// Makes what was put visible (curses draws only on refresh).
    func refresh()

    /// The next key, waiting at most `timeout` (nil waits for ever); nil when none came.
    func readKey(timeout: Duration?) -> Key?

    /// Hands the terminal to another program (an $EDITOR) while `body` runs, then takes it back.
    func suspend(_ body: () -> Void)
}

extension TerminalScreen {
    public func put(_ text: String, at position: TerminalPosition) {
        put(text, at: position, attributes: .normal)
    }
}

/// Rows and columns of the screen.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
    }

    public var description: String { "\(columns)x\(rows)" }
}

/// A cell position, zero-based from the top-left corner.
public struct TerminalPosition: Sendable, Hashable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// How text is drawn. Colours are dropped by screens when the user set `NO_COLOR`.
public struct TextAttributes: Sendable, Hashable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: TerminalColor?

    public init(
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false,
        color: TerminalColor? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }

    public static let normal = TextAttributes()
    public static let bold = TextAttributes(bold: true)
    public static let reverse = TextAttributes(reverse: true)
}

/// The foreground colours views may ask for (the terminal's own background is kept). The raw
/// values are the curses colour numbers.
public enum TerminalColor: Int16, Sendable, CaseIterable {
    case red = 1, green, yellow, blue, magenta, cyan
}
