import ArgumentParser
import FlagdeskCore
import Foundation

/// Options every command takes (DESIGN.md §7).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Config file (else FLAGDESK_CONFIG, else $XDG_CONFIG_HOME/flagdesk/config.toml).")
    var config: String?

    @Option(name: .long, help: "Store folder (else FLAGDESK_STORE, else the config, else $XDG_DATA_HOME/flagdesk).")
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Answer as if it were this instant (ISO-8601, e.g. 2026-05-04T09:00:00Z); reading commands only, "
                + "except on a desk made with init --simulated-clock."))
    var now: String?

    /// `--now`, parsed (nil: the clock).
    func instant() throws -> Date? {
        guard let now else { return nil }
        guard let parsed = ISO8601.parseInstant(now) else {
            throw ValidationError("--now '\(now)' is not an ISO-8601 instant (e.g. 2026-05-04T09:00:00Z)")
        }
        return parsed
    }
}
