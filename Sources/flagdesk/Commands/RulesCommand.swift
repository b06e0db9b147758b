import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk rules`: the deadline rule catalogue with the values in force, their legal sources,
/// and which rules are the organisation's policy rather than law.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the deadline rules, their sources and the periods in force."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print the rules as a JSON array.")
    var json = false

    func run() throws {
        let catalog = try global.deadlineSettings().catalog
        if json {
            print(try DeadlineOutput.json(catalog.rules))
        } else {
            print(Self.text(catalog.rules), terminator: "")
        }
    }

    /// One block per rule: id, period and counting on the first line, then title, source, trigger.
    static func text(_ rules: [DeadlineRule]) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let periodWidth = rules.map(\.period.description.count).max() ?? 0
        return rules.map { rule in
            var period = rule.period.description
            if rule.isOverridden { period += " (default \(rule.defaultPeriod))" }
            var head = [
                rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0),
                period.padding(toLength: max(periodWidth, period.count), withPad: " ", startingAt: 0),
                rule.isPolicy ? "POLICY" : "law   ",
                rule.effectiveCounting.rawValue,
            ].joined(separator: "  ")
            if let extensionPeriod = rule.extensionPeriod { head += ", extendable by \(extensionPeriod)" }
            var lines = [head, "    \(rule.title)", "    Source: \(rule.source)"]
            if let anchor = rule.countedBackwardsFrom {
                lines.append("    Counted back from the end of \(anchor); never moved (1182/71 Art. 3(4))")
            } else {
                lines.append("    From: \(rule.trigger)")
            }
            if rule.isPolicy { lines.append("    POLICY: an organisation rule, not law") }
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }
}
