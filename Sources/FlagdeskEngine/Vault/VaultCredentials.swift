import FlagdeskStore
import Foundation

/// Where the engine may find the secret that unwraps the data key. The passphrase is asked for
/// lazily (a front may prompt on the terminal), and only when the store's key is wrapped by one.
public struct VaultCredentials: Sendable {
    /// The key file to read when the key is wrapped by a key file.
    public var keyFile: URL
    /// Supplies the passphrase, or nil when none can be had (no file, no variable, no terminal).
    public var passphrase: @Sendable () throws(EngineError) -> String?

    public init(keyFile: URL, passphrase: @escaping @Sendable () throws(EngineError) -> String?) {
        self.keyFile = keyFile
        self.passphrase = passphrase
    }

    /// The environment variable for automation (CI, scripts run by a service account). An
    /// interactive user should prefer the prompt or a passphrase file.
    public static let passphraseVariable = "FLAGDESK_PASSPHRASE"

    /// The key file location: config `[security] key_file`, else
    /// `$XDG_CONFIG_HOME/flagdesk/flagdesk.key` (`~/.config/flagdesk/flagdesk.key`). It is kept
    /// beside the configuration, not in the store folder, so copying the store (or a backup of
    /// it) does not copy the key that opens it.
    public static func keyFileLocation(config: FlagdeskConfig, environment: [String: String]) -> URL {
        if let path = config.keyFilePath { return URL(fileURLWithPath: path) }
        let configHome =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return URL(fileURLWithPath: configHome).appendingPathComponent("flagdesk/flagdesk.key")
    }

    /// The configuration's key file and `FLAGDESK_PASSPHRASE`: what a desk uses without asking
    /// (a document's sealed fields, written or opened by any front).
    public static func unattended(config: FlagdeskConfig, environment: [String: String]) -> VaultCredentials {
        let words = environment[passphraseVariable].flatMap { $0.isEmpty ? nil : $0 }
        return VaultCredentials(
            keyFile: keyFileLocation(config: config, environment: environment),
            passphrase: { () throws(EngineError) -> String? in words })
    }

    /// Reads a passphrase file: its first line, without the line end. An empty file is refused.
    public static func readPassphraseFile(_ url: URL) throws(EngineError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .noInput("cannot read the passphrase file \(url.path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let passphrase = String(firstLine.hasSuffix("\r") ? firstLine.dropLast() : firstLine)
        guard !passphrase.isEmpty else { throw .badInput("the passphrase file \(url.path) is empty") }
        return passphrase
    }

    /// A passphrase for a new wrapping must be long enough to resist guessing even with scrypt.
    public static func checkNewPassphrase(_ passphrase: String) throws(EngineError) {
        guard passphrase.count >= minimumPassphraseLength else {
            throw .badInput(
                "a passphrase needs at least \(minimumPassphraseLength) characters; several unrelated words work well")
        }
    }

    public static let minimumPassphraseLength = 12
}
