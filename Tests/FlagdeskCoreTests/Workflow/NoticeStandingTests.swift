import FlagdeskCore
import Foundation
import Testing

private typealias F = WorkflowFixtures

/// DSA Art. 16 is open to anyone; Art. 22(1) priority is a trusted flagger's, owed by online
/// platforms (Arts. 19-22 bind no plain hosting service, nor micro or small platforms), within the
/// designated area, while the status is not suspended (Art. 22(6)).
@Suite("Notice standing: Art. 16 for everyone, Art. 22 priority only where it applies")
struct NoticeStandingTests {
    let awarded = SenderProfile(
        name: "Hotline", email: "notices@hotline.example", trustedFlaggerAwardedBy: "BIPT",
        areaOfExpertise: "Trafficking in human beings")
    let notice = DocumentContent.dsaNotice(NoticeContent(urls: ["https://video.example/v/1"]))

    @Test("DSA Art. 22(1): a trusted flagger's notice to an online platform claims priority")
    func priorityToAPlatform() {
        #expect(awarded.standing(of: notice, parent: nil, to: .provider(F.videoPlatform)) == .trustedFlagger)
    }

    @Test("DSA Art. 19(1): no priority is claimed of a plain hosting service or a small platform")
    func noPriorityWhereArticle22DoesNotApply() {
        #expect(awarded.standing(of: notice, parent: nil, to: .provider(F.cloudHost)) == .article16)
        #expect(awarded.standing(of: notice, parent: nil, to: .provider(F.smallPlatform)) == .article16)
    }

    @Test("DSA Art. 16: without the status, or outside the area, the notice stands on Art. 16 alone")
    func article16WithoutStatusOrArea() {
        #expect(
            SenderProfile(name: "NGO").standing(of: notice, parent: nil, to: .provider(F.videoPlatform)) == .article16)
        let outside = DocumentContent.dsaNotice(NoticeContent(urls: ["https://video.example/v/1"], withinArea: false))
        #expect(awarded.standing(of: outside, parent: nil, to: .provider(F.videoPlatform)) == .article16)
        let reminder = DocumentContent.empty(.reminder)
        #expect(awarded.standing(of: reminder, parent: outside, to: .provider(F.videoPlatform)) == .article16)
        #expect(awarded.standing(of: reminder, parent: notice, to: .provider(F.videoPlatform)) == .trustedFlagger)
    }

    @Test("DSA Art. 22(6): a suspended status claims no priority")
    func suspendedStatus() {
        var suspended = awarded
        suspended.trustedFlaggerSuspendedOn = CivilDate(year: 2026, month: 6, day: 1)
        #expect(suspended.standing(of: notice, parent: nil, to: .provider(F.videoPlatform)) == .article16)
    }

    @Test("DSA Art. 16: an NGO without the status can still send a complete notice")
    func aNoticeWithoutStatusIsComplete() {
        var fixture = F.DocumentFixture(.dsaNotice)
        fixture.context.notifier.trustedFlaggerAwardedBy = nil
        fixture.context.notifier.areaOfExpertise = nil
        #expect(fixture.missing == [])
    }
}

/// DSA Art. 3(j), Art. 16(1), Art. 33: each provider by its service class.
@Suite("Directory: service classes")
struct ServiceClassTests {
    @Test("DSA Art. 16(1): no notice to a search engine, which hosts nothing")
    func noNoticeToASearchEngine() throws {
        let bing = try #require(Directory.starter.provider(key: "microsoft-bing"))
        #expect(bing.isSearchEngine && bing.isVeryLarge && !bing.owesTrustedFlaggerPriority)
        #expect(bing.serviceClass == "very large online search engine")
        // Declared a search engine, however else it is described: no priority (Art. 19, 22(1)).
        #expect(!Provider(key: "s", name: "S", isOnlinePlatform: true, isSearchEngine: true).owesTrustedFlaggerPriority)
        var fixture = F.DocumentFixture(.dsaNotice)
        fixture.context.recipient = .provider(bing)
        let provider = fixture.missing.first { $0.key == "provider" }
        #expect(provider?.hint.contains("search engine") == true, "\(fixture.missing)")
    }

    @Test("DSA Art. 33: designated very large platforms are marked; plain hosting services are not platforms")
    func classes() throws {
        #expect(Directory.starter.provider(key: "tiktok")?.serviceClass == "very large online platform")
        #expect(Directory.starter.provider(key: "telegram")?.serviceClass == "online platform")
        #expect(Directory.starter.provider(key: "google-drive")?.serviceClass == "hosting service")
    }

    @Test func aStoredProviderWithoutTheNewFieldsDecodes() throws {
        let json =
            #"{"key":"old","name":"Old","hosts":[],"languages":[],"isOnlinePlatform":true,"smallOrMicro":false,"verified":false}"#
        let provider = try JSONDecoder().decode(Provider.self, from: Data(json.utf8))
        #expect(!provider.isSearchEngine && !provider.isVeryLarge)
    }
}
