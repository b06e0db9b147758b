import FlagdeskCore

extension TextFixtures {
    /// Random strings built from the pieces hostile input is made of: control characters,
    /// escape sequences, bidi and invisible format characters, lone combining marks, wide
    /// characters and emoji sequences, mixed with ordinary text and arbitrary scalars.
    struct HostileTextGenerator {
        var random: SeededGenerator

        init(seed: UInt64) { random = SeededGenerator(seed: seed) }

        static let escapeSequences = [
            "\u{1B}[2J", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]8;;https://evil.example\u{1B}\\",
            "\u{1B}]0;title\u{07}", "\u{1B}P1$r\u{1B}\\", "\u{9B}31m", "\u{1B}[?1049h", "\r\n",
        ]
        static let emojiSequences = [
            "👨‍👩‍👧‍👦", "👍🏽", "🇫🇷", "1️⃣", "❤️", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
            "🧑🏿‍🚀", "🏳️‍🌈",
        ]
        static let invisibles: [UInt32] = [
            0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x2028, 0x2029, 0xFE0F, 0xFE0E, 0x034F,
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
            0x2069, 0x3164, 0x00A0, 0x3000, 0x180E, 0xFFF9,
        ]

        mutating func string(maxPieces: Int = 12) -> String {
            var text = ""
            for _ in 0..<Int.random(in: 0...maxPieces, using: &random) { text += piece() }
            return text
        }

        private mutating func piece() -> String {
            switch Int.random(in: 0..<12, using: &random) {
            case 0, 1: return String(scalar(in: 0x20...0x7E))
            case 2: return String(scalar(in: 0x00...0x1F))
            case 3: return String(scalar(in: 0x7F...0x9F))
            case 4: return Self.escapeSequences.randomElement(using: &random)!
            case 5: return String(Unicode.Scalar(Self.invisibles.randomElement(using: &random)!)!)
            case 6: return String(scalar(in: 0x0300...0x036F))  // combining diacritics
            case 7:
                let ranges: [ClosedRange<UInt32>] = [
                    0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x3041...0x30FF, 0xFF01...0xFF60,
                ]
                return String(scalar(in: ranges.randomElement(using: &random)!))
            case 8: return Self.emojiSequences.randomElement(using: &random)!
            case 9:
                let ranges: [ClosedRange<UInt32>] = [
                    0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0x1160...0x11FF,
                ]
                return String(scalar(in: ranges.randomElement(using: &random)!))
            case 10: return String(scalar(in: 0x0900...0x097F))  // Devanagari: spacing marks
            default: return String(scalar(in: 0...0x10FFFF))
            }
        }

        private mutating func scalar(in range: ClosedRange<UInt32>) -> Unicode.Scalar {
            while true {
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { return scalar }
            }
        }
    }
}
