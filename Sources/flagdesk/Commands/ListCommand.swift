import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk list`: items in queue order (priority, then oldest), filtered.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List items in queue order.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only items in this status.")
    var status: ItemStatus?

    @Option(help: "Only items of this DSA category (exact key or short form).")
    var category: DSACategory?

    @Option(help: "Only items of this provider (directory key).")
    var provider: String?

    @Option(help: "Full-text search in reference, URL, host, explanation and legal basis.")
    var text: String?

    @OptionGroup var window: ListWindow

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        var filter = ItemFilter(providerKey: provider, text: text)
        if let status { filter.statuses = [status] }
        filter.category = category
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let limit = window.rows(completeOutput: json)
            let items = try desk.items(filter, limit: limit)
            let total = items.count < limit ? items.count : try desk.itemCount(filter)
            let leftOut = ListWindow.leftOut(shown: items.count, total: total, noun: "items")
            if json {
                Output.json(items.map { ItemJSON(item: $0, evidence: nil) })
                if let leftOut { Output.error(leftOut) }
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
            if let leftOut { Output.line(leftOut) }
        }
    }
}
