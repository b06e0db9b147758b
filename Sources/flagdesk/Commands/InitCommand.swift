import ArgumentParser
import FlagdeskEngine
import Foundation

/// `flagdesk init [--demo]`: a config from the example (if none exists) and a new store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a config from the example (if none exists) and create the store.",
        discussion: "With --demo, fill the new (empty) store with a realistic synthetic desk. No real person's data.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Fill the store with a synthetic demo desk.")
    var demo = false

    @Flag(
        help: ArgumentHelp(
            "A team desk on this server: the account running init (a service account) owns the store; people "
                + "come in through sudo -u it. Needs --coordinator."))
    var team = false

    @Option(help: "A team desk's first coordinator (an account on this machine).")
    var coordinator: String?

    @Flag(
        help: ArgumentHelp(
            "A test desk: --now may date writes (never backwards; each such event says so). Only at init."))
    var simulatedClock = false

    func validate() throws {
        if coordinator != nil, !team {
            throw ValidationError("--coordinator names a team desk's first coordinator: add --team")
        }
        if team, coordinator == nil { throw ValidationError("init --team needs --coordinator LOGIN") }
    }

    func run() throws {
        var options = try global.deskOptions()
        options.newDesk = NewDesk(
            setup: team ? .team : .personal, coordinator: coordinator, simulatedClock: simulatedClock)
        try runEngine { () throws(EngineError) in
            let report = try DeskInitializer.initialize(options, demo: demo)
            if let path = report.configPath {
                Output.line(
                    report.wroteConfig
                        ? "Wrote config \(Output.safe(path)) (edit it: every key is documented)"
                        : "Kept config \(Output.safe(path))")
            }
            Output.line("Store \(Output.safe(report.storeFolder))")
            if let summary = report.demo {
                let counts = summary.byStatus.sorted { $0.key.rawValue < $1.key.rawValue }
                    .map { "\($0.value) \($0.key.label)" }.joined(separator: ", ")
                Output.line("Demo desk: \(summary.items) synthetic items (\(counts))")
            }
        }
    }
}
