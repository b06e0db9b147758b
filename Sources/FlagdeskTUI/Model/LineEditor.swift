/// One line of input (search, filter, `:` command, a field of a form) with a cursor, edited with
/// readline's basic keys: arrows, Home/End, Backspace, Delete, C-u (clear), C-w (word back).
public struct LineEditor: Sendable, Hashable {
    public private(set) var text: String
    /// Cursor position in characters.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .rune(let scalar):
            insert(Character(scalar))
        case .backspace:
            guard cursor > 0 else { return true }
            remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(at: cursor)
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text = ""
            cursor = 0
        case .control("w"):
            let characters = Array(text)
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            text = String(characters[..<start] + characters[cursor...])
            cursor = start
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        var characters = Array(text)
        characters.insert(character, at: cursor)
        text = String(characters)
        // A combining mark merges into the character before it: the count may not grow.
        cursor = min(text.count, cursor + 1 - (characters.count - text.count))
    }

    private mutating func remove(at index: Int) {
        var characters = Array(text)
        characters.remove(at: index)
        text = String(characters)
    }
}
