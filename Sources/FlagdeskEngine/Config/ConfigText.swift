/// Renders values from a config file inside messages. Directory files may come from elsewhere,
/// so a value is never echoed raw: control, bidi and other invisible format characters become
/// `\u{...}` escapes, and long values are cut.
enum ConfigText {
    static let maximumShownCharacters = 80

    /// `"text"` with `"`, `\` and invisible characters escaped, cut to 80 characters.
    static func quoted(_ text: String) -> String {
        "\"\(escaped(text, limit: maximumShownCharacters))\""
    }

    /// `text` with `"`, `\` and invisible characters escaped, cut to `limit` characters.
    static func escaped(_ text: String, limit: Int) -> String {
        var shown = ""
        var count = 0
        for character in text {
            if count == limit {
                shown += "…"
                break
            }
            count += 1
            for scalar in character.unicodeScalars {
                switch scalar {
                case "\"": shown += "\\\""
                case "\\": shown += "\\\\"
                case "\n": shown += "\\n"
                case "\t": shown += "\\t"
                default:
                    if isInvisible(scalar) {
                        shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                    } else {
                        shown.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        return shown
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }
}
