import Testing

@testable import FlagdeskCore

struct URLNormalizerTests {
    static func normalized(_ input: String) throws -> String {
        try URLNormalizer.normalize(input).normalized
    }

    @Test(arguments: [
        ("https://Example.COM", "https://example.com/"),
        ("HTTPS://example.com/Path/Keeps/Case", "https://example.com/Path/Keeps/Case"),
        ("  https://example.com/a \n", "https://example.com/a"),
        ("\thttps://example.com\u{3000}", "https://example.com/"),
        ("https://example.com./", "https://example.com/"),
        ("https://example.com?x=1", "https://example.com/?x=1"),
        ("https://example.com/?", "https://example.com/"),
    ])
    func caseWhitespaceAndShape(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/", "https://example.com/"),
        ("https://example.com:0443/", "https://example.com/"),
        ("https://example.com:8443/", "https://example.com:8443/"),
        ("http://example.com:443/", "http://example.com:443/"),
        ("https://example.com:80/", "https://example.com:80/"),
        ("https://example.com:/x", "https://example.com/x"),
    ])
    func defaultPortsAreDropped(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("https://example.com/page#section", "https://example.com/page"),
        ("https://example.com/?q=1#frag?x", "https://example.com/?q=1"),
        ("https://evil.example#@bank.example", "https://evil.example/"),
        ("https://example.com/#", "https://example.com/"),
    ])
    func fragmentsAreDropped(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("https://bücher.example/", "https://xn--bcher-kva.example/"),
        ("https://bu\u{308}cher.example/", "https://xn--bcher-kva.example/"),
        ("https://MÜNCHEN.de", "https://xn--mnchen-3ya.de/"),
        ("https://例え.jp", "https://xn--r8jz45g.jp/"),
        ("https://例え。jp", "https://xn--r8jz45g.jp/"),
        ("https://ｅｘａｍｐｌｅ．ｃｏｍ/", "https://example.com/"),
        ("https://аpple.com/", "https://xn--pple-43d.com/"),
        ("https://xn--BCHER-kva.example", "https://xn--bcher-kva.example/"),
        ("https://ex\u{AD}am\u{200B}ple.com", "https://example.com/"),
        ("https://ex%61mple.com", "https://example.com/"),
        ("https://%C3%BCber.example", "https://xn--ber-goa.example/"),
        ("https://faß.de", "https://xn--fa-hia.de/"),
    ])
    func internationalisedHosts(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/%7euser/%e2%82%ac", "https://example.com/~user/%E2%82%AC"),
        ("https://example.com/café?q=é", "https://example.com/caf%C3%A9?q=%C3%A9"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("https://example.com/a%2fb%3F", "https://example.com/a%2Fb%3F"),
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),
        // A stray `%` stays as typed (WHATWG): `%25` would name another resource.
        ("https://example.com/100%", "https://example.com/100%"),
        ("https://example.com/%zz", "https://example.com/%zz"),
        ("https://example.com/foo%2zbar", "https://example.com/foo%2zbar"),
        // An encoded hex digit after a stray `%` stays encoded: decoded, it would make an escape.
        ("https://example.com/%%61%62", "https://example.com/%%61b"),
        ("https://example.com/%a%62", "https://example.com/%a%62"),
        ("https://example.com/?q=a+b&r=%41%2B", "https://example.com/?q=a+b&r=A%2B"),
        ("https://example.com/<script>{x}|^`", "https://example.com/%3Cscript%3E%7Bx%7D%7C%5E%60"),
        ("https://example.com/?a=\\b", "https://example.com/?a=%5Cb"),
        ("https://example.com/👍", "https://example.com/%F0%9F%91%8D"),
    ])
    func percentEncoding(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("https://example.com/a/b/../c/./d", "https://example.com/a/c/d"),
        ("https://example.com/a/%2E%2e/b", "https://example.com/b"),
        ("https://example.com/../../x", "https://example.com/x"),
        ("https://example.com/a/..", "https://example.com/"),
        ("https://example.com/a//b/", "https://example.com/a//b/"),
        ("https:\\\\evil.example\\path\\file", "https://evil.example/path/file"),
        ("https:evil.example", "https://evil.example/"),
        ("https:///evil.example", "https://evil.example/"),
    ])
    func pathsAsBrowsersReadThem(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test(arguments: [
        ("http://192.168.0.1/", "http://192.168.0.1/"),
        ("http://0x7f.1/", "http://127.0.0.1/"),
        ("http://2130706433/", "http://127.0.0.1/"),
        ("http://0177.0.0.1", "http://127.0.0.1/"),
        ("http://127.1", "http://127.0.0.1/"),
        ("http://[2001:DB8::1]:8080/", "http://[2001:db8::1]:8080/"),
        ("https://[2001:0db8:0000:0000:0000:0000:0000:0001]/", "https://[2001:db8::1]/"),
        ("http://[::ffff:192.0.2.1]/", "http://[::ffff:c000:201]/"),
        ("http://[::]/", "http://[::]/"),
        ("http://[1:0:0:2:0:0:3:4]", "http://[1::2:0:0:3:4]/"),
        ("http://[1:0:0:2:0:0:0:3]", "http://[1:0:0:2::3]/"),
        ("http://[1:2:3:4:5:6:7::]", "http://[1:2:3:4:5:6:7:0]/"),
    ])
    func ipAddressHosts(input: String, expected: String) throws {
        #expect(try Self.normalized(input) == expected)
    }

    @Test func componentsAreReported() throws {
        let input = " HTTPS://Sub.Example.COM:8080/p%7e/q?x=1&y=%e2%82%ac#frag "
        let url = try URLNormalizer.normalize(input)
        #expect(url.original == input)
        #expect(url.scheme == "https")
        #expect(url.host == "sub.example.com")
        #expect(url.port == 8080)
        #expect(url.path == "/p~/q")
        #expect(url.query == "x=1&y=%E2%82%AC")
        #expect(url.normalized == "https://sub.example.com:8080/p~/q?x=1&y=%E2%82%AC")
        #expect(!url.hostIsIPAddress)
        let bare = try URLNormalizer.normalize("http://[::1]")
        #expect(bare.host == "::1" && bare.port == nil && bare.path == "/" && bare.query == nil)
        #expect(bare.hostIsIPAddress)
    }

    @Test func equivalentSpellingsNormaliseAlike() throws {
        let spellings = [
            "https://Bücher.Example:443/a/./b/%7Ec#x", "https://xn--bcher-kva.example/a/b/~c",
            "HTTPS://bu\u{308}cher.example./a/c/../b/%7ec", " https:\\\\bücher.example\\a\\b\\~c ",
        ]
        let forms = Set(try spellings.map(Self.normalized))
        #expect(forms == ["https://xn--bcher-kva.example/a/b/~c"])
    }

    @Test(arguments: [
        ("m.example.com", ["m.example.com", "example.com", "com"]),
        ("EXAMPLE.com.", ["example.com", "com"]),
        ("localhost", ["localhost"]),
        ("xn--bcher-kva.example", ["xn--bcher-kva.example", "example"]),
        ("127.0.0.1", ["127.0.0.1"]),
        ("2001:db8::1", ["2001:db8::1"]),
        ("", []),
    ])
    func hostSuffixes(host: String, suffixes: [String]) {
        #expect(URLNormalizer.hostSuffixes(host) == suffixes)
    }
}
