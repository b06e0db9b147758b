/// Line numbers of keys, tables and array elements in a TOML document.
///
/// TOMLKit returns values without their positions, so messages could not say where a bad value
/// is. This index re-reads the source text with a small scanner that knows just enough TOML to
/// follow it: table headers (`[a.b]`), arrays of tables (`[[a]]`, counted so that the third
/// `[[providers]]` is `providers #3`), dotted and quoted keys, strings (all four kinds, so that a
/// `=` or `[` inside a string or a multi-line string is never taken for structure), arrays and
/// inline tables (whose elements and keys get their own lines), and comments. It runs only after
/// TOMLKit has accepted the document, so it can assume valid syntax; on anything unexpected it
/// moves on rather than fail, since a missing line number is better than no message.
struct TOMLSourceIndex: Sendable {
    private(set) var lines: [ConfigPath: Int] = [:]

    init(source: String) {
        var scanner = Scanner(bytes: Array(source.utf8))
        scanner.scanDocument()
        lines = scanner.lines
    }

    /// The line of `path`, or of its nearest enclosing key or table when the path itself was not
    /// written (a key left out, an element of a one-line array).
    func line(for path: ConfigPath) -> Int? {
        var current: ConfigPath? = path
        while let candidate = current {
            if let line = lines[candidate] { return line }
            current = candidate.parent
        }
        return nil
    }
}

