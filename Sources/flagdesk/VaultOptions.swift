import ArgumentParser
import FlagdeskEngine
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a command gets the passphrase that unwraps the vault key: `--passphrase-file PATH`, else
/// `FLAGDESK_PASSPHRASE` (for automation), else a prompt with echo off when standard input is a
/// terminal. Never an argument: argv is visible to every user in `ps` and stays in shell history.
struct VaultOptions: ParsableArguments {
    @Option(
        name: .customLong("passphrase-file"),
        help: "Read the vault passphrase from the first line of this file (keep it 0600).")
    var passphraseFile: String?

    /// The credentials for `desk`; `interactive: false` never prompts (for `keys status`).
    func credentials(for desk: Desk, interactive: Bool = true) -> VaultCredentials {
        let environment = ProcessInfo.processInfo.environment
        let file = passphraseFile
        return VaultCredentials(
            keyFile: VaultCredentials.keyFileLocation(config: desk.config, environment: environment),
            passphrase: { () throws(EngineError) -> String? in
                if let file { return try VaultCredentials.readPassphraseFile(URL(fileURLWithPath: file)) }
                if let words = environment[VaultCredentials.passphraseVariable], !words.isEmpty { return words }
                return interactive ? PassphrasePrompt.ask("Vault passphrase: ") : nil
            })
    }
}

/// Reading a passphrase from the terminal with echo off.
enum PassphrasePrompt {
    /// Asks once on standard input when it is a terminal; nil otherwise.
    static func ask(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        FileHandle.standardError.write(Data(prompt.utf8))
        guard tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0 else { return nil }
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new passphrase: from `file`, else the environment `variable`, else asked twice on the
    /// terminal so a typo does not lock the store.
    static func newPassphrase(file: String?, variable: String) throws -> String {
        if let file {
            return try runEngine { () throws(EngineError) in
                try VaultCredentials.readPassphraseFile(URL(fileURLWithPath: file))
            }
        }
        if let words = ProcessInfo.processInfo.environment[variable], !words.isEmpty { return words }
        guard let first = ask("New vault passphrase: ") else {
            throw ValidationError(
                "a new passphrase is needed: run in a terminal to type it, or pass a passphrase file, or set \(variable)"
            )
        }
        guard ask("Repeat the passphrase: ") == first else {
            throw ValidationError("the two passphrases differ; nothing was changed")
        }
        return first
    }
}

/// `--scrypt-cost LOG2N,R,P`: hidden, for tests that cannot spend 128 MiB and a second per
/// unlock. The production default (17,8,1) applies whenever it is not given.
struct ScryptCostOption: ParsableArguments {
    @Option(name: .customLong("scrypt-cost"), help: ArgumentHelp(visibility: .hidden))
    var scryptCost: String?

    func cost() throws -> ScryptCost {
        guard let scryptCost else { return .production }
        let parts = scryptCost.split(separator: ",").compactMap { Int($0) }
        guard parts.count == 3, (10...24).contains(parts[0]), parts[1] > 0, parts[2] > 0 else {
            throw ValidationError("--scrypt-cost wants LOG2N,R,P with LOG2N in 10...24, e.g. 17,8,1")
        }
        return ScryptCost(log2N: parts[0], r: parts[1], p: parts[2])
    }
}
