import FlagdeskCore
import FlagdeskStore
import Foundation

/// Writes down what a new desk is (its set-up, its first coordinator, its clock) in the same
/// store that `init` has just created, and reads it back for every later open.
enum DeskCreation {
    /// `init --now` makes sense only for a test desk: a real desk's first event takes the clock.
    static func refuseChosenInstant(_ options: DeskOptions, folder: URL) throws(EngineError) {
        let database = folder.appendingPathComponent(Store.databaseFileName).path
        guard options.createStore, options.now != nil, !options.newDesk.simulatedClock,
            !FileManager.default.fileExists(atPath: database)
        else { return }
        throw .refused(DeskClock.whatIfRefusal + " (a test desk is created with `init --simulated-clock`)")
    }

    /// On a store `init` has just made (an empty trail): its seal key (and first seal), then
    /// what the desk is. The key comes first: every later write is sealed with it.
    static func createNew(
        _ store: Store, _ options: DeskOptions, fourEyes: Bool, organisation: OrganisationProfile
    ) throws(EngineError) {
        let creator = ActorIdentity.account(options.process)
        let at = options.now ?? Date()
        do {
            guard try !store.hasEvents() else { return }
            if !store.hasSealKey { try store.createSealKey(actor: creator, action: "seal-init", at: at) }
        } catch {
            throw EngineError(error)
        }
        try record(store, options, fourEyes: fourEyes, organisation: organisation, creator: creator, at: at)
    }

    /// Records the new desk on a store with no settings yet.
    private static func record(
        _ store: Store, _ options: DeskOptions, fourEyes: Bool, organisation: OrganisationProfile, creator: String,
        at: Date
    ) throws(EngineError) {
        let new = options.newDesk
        let members: [String]
        switch new.setup {
        case .personal:
            members = [creator]
        case .team:
            guard let coordinator = new.coordinator?.trimmingCharacters(in: .whitespaces), !coordinator.isEmpty else {
                throw .badInput("a team desk needs its first coordinator: init --team --coordinator LOGIN")
            }
            guard options.process.uid(ofLogin: coordinator) != nil else {
                throw .badInput("there is no account named \(coordinator) on this machine")
            }
            members = [coordinator]
        }
        do {
            try store.write { db in
                guard try TeamRecords.settings(in: db) == nil else { return }
                let settings = DeskSettings(
                    setup: new.setup, fourEyes: fourEyes, simulatedClock: new.simulatedClock, createdBy: creator,
                    createdAt: at)
                try TeamRecords.insertSettings(settings, in: db)
                for login in members {
                    try TeamRecords.put(
                        TeamMember(login: login, role: .coordinator, addedBy: creator, addedAt: at), in: db)
                }
                let payload = [
                    "setup": new.setup.rawValue, "four_eyes": fourEyes ? "on" : "off",
                    "clock": new.simulatedClock ? "simulated" : "real", "coordinator": members.joined(separator: ","),
                ]
                try AuditTrail.append(
                    AuditEntry(
                        actor: creator, at: at, entity: "desk", entityID: "team", action: "create", payload: payload),
                    in: db)
                // A team desk's organisation is the service account's configuration, recorded now.
                if new.setup == .team {
                    let entry = try OrganisationPolicy.record(
                        organisation, old: nil, actor: creator, at: at, action: "record", in: db)
                    try AuditTrail.append(entry, in: db)
                }
            }
        } catch {
            throw EngineError(error)
        }
    }

    static func team(of store: Store, _ process: any ProcessInspector, fourEyes: Bool) throws(EngineError) -> DeskTeam {
        do {
            return try store.read { db in
                try DeskTeam.load(in: db, storeOwner: owner(of: store, process), fourEyes: fourEyes)
            }
        } catch {
            throw EngineError(error)
        }
    }

    static func organisation(of store: Store) throws(EngineError) -> RecordedOrganisation? {
        let stored: StoredOrganisation?
        do {
            stored = try store.read { db in try OrganisationRecords.get(in: db) }
        } catch {
            throw EngineError(error)
        }
        return try stored.map(OrganisationPolicy.recorded)
    }

    /// The account owning the store's database: the one person of a desk made before `v9-team`.
    static func owner(of store: Store, _ process: any ProcessInspector) -> String {
        guard let uid = process.ownerUID(ofFile: store.databaseURL.path) else { return ActorIdentity.account(process) }
        return process.login(ofUID: uid) ?? "uid-\(uid)"
    }
}
