import FlagdeskCore
import FlagdeskStore
import Foundation

/// The engine's front door: one open store, the configuration, who is acting and when.
/// The CLI and the TUI call use cases on it and never touch the store directly.
public final class Desk: Sendable {
    public let store: Store
    public let config: FlagdeskConfig
    /// Where the configuration came from (nil: built-in defaults).
    public let configPath: String?
    public let directory: Directory
    /// The login of the person acting (see `ActorIdentity`).
    public let actor: String
    /// How the actor was established: the account itself, or a person through a real sudo.
    public let actorSource: ActorIdentity.Source
    /// The team as it was when the desk opened (shown by the fronts); permission checks read the
    /// store again (`currentTeam()`), so a change made meanwhile counts at once.
    public let openedTeam: DeskTeam
    /// Which clock the desk acts on (see `DeskClock`).
    public let clock: DeskClock
    /// The organisation as the desk records it (a team desk); `config` already carries it.
    public let recordedOrganisation: RecordedOrganisation?
    /// What the configuration file itself says about the organisation, compared at open.
    let statedOrganisation: OrganisationProfile
    /// The files the desk stands on besides its store folder (configuration, seal and vault key
    /// files): no output of Flagdesk may be written over them (`refuseOwnFile`).
    let ownFiles: [URL]
    /// Where accounts are looked up (`team add` refuses a login this machine does not know).
    let process: any ProcessInspector
    /// `--now`, if given.
    private let chosenInstant: Date?
    /// The instant the desk acts at: the clock (read afresh: a TUI stays open for hours), or
    /// `--now` for what-if answers and on a simulated-clock desk.
    public var now: Date { chosenInstant ?? Date() }
    let evidenceFiles: EvidenceFiles
    /// The vault key's credentials for documents' sealed fields (issue #15 point 5).
    let vault: VaultCredentials

    /// The organisation's time zone (config `[time] zone`): dates are shown and years counted in it.
    public var zone: TimeZone { config.timeZone }

    init(
        store: Store, loaded: LoadedConfig, actor: ActorIdentity.Resolved, team: DeskTeam, clock: DeskClock,
        now: Date?, process: any ProcessInspector, recordedOrganisation: RecordedOrganisation?, ownFiles: [URL] = [],
        vault: VaultCredentials
    ) {
        self.ownFiles = ownFiles
        self.vault = vault
        self.process = process
        self.store = store
        self.statedOrganisation = OrganisationProfile(of: loaded.config)
        self.recordedOrganisation = recordedOrganisation
        self.config = OrganisationPolicy.effectiveConfig(
            loaded.config, setup: team.settings.setup, recorded: recordedOrganisation)
        self.configPath = loaded.path
        self.directory = loaded.config.directory
        self.actor = actor.login
        self.actorSource = actor.source
        self.openedTeam = team
        self.clock = clock
        self.chosenInstant = now
        self.evidenceFiles = EvidenceFiles(root: store.evidenceFolder)
    }

    /// Refused (`EngineError.store`) when the store's database is no longer the file opened:
    /// its folder removed or moved, or the file replaced. Every write checks it first.
    public func checkStoreStillThere() throws(EngineError) {
        do {
            try store.checkStillThere()
        } catch {
            throw EngineError(error)
        }
    }

    /// Runs `body` in one write transaction. A rule's refusal or bad input thrown inside rolls the
    /// transaction back and reaches the caller as the matching `EngineError`, not as a store error.
    func storeWrite<T>(_ body: (StoreTransaction) throws -> T) throws(EngineError) -> T {
        try keepingDomainErrors(body) { transaction throws(StoreError) in try store.write(transaction) }
    }

    /// Runs `body` on a consistent snapshot, with the same error mapping.
    func storeRead<T>(_ body: (StoreTransaction) throws -> T) throws(EngineError) -> T {
        try keepingDomainErrors(body) { transaction throws(StoreError) in try store.read(transaction) }
    }

    private func keepingDomainErrors<T>(
        _ body: (StoreTransaction) throws -> T,
        access: ((StoreTransaction) throws -> T) throws(StoreError) -> T
    ) throws(EngineError) -> T {
        var domainError: EngineError?
        do {
            // `body` runs only inside `access`, which returns before this function does.
            return try withoutActuallyEscaping(body) { body in
                try access { db in
                    do {
                        return try body(db)
                    } catch {
                        domainError = EngineError.domain(error)
                        throw error
                    }
                }
            }
        } catch let error as StoreError {
            throw domainError ?? EngineError(error)
        } catch {
            throw domainError ?? .store(String(describing: error))
        }
    }
}
