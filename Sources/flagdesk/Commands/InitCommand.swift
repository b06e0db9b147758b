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

    func run() throws {
        let now = try global.instant()
        try runEngine { () throws(EngineError) in
            let report = try DeskInitializer.initialize(
                DeskOptions(
                    configPath: global.config, storePath: global.store, now: now,
                    environment: ProcessInfo.processInfo.environment),
                demo: demo)
            if let path = report.configPath {
                Output.line(
                    report.wroteConfig
                        ? "Wrote config \(Output.safe(path)) (edit it: every key is documented)"
                        : "Kept config \(Output.safe(path))")
            }
            if let zone = report.zone {
                let from = zone.source == "default" ? "no machine zone found" : "from \(zone.source)"
                Output.line("Time zone \(zone.identifier) (\(from)); change [time] zone if the desk works elsewhere")
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
