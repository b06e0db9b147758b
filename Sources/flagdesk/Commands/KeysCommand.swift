import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk keys init|rotate|status`: the vault key that seals people's identity, contact and
/// signed mandate (issue #8).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Manage the vault key that encrypts people's identity, contact and mandate documents.",
        discussion: """
            The data key is random and stored only wrapped: by a key file (32 random bytes, 0600, \
            default $XDG_CONFIG_HOME/flagdesk/flagdesk.key, config [security] key_file) or by a \
            passphrase through scrypt. Passphrases come from --passphrase-file, FLAGDESK_PASSPHRASE \
            (for automation) or a prompt; never from the command line.
            """,
        subcommands: [KeysInit.self, KeysRotate.self, KeysStatus.self, KeysSealInit.self, KeysSealDocuments.self])
}

struct KeysInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create the data key, wrapped by a key file or a passphrase (coordinator).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions
    @OptionGroup var scrypt: ScryptCostOption

    @Option(name: .customLong("key-file"), help: "Wrap with this key file (created if absent; default: see above).")
    var keyFile: String?

    @Flag(help: "Wrap with a passphrase instead of a key file.")
    var passphrase = false

    func run() throws {
        if passphrase, keyFile != nil { throw ValidationError("choose --key-file or --passphrase, not both") }
        let desk = try global.openDesk()
        let wrapping: NewKeyWrapping
        if passphrase {
            let words = try PassphrasePrompt.newPassphrase(
                file: vault.passphraseFile, variable: VaultCredentials.passphraseVariable)
            wrapping = .passphrase(words, try scrypt.cost())
        } else {
            let configured = vault.credentials(for: desk).keyFile
            wrapping = .keyFile(keyFile.map { URL(fileURLWithPath: $0) } ?? configured)
            if let keyFile, URL(fileURLWithPath: keyFile).standardizedFileURL != configured.standardizedFileURL {
                Output.line(
                    "note: Flagdesk looks for the key file at \(Output.safe(configured.path)); add "
                        + "[security] key_file = \"\(Output.safe(keyFile))\" to the configuration")
            }
        }
        try runEngine { () throws(EngineError) in
            let status = try desk.initKeys(wrapping)
            Output.line("vault key \(status.keyID ?? "?") created, wrapped by \(status.wrapping ?? "?")")
        }
    }
}

struct KeysRotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Replace the data key and re-seal every value in one transaction (coordinator).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions
    @OptionGroup var scrypt: ScryptCostOption

    @Option(name: .customLong("new-key-file"), help: "Wrap the new key with this key file (created if absent).")
    var newKeyFile: String?

    @Flag(name: .customLong("new-passphrase"), help: "Wrap the new key with a new passphrase.")
    var newPassphrase = false

    @Option(
        name: .customLong("new-passphrase-file"),
        help: "Read the new passphrase from this file (else FLAGDESK_NEW_PASSPHRASE, else a prompt).")
    var newPassphraseFile: String?

    func run() throws {
        if newPassphrase, newKeyFile != nil {
            throw ValidationError("choose --new-key-file or --new-passphrase, not both")
        }
        let desk = try global.openDesk()
        var wrapping: NewKeyWrapping?
        if newPassphrase {
            let words = try PassphrasePrompt.newPassphrase(file: newPassphraseFile, variable: "FLAGDESK_NEW_PASSPHRASE")
            wrapping = .passphrase(words, try scrypt.cost())
        } else if let newKeyFile {
            wrapping = .keyFile(URL(fileURLWithPath: newKeyFile))
        }
        let credentials = vault.credentials(for: desk)
        try runEngine { () throws(EngineError) in
            let rotation = try desk.rotateKeys(credentials, newWrapping: wrapping)
            Output.line(
                "vault key \(rotation.oldKeyID) replaced by \(rotation.newKeyID) (wrapped by \(rotation.wrapping)); "
                    + "\(rotation.resealed) sealed value(s) re-sealed")
        }
    }
}

struct KeysStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Whether the vault key exists and can be unlocked now; never shows the key.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        let credentials = vault.credentials(for: desk, interactive: false)
        try runEngine { () throws(EngineError) in
            let status = try desk.keysStatus(credentials)
            if json {
                Output.json(status)
                return
            }
            guard status.initialised else {
                Output.line("vault: not initialised (a coordinator runs `flagdesk keys init`)")
                Output.line("sealed values: \(status.sealedValues)")
                return
            }
            Output.line("vault: initialised")
            Output.line("key id: \(status.keyID ?? "?")")
            if let created = status.createdAt {
                Output.line("created: \(ISO8601.format(created)) by \(Output.safe(status.createdBy ?? "?"))")
            }
            Output.line("wrapping: \(status.wrapping ?? "?")\(status.kdf.map { " (\($0))" } ?? "")")
            if let keyFile = status.keyFile { Output.line("key file: \(Output.safe(keyFile))") }
            Output.line("sealed values: \(status.sealedValues)")
            if status.documentsInClear > 0 {
                Output.line(
                    "documents with identity fields in clear: \(status.documentsInClear) "
                        + "(run `flagdesk keys seal-documents`)")
            }
            Output.line("key available now: \(availability(status))")
        }
    }

    private func availability(_ status: VaultStatus) -> String {
        switch status.availability {
        case .available: return "yes"
        case .notInitialised: return "no (not initialised)"
        case .unavailable: return "no: \(Output.safe(status.problem ?? ""))"
        case .notChecked:
            return "not checked (give --passphrase-file or set \(VaultCredentials.passphraseVariable) to check)"
        }
    }
}

struct KeysSealInit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal-init",
        abstract: "Create the seal key of a desk made before the seal and seal its rows, once (coordinator).",
        discussion: """
            The seal key file (0600, bound to this desk, default $XDG_CONFIG_HOME/flagdesk/seal.key, \
            config [security] seal_key_file) seals every change Flagdesk makes; `flagdesk init` creates \
            it for a new desk. Refused when the desk was sealed before: restore its key file instead.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let path = try desk.initSeal()
            Output.line("seal key created at \(Output.safe(path)); every row is sealed")
            Output.line("  keep a copy of it apart from the store and its backups: writes need it")
        }
    }
}

/// `flagdesk keys seal-documents`: identity and contact fields typed before they were sealed
/// (migration v19-victims-d), and the sent texts carrying them, moved into the sealed form.
struct KeysSealDocuments: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal-documents",
        abstract: "Seal the identity and contact fields of documents written before they were sealed (coordinator).",
        discussion: """
            All of them in one transaction, or none: without the vault key (key file, or \
            FLAGDESK_PASSPHRASE) nothing changes. Old pages are zeroed and the WAL truncated.
            """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let sealing = try desk.sealDocumentFields()
            if json {
                Output.json(sealing)
                return
            }
            guard !sealing.documents.isEmpty else {
                Output.line("no document holds identity or contact fields in clear")
                return
            }
            Output.line(
                "sealed \(sealing.fields) field(s) and \(sealing.texts) sent text(s) of "
                    + Output.safe(sealing.documents.joined(separator: ", ")))
        }
    }
}
