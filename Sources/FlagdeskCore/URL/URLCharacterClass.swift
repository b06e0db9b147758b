/// ASCII character classes of RFC 3986, over Unicode scalars (URL parsing never looks at
/// grapheme clusters: a combining mark after `/` must not hide the `/`).
enum URLCharacterClass {
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    /// 0-15 for `0-9`, `a-f`, `A-F`; nil otherwise.
    static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: return UInt8(scalar.value - 0x30)
        case 0x41...0x46: return UInt8(scalar.value - 0x41 + 10)
        case 0x61...0x66: return UInt8(scalar.value - 0x61 + 10)
        default: return nil
        }
    }

    /// RFC 3986 §2.3: `ALPHA / DIGIT / "-" / "." / "_" / "~"`, the characters whose
    /// percent-encoding is equivalent to the character itself.
    static func isUnreserved(_ byte: UInt8) -> Bool {
        let scalar = Unicode.Scalar(byte)
        return isLetter(scalar) || isDigit(scalar) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    /// The scalars of a slice as a String.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
