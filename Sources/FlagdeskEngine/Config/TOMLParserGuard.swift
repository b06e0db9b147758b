/// Finds the shapes of text TOMLKit's parser (toml++ 3) does not report as syntax errors but
/// asserts on, which aborts the process in a debug build and is undefined behaviour in a release
/// build (all found by fuzzing the config loader):
/// - a `[` or `[[` at the start of a statement followed by neither a key nor `]` (`[!x]`, `[ é]`);
/// - a `}` where an array expects a value or `]` (`x = [}]`), and generally a closing bracket
///   that closes nothing or the other kind of bracket;
/// - a line or paragraph separator (U+2028, U+2029, U+0085) where an array expects a value
///   (`x = [\u{2028}]`), and generally any character beyond ASCII outside strings and comments:
///   TOML 1.0 keys, values and whitespace are ASCII (`toml.abnf`).
/// The config is refused with this position before the text reaches TOMLKit. Every finding is
/// invalid TOML, so valid configs are never refused here.
///
/// A small scanner: strings (basic, literal, multi-line) and comments are skipped, and the
/// brackets of values are tracked apart from those of headers, so a `[` inside a value
/// (`x = [\n [1] ]`) or a string is never taken for a header.
enum TOMLParserGuard {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var found: Unicode.Scalar?
        /// What TOML allows there, for the problem's "expected" part.
        var expected: String
    }

    static func firstUnreadablePlace(in text: String) -> Finding? {
        var scanner = Scanner(scalars: Array(text.unicodeScalars))
        return scanner.run()
    }

    private struct OpenBracket {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1
        var lineStart = 0
        var openValueBrackets: [OpenBracket] = []
        var atStatementStart = true

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var column: Int { index - lineStart + 1 }

        mutating func run() -> Finding? {
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\n":
                    line += 1
                    lineStart = index + 1
                    if openValueBrackets.isEmpty { atStatementStart = true }
                    index += 1
                case " ", "\t", "\r":
                    index += 1
                case "#":
                    while index < scalars.count, scalars[index] != "\n" { index += 1 }
                case "\"", "'":
                    atStatementStart = false
                    skipString(quote: scalar)
                case "[" where openValueBrackets.isEmpty && atStatementStart:
                    atStatementStart = false
                    if let finding = skipHeader() { return finding }
                case "[", "{":
                    atStatementStart = false
                    openValueBrackets.append(OpenBracket(scalar: scalar, line: line, column: column))
                    index += 1
                case "]", "}":
                    if let finding = close(with: scalar) { return finding }
                    index += 1
                default:
                    if !scalar.isASCII {
                        return Finding(
                            line: line, column: column, found: scalar,
                            expected: "ASCII outside quoted strings and comments (put other text in quotes)")
                    }
                    atStatementStart = false
                    index += 1
                }
            }
            return nil
        }

        /// A closing bracket must close the innermost open one of its kind (toml++ asserts on a
        /// `}` inside an array).
        mutating func close(with scalar: Unicode.Scalar) -> Finding? {
            let opening: Unicode.Scalar = scalar == "]" ? "[" : "{"
            guard let innermost = openValueBrackets.last else {
                return Finding(
                    line: line, column: column, found: scalar,
                    expected: "a value or the end of the line (this '\(scalar)' closes no '\(opening)')")
            }
            guard innermost.scalar == opening else {
                let closing: Unicode.Scalar = innermost.scalar == "[" ? "]" : "}"
                let what = innermost.scalar == "[" ? "a value or" : "a key or"
                return Finding(
                    line: line, column: column, found: scalar,
                    expected:
                        "\(what) '\(closing)' closing the '\(innermost.scalar)' of line \(innermost.line), "
                        + "column \(innermost.column)")
            }
            openValueBrackets.removeLast()
            return nil
        }

        /// A table header: its name must start with a key character, a quote or `]`; its own
        /// closing brackets are not a value's.
        mutating func skipHeader() -> Finding? {
            var next = index + 1
            if next < scalars.count, scalars[next] == "[" { next += 1 }
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            let found = next < scalars.count ? scalars[next] : nil
            guard let found, isKeyStart(found) || found == "]" else {
                return Finding(
                    line: line, column: next - lineStart + 1, found: found,
                    expected: "a table name (a bare key or a quoted one) after '['")
            }
            index = next
            while index < scalars.count, scalars[index] != "]", scalars[index] != "\n" {
                if scalars[index] == "\"" || scalars[index] == "'" {
                    skipString(quote: scalars[index])
                } else {
                    index += 1
                }
            }
            while index < scalars.count, scalars[index] == "]" { index += 1 }
            return nil
        }

        mutating func skipString(quote: Unicode.Scalar) {
            let multiLine = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            index += multiLine ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" && quote == "\"" {
                    index += 1  // the escaped character is skipped below (a line break still counts)
                } else if scalar == quote {
                    if !multiLine {
                        index += 1
                        return
                    }
                    if index + 2 < scalars.count, scalars[index + 1] == quote, scalars[index + 2] == quote {
                        index += 3
                        return
                    }
                }
                if index < scalars.count, scalars[index] == "\n" {
                    guard multiLine else { return }
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }

        /// A bare key character (`A-Za-z0-9_-`) or a quote: what toml++ accepts as a key's start.
        private func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": return true
            default: return false
            }
        }
    }
}
