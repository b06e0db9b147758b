/// RFC 2047 encoded words in header text (`=?iso-8859-1?Q?caf=E9?=`, `=?UTF-8?B?...?=`): each
/// decoded in its own character set; blanks between two adjacent encoded words are dropped
/// (§6.2). A malformed word is kept as written. The result still needs the terminal sanitiser.
public enum EncodedWords {
    /// Longest encoded word read (RFC 2047 allows 75; mailers exceed it, so be lenient but bounded).
    static let maxWordLength = 4_096

    public static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let bytes = Array(text.utf8)
        var out = ""
        var index = 0
        var pendingBlanks = ""
        var lastWasEncoded = false
        var plainStart = 0
        func flushPlain(_ end: Int) {
            guard plainStart < end else { return }
            let plain = String(decoding: bytes[plainStart..<end], as: UTF8.self)
            if lastWasEncoded, plain.allSatisfy({ $0 == " " || $0 == "\t" }) {
                pendingBlanks = plain
            } else {
                out += pendingBlanks + plain
                pendingBlanks = ""
                lastWasEncoded = false
            }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"),
                let (decoded, end) = word(bytes, at: index)
            {
                flushPlain(index)
                pendingBlanks = ""
                out += decoded
                lastWasEncoded = true
                index = end
                plainStart = end
            } else {
                index += 1
            }
        }
        if plainStart < bytes.count {
            let plain = String(decoding: bytes[plainStart...], as: UTF8.self)
            out += (lastWasEncoded && plain.allSatisfy({ $0 == " " || $0 == "\t" }) ? "" : pendingBlanks + plain)
        }
        return out
    }

    /// The encoded word starting at `start` (`=?charset?enc?text?=`) decoded, and the index after it.
    static func word(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        let limit = min(bytes.count, start + maxWordLength)
        var index = start + 2
        let charsetStart = index
        while index < limit, bytes[index] != UInt8(ascii: "?") {
            if bytes[index] == 0x20 { return nil }
            index += 1
        }
        guard index + 2 < limit, index > charsetStart else { return nil }
        let charset = String(decoding: bytes[charsetStart..<index], as: UTF8.self)
        let encoding = bytes[index + 1] | 0x20
        guard encoding == UInt8(ascii: "q") || encoding == UInt8(ascii: "b"), bytes[index + 2] == UInt8(ascii: "?")
        else { return nil }
        let textStart = index + 3
        var end = textStart
        while end + 1 < limit, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: "=")) {
            if bytes[end] == 0x20 { return nil }
            end += 1
        }
        guard end + 1 < limit else { return nil }
        let payload = bytes[textStart..<end]
        let decodedBytes: [UInt8]
        if encoding == UInt8(ascii: "b") {
            decodedBytes = TransferDecoding.base64(payload)
        } else {
            // Q: like quoted-printable, with '_' for a space (RFC 2047 §4.2).
            let underscored = payload.map { $0 == UInt8(ascii: "_") ? 0x20 : $0 }
            decodedBytes = TransferDecoding.quotedPrintable(underscored[...])
        }
        return (MailCharsets.decode(decodedBytes[...], charset: charset).text, end + 2)
    }
}
