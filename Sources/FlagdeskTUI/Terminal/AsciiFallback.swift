import FlagdeskCore
import Foundation

/// Text for a terminal whose locale is not UTF-8 (`LANG=C`, `LC_ALL=POSIX`): curses there
/// cannot draw box lines, arrows or the ellipsis, and would print raw bytes. Each is replaced
/// by an ASCII character of the same width, so columns stay where the layout put them (as
/// mutt's `ascii_chars` and tig's `~` for cut text); any other character becomes `?` per cell
/// it covers. Applied by the screen, last, so every view degrades the same way.
enum AsciiFallback {
    /// Whether the locale curses runs in (after `setlocale(LC_ALL, "")`) encodes UTF-8.
    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Replacements: one column for one column.
    static let table: [Character: Character] = [
        "─": "-", "━": "-", "═": "=", "│": "|", "┃": "|", "║": "|",
        "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "╭": "+", "╮": "+", "╰": "+", "╯": "+",
        "…": "~", "—": "-", "–": "-", "→": ">", "←": "<", "↑": "^", "↓": "v", "▶": ">", "▸": ">", "◀": "<",
        "•": "*", "●": "*", "○": "o", "■": "#", "█": "#", "▇": "#", "▆": "#", "▅": "=", "▄": "=", "▃": "_",
        "▂": "_", "▁": "_", "▒": ":", "░": ".", "✓": "v", "✔": "v", "✗": "x", "·": ".",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "«": "\"", "»": "\"",
        "\u{00A0}": " ",
    ]

    static func text(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if let replacement = table[character] {
                result.append(replacement)
            } else {
                result += String(repeating: "?", count: DisplayWidth.width(of: character))
            }
        }
        return result
    }
}
