import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// On a team desk, who the organisation is and what it may claim is the desk's, not the caller's
/// configuration (issue #14 point 2, "no configuration grants"): trusted-flagger status and its
/// suspension (DSA Art. 22(2), (6)), GDPR Art. 80(1) standing, the authority to hold child sexual
/// abuse material (Dir. 2011/93/EU Art. 5).
@Suite("Trust: the organisation belongs to a team desk")
struct OrganisationTrustTests {
    /// The world's desk as `login`, through a real sudo, with the configuration `text`.
    private func open(_ world: WorkflowWorld, as login: String, config text: String, adopting: Bool = false) throws
        -> Desk
    {
        let path = world.folder.appendingPathComponent("\(login)-\(UUID().uuidString).toml")
        try Data(text.utf8).write(to: path)
        let (process, sudo) = FakeProcess.sudo(login)
        var options = world.options(process, sudo, at: fixedNow)
        options.configPath = path.path
        if adopting { options.access = .adoptingConfig }
        return try Desk.open(options)
    }

    private func configurationError(_ error: any Error) -> String {
        guard case .configuration(let message) = error as? EngineError else { return "not a configuration error" }
        return message
    }

    /// The standard configuration with its `[organisation]` tables cut out (and `[users]` kept).
    private static let withoutOrganisation: String = {
        let text = WorkflowWorld.standardConfig
        let start = text.range(of: "[organisation]")!.lowerBound
        let end = text.range(of: "[users]")!.lowerBound
        return String(text[..<start] + text[end...])
    }()

    @Test func theTeamDeskRecordsItsOrganisationWhenItIsMade() throws {
        let world = try WorkflowWorld()
        let standing = try world.desk(as: "bob").organisationStanding()
        #expect(standing.recorded?.recordedBy == "flagdesk")
        #expect(standing.profile.organisation.name == "Example Hotline asbl")
        #expect(standing.profile.organisation.trustedFlagger?.awardingDSC == "BIPT")
    }

    @Test func aFlaggersConfigurationWithoutOrganisationGetsTheDesks() throws {
        let world = try WorkflowWorld()
        let bob = try open(world, as: "bob", config: Self.withoutOrganisation)
        #expect(bob.config.organisation.name == "Example Hotline asbl")
        #expect(bob.config.organisation.trustedFlagger?.areaOfExpertise.hasPrefix("Trafficking") == true)
    }

    @Test func aConfigurationClaimingAnotherStandingIsRefused() throws {
        let world = try WorkflowWorld()
        // The DSC suspended the status (Art. 22(6)) and the desk records it; a flagger's copy
        // without `suspended_on` would claim priority again.
        let suspended = WorkflowWorld.standardConfig.replacingOccurrences(
            of: "area_of_expertise = \"Trafficking in human beings and sexual exploitation\"",
            with:
                "area_of_expertise = \"Trafficking in human beings and sexual exploitation\"\nsuspended_on = 2026-06-01"
        )
        _ = try open(world, as: "alice", config: suspended, adopting: true).adoptOrganisationFromConfiguration()
        #expect {
            _ = try open(world, as: "bob", config: WorkflowWorld.standardConfig)
        } throws: {
            configurationError($0).contains(
                "[organisation.trusted_flagger] suspended_on is (none) in the configuration but \"2026-06-01\" in the desk"
            )
        }
        // Without [organisation] bob works, under the suspension the desk records.
        let bob = try open(world, as: "bob", config: Self.withoutOrganisation)
        #expect(bob.config.organisation.trustedFlagger?.suspendedOn == CivilDate(year: 2026, month: 6, day: 1))
    }

    @Test func aConfigurationClaimingTheAuthorityToHoldCSAMIsRefused() throws {
        let world = try WorkflowWorld()
        let claiming = Self.withoutOrganisation + "\n[network]\nauthorised_to_hold_csam = true\n"
        #expect {
            _ = try open(world, as: "bob", config: claiming)
        } throws: {
            configurationError($0).contains(
                "[network] authorised_to_hold_csam is \"true\" in the configuration but \"false\" in the desk")
        }
    }

    @Test func onlyACoordinatorRecordsTheOrganisationAndTheTrailSaysWhatChanged() throws {
        let world = try WorkflowWorld()
        let renamed = WorkflowWorld.standardConfig.replacingOccurrences(
            of: "name = \"Example Hotline asbl\"", with: "name = \"Example Hotline\"\nlegal_form = \"asbl\"")
        #expect(throws: EngineError.refused("bob is a flagger; only a coordinator can record the organisation")) {
            _ = try open(world, as: "bob", config: renamed, adopting: true).adoptOrganisationFromConfiguration()
        }
        let alice = try open(world, as: "alice", config: renamed, adopting: true)
        let standing = try alice.adoptOrganisationFromConfiguration()
        #expect(standing.profile.organisation.legalForm == "asbl")
        #expect(standing.recorded?.recordedBy == "alice")
        let event = try #require(
            try alice.store.read { db in try AuditTrail.events(entity: "organisation", entityID: "organisation", in: db)
            }.last)
        #expect(event.action == "adopt-config")
        let payload = try JSONDecoder().decode([String: String].self, from: Data(event.payload.utf8))
        #expect(payload["[organisation] name"] == "Example Hotline asbl -> Example Hotline")
        #expect(payload["[organisation] legal_form"] == "(none) -> asbl")
        #expect(payload["[organisation] signatory"] == nil)
        // The same configuration again changes nothing and says so.
        #expect(throws: EngineError.refused("the desk already records this organisation")) {
            _ = try alice.adoptOrganisationFromConfiguration()
        }
    }

    @Test func aTeamDeskWithNothingRecordedBelievesNoConfiguration() {
        var config = FlagdeskConfig()
        config.organisation.name = "Claimed asbl"
        config.network.authorisedToHoldCSAM = true
        let team = OrganisationPolicy.effectiveConfig(config, setup: .team, recorded: nil)
        #expect(team.organisation == FlagdeskConfig.Organisation())
        #expect(!team.network.authorisedToHoldCSAM)
        // A personal desk's one person is its coordinator: their configuration is the organisation.
        #expect(OrganisationPolicy.effectiveConfig(config, setup: .personal, recorded: nil) == config)
    }
}
