/// One header block of a message or a MIME part (RFC 5322 §2.2): names and unfolded raw values,
/// in order. Bounded: at most `maxFields` fields and `maxBytes` bytes are read; what is beyond
/// is skipped and counted, so a hostile header block costs no more than these limits.
public struct MailHeaders: Sendable, Equatable {
    public static let maxFields = 1_000
    public static let maxBytes = 256 * 1024

    /// (name as written, value unfolded: line breaks removed, raw bytes read as UTF-8 or windows-1252).
    public private(set) var fields: [(name: String, value: String)] = []
    /// Fields or bytes beyond the limits were skipped.
    public private(set) var truncated = false

    public static func == (lhs: MailHeaders, rhs: MailHeaders) -> Bool {
        lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }

    /// The first value of `name` (case-insensitive), unfolded and raw (encoded words not decoded).
    public func first(_ name: String) -> String? {
        let wanted = name.lowercased()
        return fields.first { $0.name.lowercased() == wanted }?.value
    }

    /// Every value of `name`, in order.
    public func all(_ name: String) -> [String] {
        let wanted = name.lowercased()
        return fields.filter { $0.name.lowercased() == wanted }.map(\.value)
    }

    /// Parses the header block at the start of `bytes`; returns it and the index where the body
    /// starts (after the empty line), or `bytes.endIndex` when there is no body.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, bodyStart: Int) {
        var headers = MailHeaders()
        var index = bytes.startIndex
        var current: [UInt8] = []
        var consumed = 0
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard !current.isEmpty else { return }
            guard headers.fields.count < maxFields else {
                headers.truncated = true
                return
            }
            guard let colon = current.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return }
            let name = String(decoding: current[..<colon], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.contains(" ") else { return }
            let value = MailCharsets.decode(current[(colon + 1)...], charset: nil).text
            headers.fields.append((name, value.trimmingCharacters(in: .whitespaces)))
        }
        while index < bytes.endIndex {
            // One physical line, without its CRLF or LF.
            var end = index
            while end < bytes.endIndex, bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > index, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = end < bytes.endIndex ? end + 1 : end
            if lineEnd == index {
                flush()
                return (headers, next)
            }
            let line = bytes[index..<lineEnd]
            consumed += line.count
            if consumed > maxBytes {
                headers.truncated = true
            } else if line.first == 0x20 || line.first == 0x09 {
                // A folded continuation: unfolding removes only the line break (RFC 5322 §2.2.3).
                current.append(contentsOf: line)
            } else {
                flush()
                current.append(contentsOf: line)
            }
            index = next
        }
        flush()
        return (headers, bytes.endIndex)
    }
}
