import FlagdeskCore
import Foundation

@testable import FlagdeskEngine

/// One team desk shared by several people: each `desk(as:at:)` opens it as that login coming in
/// through a (made-up) real sudo, at that instant (the desk has a simulated clock). The team is
/// taken from the configuration's `[users]` once, by alice, as `team adopt-config` does.
struct WorkflowWorld {
    let folder: URL
    let configPath: String

    static let standardConfig = """
        [organisation]
        name = "Example Hotline asbl"
        email = "notices@example.org"
        country = "BE"
        signatory = "A. Coordinator"

        [organisation.trusted_flagger]
        awarding_dsc = "BIPT"
        area_of_expertise = "Trafficking in human beings and sexual exploitation"

        [users]
        alice = "coordinator"
        chiara = "coordinator"
        bob = "flagger"

        [[authorities]]
        key = "be-police"
        kind = "lea"
        name = "Federal Judicial Police"
        country = "BE"
        contact = { email = "referrals@police.example" }

        [[authorities]]
        key = "be-prosecutor"
        kind = "prosecutor"
        name = "Brussels public prosecutor"
        country = "BE"
        contact = { email = "parquet@justice.example" }
        """

    /// The fields a preservation request to Instagram's EU establishment needs beyond the prefill.
    static let preservationSettings = [
        "addressee-name=Meta Platforms Ireland Ltd", "addressee-email=le@meta.example",
        "time-range=2026-04-01T00:00:00Z/2026-05-01T00:00:00Z", "data-categories=subscriber,content",
        "provisions=Art. 433quinquies Criminal Code",
        "grounds=the account deletes its adverts within days; without preservation the evidence is lost",
    ].map { try! FieldSetting(parsing: $0) }

    /// Before anything a test does: the team is set up at this instant.
    static let setUpAt = ISO8601.parseInstant("2020-01-01T00:00:00Z")!

    init(config: String = WorkflowWorld.standardConfig) throws {
        folder = temporaryFolder("world")
        let path = folder.appendingPathComponent("config.toml")
        try Data(config.utf8).write(to: path)
        configPath = path.path
        var creation = options(FakeProcess(account: "flagdesk", underSudo: false), [:], at: Self.setUpAt)
        creation.createStore = true
        creation.newDesk = NewDesk(setup: .team, coordinator: "alice", simulatedClock: true)
        creation.access = .outsider
        _ = try Desk.open(creation)
        let (process, sudo) = FakeProcess.sudo("alice")
        var adopting = options(process, sudo, at: Self.setUpAt)
        adopting.access = .adoptingConfig
        _ = try Desk.open(adopting).adoptConfiguration()
    }

    /// The desk as `login`, through a real sudo into the service account.
    func desk(as login: String = "bob", at instant: Date = fixedNow) throws -> Desk {
        let (process, sudo) = FakeProcess.sudo(login)
        return try Desk.open(options(process, sudo, at: instant))
    }

    func options(_ process: FakeProcess, _ extra: [String: String], at instant: Date) -> DeskOptions {
        let environment = [
            "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
        ].merging(extra) { _, new in new }
        return DeskOptions(
            configPath: configPath, storePath: folder.appendingPathComponent("store").path, now: instant,
            environment: environment, process: process)
    }

    /// An item on Instagram (an online platform owed Art. 22 priority), triaged for trafficking.
    /// `evidenceSecured`: a coordinator (alice) waives the preservation request and the referral,
    /// as done outside the desk, so that a notice about it may go (evidence first); the tests of
    /// evidence first itself pass false.
    func triagedItem(
        _ url: String = "https://www.instagram.com/p/ad-1", threatToLife: Bool = false, evidenceSecured: Bool = true
    ) throws -> Item {
        let desk = try desk()
        let evidence = try writeTemporaryFile("screenshot of \(url)")
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: url, evidenceFiles: [evidence])) else {
            throw EngineError.refused("not added")
        }
        var triage = TriageRequest(reference: item.reference)
        triage.category = .violence
        triage.keywords = [.humanTrafficking]
        triage.contentTypes = [.image, .text]
        triage.explanation = "Advert for women controlled by a third party; indicators of trafficking."
        triage.legalBasis = "Directive 2011/36/EU Art. 2"
        triage.threatToLife = threatToLife
        triage.indicators = [IndicatorChoice(key: "unodc-general.others-speak", reason: "a man answers every call")]
        let triaged = try desk.triage(triage).item
        if evidenceSecured {
            for step in EvidenceStep.allCases {
                _ = try self.desk(as: "alice").waive(
                    reference: triaged.reference, step: step, reason: "done by telephone before the test")
            }
        }
        return triaged
    }
}

extension Date {
    func adding(hours: Double) -> Date { addingTimeInterval(hours * 3600) }
    func adding(days: Double) -> Date { addingTimeInterval(days * 86_400) }
}
