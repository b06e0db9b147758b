import ArgumentParser
import FlagdeskEngine

/// `flagdesk remind ITEM...`: one reminder for each document of the items still awaiting an
/// answer, never a second one while a reminder is drafted and not sent. The engine's
/// `draftReminders` decides, the same use case as the desk's `:remind-marked`.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Draft a reminder for each document of the items awaiting an answer (none twice; never sends).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The items' references.")
    var items: [String]

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let run = try desk.draftReminders(forItems: items)
            if json {
                Output.json(
                    RemindJSON(
                        drafted: run.drafted.map { .init(reminder: $0.reminder, parent: $0.parent) },
                        alreadyDrafted: run.alreadyReady.map { .init(reminder: $0.reminder, parent: $0.parent) }))
                return
            }
            if run.drafted.isEmpty, run.alreadyReady.isEmpty {
                Output.line("No document of these items awaits an answer: nothing drafted.")
            }
            for entry in run.drafted { Output.line("Drafted \(entry.reminder), a reminder of \(entry.parent).") }
            for ready in run.alreadyReady {
                Output.line("\(ready.parent) already has \(ready.reminder) drafted and not sent: nothing drafted.")
            }
        }
    }
}

private struct RemindJSON: Encodable {
    struct Reminder: Encodable {
        let reminder: String
        let parent: String
    }
    let drafted: [Reminder]
    let alreadyDrafted: [Reminder]
}
