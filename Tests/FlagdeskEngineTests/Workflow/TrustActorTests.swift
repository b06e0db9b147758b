import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Who acts, roles in the desk, the clock (issue #14 points 1-3, 9).
@Suite("Trust: who acts, roles, the clock")
struct TrustActorTests {
    private func refusal(_ error: any Error) -> String {
        guard case .refused(let message) = error as? EngineError else { return "not a refusal: \(error)" }
        return message
    }

    /// The world's desk opened by `process` with `environment` (no real sudo unless it says so).
    private func open(
        _ world: WorkflowWorld, _ process: FakeProcess, _ environment: [String: String], at instant: Date? = fixedNow,
        config: String? = nil
    ) throws -> Desk {
        var options = world.options(process, environment, at: fixedNow)
        options.now = instant
        if let config { options.configPath = config }
        return try Desk.open(options)
    }

    @Test func aForgedSudoUserIsNotBelieved() throws {
        let world = try WorkflowWorld()
        let service = FakeProcess(account: "flagdesk", underSudo: false)
        // SUDO_USER and SUDO_UID set by hand, no sudo above: the service account acts, a non-member.
        #expect {
            _ = try open(world, service, service.sudoEnvironment("alice"))
        } throws: { refusal($0).contains("flagdesk is not a member of this team desk") }
        // A real sudo, but SUDO_UID is not alice's uid.
        let sudo = FakeProcess(account: "flagdesk", underSudo: true, invoker: "alice")
        #expect {
            _ = try open(world, sudo, ["SUDO_USER": "alice", "SUDO_UID": "4242"])
        } throws: { refusal($0).contains("flagdesk is not a member") }
        // Believed when every sign holds.
        #expect(try open(world, sudo, sudo.sudoEnvironment("alice")).actor == "alice")
    }

    @Test func aPersonalDeskIgnoresSudoUser() throws {
        let desk = try makeDesk(environment: ["SUDO_USER": "mallory", "SUDO_UID": "0"])
        #expect(desk.actor == ActorIdentity.account(SystemProcessInspector()))
        #expect(desk.role == .coordinator)
    }

    @Test func aConfigurationWithoutUsersGrantsNothingOnATeamDesk() throws {
        let world = try WorkflowWorld()
        let bare = world.folder.appendingPathComponent("bare.toml")
        try Data(
            WorkflowWorld.standardConfig.replacingOccurrences(
                of: "[users]\nalice = \"coordinator\"\nchiara = \"coordinator\"\nbob = \"flagger\"", with: ""
            ).utf8
        )
        .write(to: bare)
        let (process, sudo) = FakeProcess.sudo("dora")
        #expect {
            _ = try open(world, process, sudo, config: bare.path)
        } throws: { refusal($0).contains("dora is not a member of this team desk") }
        let (bobProcess, bobSudo) = FakeProcess.sudo("bob")
        let bob = try open(world, bobProcess, bobSudo, config: bare.path)
        #expect(bob.role == .flagger)
        #expect(
            throws: EngineError.refused(
                "bob is a flagger; only a coordinator can back up the store (a backup carries everything in it)")
        ) {
            _ = try bob.backup(to: world.folder.appendingPathComponent("b"))
        }
    }

    @Test func aConfigurationThatDisagreesIsRefusedAndAdoptedOnlyByACoordinator() throws {
        let world = try WorkflowWorld()
        let promoting = world.folder.appendingPathComponent("promote.toml")
        try Data(
            WorkflowWorld.standardConfig.replacingOccurrences(
                of: "bob = \"flagger\"", with: "bob = \"coordinator\""
            ).utf8
        ).write(to: promoting)
        let (process, sudo) = FakeProcess.sudo("bob")
        #expect {
            _ = try open(world, process, sudo, config: promoting.path)
        } throws: { error in
            guard case .configuration(let message) = error as? EngineError else { return false }
            return message.contains("bob = \"coordinator\" but the desk says flagger")
        }
        var adopting = world.options(process, sudo, at: fixedNow)
        adopting.configPath = promoting.path
        adopting.access = .adoptingConfig
        #expect(
            throws: EngineError.refused("bob is a flagger; only a coordinator can adopt the configuration's [users]")
        ) {
            _ = try Desk.open(adopting).adoptConfiguration()
        }
    }

    @Test func aCoordinatorCannotApproveHerOwnDraftUnderFourEyes() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let alice = try world.desk(as: "alice")
        _ = try alice.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        #expect { try alice.approve(reference: "N-2026-00001") } throws: {
            refusal($0).contains("was drafted by alice; under four-eyes")
        }
        let approved = try world.desk(as: "chiara").approve(reference: "N-2026-00001")
        #expect(approved.record.approvedBy == "chiara")
        #expect(approved.events.last?.payload.contains("\"four_eyes\":\"checked\"") == true)
    }

    @Test func theTeamIsChangedOnlyByACoordinatorAndKeepsOne() throws {
        let world = try WorkflowWorld()
        #expect(throws: EngineError.refused("bob is a flagger; only a coordinator can add team members")) {
            _ = try world.desk(as: "bob").addMember("bob", role: .coordinator)
        }
        let alice = try world.desk(as: "alice")
        #expect(throws: EngineError.badInput("there is no account named nobody-here on this machine")) {
            _ = try alice.addMember("nobody-here", role: .flagger)
        }
        _ = try alice.addMember("dora", role: .flagger)
        _ = try alice.removeMember("chiara")
        #expect { _ = try alice.changeRole(of: "alice", to: .flagger) } throws: {
            refusal($0).contains("alice is the last coordinator")
        }
        #expect { _ = try alice.removeMember("alice") } throws: { refusal($0).contains("the last coordinator") }
        let team = try alice.setFourEyes(false)
        #expect(team.members.map(\.login) == ["alice", "bob", "dora"])
        #expect(!team.fourEyesApplies)
        let events = try alice.store.read { db in try AuditTrail.events(entity: "team", entityID: "dora", in: db) }
        #expect(events.last?.actor == "alice")
        #expect(events.last?.payload.contains("\"new\":\"flagger\",\"old\":\"none\"") == true)
    }

    @Test func writesRefuseNowOnARealDeskAndAPurgeCannotRunEarly() throws {
        let home = temporaryFolder("real")
        var options = DeskOptions(
            configPath: nil, storePath: home.appendingPathComponent("store").path, now: nil,
            environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path], createStore: true)
        _ = try Desk.open(options).add(AddItemRequest(url: "https://board.example/ad/1"))
        options.createStore = false
        options.now = ISO8601.parseInstant("2033-01-01T00:00:00Z")!
        let whatIf = try Desk.open(options)
        #expect(throws: EngineError.refused(DeskClock.whatIfRefusal)) { _ = try whatIf.purge(dryRun: false) }
        #expect(throws: EngineError.refused(DeskClock.whatIfRefusal)) {
            _ = try whatIf.add(AddItemRequest(url: "https://board.example/ad/2"))
        }
        #expect(try whatIf.purge(dryRun: true).dryRun, "a dry run answers the what-if question")
        #expect(try whatIf.queueCount(.inbox) == 1, "reading commands take --now")
    }

    @Test func aSimulatedClockNeverMovesTheTrailBackwardsAndSaysSo() throws {
        let desk = try makeDesk()
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: "https://board.example/ad/1")) else {
            throw EngineError.refused("not added")
        }
        let events = try desk.store.read { db in
            try AuditTrail.events(entity: "item", entityID: item.reference, in: db)
        }
        #expect(events.last?.payload.contains("\"clock\":\"simulated\"") == true)
        let home = desk.store.folder.deletingLastPathComponent()
        let earlier = try Desk.open(
            DeskOptions(
                configPath: nil, storePath: desk.store.folder.path, now: fixedNow.adding(hours: -1),
                environment: ["HOME": home.path]))
        #expect { _ = try earlier.add(AddItemRequest(url: "https://board.example/ad/2")) } throws: {
            refusal($0).contains("is before the trail's last event")
        }
    }

    @Test func consentIsChangedOnlyByACoordinatorOrTheAssignedFlagger() throws {
        let world = try WorkflowWorld()
        let alice = try world.desk(as: "alice")
        _ = try alice.recordPerson(PersonRequest(pseudonym: "Linden-17"))
        var consent = PersonRequest(pseudonym: "Linden-17")
        consent.consentsToLEA = true
        #expect { _ = try world.desk(as: "bob").recordPerson(consent) } throws: {
            refusal($0).contains("bob is not assigned to Linden-17 or an item about them")
        }
        consent.consentBasis = .witness("C. Worker")
        let person = try world.desk(as: "chiara").recordPerson(consent)
        #expect(person.consentsToLEA)
        let events = try alice.store.read { db in
            try AuditTrail.events(entity: "person", entityID: String(person.id), in: db)
        }
        #expect(events.last?.actor == "chiara")
        #expect(events.last?.payload.contains("\"consent_to_lea\":\"no -> yes\"") == true)
        #expect(events.last?.payload.contains("\"from\":\"witness C. Worker\"") == true)
    }
}
