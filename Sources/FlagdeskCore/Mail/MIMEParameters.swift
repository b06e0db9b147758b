/// A structured header value: `text/plain; charset="iso-8859-1"; format=flowed`, or a
/// Content-Disposition. Parameters follow RFC 2045 §5.1 and RFC 2231: continuations
/// (`name*0=`, `name*1=`), and charset'language'percent-encoded values (`filename*=utf-8''%E2%82%AC.pdf`).
/// Unknown or broken syntax degrades to what can be read; nothing throws.
public struct MIMEParameters: Sendable, Equatable {
    /// The value before the first ';', lower-cased (`text/plain`, `attachment`).
    public var value: String
    /// Parameter names lower-cased, values decoded.
    public var parameters: [String: String]

    static let maxParameters = 64

    public subscript(_ name: String) -> String? { parameters[name.lowercased()] }

    public static func parse(_ text: String) -> MIMEParameters {
        let pieces = split(text)
        let value = (pieces.first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        // name -> (section -> (raw value, extended)); the plain `name*` is section 0 extended.
        var sections: [String: [Int: (String, Bool)]] = [:]
        var plain: [String: String] = [:]
        for piece in pieces.dropFirst().prefix(maxParameters) {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let raw = unquote(piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces))
            guard !name.isEmpty else { continue }
            var extended = false
            if name.hasSuffix("*") {
                extended = true
                name.removeLast()
            }
            if let star = name.firstIndex(of: "*"), let section = Int(name[name.index(after: star)...]), section < 1000
            {
                let base = String(name[..<star])
                sections[base, default: [:]][section] = (raw, extended)
            } else if extended {
                sections[name, default: [:]][0] = (raw, true)
            } else {
                plain[name] = EncodedWords.decode(raw)
            }
        }
        var parameters = plain
        for (name, parts) in sections {
            parameters[name] = joined(parts)
        }
        return MIMEParameters(value: value, parameters: parameters)
    }

    /// RFC 2231 §3-4: sections in order; the first extended section may carry charset'lang'.
    static func joined(_ parts: [Int: (String, Bool)]) -> String {
        var charset: String?
        var bytes: [UInt8] = []
        for section in parts.keys.sorted() {
            guard let (raw, extended) = parts[section] else { continue }
            var text = Substring(raw)
            if extended {
                if section == parts.keys.min() {
                    let quotes = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if quotes.count == 3 {
                        charset = quotes[0].isEmpty ? nil : String(quotes[0])
                        text = quotes[2]
                    }
                }
                bytes += percentDecoded(text)
            } else {
                bytes += Array(text.utf8)
            }
        }
        return MailCharsets.decode(bytes[...], charset: charset).text
    }

    static func percentDecoded(_ text: Substring) -> [UInt8] {
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = TransferDecoding.hexValue(utf8[index + 1]),
                let low = TransferDecoding.hexValue(utf8[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(utf8[index])
                index += 1
            }
        }
        return out
    }

    /// Splits at ';' outside double quotes.
    static func split(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                current.append(character)
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                current.append(character)
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var out = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
