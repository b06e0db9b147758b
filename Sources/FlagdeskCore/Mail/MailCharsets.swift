import Foundation

/// The character sets mail arrives in, by their IANA names and common aliases. Foundation decodes
/// each one (the single-byte sets through CoreFoundation's tables: `0x8000_0000 | CFStringEncoding`).
/// An unknown or undecodable set is read as windows-1252, which maps every byte to a character,
/// so nothing is lost and nothing raw survives; the message then carries a problem saying so.
public enum MailCharsets {
    /// Lower-case name -> String.Encoding raw value.
    static let table: [String: UInt] = {
        var table: [String: UInt] = [:]
        let utf8 = String.Encoding.utf8.rawValue
        for name in ["utf-8", "utf8", "us-ascii", "ascii", "ansi_x3.4-1968", "unicode-1-1-utf-8"] { table[name] = utf8 }
        table["utf-16"] = String.Encoding.utf16.rawValue
        table["utf-16le"] = String.Encoding.utf16LittleEndian.rawValue
        table["utf-16be"] = String.Encoding.utf16BigEndian.rawValue
        // ISO-8859-n: CFStringEncoding 0x0200 + n (8859-12 was never published).
        for n in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16] {
            let raw = 0x8000_0000 | UInt(0x0200 + n)
            table["iso-8859-\(n)"] = raw
            table["iso8859-\(n)"] = raw
            table["iso_8859-\(n)"] = raw
            table["iso8859_\(n)"] = raw
        }
        for (alias, n) in [
            ("latin1", 1), ("l1", 1), ("latin2", 2), ("latin-9", 15), ("latin9", 15), ("iso-8859-8-i", 8),
        ] {
            table[alias] = 0x8000_0000 | UInt(0x0200 + n)
        }
        // windows-125n: CFStringEncoding 0x0500 is windows-1252, 0x0501 windows-1250, 0x0502
        // windows-1251, then 0x0500 + n for 1253 to 1258.
        for n in 0...8 {
            let code = n == 2 ? 0x0500 : (n < 2 ? 0x0501 + n : 0x0500 + n)
            let raw = 0x8000_0000 | UInt(code)
            table["windows-125\(n)"] = raw
            table["cp125\(n)"] = raw
            table["x-cp125\(n)"] = raw
        }
        table["koi8-r"] = 0x8000_0A02
        table["koi8-u"] = 0x8000_0A08
        table["gb2312"] = 0x8000_0930
        table["gbk"] = 0x8000_0631
        table["gb18030"] = 0x8000_0632
        table["big5"] = 0x8000_0A03
        table["shift_jis"] = String.Encoding.shiftJIS.rawValue
        table["iso-2022-jp"] = String.Encoding.iso2022JP.rawValue
        table["euc-jp"] = String.Encoding.japaneseEUC.rawValue
        table["euc-kr"] = 0x8000_0940
        return table
    }()

    static let fallback = String.Encoding.windowsCP1252

    /// Whether `name` is a character set this reader knows.
    public static func isKnown(_ name: String) -> Bool {
        table[normalised(name)] != nil
    }

    /// `bytes` as text in `charset` (nil: UTF-8 if valid, else windows-1252). The second value
    /// is false when the set was unknown or the bytes were not valid in it (read as windows-1252).
    public static func decode(_ bytes: ArraySlice<UInt8>, charset: String?) -> (text: String, exact: Bool) {
        if bytes.isEmpty { return ("", true) }
        guard let charset else {
            if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
            return (windows1252(bytes), false)
        }
        let key = normalised(charset)
        guard let raw = table[key] else { return (windows1252(bytes), false) }
        let encoding = String.Encoding(rawValue: raw)
        if encoding == .utf8 {
            if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
            // Mislabelled mail is common: a "utf-8" body that is really windows-1252.
            return (windows1252(bytes), false)
        }
        if let text = String(bytes: bytes, encoding: encoding) { return (text, true) }
        return (windows1252(bytes), false)
    }

    static func normalised(_ name: String) -> String {
        // RFC 2231 allows a language after '*' in an encoded word's charset: `utf-8*en`.
        let base = name.split(separator: "*", maxSplits: 1).first.map(String.init) ?? name
        return base.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            .lowercased()
    }

    /// windows-1252 maps every byte but five; those become U+FFFD. Never fails.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(bytes: bytes, encoding: fallback) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 || byte >= 0xA0 ? Unicode.Scalar(byte) : Unicode.Scalar(0xFFFD)!)
        }
        return String(scalars)
    }
}
