import Testing

@testable import FlagdeskCore

/// Properties of the sanitiser over seeded random hostile strings. The forbidden sets are
/// written out here from the specification, independently of the implementation's tables.
struct SanitizerPropertyTests {
    static let seeds: [UInt64] = [1, 42, 0xF1A6_DE5C, 2_026_000_123]
    static let samplesPerSeed = 1_500

    static func isForbiddenEverywhere(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true  // C0, DEL, C1
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true  // bidi
        case 0xFEFF, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isForbidden(_ value: UInt32, mode: SanitizeMode) -> Bool {
        if mode == .multiLine && (value == 0x0A || value == 0x09) { return false }
        return isForbiddenEverywhere(value)
    }

    static func isForbiddenInURL(_ value: UInt32) -> Bool {
        isForbiddenEverywhere(value) || (0x200B...0x200D).contains(value) || value == 0x00AD
    }

    @Test(arguments: seeds)
    func outputHasNoForbiddenScalarAndIsIdempotent(seed: UInt64) {
        var generator = TextFixtures.HostileTextGenerator(seed: seed)
        for _ in 0..<Self.samplesPerSeed {
            let input = generator.string()
            for mode in [SanitizeMode.singleLine, .multiLine] {
                let once = TerminalSanitizer.sanitize(input, mode: mode)
                let bad = once.unicodeScalars.first { Self.isForbidden($0.value, mode: mode) }
                #expect(bad == nil, "seed \(seed) \(mode): \(debug(input)) -> \(debug(once))")
                #expect(TerminalSanitizer.sanitize(once, mode: mode) == once, "seed \(seed): \(debug(input))")
            }
            let url = TerminalSanitizer.sanitizeURL(input)
            #expect(url.unicodeScalars.allSatisfy { !Self.isForbiddenInURL($0.value) }, "\(debug(input))")
            #expect(TerminalSanitizer.sanitizeURL(url) == url, "seed \(seed): \(debug(input))")
        }
    }

    @Test(arguments: seeds)
    func outputNeverOpensWithACombiningMark(seed: UInt64) {
        var generator = TextFixtures.HostileTextGenerator(seed: seed)
        for _ in 0..<Self.samplesPerSeed {
            let output = TerminalSanitizer.sanitize(generator.string())
            guard let first = output.unicodeScalars.first else { continue }
            let category = first.properties.generalCategory
            #expect(category != .nonspacingMark && category != .enclosingMark && category != .spacingMark)
        }
    }

    @Test(arguments: seeds)
    func truncationNeverExceedsTheWidthNorSplitsACluster(seed: UInt64) {
        var generator = TextFixtures.HostileTextGenerator(seed: seed)
        var random = SeededGenerator(seed: seed ^ 0xABCD)
        for _ in 0..<Self.samplesPerSeed {
            let text = TerminalSanitizer.sanitize(generator.string(maxPieces: 20))
            let width = Int.random(in: 0...24, using: &random)
            let cut = DisplayWidth.truncate(text, toWidth: width)
            #expect(DisplayWidth.width(of: cut) <= width, "\(debug(text)) at \(width) -> \(debug(cut))")
            if DisplayWidth.width(of: text) <= width {
                #expect(cut == text)
            } else if width > 0 {
                #expect(cut.unicodeScalars.last == "…", "\(debug(text)) at \(width)")
                let body = String(cut.unicodeScalars.dropLast())
                #expect(Array(text.prefix(body.count)) == Array(body), "\(debug(text)) at \(width)")
            }
            let fitted = DisplayWidth.fit(text, toWidth: width)
            #expect(DisplayWidth.width(of: fitted) == width, "\(debug(text)) fit \(width)")
        }
    }

    private func debug(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }
}
