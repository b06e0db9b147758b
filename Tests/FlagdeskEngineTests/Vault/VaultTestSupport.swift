import Foundation

@testable import FlagdeskEngine

/// Scrypt at N=2^10: enough to exercise the code, cheap enough for debug-build tests. The
/// production cost is `ScryptCost.production`, never this.
let testScryptCost = ScryptCost(log2N: 10, r: 8, p: 1)

/// Credentials that read `keyFile` and, when asked, answer `passphrase`.
func credentials(keyFile: URL = temporaryFolder("nokey").appendingPathComponent("none.key"), passphrase: String? = nil)
    -> VaultCredentials
{
    VaultCredentials(keyFile: keyFile, passphrase: { () throws(EngineError) -> String? in passphrase })
}

/// Initialises the vault of `desk` (who must be a coordinator) with a new key file outside the
/// store and returns the credentials that open it.
func initKeyFileVault(_ desk: Desk) throws -> VaultCredentials {
    // Where every desk on this store looks for it unasked (a document's sealed fields), when
    // that is a test's own folder; never the account's real configuration.
    let temporary = FileManager.default.temporaryDirectory.path
    let keyFile =
        desk.vault.keyFile.path.hasPrefix(temporary + "/flagdesk-")
        ? desk.vault.keyFile : temporaryFolder("keys").appendingPathComponent("flagdesk.key")
    try desk.initKeys(.keyFile(keyFile))
    return credentials(keyFile: keyFile)
}

/// Opens the existing store in `folder` again, as a fresh process would, with its seal key file.
func reopenDesk(_ folder: URL, sealKeyFile: URL) throws -> Desk {
    let home = temporaryFolder("home")
    return try Desk.open(
        DeskOptions(
            configPath: nil, storePath: folder.path, now: fixedNow,
            environment: [
                "HOME": home.path, "XDG_CONFIG_HOME": home.path, "USER": "alice",
                "FLAGDESK_SEAL_KEY": sealKeyFile.path,
            ]))
}
