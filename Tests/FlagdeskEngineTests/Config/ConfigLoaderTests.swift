import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Config loading")
struct ConfigLoaderTests {
    static let fullConfig = """
        [organisation]
        name = "Hotline asbl"
        legal_form = "asbl"
        country = "be"
        postal_address = "Rue Exemple 1\\n1000 Bruxelles"
        email = "notices@hotline.example"
        phone = "+32 2 000 00 00"
        signatory = "A. Coordinator"

        [organisation.trusted_flagger]
        awarding_dsc = "BIPT"
        awarded_on = 2025-03-01
        reference = "TF-1"
        area_of_expertise = "Trafficking in human beings"
        independence_statement = "Public grants only."

        [store]
        path = "~/store"

        [time]
        zone = "Europe/Brussels"

        [users]
        alice = "coordinator"
        bob = "flagger"

        [approval]
        four_eyes = false

        [templates]
        directory = "templates"
        default_language = "FR"

        [sending]
        send_command = "/usr/sbin/sendmail -t"

        [network]
        enabled = true
        timeout_seconds = 5
        max_bytes = 1000

        [deadlines]
        "dsa.notice.expected-decision.trusted" = "48 hours"
        reminder.notice = "10 working days"

        [[escalation]]
        from = "dsa-notice"
        when = "no-response"
        after = "5 days"
        propose = ["reminder", "dsc-complaint"]

        [calendar]
        country = "de-by"
        closures = [2026-12-24, "2026-12-31"]
        extra_holidays = ["2026-06-15"]

        [[providers]]
        key = "tiktok"
        name = "TikTok (checked)"
        hosts = ["tiktok.com", "vm.tiktok.com"]
        notice_channel = "mailto:dsa@tiktok.example"
        languages = ["EN", "fr"]
        verified = true
        source = "letter of 2026-01-05"
        eevidence_addressee = { role = "legal-representative", name = "Rep Ltd", email = "le@rep.example" }

        [[providers]]
        key = "example-cloud"
        name = "Example Cloud"
        hosts = ["cloud.example"]
        is_online_platform = false

        [[authorities]]
        key = "be-fccu"
        kind = "lea"
        name = "FCCU"
        country = "BE"
        contact = { email = "fccu@police.example", url = "https://police.example/" }
        """

