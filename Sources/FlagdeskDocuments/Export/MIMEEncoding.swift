import FlagdeskCore
import Foundation

/// The encodings an RFC 5322 / MIME message needs: quoted-printable bodies (RFC 2045 §6.7),
/// encoded words for non-ASCII headers (RFC 2047), base64 attachments, folded header lines.
enum MIMEEncoding {
    private static let hexDigits = Array("0123456789ABCDEF")

    /// Quoted-printable with CRLF hard line breaks and soft breaks keeping lines to 76 octets.
    static func quotedPrintable(_ text: String) -> String {
        var out: [String] = []
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var encoded: [String] = []
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let plain =
                    (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || ((byte == 32 || byte == 9) && !isLast)
                encoded.append(
                    plain
                        ? String(UnicodeScalar(byte))
                        : "=" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 15)]))
            }
            var current = ""
            var lines: [String] = []
            for chunk in encoded {
                if current.utf8.count + chunk.utf8.count > 75 {
                    lines.append(current + "=")
                    current = ""
                }
                current += chunk
            }
            lines.append(current)
            out.append(lines.joined(separator: "\r\n"))
        }
        return out.joined(separator: "\r\n")
    }

    /// Base64 in lines of 76 characters.
    static func base64(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// A header value as is when it is printable ASCII, else as RFC 2047 encoded words
    /// (`=?UTF-8?B?...?=`), each at most 75 characters and never splitting a character.
    static func headerText(_ text: String) -> String {
        let text = OutputSanitizer.line(text)
        if text.unicodeScalars.allSatisfy({ $0.value >= 32 && $0.value < 127 }) { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            let candidate = chunk + String(character)
            // 39 bytes of text make 52 of base64: with "=?UTF-8?B?", "?=" and "Subject: " the line stays under 78.
            if candidate.utf8.count > 39, !chunk.isEmpty {
                words.append(encodedWord(chunk))
                chunk = String(character)
            } else {
                chunk = candidate
            }
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func encodedWord(_ text: String) -> String {
        "=?UTF-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    /// `Name <address>`, the name quoted or encoded as needed. Both are made one safe line
    /// first: a line break in either would start a header of its own (`Bcc:` injection).
    static func mailbox(name: String?, address: String) -> String {
        let address = OutputSanitizer.line(address).replacingOccurrences(of: ">", with: "%3E")
        let name = name.map(OutputSanitizer.line)
        guard let name, !name.isEmpty else { return "<\(address)>" }
        let ascii = name.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value < 127 }
        guard ascii else { return "\(headerText(name)) <\(address)>" }
        let specials = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
        if name.unicodeScalars.contains(where: specials.contains) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(address)>"
        }
        return "\(name) <\(address)>"
    }

    /// `Name: value`, folded at spaces so lines stay under 78 characters where possible.
    static func header(_ name: String, _ value: String) -> String {
        let line = "\(name): \(value)"
        guard line.count > 78, !value.contains("\r\n") else { return line }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > 78 {
                lines.append(current)
                current = " " + word
            } else {
                current = current.isEmpty ? String(word) : current + " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// RFC 5322 date-time of an instant in a zone: `Mon, 23 Nov 2026 17:07:51 +0100`.
    static func date(_ instant: Date, zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let local = instant.addingTimeInterval(Double(offset))
        let seconds = Int(local.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - days * 86_400
        let day = CivilDate(daysSinceEpoch: days)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let time = "\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))"
        return "\(weekdays[day.isoWeekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) \(time) "
            + "\(sign)\(two(magnitude / 60))\(two(magnitude % 60))"
    }
}
