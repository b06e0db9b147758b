import FlagdeskCore
import Foundation
import GRDB

@testable import FlagdeskEngine

/// 2026-05-04T09:00:00Z, a Monday.
let fixedNow = ISO8601.parseInstant("2026-05-04T09:00:00Z")!

/// A private temporary folder that is removed by nobody: tests are short-lived processes.
func temporaryFolder(_ name: String = "desk") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A personal test desk (simulated clock: `now` dates its writes) on a fresh store with the built-in
/// default configuration (no config file anywhere).
func makeDesk(now: Date = fixedNow, environment extra: [String: String] = [:]) throws -> Desk {
    let home = temporaryFolder("home")
    var environment = [
        "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "XDG_DATA_HOME": home.appendingPathComponent("data").path, "USER": "alice",
    ]
    environment.merge(extra) { _, new in new }
    return try Desk.open(
        DeskOptions(
            configPath: nil, storePath: home.appendingPathComponent("store").path, now: now, environment: environment,
            createStore: true, newDesk: NewDesk(simulatedClock: true)))
}

/// How many events the desk's actions recorded: the trail without the seal's own events
/// (`seal-init` when the desk was made, and the `seal` closing every write).
func recordedEvents(_ desk: Desk) throws -> Int {
    try desk.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events WHERE entity <> 'seal'") ?? 0 }
}

func writeTemporaryFile(_ content: String, name: String = "capture.png") throws -> URL {
    let url = temporaryFolder("file").appendingPathComponent(name)
    try Data(content.utf8).write(to: url)
    return url
}
