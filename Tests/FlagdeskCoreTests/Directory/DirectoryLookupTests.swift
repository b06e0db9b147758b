import FlagdeskCore
import Testing

@Suite("Directory look-ups")
struct DirectoryLookupTests {
    let directory = Directory(
        providers: [
            Provider(key: "example", name: "Example", hosts: ["example.com"]),
            Provider(key: "example-video", name: "Example Video", hosts: ["video.example.com"]),
            Provider(key: "other", name: "Other", hosts: ["other.org"]),
        ],
        authorities: [
            Authority(key: "europol", kind: .europol, name: "Europol"),
            Authority(key: "de-bka", kind: .lea, name: "BKA", country: "DE"),
            Authority(key: "de-lka-by", kind: .lea, name: "LKA Bayern", country: "DE"),
            Authority(key: "gr-police", kind: .lea, name: "Hellenic Police", country: "GR"),
            Authority(key: "fr-arcom", kind: .dsc, name: "Arcom", country: "FR"),
            Authority(key: "fr-cnil", kind: .dpa, name: "CNIL", country: "FR"),
        ])

    @Test(
        "a host matches its own entry or a parent domain, at label boundaries only",
        arguments: [
            ("example.com", "example"),
            ("m.example.com", "example"),
            ("a.b.c.example.com", "example"),
            ("EXAMPLE.com.", "example"),
            ("video.example.com", "example-video"),
            ("cdn.video.example.com", "example-video"),
            ("other.org", "other"),
        ])
    func suffixMatch(host: String, key: String) {
        #expect(directory.provider(forHost: host)?.key == key)
    }

    @Test(
        "look-alike hosts do not match",
        arguments: [
            "example.com.evil.tld", "notexample.com", "xexample.com", "example.co", "com", "", "video-example.com",
        ])
    func noMatch(host: String) {
        #expect(directory.provider(forHost: host) == nil)
    }

    @Test func lookupByKey() {
        #expect(directory.provider(key: "other")?.name == "Other")
        #expect(directory.provider(key: "missing") == nil)
        #expect(directory.authority(key: "fr-cnil")?.kind == .dpa)
    }

    @Test func authoritiesByKindAndCountry() {
        #expect(directory.authorities(kind: .lea, country: "DE").map(\.key) == ["de-bka", "de-lka-by"])
        #expect(directory.authorities(kind: .lea, country: "de").map(\.key) == ["de-bka", "de-lka-by"])
        #expect(directory.authorities(kind: .lea, country: "EL").map(\.key) == ["gr-police"])
        #expect(directory.authorities(kind: .dsc).map(\.key) == ["fr-arcom"])
        #expect(directory.authorities(kind: .dpa, country: "IE").isEmpty)
    }

    @Test("a referral never falls back to Europol: it takes no reports from the public (Reg. (EU) 2016/794 Art. 26)")
    func noEuropolFallback() {
        #expect(directory.lea(for: "DE")?.key == "de-bka")
        #expect(directory.lea(for: "FR") == nil)
        #expect(directory.lea(for: nil) == nil)
        #expect(Directory().lea(for: "FR") == nil)
    }

    @Test("later entries with the same key replace earlier ones, at the later position")
    func duplicateKeysKeepLast() {
        let built = Directory(providers: [
            Provider(key: "a", name: "First A", hosts: ["a.example"]),
            Provider(key: "b", name: "B", hosts: ["b.example"]),
            Provider(key: "a", name: "Second A", hosts: ["a2.example"]),
        ])
        #expect(built.providers.map(\.name) == ["B", "Second A"])
        #expect(built.provider(forHost: "a.example") == nil)
        #expect(built.provider(forHost: "a2.example")?.name == "Second A")
    }

    @Test("merged entries override by key and win host conflicts")
    func mergeOverridesByKey() {
        let merged = directory.merging(
            providers: [
                Provider(key: "other", name: "Other (checked)", hosts: ["other.org"], verified: true, source: "letter"),
                Provider(key: "newcomer", name: "Newcomer", hosts: ["video.example.com"]),
            ],
            authorities: [Authority(key: "fr-police", kind: .lea, name: "OCRTEH", country: "FR")])
        #expect(merged.provider(key: "other")?.name == "Other (checked)")
        #expect(merged.provider(key: "other")?.verified == true)
        #expect(merged.providers.filter { $0.key == "other" }.count == 1)
        #expect(merged.provider(forHost: "video.example.com")?.key == "newcomer")
        #expect(merged.provider(forHost: "example.com")?.key == "example")
        #expect(merged.lea(for: "FR")?.key == "fr-police")
        #expect(merged.authorities.count == directory.authorities.count + 1)
    }

    @Test("Art. 22 priority binds online platforms that are not micro or small (Art. 19)")
    func priorityApplicability() {
        #expect(Provider(key: "p", name: "P", isOnlinePlatform: true).owesTrustedFlaggerPriority)
        #expect(!Provider(key: "h", name: "H", isOnlinePlatform: false).owesTrustedFlaggerPriority)
        #expect(!Provider(key: "s", name: "S", isOnlinePlatform: true, smallOrMicro: true).owesTrustedFlaggerPriority)
    }

    @Test func hostSuffixes() {
        #expect(HostName.suffixes(of: "m.Example.com.") == ["m.example.com", "example.com", "com"])
        #expect(HostName.suffixes(of: "").isEmpty)
    }
}
