import FlagdeskCore
import Testing

@Suite("Directory entry validation")
struct DirectoryValidationTests {
    @Test("verified = true without a source is refused")
    func verifiedNeedsSource() {
        let unsourced = Provider(key: "p", name: "P", verified: true, source: "  ")
        #expect(DirectoryValidation.problems(in: unsourced).map(\.field) == ["source"])
        let sourced = Provider(key: "p", name: "P", verified: true, source: "https://example.com/legal")
        #expect(DirectoryValidation.problems(in: sourced).isEmpty)
        let authority = Authority(key: "a", kind: .dsc, name: "A", country: "BE", verified: true)
        #expect(DirectoryValidation.problems(in: authority).map(\.field) == ["source"])
    }

    @Test(
        "keys are slugs",
        arguments: [
            ("tiktok", true), ("meta-instagram", true), ("x2", true), ("Meta", false), ("a--b", false),
            ("-a", false), ("a-", false), ("", false), ("a_b", false), ("a b", false),
        ])
    func slugKeys(key: String, valid: Bool) {
        #expect(DirectoryValidation.isValidKey(key) == valid)
    }

    @Test func providerFieldProblems() {
        let provider = Provider(
            key: "p", name: "", country: "XX", hosts: ["ok.example", "com", "bücher.example", "-bad.example"],
            euLegalRepresentative: Addressee(name: "Rep", email: "not an address"), languages: ["en", "english"])
        let problems = DirectoryValidation.problems(in: provider)
        #expect(
            problems.map(\.field) == [
                "name", "country", "hosts", "hosts", "hosts", "languages", "eu_legal_representative.email",
            ])
        #expect(problems.filter { $0.field == "hosts" }.map(\.element) == [1, 2, 3])
        #expect(problems.first { $0.field == "languages" }?.element == 1)
    }

    @Test func hostsAreNormalised() {
        #expect(Provider(key: "p", name: "P", hosts: ["Example.COM."]).hosts == ["example.com"])
    }

    @Test("Europol has no country; every other authority has one")
    func authorityCountry() {
        let europolWithCountry = Authority(key: "europol", kind: .europol, name: "Europol", country: "NL")
        #expect(DirectoryValidation.problems(in: europolWithCountry).map(\.field) == ["country"])
        let leaWithout = Authority(key: "lea", kind: .lea, name: "Police")
        #expect(DirectoryValidation.problems(in: leaWithout).map(\.field) == ["country"])
        let badContact = Authority(
            key: "dpa", kind: .dpa, name: "DPA", country: "FR", contact: AuthorityContact(email: "x@", url: "ftp://x"))
        #expect(DirectoryValidation.problems(in: badContact).map(\.field) == ["contact.email", "contact.url"])
    }

    @Test(
        "notice channels are a web form or an e-mail address",
        arguments: [
            ("https://example.com/report", NoticeChannel.webForm(url: "https://example.com/report")),
            ("abuse@example.com", NoticeChannel.email(address: "abuse@example.com")),
            ("mailto:abuse@example.com", NoticeChannel.email(address: "abuse@example.com")),
        ])
    func noticeChannels(text: String, channel: NoticeChannel) {
        #expect(NoticeChannel(parsing: text) == channel)
    }

    @Test(arguments: ["", "example.com/report", "https://", "abuse at example.com", "javascript:alert(1)", "a@b"])
    func badNoticeChannels(text: String) {
        #expect(NoticeChannel(parsing: text) == nil)
    }

    @Test func isoCodes() {
        #expect(ISOCodes.countries.count == 249)
        #expect(ISOCodes.languages.count == 183)
        #expect(ISOCodes.country("el") == "GR")
        #expect(ISOCodes.country("UK") == "GB")
        #expect(ISOCodes.country("ie") == "IE")
        #expect(ISOCodes.country("EU") == nil)
        #expect(ISOCodes.language("FR") == "fr")
        #expect(ISOCodes.language("fra") == nil)
    }
}
