import FlagdeskCore
import FlagdeskStore
import Foundation

/// What a new desk is, when `flagdesk init` creates one.
public struct NewDesk: Sendable, Equatable {
    public var setup: DeskSetup
    /// A team desk's first coordinator (the account running init is the service account).
    public var coordinator: String?
    /// A test desk: `--now` may date its writes (see `DeskClock`). Chosen here or never.
    public var simulatedClock: Bool

    public init(setup: DeskSetup = .personal, coordinator: String? = nil, simulatedClock: Bool = false) {
        self.setup = setup
        self.coordinator = coordinator
        self.simulatedClock = simulatedClock
    }
}

/// What the command about to run needs of the actor (DESIGN.md §9).
public enum DeskAccess: Sendable, Equatable {
    /// Anything that reads or writes case data: members only.
    case member
    /// `team list` and `verify`: anyone who reaches the store (no case data is shown; the
    /// configuration's `[users]` is not compared, since nothing is done with a role).
    case outsider
    /// `team adopt-config`: a member whose configuration may still disagree with the desk.
    case adoptingConfig
}

/// How to open a desk: the CLI's global options, the environment, and the instant.
public struct DeskOptions: Sendable {
    public var configPath: String?
    public var storePath: String?
    /// `--now` (nil: the clock). Writes refuse it unless the desk has a simulated clock.
    public var now: Date?
    public var environment: [String: String]
    /// Create the store when it does not exist (`flagdesk init`); otherwise a missing store is an error.
    public var createStore: Bool
    /// What a store created now is set up as.
    public var newDesk: NewDesk
    public var access: DeskAccess
    /// Open the store read-only even if this account may write it (a store it may not write
    /// opens read-only anyway): nothing can change.
    public var readOnly = false
    /// Where the actor's account and a sudo come from (tests feed their own).
    public var process: any ProcessInspector
    /// Told once when a write has waited more than a second for another process's write (the
    /// CLI prints a line to stderr); gets the configured limit.
    public var onLongWait: (@Sendable (Duration) -> Void)?
    /// Told what the desk ignores in the configuration (the CLI prints it to stderr).
    public var onNotice: (@Sendable (String) -> Void)?
    /// Where the vault key is found when a document's sealed fields are written or opened (nil:
    /// the key file of the configuration and `FLAGDESK_PASSPHRASE`, never a prompt).
    public var vault: VaultCredentials?

    public init(
        configPath: String?, storePath: String?, now: Date?, environment: [String: String], createStore: Bool = false,
        newDesk: NewDesk = NewDesk(), access: DeskAccess = .member,
        process: any ProcessInspector = SystemProcessInspector(),
        onLongWait: (@Sendable (Duration) -> Void)? = nil, onNotice: (@Sendable (String) -> Void)? = nil
    ) {
        self.configPath = configPath
        self.storePath = storePath
        self.now = now
        self.environment = environment
        self.createStore = createStore
        self.newDesk = newDesk
        self.access = access
        self.process = process
        self.onLongWait = onLongWait
        self.onNotice = onNotice
    }
}

extension Desk {
    /// Loads the configuration, resolves the store folder, opens (or creates) the store, works out
    /// who acts and with which role, and mirrors the directory into the store.
    public static func open(_ options: DeskOptions) throws(EngineError) -> Desk {
        let loaded: LoadedConfig
        do {
            loaded = try ConfigLoader.load(path: options.configPath, environment: options.environment)
        } catch {
            throw .configuration(error.description)
        }
        let folder = StoreLocator.folder(
            flag: options.storePath, environment: options.environment, config: loaded)
        try DeskCreation.refuseChosenInstant(options, folder: folder)
        let store: Store
        do {
            let wait = WriterWait(limit: .seconds(loaded.config.storeWaitSeconds), notice: options.onLongWait)
            let sealKeyFile = SealKeyLocation.file(config: loaded.config, environment: options.environment)
            store = try Store(
                folder: folder, create: options.createStore, wait: wait, sealKeyFile: sealKeyFile,
                readOnly: options.readOnly)
        } catch {
            throw EngineError(error)
        }
        if options.createStore {
            try DeskCreation.createNew(
                store, options, fourEyes: loaded.config.fourEyes, organisation: OrganisationProfile(of: loaded.config))
        }
        let team = try DeskCreation.team(of: store, options.process, fourEyes: loaded.config.fourEyes)
        let organisation = try DeskCreation.organisation(of: store)
        let actor = ActorIdentity.resolve(
            setup: team.settings.setup, storeDatabase: store.databaseURL.path, environment: options.environment,
            process: options.process)
        try TeamDeskConfiguration.check(path: loaded.path, actor: actor, process: options.process)
        let clock: DeskClock = options.now == nil ? .real : team.settings.simulatedClock ? .simulated : .whatIf
        let desk = Desk(
            store: store, loaded: loaded, actor: actor, team: team, clock: clock, now: options.now,
            process: options.process, recordedOrganisation: organisation,
            ownFiles: [
                loaded.path.map { URL(fileURLWithPath: $0) }, store.sealKeyFile,
                VaultCredentials.keyFileLocation(config: loaded.config, environment: options.environment),
            ].compactMap { $0 },
            vault: options.vault ?? VaultCredentials.unattended(config: loaded.config, environment: options.environment)
        )
        try desk.checkAccess(options.access)
        if options.access == .member { try desk.checkConfiguration(notice: options.onNotice) }
        try desk.mirrorDirectory()
        return desk
    }
}

/// Where the store folder is: `--store`, else `FLAGDESK_STORE`, else config `[store] path`,
/// else `$XDG_DATA_HOME/flagdesk` (default `~/.local/share/flagdesk`) — DESIGN.md §8.
public enum StoreLocator {
    public static func folder(flag: String?, environment: [String: String], config: LoadedConfig) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: expand(flag, environment)) }
        if let env = environment["FLAGDESK_STORE"], !env.isEmpty {
            return URL(fileURLWithPath: expand(env, environment))
        }
        if let path = config.config.storePath { return URL(fileURLWithPath: expand(path, environment)) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return URL(fileURLWithPath: dataHome).appendingPathComponent("flagdesk")
    }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst(1)
    }
}

/// Where the seal key file is: `FLAGDESK_SEAL_KEY`, else config `[security] seal_key_file`, else
/// `$XDG_CONFIG_HOME/flagdesk/seal.key` (beside the default configuration and the vault's key
/// file), never in the store folder, so a copy of the store does not carry the key that seals it.
/// Whoever points it elsewhere gains nothing: a key of another desk is refused.
public enum SealKeyLocation {
    public static func file(config: FlagdeskConfig, environment: [String: String]) -> URL {
        if let path = environment["FLAGDESK_SEAL_KEY"], !path.isEmpty {
            return URL(fileURLWithPath: StoreLocator.expand(path, environment))
        }
        if let path = config.sealKeyFilePath { return URL(fileURLWithPath: path) }
        let configHome =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return URL(fileURLWithPath: configHome).appendingPathComponent("flagdesk/seal.key")
    }
}
