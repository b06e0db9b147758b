/// Finds a table header TOMLKit's parser (toml++ 3) cannot take: a `[` or `[[` at the start of a
/// statement followed by neither a key nor `]` (`[!x]`, `[ é]`). toml++ does not report these as
/// syntax errors: it asserts, which aborts the process in a debug build and is undefined
/// behaviour in a release build (found by fuzzing the config loader). The config is refused
/// with this position before the text reaches TOMLKit.
///
/// A small scanner: strings (basic, literal, multi-line), comments and the brackets of values are
/// skipped, so a `[` inside a value (`x = [\n [1] ]`) or a string is never taken for a header.
enum TOMLHeaderCheck {
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var found: Unicode.Scalar?
    }

    static func firstUnreadableHeader(in text: String) -> Finding? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var lineStart = 0
        var depth = 0  // open [ and { of values
        var atStatementStart = true

        func skipString(quote: Unicode.Scalar) {
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

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                line += 1
                lineStart = index + 1
                if depth == 0 { atStatementStart = true }
                index += 1
            case " ", "\t", "\r":
                index += 1
            case "#":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            case "\"", "'":
                atStatementStart = false
                skipString(quote: scalar)
            case "[" where depth == 0 && atStatementStart:
                atStatementStart = false
                var next = index + 1
                if next < scalars.count, scalars[next] == "[" { next += 1 }
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                let found = next < scalars.count ? scalars[next] : nil
                if let found, isKeyStart(found) || found == "]" {
                    index = next
                } else {
                    return Finding(line: line, column: next - lineStart + 1, found: found)
                }
                // The header's own closing brackets are not a value's.
                while index < scalars.count, scalars[index] != "]", scalars[index] != "\n" {
                    if scalars[index] == "\"" || scalars[index] == "'" {
                        skipString(quote: scalars[index])
                    } else {
                        index += 1
                    }
                }
                while index < scalars.count, scalars[index] == "]" { index += 1 }
            case "[", "{":
                atStatementStart = false
                depth += 1
                index += 1
            case "]", "}":
                depth = max(0, depth - 1)
                index += 1
            default:
                atStatementStart = false
                index += 1
            }
        }
        return nil
    }

    /// A bare key character (`A-Za-z0-9_-`) or a quote: what toml++ accepts as a key's start.
    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": return true
        default: return false
        }
    }
}
