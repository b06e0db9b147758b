/// The one sanitiser for everything Flagdesk writes for people to read (exports, bundles,
/// reports, rejects files), with a representation fit for each format. Flagged content is
/// hostile: an escape sequence in a notice's text would retitle the terminal of whoever `cat`s
/// the export, a line break in an address would add a mail header, a cell starting with `=`
/// would run as a spreadsheet formula. Every function rests on `TerminalSanitizer`'s markers, so
/// what a file shows is what the screen shows, and each is idempotent.
public enum OutputSanitizer {
    /// Plain text (txt, an e-mail body, a document's text): line breaks and tabs kept, every
    /// other control and invisible reordering character made visible as the screen shows it.
    public static func text(_ value: String) -> String {
        TerminalSanitizer.sanitize(value, mode: .multiLine)
    }

    /// One line (a mail header, a table cell, a file name): line breaks are visible markers
    /// too, so nothing can start a new line.
    public static func line(_ value: String) -> String {
        TerminalSanitizer.sanitize(value, mode: .singleLine)
    }

    /// Markdown: as text, then `& < >` as entities, since a Markdown viewer renders inline HTML
    /// (`<script>`, `<img onerror>`); quotes stay, they open no tag in Markdown text.
    public static func markdown(_ value: String) -> String {
        var out = ""
        for character in text(value) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    /// HTML text and attribute values: as Markdown, and quotes as entities too.
    public static func html(_ value: String) -> String {
        markdown(value).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Encoded JSON with every character the screen would reveal (DEL, C1 controls, bidi
    /// controls...) written as a `\uXXXX` escape: a parser reads the same value, a terminal
    /// shows no raw control. JSON encoders escape C0 controls already; such characters can
    /// only stand inside strings, so escaping them never changes the document.
    public static func json(_ encoded: String) -> String {
        guard encoded.unicodeScalars.contains(where: needsJSONEscape) else { return encoded }
        var out = String.UnicodeScalarView()
        for scalar in encoded.unicodeScalars {
            guard needsJSONEscape(scalar) else {
                out.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: false)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(out)
    }

    private static func needsJSONEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        if scalar.value == 0x0A || scalar.value == 0x09 || scalar.value == 0x0D { return false }  // pretty printing
        return TerminalSanitizer.mustReveal(scalar, policy: .singleLine, inEmojiTagSequence: false)
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A CSV cell's value: line breaks kept (the writer quotes them), other controls visible,
    /// and a value a spreadsheet would run as a formula prefixed with `'`, which spreadsheets
    /// show as text.
    public static func csvCell(_ value: String) -> String {
        if let first = value.unicodeScalars.first, formulaStarts.contains(first) {
            return "'" + csvText(value)
        }
        return csvText(value)
    }

    private static func csvText(_ value: String) -> String {
        // CR and LF stay (quoted); the rest as text shows it. CR alone would be a marker in
        // `text`, so line ends are split off first.
        var lines: [String] = []
        var current = ""
        for scalar in value.unicodeScalars {
            if scalar == "\r" || scalar == "\n" {
                lines.append(text(current))
                lines.append(String(scalar))
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(text(current))
        return lines.joined()
    }
}