    @Test("every section is read into typed values")
    func fullConfigIsTyped() throws {
        let config = try parseConfig(Self.fullConfig)
        #expect(config.organisation.name == "Hotline asbl")
        #expect(config.organisation.country == "BE")
        #expect(config.organisation.postalAddress == "Rue Exemple 1\n1000 Bruxelles")
        let status = try #require(config.organisation.trustedFlagger)
        #expect(status.awardingDSC == "BIPT")
        #expect(status.awardedOn == CivilDate(year: 2025, month: 3, day: 1))
        #expect(status.areaOfExpertise == "Trafficking in human beings")
        #expect(config.storePath == "/home/tester/store")
        #expect(config.timeZone.identifier == "Europe/Brussels")
        #expect(config.users == ["alice": .coordinator, "bob": .flagger])
        #expect(!config.fourEyes)
        #expect(config.templatesDirectory == "/cfg/templates")
        #expect(config.defaultLanguage == "fr")
        #expect(config.sendCommand == "/usr/sbin/sendmail -t")
        #expect(config.network.enabled && config.network.timeoutSeconds == 5 && config.network.maxBytes == 1000)
        #expect(
            config.deadlineOverrides == [
                "dsa.notice.expected-decision.trusted": "48 hours", "reminder.notice": "10 working days",
            ])
        #expect(
            config.escalation == [
                EscalationStep(
                    from: .dsaNotice, trigger: .noResponse, after: .period("5 days"),
                    propose: [.reminder, .dscComplaint])
            ])
        #expect(config.calendar.country == "DE-BY")
        #expect(config.calendar.closures == [CivilDate(iso: "2026-12-24")!, CivilDate(iso: "2026-12-31")!])
        #expect(config.calendar.extraHolidays == [CivilDate(iso: "2026-06-15")!])
    }

    @Test("config entries override starter entries by key and add new ones")
    func directoryMerge() throws {
        let directory = try parseConfig(Self.fullConfig).directory
        let tiktok = try #require(directory.provider(key: "tiktok"))
        #expect(tiktok.name == "TikTok (checked)")
        #expect(tiktok.verified)
        #expect(tiktok.noticeChannel == .email(address: "dsa@tiktok.example"))
        #expect(tiktok.languages == ["en", "fr"])
        #expect(tiktok.eevidenceAddressee?.role == .legalRepresentative)
        #expect(directory.providers.filter { $0.key == "tiktok" }.count == 1)
        #expect(directory.provider(forHost: "www.tiktok.com")?.name == "TikTok (checked)")
        #expect(directory.provider(forHost: "files.cloud.example")?.owesTrustedFlaggerPriority == false)
        #expect(directory.provider(key: "meta-instagram") != nil)
        #expect(directory.lea(for: "BE")?.key == "be-fccu")
        #expect(directory.authority(key: "be-fccu")?.contact.email == "fccu@police.example")
        #expect(directory.lea(for: "FR") == nil, "never Europol (Reg. (EU) 2016/794 Art. 26)")
    }

    @Test("DSA Art. 22(6): a suspended status is read and claims no priority")
    func suspendedStatus() throws {
        let text = Self.fullConfig.replacingOccurrences(
            of: "reference = \"TF-1\"", with: "reference = \"TF-1\"\nsuspended_on = 2026-06-01")
        let status = try #require(try parseConfig(text).organisation.trustedFlagger)
        #expect(status.suspendedOn == CivilDate(year: 2026, month: 6, day: 1))
        #expect(try parseConfig(Self.fullConfig).organisation.trustedFlagger?.suspendedOn == nil)
    }

    @Test("GDPR Art. 80(1): the organisation's standing is declared, never assumed")
    func article80Standing() throws {
        #expect(try parseConfig(Self.fullConfig).organisation.gdprArticle80Body == false)
        let text = Self.fullConfig.replacingOccurrences(
            of: "signatory = \"A. Coordinator\"", with: "signatory = \"A. Coordinator\"\ngdpr_article_80_body = true")
        #expect(try parseConfig(text).organisation.gdprArticle80Body == true)
    }

    @Test("DSA Arts. 3(j), 33: a provider declared a search engine, or very large, is read as such")
    func serviceClasses() throws {
        let text = Self.fullConfig.replacingOccurrences(
            of: "is_online_platform = false", with: "search_engine = true\nvery_large = true")
        let provider = try #require(try parseConfig(text).directory.provider(key: "example-cloud"))
        #expect(provider.isSearchEngine && provider.isVeryLarge && !provider.isOnlinePlatform)
    }

    @Test("an empty file gives the defaults")
    func emptyFileGivesDefaults() throws {
        #expect(try parseConfig("") == FlagdeskConfig.defaults)
        let defaults = FlagdeskConfig.defaults
        #expect(defaults.timeZone == TimeZone(identifier: "UTC"))
        #expect(defaults.fourEyes)
        #expect(!defaults.network.enabled)
        #expect(defaults.escalation == EscalationStep.defaultLadder)
        #expect(defaults.directory == Directory.starter)
        #expect(defaults.users.isEmpty)
    }

    @Test("directory files add entries, with paths relative to the config file")
    func directoryFiles() throws {
        let config = try parseConfig(
            """
            directory_files = ["dir/partners.toml"]
            """,
            files: [
                "/cfg/dir/partners.toml": """
                [[providers]]
                key = "forum"
                name = "Forum"
                hosts = ["forum.example"]

                [[authorities]]
                key = "europol"
                kind = "europol"
                name = "Europol (checked)"
                verified = true
                source = "https://www.europol.europa.eu/"
                """
            ])
        #expect(config.directory.provider(forHost: "forum.example")?.key == "forum")
        #expect(config.directory.authority(key: "europol")?.name == "Europol (checked)")
        #expect(config.directory.lea(for: "PT") == nil, "Europol is listed, never a referral's recipient")
    }

    @Test("load() reads the located file and reports where it came from")
    func loadFromDisk() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("flagdesk/config.toml", "[time]\nzone = \"Europe/Paris\"\n")
        let loaded = try ConfigLoader.load(path: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(loaded.path == file)
        #expect(loaded.config.timeZone.identifier == "Europe/Paris")
    }

    @Test("no file at the XDG default location: the defaults, and no path")
    func missingDefaultFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let loaded = try ConfigLoader.load(path: nil, environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(loaded == LoadedConfig(config: .defaults, path: nil))
        #expect(try ConfigLoader.load(path: nil, environment: [:]) == LoadedConfig(config: .defaults, path: nil))
    }
}
