import Testing

@testable import FlagdeskCore

/// What capture and recheck fetch is the URL as recorded, encoded only where the wire needs it.
@Suite struct FetchTargetTests {
    @Test(arguments: [
        ("https://example.com/foo%2zbar", "https://example.com/foo%2zbar"),
        ("https://example.com/100%", "https://example.com/100%"),
        ("HTTPS://Example.COM:443/A%7eB?q=%41#frag", "https://example.com/A%7eB?q=%41"),
        ("https://example.com/a b/café", "https://example.com/a%20b/caf%C3%A9"),
        ("https://bücher.example/x\\y?z=\\", "https://xn--bcher-kva.example/x/y?z=%5C"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com?x=1", "https://example.com/?x=1"),
        ("http://[::1]:8080/p", "http://[::1]:8080/p"),
        ("https://example.com/./a/../b", "https://example.com/./a/../b"),
    ])
    func fetchedAsRecorded(input: String, expected: String) throws {
        #expect(try FetchTarget.url(for: input) == expected)
    }

    @Test func normalisedFormStaysTheDuplicateKey() throws {
        // The duplicate key may differ from what is fetched; the resource never does.
        #expect(try URLNormalizer.normalize("https://example.com/A%7eB").normalized == "https://example.com/A~B")
        #expect(try FetchTarget.url(for: "https://example.com/A%7eB") == "https://example.com/A%7eB")
    }
}

/// Which addresses capture refuses to reach (unless the configuration allows it).
@Suite struct AddressScopeTests {
    @Test(
        arguments: [
            [127, 0, 0, 1], [10, 1, 2, 3], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1],
            [169, 254, 169, 254],
            [0, 0, 0, 0], [100, 64, 0, 1], [224, 0, 0, 1],
        ] as [[UInt8]])
    func internalIPv4(bytes: [UInt8]) {
        #expect(AddressScope.of(bytes) != .public)
    }

    @Test(arguments: [[8, 8, 8, 8], [172, 32, 0, 1], [192, 169, 0, 1], [93, 184, 216, 34]] as [[UInt8]])
    func publicIPv4(bytes: [UInt8]) {
        #expect(AddressScope.of(bytes) == .public)
    }

    static func v6(_ groups: [UInt16]) -> [UInt8] { groups.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

    @Test func ipv6() {
        #expect(AddressScope.of(Self.v6([0, 0, 0, 0, 0, 0, 0, 1])) == .restricted("loopback"))
        #expect(AddressScope.of(Self.v6([0, 0, 0, 0, 0, 0, 0, 0])) == .restricted("unspecified"))
        #expect(AddressScope.of(Self.v6([0xFE80, 0, 0, 0, 0, 0, 0, 1])) == .restricted("link-local"))
        #expect(AddressScope.of(Self.v6([0xFD12, 0x3456, 0, 0, 0, 0, 0, 1])) == .restricted("unique-local"))
        #expect(AddressScope.of(Self.v6([0xFC00, 0, 0, 0, 0, 0, 0, 1])) == .restricted("unique-local"))
        // IPv4-mapped, NAT64 and 6to4 forms of a private IPv4 address are private too.
        #expect(AddressScope.of(Self.v6([0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 0x0001])) != .public)
        #expect(AddressScope.of(Self.v6([0, 0, 0, 0, 0, 0xFFFF, 0x0A00, 0x0001])) != .public)
        #expect(AddressScope.of(Self.v6([0x64, 0xFF9B, 0, 0, 0, 0, 0xC0A8, 0x0001])) != .public)
        #expect(AddressScope.of(Self.v6([0x2002, 0xC0A8, 0x0001, 0, 0, 0, 0, 1])) != .public)
        #expect(AddressScope.of(Self.v6([0, 0, 0, 0, 0, 0xFFFF, 0x0808, 0x0808])) == .public)
        #expect(AddressScope.of(Self.v6([0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888])) == .public)
    }
}
