import FlagdeskCore
import FlagdeskStore
import Foundation

/// How to open a desk: the CLI's global options, the environment, and the instant.
public struct DeskOptions: Sendable {
    public var configPath: String?
    public var storePath: String?
    public var now: Date
    public var environment: [String: String]
    /// Create the store when it does not exist (`flagdesk init`); otherwise a missing store is an error.
    public var createStore: Bool
    /// Told once when a write has waited more than a second for another process's write (the
    /// CLI prints a line to stderr); gets the configured limit.
    public var onLongWait: (@Sendable (Duration) -> Void)?

    public init(
        configPath: String?, storePath: String?, now: Date, environment: [String: String], createStore: Bool = false,
        onLongWait: (@Sendable (Duration) -> Void)? = nil
    ) {
        self.configPath = configPath
        self.storePath = storePath
        self.now = now
        self.environment = environment
        self.createStore = createStore
        self.onLongWait = onLongWait
    }
}

extension Desk {
    /// Loads the configuration, resolves the store folder, opens (or creates) the store and
    /// mirrors the directory into it.
    public static func open(_ options: DeskOptions) throws(EngineError) -> Desk {
        let loaded: LoadedConfig
        do {
            loaded = try ConfigLoader.load(path: options.configPath, environment: options.environment)
        } catch {
            throw .configuration(error.description)
        }
        let folder = StoreLocator.folder(
            flag: options.storePath, environment: options.environment, config: loaded)
        let store: Store
        do {
            let wait = WriterWait(limit: .seconds(loaded.config.storeWaitSeconds), notice: options.onLongWait)
            let sealKeyFile = SealKeyLocation.file(config: loaded.config, environment: options.environment)
            store = try Store(folder: folder, create: options.createStore, wait: wait, sealKeyFile: sealKeyFile)
        } catch {
            throw EngineError(error)
        }
        let desk = Desk(
            store: store, loaded: loaded, actor: ActorIdentity.login(environment: options.environment), now: options.now
        )
        // A store `init` has just made gets its seal key (and first seal) before anything else.
        if options.createStore, !store.hasSealKey {
            do {
                if try !store.hasEvents() { try store.createSealKey(actor: desk.actor, action: "seal-init") }
            } catch {
                throw EngineError(error)
            }
        }
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
