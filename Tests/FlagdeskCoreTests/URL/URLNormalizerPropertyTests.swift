import Testing

@testable import FlagdeskCore

/// Over seeded random URLs: normalising is idempotent, the result is plain printable ASCII,
/// and the reported parts put back together give the normalised text.
struct URLNormalizerPropertyTests {
    static let hosts = [
        "example.com", "EXAMPLE.org.", "bücher.example", "例え.jp", "xn--bcher-kva.example", "sub.domain.example",
        "192.0.2.1", "0x7f.1", "[2001:db8::1]", "[::ffff:192.0.2.1]", "münchen.de", "пример.рф", "ex%61mple.net",
        "ｅｘａｍｐｌｅ．ｃｏｍ", "a-b_c.example",
    ]
    static let pathPieces = [
        "/", "a", "..", ".", "%2e", "%7E", "%2f", "%zz", "%", " ", "é", "😀", "\\", "<>", "|", "^", "`", "{}", "+",
        "=", "&", ";", ",", "'", "\"", "~", "%C3%A9", "%c3%a9", "ABC", "a b", "@", ":", "$", "!", "*", "(", ")",
    ]

    @Test(arguments: [7, 99, 2026] as [UInt64])
    func normalisingIsIdempotentAndASCII(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var accepted = 0
        for _ in 0..<800 {
            let input = randomURL(using: &random)
            guard let url = try? URLNormalizer.normalize(input) else { continue }
            accepted += 1
            let again = try URLNormalizer.normalize(url.normalized)
            #expect(again.normalized == url.normalized, "\(TerminalSanitizer.sanitizeURL(input))")
            #expect(url.normalized.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F })
            let host = url.host.contains(":") ? "[\(url.host)]" : url.host
            let rebuilt =
                "\(url.scheme)://\(host)\(url.port.map { ":\($0)" } ?? "")\(url.path)\(url.query.map { "?\($0)" } ?? "")"
            #expect(rebuilt == url.normalized)
            #expect(url.path.hasPrefix("/"))
            #expect(!url.path.split(separator: "/").contains { $0 == "." || $0 == ".." })
        }
        #expect(accepted > 600, "the generator should mostly produce acceptable URLs")
    }

    /// The byte-level fast path gives exactly what the general path gives, for every input it
    /// accepts; plain URLs (the ones it is for) must mostly take it.
    @Test(arguments: [3, 41, 2027] as [UInt64])
    func theFastPathAgreesWithTheGeneralPath(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var taken = 0
        let plainHosts = ["Example.COM", "a-b_c.example", "sub.domain.example", "x.y", "site42.example", "1.example"]
        let plainPieces = [
            "/", "a", "B", "index.html", "?", "q=1", "&", "#", "frag", "..", ".", "-", "~", "=", "+", ":",
        ]
        for round in 0..<2_400 {
            let input: String
            if round % 2 == 0 {
                var url = ["http://", "https://", "HTTP://", "hTtPs://"].randomElement(using: &random)!
                url += plainHosts.randomElement(using: &random)!
                for _ in 0..<Int.random(in: 0...8, using: &random) { url += plainPieces.randomElement(using: &random)! }
                input = url
            } else {
                input = randomURL(using: &random)
            }
            guard let fast = URLFastPath.normalize(input.trimmedWhitespace) else { continue }
            taken += 1
            let general = try URLNormalizer.normalize(input, fastPath: false)
            #expect(fast.normalized == general.normalized, "\(TerminalSanitizer.sanitizeURL(input))")
            #expect(fast.host == general.host)
            #expect(fast.path == general.path)
            #expect(fast.query == general.query)
            #expect(fast.scheme == general.scheme)
            #expect(general.port == nil)
        }
        #expect(taken > 300, "plain URLs should take the fast path")
    }

    private func randomURL(using random: inout SeededGenerator) -> String {
        var url = ["http", "https", "HTTPS", "Http"].randomElement(using: &random)!
        url += ["://", ":\\\\", ":///"].randomElement(using: &random)!
        url += Self.hosts.randomElement(using: &random)!
        if Bool.random(using: &random) { url += [":80", ":443", ":8080", ":", ":0"].randomElement(using: &random)! }
        if Bool.random(using: &random) {
            url += ["/", "\\"].randomElement(using: &random)!
            for _ in 0..<Int.random(in: 0...8, using: &random) { url += Self.pathPieces.randomElement(using: &random)! }
        }
        if Bool.random(using: &random) {
            url += "?"
            for _ in 0..<Int.random(in: 0...5, using: &random) { url += Self.pathPieces.randomElement(using: &random)! }
        }
        if Bool.random(using: &random) { url += "#frag" }
        return url
    }
}
