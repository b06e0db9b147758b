/// HTML-only mail shown as text: tags removed, `script`/`style`/`head` dropped with their
/// content, block elements and `<br>` as line breaks, the common entities and numeric character
/// references decoded. Nothing is fetched (images, links and styles are not followed: they are
/// text here), and the result still passes through the terminal sanitiser like any body.
public enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol",
        "hr", "pre", "section", "article", "header", "footer",
    ]
    static let hiddenTags: Set<String> = ["script", "style", "head", "title", "template"]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "euro": "€", "copy": "©",
        "reg": "®", "laquo": "«", "raquo": "»", "eacute": "é", "egrave": "è", "agrave": "à", "uuml": "ü",
        "ouml": "ö", "auml": "ä", "szlig": "ß", "ndash": "–", "mdash": "—", "hellip": "…", "ccedil": "ç",
        "ntilde": "ñ", "iacute": "í", "oacute": "ó", "aacute": "á", "uacute": "ú", "ecirc": "ê",
    ]

    public static func text(_ html: String) -> String {
        var out = ""
        var hiddenDepth = 0
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let inside = html[html.index(after: index)..<close]
                if inside.hasPrefix("!--") {
                    // A comment runs to "-->", which may hold '>' before it.
                    if let end = html.range(of: "-->", range: html.index(after: index)..<html.endIndex) {
                        index = end.upperBound
                    } else {
                        index = html.endIndex
                    }
                    continue
                }
                let closing = inside.hasPrefix("/")
                let name = inside.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                if hiddenTags.contains(name) {
                    hiddenDepth = max(0, hiddenDepth + (closing ? -1 : (inside.hasSuffix("/") ? 0 : 1)))
                } else if hiddenDepth == 0, blockTags.contains(name), !out.hasSuffix("\n") {
                    out += "\n"
                }
                index = html.index(after: close)
                continue
            }
            if hiddenDepth == 0 {
                if character == "&", let (decoded, next) = entity(html, at: index) {
                    out += decoded
                    index = next
                    continue
                }
                out.append(character.isNewline ? " " : character)
            }
            index = html.index(after: index)
        }
        return collapse(out)
    }

    static func entity(_ html: String, at start: String.Index) -> (String, String.Index)? {
        let body = html[html.index(after: start)...].prefix(12)
        guard let semicolon = body.firstIndex(of: ";") else { return nil }
        let name = body[..<semicolon]
        let next = html.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", next) }
            return (String(scalar), next)
        }
        guard let decoded = entities[name.lowercased()] else { return nil }
        return (decoded, next)
    }

    /// Runs of blanks to one space, at most one empty line in a row, lines trimmed.
    static func collapse(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            let joined = words.joined(separator: " ")
            if joined.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(joined)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