private struct Scanner {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lines: [ConfigPath: Int] = [:]
    /// How many `[[x]]` headers were seen for each resolved array path.
    var arrayTableCounts: [ConfigPath: Int] = [:]
    var currentTable = ConfigPath.root

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    func peek(_ offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    mutating func advance() {
        if current == UInt8(ascii: "\n") { line += 1 }
        position += 1
    }

    mutating func record(_ path: ConfigPath, line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    mutating func scanDocument() {
        while true {
            skipBlankLinesAndComments()
            guard let byte = current else { return }
            let start = position
            if byte == UInt8(ascii: "[") {
                scanHeader()
            } else {
                scanKeyValue(in: currentTable)
            }
            skipToEndOfLine()
            if position == start { advance() }
        }
    }

    mutating func scanHeader() {
        let headerLine = line
        let isArray = peek(1) == UInt8(ascii: "[")
        position += isArray ? 2 : 1
        let keys = readKey()
        skipSpaces()
        while current == UInt8(ascii: "]") { advance() }
        guard !keys.isEmpty else { return }
        var path = resolve(keys.dropLast())
        path = path.appending(keys[keys.count - 1])
        if isArray {
            record(path, line: headerLine)
            let count = (arrayTableCounts[path] ?? 0) + 1
            arrayTableCounts[path] = count
            path = path.appending(index: count - 1)
        } else if let count = arrayTableCounts[path] {
            path = path.appending(index: count - 1)
        }
        record(path, line: headerLine)
        currentTable = path
    }

    /// Header keys with the latest element of any array of tables they pass through:
    /// `[providers.contact]` after the third `[[providers]]` is `providers #3 . contact`.
    func resolve(_ keys: ArraySlice<String>) -> ConfigPath {
        var path = ConfigPath.root
        for key in keys {
            path = path.appending(key)
            if let count = arrayTableCounts[path] { path = path.appending(index: count - 1) }
        }
        return path
    }

    mutating func scanKeyValue(in table: ConfigPath) {
        let keyLine = line
        let keys = readKey()
        guard !keys.isEmpty else { return }
        for depth in 1...keys.count {
            record(table.appending(keys: Array(keys.prefix(depth))), line: keyLine)
        }
        skipSpaces()
        guard current == UInt8(ascii: "=") else { return }
        advance()
        scanValue(at: table.appending(keys: keys))
    }

    mutating func scanValue(at path: ConfigPath) {
        skipSpaces()
        guard let byte = current else { return }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            skipString()
        case UInt8(ascii: "["):
            advance()
            var index = 0
            while true {
                skipBlankLinesAndComments()
                guard let next = current, next != UInt8(ascii: "]") else { break }
                let start = position
                record(path.appending(index: index), line: line)
                scanValue(at: path.appending(index: index))
                skipBlankLinesAndComments()
                if current == UInt8(ascii: ",") { advance() }
                index += 1
                if position == start { advance() }
            }
            if current == UInt8(ascii: "]") { advance() }
        case UInt8(ascii: "{"):
            advance()
            while true {
                skipBlankLinesAndComments()
                guard let next = current, next != UInt8(ascii: "}") else { break }
                let start = position
                scanKeyValue(in: path)
                skipBlankLinesAndComments()
                if current == UInt8(ascii: ",") { advance() }
                if position == start { advance() }
            }
            if current == UInt8(ascii: "}") { advance() }
        default:
            // Numbers, booleans, dates: up to the next delimiter (a date-time may hold a space).
            let stops: Set<UInt8> = [
                UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\n"), UInt8(ascii: "#"),
            ]
            while let next = current, !stops.contains(next) { advance() }
        }
    }

    /// A dotted key: bare, "basic" or 'literal' parts joined by dots.
    mutating func readKey() -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let byte = current else { return parts }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                parts.append(readQuotedKey(quote: byte))
            } else {
                let start = position
                while let next = current, isBareKeyByte(next) { advance() }
                guard position > start else { return parts }
                parts.append(String(decoding: bytes[start..<position], as: UTF8.self))
            }
            skipSpaces()
            guard current == UInt8(ascii: ".") else { return parts }
            advance()
        }
    }

    mutating func readQuotedKey(quote: UInt8) -> String {
        advance()
        var scalars: [UInt8] = []
        while let byte = current, byte != quote, byte != UInt8(ascii: "\n") {
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                advance()
                scalars += unescape()
            } else {
                scalars.append(byte)
                advance()
            }
        }
        if current == quote { advance() }
        return String(decoding: scalars, as: UTF8.self)
    }

    /// The bytes an escape stands for, after its backslash (`\n`, `\"`, `\u00E9`...).
    mutating func unescape() -> [UInt8] {
        guard let byte = current else { return [] }
        advance()
        switch byte {
        case UInt8(ascii: "n"): return [0x0A]
        case UInt8(ascii: "t"): return [0x09]
        case UInt8(ascii: "r"): return [0x0D]
        case UInt8(ascii: "b"): return [0x08]
        case UInt8(ascii: "f"): return [0x0C]
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let length = byte == UInt8(ascii: "u") ? 4 : 8
            guard position + length <= bytes.count,
                let value = UInt32(String(decoding: bytes[position..<position + length], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            else { return [] }
            position += length
            return Array(String(Character(scalar)).utf8)
        default: return [byte]
        }
    }

    mutating func skipString() {
        guard let quote = current else { return }
        let isMultiLine = peek(1) == quote && peek(2) == quote
        if isMultiLine {
            position += 3
            while let byte = current {
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") {
                    advance()
                    advance()
                } else if byte == quote, peek(1) == quote, peek(2) == quote {
                    position += 3
                    // Up to two quotes may end the content right before the closing delimiter.
                    var extra = 0
                    while current == quote, extra < 2 {
                        position += 1
                        extra += 1
                    }
                    return
                } else {
                    advance()
                }
            }
        } else {
            advance()
            while let byte = current, byte != quote, byte != UInt8(ascii: "\n") {
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { advance() }
                advance()
            }
            if current == quote { advance() }
        }
    }

    mutating func skipSpaces() {
        while let byte = current, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0D { advance() }
    }

    mutating func skipBlankLinesAndComments() {
        while let byte = current {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0D || byte == 0x0A {
                advance()
            } else if byte == UInt8(ascii: "#") {
                while let next = current, next != 0x0A { advance() }
            } else {
                return
            }
        }
    }

    /// After a header or key/value: spaces, a comment, the newline.
    mutating func skipToEndOfLine() {
        skipSpaces()
        if current == UInt8(ascii: "#") {
            while let next = current, next != 0x0A { advance() }
        }
    }

    func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-")
    }
}
