import FlagdeskCore

/// A screen in memory, for tests: a grid of cells that honours display widths as a terminal
/// does (a wide character takes its cell and the next one), with keys fed from a script.
@MainActor
public final class MemoryScreen: TerminalScreen {
    /// One cell of the grid.
    public struct Cell: Sendable, Hashable {
        /// The grapheme cluster drawn here; empty in the right half of a wide character.
        public var text: String
        public var attributes: TextAttributes
        /// True for the second cell of a wide character.
        public var isContinuation: Bool

        public static let blank = Cell(text: " ", attributes: .normal, isContinuation: false)
    }

    public private(set) var size: TerminalSize
    private var cells: [[Cell]]
    private var pendingKeys: [Key] = []
    /// How many times `refresh` was called (views should refresh once per frame).
    public private(set) var refreshCount = 0
    /// Draws as a terminal whose locale is not UTF-8 does (`AsciiFallback`), for `LANG=C` tests.
    public var asciiOnly = false

    public init(size: TerminalSize) {
        self.size = size
        cells = Self.blankGrid(size)
    }

    // MARK: TerminalScreen

    public func put(_ text: String, at position: TerminalPosition, attributes: TextAttributes) {
        guard (0..<size.rows).contains(position.row), position.column >= 0 else { return }
        var column = position.column
        let sanitized = TerminalSanitizer.sanitize(text)
        for character in asciiOnly ? AsciiFallback.text(sanitized) : sanitized {
            let width = DisplayWidth.width(of: character)
            if width == 0 {
                // A zero-width cluster (a joiner, a zero-width space) joins the character before
                // it; at the start of the text it has none here and is not drawn.
                if column > position.column { attachToPreviousCell(character, row: position.row, before: column) }
                continue
            }
            guard column + width <= size.columns else { break }
            write(character, width: width, attributes: attributes, row: position.row, column: column)
            column += width
        }
    }

    public func clear() {
        cells = Self.blankGrid(size)
    }

    public func refresh() {
        refreshCount += 1
    }

    public func suspend(_ body: () -> Void) {
        body()
    }

    public func readKey(timeout: Duration?) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    // MARK: Test controls

    /// Keys that `readKey` will return, in order, before it starts timing out.
    public func enqueue(_ keys: Key...) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Changes the size as a terminal window would: the grid is cleared and `.resize` queued.
    public func resize(to newSize: TerminalSize) {
        size = newSize
        cells = Self.blankGrid(newSize)
        pendingKeys.append(.resize)
    }

    /// The screen as text, one line per row (each wide character once), trailing spaces
    /// removed unless asked for.
    public func snapshot(trimmingTrailingSpaces: Bool = true) -> String {
        cells.map { row in
            let line = row.filter { !$0.isContinuation }.map(\.text).joined()
            guard trimmingTrailingSpaces else { return line }
            return String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }

    /// The cell at a position (for tests on attributes and wide characters).
    public func cell(at position: TerminalPosition) -> Cell {
        cells[position.row][position.column]
    }

    // MARK: Grid

    private static func blankGrid(_ size: TerminalSize) -> [[Cell]] {
        Array(repeating: Array(repeating: .blank, count: size.columns), count: size.rows)
    }

    private func write(_ character: Character, width: Int, attributes: TextAttributes, row: Int, column: Int) {
        for offset in 0..<width { clearWideCharacter(coveringRow: row, column: column + offset) }
        cells[row][column] = Cell(text: String(character), attributes: attributes, isContinuation: false)
        for offset in 1..<width {
            cells[row][column + offset] = Cell(text: "", attributes: attributes, isContinuation: true)
        }
    }

    /// Before a cell is overwritten: a wide character it belongs to loses its other half, as on
    /// a real terminal, so that no half character is left behind.
    private func clearWideCharacter(coveringRow row: Int, column: Int) {
        if cells[row][column].isContinuation {
            var previous = column - 1
            while previous >= 0 {
                let wasContinuation = cells[row][previous].isContinuation
                cells[row][previous] = .blank
                if !wasContinuation { break }
                previous -= 1
            }
        }
        var next = column + 1
        while next < size.columns, cells[row][next].isContinuation {
            cells[row][next] = .blank
            next += 1
        }
    }

    private func attachToPreviousCell(_ character: Character, row: Int, before column: Int) {
        var target = column - 1
        while target >= 0, cells[row][target].isContinuation { target -= 1 }
        guard target >= 0, target < size.columns else { return }
        cells[row][target].text.append(character)
    }
}
