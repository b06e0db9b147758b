import Testing

@testable import FlagdeskCore

struct URLRefusalTests {
    /// The case of an error, without its payload, so that tables can name what they expect.
    static func kind(_ error: URLNormalizationError) -> String {
        switch error {
        case .empty: "empty"
        case .tooLong, .tooLongEncoded: "tooLong"
        case .controlCharacter: "control"
        case .bidiControl: "bidi"
        case .missingScheme: "missingScheme"
        case .unsupportedScheme: "scheme"
        case .missingHost: "missingHost"
        case .credentials: "credentials"
        case .invalidPort: "port"
        case .invalidHost: "host"
        }
    }

    static func refusal(_ input: String) -> URLNormalizationError? {
        do {
            _ = try URLNormalizer.normalize(input)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("", "empty"), (" \n\t ", "empty"),
        ("https://exa\u{0}mple.com", "control"), ("https://example.com/\u{1B}[2J", "control"),
        ("https://example.com/a\u{9B}31m", "control"), ("https://example.com/\u{7F}", "control"),
        ("https://example.com/a\nb", "control"),
        ("https://example.com/invoice\u{202E}fdp.exe", "bidi"), ("https://\u{200F}example.com", "bidi"),
        ("javascript:alert(1)", "scheme"), ("JavaScript:alert(document.cookie)", "scheme"),
        ("data:text/html,<script>alert(1)</script>", "scheme"), ("file:///etc/passwd", "scheme"),
        ("ftp://example.com/", "scheme"), ("mailto:abuse@example.com", "scheme"),
        ("javascript:1", "scheme"),
        ("example.com/page", "missingScheme"), ("example.com:8080/page", "missingScheme"),
        ("localhost:3000", "missingScheme"), ("//example.com/x", "missingScheme"), ("1http://x", "missingScheme"),
        ("https://", "missingHost"), ("https://:8080/", "missingHost"), ("https://?q=1", "missingHost"),
        ("https://.", "missingHost"),
        ("https://bank.example@evil.example/", "credentials"), ("https://user:pass@example.com", "credentials"),
        ("https://@example.com", "credentials"), ("https://a@b@evil.example", "credentials"),
        ("https://example.com:99999/", "port"), ("https://example.com:8o/", "port"),
        ("https://example.com:-1/", "port"), ("https://example.com:１２/", "port"),
        ("https://exa mple.com", "host"), ("https://a..b.com", "host"), ("https://example.123/", "host"),
        ("http://256.1.1.1/", "host"), ("http://1.2.3.4.5/", "host"), ("http://08/", "host"),
        ("http://[::1/", "host"), ("http://[fe80::1%25eth0]/", "host"), ("http://[1:2:3]/", "host"),
        ("http://[::1]x/", "host"), ("http://[1::2::3]/", "host"), ("http://[::12345]/", "host"),
        ("https://bank.com%40evil.com", "host"), ("https://x\u{3164}y.com", "host"),
        ("https://exa%ffmple.com", "host"), ("https://exa%1Bmple.com", "host"), ("https://a*b.com", "host"),
        ("https://xn--bücher.example", "host"), ("https://a\u{E000}b.com", "host"),
        ("https://" + String(repeating: "a", count: 64) + ".com", "host"),
        ("https://" + String(repeating: "ü", count: 60) + ".com", "host"),
        (
            "https://" + Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".") + ".com",
            "host"
        ),
    ])
    func refusedWithTheRightReason(input: String, expected: String) {
        let error = Self.refusal(input)
        #expect(error.map(Self.kind) == expected, "\(TerminalSanitizer.sanitizeURL(input))")
    }

    @Test func overLongInputIsRefused() {
        let path = String(repeating: "a", count: 8 * 1024)
        #expect(Self.refusal("https://example.com/" + path) == .tooLong(bytes: 8 * 1024 + 20))
        let fits = "https://example.com/" + String(repeating: "a", count: 8 * 1024 - 20)
        #expect(Self.refusal(fits) == nil)
    }

    /// Found by fuzzing (Fuzz/Regressions/url/): a URL within the limit as typed but beyond it
    /// once percent-encoded was accepted, and its stored form was then refused when normalised
    /// again (duplicates compare stored forms).
    @Test func aURLBeyondTheLimitOncePercentEncodedIsRefused() throws {
        // "é" is two bytes as typed and six once encoded (%C3%A9).
        let typed = "https://example.com/" + String(repeating: "é", count: 2000)
        #expect(typed.utf8.count <= URLNormalizer.maximumLength)
        #expect(Self.refusal(typed) == .tooLongEncoded(bytes: 20 + 6 * 2000))
        #expect(
            Self.refusal(typed)?.description
                == "Percent-encoded, the URL is 12020 bytes long; the limit is 8192 (8 KiB).")
        let fits = "https://example.com/" + String(repeating: "é", count: 1360)
        let stored = try URLNormalizer.normalize(fits).normalized
        #expect(stored.utf8.count == 20 + 6 * 1360)
        #expect(try URLNormalizer.normalize(stored).normalized == stored)
    }

    @Test func reasonsNameTheProblem() {
        #expect(Self.refusal("javascript:alert(1)") == .unsupportedScheme("javascript"))
        #expect(Self.refusal("javascript:alert(1)")?.description.contains("run code") == true)
        #expect(Self.refusal("data:,x")?.description.contains("inline") == true)
        #expect(Self.refusal("file:///etc/passwd")?.description.contains("file on a computer") == true)
        #expect(Self.refusal("gopher://x")?.description == "Only http and https URLs are accepted, not gopher:.")
        #expect(Self.refusal("https://bank.example@evil.example")?.description.contains("disguise") == true)
        #expect(Self.refusal("https://x/\u{7}") == .controlCharacter("\u{7}"))
        #expect(Self.refusal("https://x/\u{7}")?.description.contains("^G") == true)
        #expect(Self.refusal("https://x/\u{202E}")?.description.contains("<U+202E>") == true)
        #expect(Self.refusal("https://example.com:99999") == .invalidPort("99999"))
    }

    @Test func reasonsNeverCarryHostileText() {
        let hostile = [
            "https://exa%1B%5D52%3Bc%3Bx%07mple.com", "https://a%E2%80%AEb.com", "https://x:1\u{3000}2/",
            "https://" + String(repeating: "\u{301}", count: 70) + ".com",
        ]
        for input in hostile {
            let message = Self.refusal(input)?.description ?? ""
            #expect(!message.isEmpty)
            #expect(TerminalSanitizer.sanitizeURL(message) == message, "\(TerminalSanitizer.sanitizeURL(message))")
            #expect(DisplayWidth.width(of: message) < 200)
        }
    }
}
