import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// A desk whose configuration is `configText` (written to a temporary config.toml).
func makeConfiguredDesk(_ configText: String, now: Date = fixedNow, user: String = "alice") throws -> Desk {
    let home = temporaryFolder("home")
    let configFile = home.appendingPathComponent("config.toml")
    try Data(configText.utf8).write(to: configFile)
    let environment = [
        "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "XDG_DATA_HOME": home.appendingPathComponent("data").path, "USER": user,
    ]
    return try Desk.open(
        DeskOptions(
            configPath: configFile.path, storePath: home.appendingPathComponent("store").path, now: now,
            environment: environment, createStore: true, newDesk: NewDesk(simulatedClock: true)))
}

/// The same store opened again at another instant (as a later CLI run would), with its seal key.
func reopen(_ desk: Desk, now: Date) throws -> Desk {
    try Desk.open(
        DeskOptions(
            configPath: desk.configPath, storePath: desk.store.folder.path, now: now,
            environment: [
                "HOME": desk.store.folder.deletingLastPathComponent().path, "USER": desk.actor,
                "FLAGDESK_SEAL_KEY": try #require(desk.store.sealKeyFile).path,
            ]))
}

func importFile(_ content: String, name: String) throws -> URL {
    try writeTemporaryFile(content, name: name)
}

extension Desk {
    func allItems() throws -> [Item] {
        try items(ItemFilter(), limit: 10_000).sorted { $0.id < $1.id }
    }
}
