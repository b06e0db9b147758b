/// Content-Transfer-Encoding (RFC 2045 §6): base64 and quoted-printable, decoded leniently
/// (mail in the wild breaks both), never failing: what cannot be decoded is kept as it came.
public enum TransferDecoding {
    public static func decode(_ bytes: ArraySlice<UInt8>, encoding: String?) -> [UInt8] {
        switch encoding?.lowercased().trimmingCharacters(in: .whitespaces) {
        case "base64"?: return base64(bytes)
        case "quoted-printable"?: return quotedPrintable(bytes)
        default: return Array(bytes)
        }
    }

    private static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8).enumerated()
        {
            table[Int(byte)] = UInt8(index)
        }
        // The URL-safe alphabet too: some mailers use it by mistake.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Skips every character outside the alphabet (line breaks, spaces, junk) and stops at '='.
    public static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "=") { break }
            let value = base64Values[Int(byte)]
            if value == 0xFF { continue }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return out
    }

    /// `=XX` escapes and `=` soft line breaks; a malformed escape is kept literally.
    public static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                out.append(byte)
                index += 1
                continue
            }
            let next = index + 1
            // Soft line break: '=' then optional trailing blanks, then CRLF or LF.
            var probe = next
            while probe < bytes.endIndex, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
            if probe < bytes.endIndex, bytes[probe] == 0x0A {
                index = probe + 1
                continue
            }
            if probe + 1 < bytes.endIndex, bytes[probe] == 0x0D, bytes[probe + 1] == 0x0A {
                index = probe + 2
                continue
            }
            if probe == bytes.endIndex {
                index = probe
                continue
            }
            if next + 1 < bytes.endIndex, let high = hexValue(bytes[next]), let low = hexValue(bytes[next + 1]) {
                out.append(high << 4 | low)
                index = next + 2
            } else {
                out.append(byte)
                index = next
            }
        }
        return out
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }
}
