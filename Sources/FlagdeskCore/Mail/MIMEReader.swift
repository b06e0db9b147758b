/// A small MIME reader (RFC 2045-2047, 2231, 5322) for replies to Flagdesk's documents.
///
/// Why not a library: no MIME parser is available for this machine's Swift packages (the one
/// multipart package listed reads HTTP form data only), and Flagdesk needs little: headers, the
/// text a person reads, attachment names. Written to survive hostile mail: it works on a bounded
/// prefix of the message (the caller hashes and stores the whole), walks multiparts without
/// recursion, and stops at `maxDepth` nesting levels, `maxParts` parts and `maxTextBytes` of
/// text, noting each limit reached in `problems`. It never throws and never traps.
public enum MIMEReader {
    public static let maxDepth = 16
    public static let maxParts = 256
    public static let maxTextBytes = 512 * 1024
    /// How much of a message the reader is given; the rest is hashed and stored, not read.
    public static let maxReadBytes = 4 * 1024 * 1024

    /// Reads `bytes` (the message, or its first `maxReadBytes` when `truncated`).
    public static func read(_ bytes: [UInt8], truncated: Bool = false) -> MailMessage {
        var message = MailMessage()
        let (headers, bodyStart) = MailHeaders.parse(bytes[...])
        if headers.truncated { message.problems.append("header fields beyond the reader's limits were skipped") }
        if truncated { message.problems.append("only the first \(maxReadBytes / 1_048_576) MiB were read") }
        message.messageID = headers.first("Message-ID").flatMap { MailAddressing.messageIDs($0).first }
        message.inReplyTo = headers.all("In-Reply-To").flatMap(MailAddressing.messageIDs)
        message.references = Array(
            headers.all("References").flatMap(MailAddressing.messageIDs).prefix(MailAddressing.maxIDs))
        message.from = EncodedWords.decode(headers.first("From") ?? "")
        message.subject = EncodedWords.decode(headers.first("Subject") ?? "")
        message.dateText = headers.first("Date")
        message.date = message.dateText.flatMap(MailAddressing.date)

        var plain: [String] = []
        var html: [String] = []
        var textBytes = 0
        var parts = 0
        var limitsNoted = Set<String>()
        func note(_ problem: String) {
            if limitsNoted.insert(problem).inserted { message.problems.append(problem) }
        }
        // Work list of (headers, body range, depth): no recursion, so depth costs no stack.
        var pending: [(MailHeaders, Range<Int>, Int)] = [(headers, bodyStart..<bytes.count, 0)]
        while let (partHeaders, range, depth) = pending.popLast() {
            parts += 1
            if parts > maxParts {
                note("more than \(maxParts) MIME parts: the rest were not read")
                break
            }
            let type = MIMEParameters.parse(partHeaders.first("Content-Type") ?? "text/plain")
            let mediaType = type.value.isEmpty ? "text/plain" : type.value
            let disposition = MIMEParameters.parse(partHeaders.first("Content-Disposition") ?? "")
            if mediaType.hasPrefix("multipart/") {
                guard let boundary = type["boundary"], !boundary.isEmpty, boundary.utf8.count <= 200 else {
                    note("a multipart without a usable boundary was read as text")
                    appendText(bytes[range], headers: partHeaders, charset: type["charset"], into: &plain, &textBytes)
                    continue
                }
                guard depth < maxDepth else {
                    note("MIME parts nested deeper than \(maxDepth) levels were not read")
                    continue
                }
                let children = split(bytes, range, boundary: Array(boundary.utf8))
                if children.count > maxParts { note("more than \(maxParts) MIME parts: the rest were not read") }
                // Reversed so that popLast visits them in order.
                for child in children.prefix(maxParts).reversed() {
                    let (childHeaders, childBody) = MailHeaders.parse(bytes[child])
                    pending.append((childHeaders, childBody..<child.upperBound, depth + 1))
                }
                continue
            }
            let isAttachment = disposition.value == "attachment"
            let name = disposition["filename"] ?? type["name"]
            if !isAttachment, mediaType == "text/plain" || mediaType == "text/html" {
                guard textBytes < maxTextBytes else {
                    note("text beyond \(maxTextBytes / 1024) KiB was not read")
                    continue
                }
                if mediaType == "text/html" {
                    appendText(bytes[range], headers: partHeaders, charset: type["charset"], into: &html, &textBytes)
                } else {
                    appendText(bytes[range], headers: partHeaders, charset: type["charset"], into: &plain, &textBytes)
                }
                if let charset = type["charset"], !MailCharsets.isKnown(charset) {
                    note("unknown character set \"\(charset.prefix(40))\" read as windows-1252")
                }
                continue
            }
            message.attachments.append(MailAttachment(name: name, mediaType: mediaType, encodedSize: range.count))
        }
        if !plain.isEmpty {
            message.text = plain.joined(separator: "\n")
        } else if !html.isEmpty {
            message.text = html.map(HTMLText.text).joined(separator: "\n")
            message.fromHTML = true
        }
        return message
    }

    static func appendText(
        _ body: ArraySlice<UInt8>, headers: MailHeaders, charset: String?, into texts: inout [String],
        _ total: inout Int
    ) {
        let room = maxTextBytes - total
        guard room > 0 else { return }
        let decoded = TransferDecoding.decode(body, encoding: headers.first("Content-Transfer-Encoding"))
        let kept = decoded.prefix(room)
        total += kept.count
        texts.append(MailCharsets.decode(kept, charset: charset).text)
    }

    /// The body ranges between `--boundary` delimiter lines (RFC 2046 §5.1.1), up to the
    /// closing `--boundary--` or the end. The line break before a delimiter belongs to it.
    static func split(_ bytes: [UInt8], _ range: Range<Int>, boundary: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var partStart: Int?
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < range.upperBound ? lineEnd + 1 : lineEnd
            if isDelimiter(bytes, lineStart..<lineEnd, boundary: boundary) {
                if let start = partStart {
                    // Drop the CRLF or LF that precedes the delimiter line.
                    var end = lineStart
                    if end > start, bytes[end - 1] == 0x0A { end -= 1 }
                    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                    ranges.append(start..<max(start, end))
                    if ranges.count > maxParts { return ranges }
                }
                let closing =
                    lineEnd - lineStart >= boundary.count + 4
                    && bytes[lineStart + 2 + boundary.count] == UInt8(ascii: "-")
                    && bytes[lineStart + 3 + boundary.count] == UInt8(ascii: "-")
                if closing { return ranges }
                partStart = next
            }
            lineStart = next
        }
        // No closing delimiter: the last part runs to the end (a common truncation).
        if let start = partStart, start < range.upperBound { ranges.append(start..<range.upperBound) }
        return ranges
    }

    static func isDelimiter(_ bytes: [UInt8], _ line: Range<Int>, boundary: [UInt8]) -> Bool {
        guard line.count >= boundary.count + 2, bytes[line.lowerBound] == UInt8(ascii: "-"),
            bytes[line.lowerBound + 1] == UInt8(ascii: "-")
        else { return false }
        for (offset, byte) in boundary.enumerated() where bytes[line.lowerBound + 2 + offset] != byte {
            return false
        }
        // After the boundary: nothing, "--", or transport padding (blanks, CR).
        var index = line.lowerBound + 2 + boundary.count
        if index + 1 < line.upperBound, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "-") {
            index += 2
        }
        while index < line.upperBound {
            guard bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D else { return false }
            index += 1
        }
        return true
    }
}
