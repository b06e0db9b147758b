import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk list`: items in queue order (priority, then oldest), filtered.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List items in queue order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only items in this status: \(ItemStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
    var status: String?

    @Option(help: "Only items of this DSA category.")
    var category: String?

    @Option(help: "Only items of this provider (directory key).")
    var provider: String?

    @Option(help: "Full-text search in reference, URL, host, explanation and legal basis.")
    var text: String?

    @Option(help: "At most this many items (the rest is counted).")
    var limit: Int = 100

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be a positive number") }
    }

    func run() throws {
        var filter = ItemFilter(providerKey: provider, text: text)
        if let status {
            guard let value = ItemStatus(rawValue: status.lowercased()) else {
                throw ValidationError(
                    "unknown status '\(Output.safe(status))'; valid values are: \(ItemStatus.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            filter.statuses = [value]
        }
        if let category {
            do {
                filter.category = try DSACategory.parse(category)
            } catch {
                throw ValidationError(
                    "unknown category '\(Output.safe(category))'; valid values are:\n  "
                        + error.valid.joined(separator: "\n  "))
            }
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let items = try desk.items(filter, limit: limit)
            let total = try desk.itemCount(filter)
            if json {
                Output.json(items.map { ItemJSON(item: $0, evidence: nil) })
                return
            }
            if items.isEmpty {
                Output.line("No items.")
                return
            }
            Output.line(
                "\(Output.cell("REFERENCE", 15)) \(Output.cell("PRIO", 6)) \(Output.cell("STATUS", 9)) \(Output.cell("PROVIDER", 12)) URL"
            )
            for item in items {
                Output.line(
                    "\(Output.cell(item.reference, 15)) \(Output.cell(item.priority.label, 6)) \(Output.cell(item.status.label, 9)) \(Output.cell(item.providerKey ?? "-", 12)) \(Output.cell(item.url, 60))"
                )
            }
            if total > items.count {
                Output.line("… \(total - items.count) more (use --limit or narrow the filter)")
            }
        }
    }
}
