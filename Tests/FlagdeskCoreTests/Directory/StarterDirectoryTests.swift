import FlagdeskCore
import Testing

@Suite("Starter directory")
struct StarterDirectoryTests {
    let starter = Directory.starter

    @Test("every starter entry passes validation and none claims to be verified")
    func entriesAreValidAndUnverified() {
        for provider in starter.providers {
            #expect(DirectoryValidation.problems(in: provider).isEmpty, "\(provider.key)")
            #expect(!provider.verified)
        }
        for authority in starter.authorities {
            #expect(DirectoryValidation.problems(in: authority).isEmpty, "\(authority.key)")
            #expect(!authority.verified)
        }
    }

    @Test("keys and hosts are unique, so no entry silently shadows another")
    func uniqueness() {
        let hosts = starter.providers.flatMap(\.hosts)
        #expect(Set(hosts).count == hosts.count)
        #expect(Set(starter.providers.map(\.key)).count == starter.providers.count)
        #expect(Set(starter.authorities.map(\.key)).count == starter.authorities.count)
    }

    @Test(
        "well-known hosts resolve",
        arguments: [
            ("www.instagram.com", "meta-instagram"), ("m.facebook.com", "meta-facebook"),
            ("youtu.be", "google-youtube"),
            ("www.tiktok.com", "tiktok"), ("twitter.com", "x"), ("t.me", "telegram"),
            ("docs.google.com", "google-drive"),
            ("old.reddit.com", "reddit"), ("mysite.pages.dev", "cloudflare"),
        ])
    func wellKnownHosts(host: String, key: String) {
        #expect(starter.provider(forHost: host)?.key == key)
    }

    @Test func plainHostingServicesOweNoPriority() {
        #expect(starter.provider(key: "cloudflare")?.owesTrustedFlaggerPriority == false)
        #expect(starter.provider(key: "tiktok")?.owesTrustedFlaggerPriority == true)
    }

    /// Reg. (EU) 2016/794 Art. 26: Europol takes no reports from the public; it stays listed
    /// (for reference) but is never proposed for a referral.
    @Test func europolIsNeverTheFallbackLEA() {
        #expect(starter.lea(for: "BE")?.key == "be-federal-police")
        #expect(starter.lea(for: "FR") == nil, "no French police listed: the draft asks for one")
        #expect(starter.lea(for: "DE")?.key == "de-bka")
        #expect(starter.authority(key: "europol")?.country == nil)
    }
}
