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
        let run = try runEngine { () throws(EngineError) in try desk.draftReminders(forItems: items) }
        if json {
            Output.json(RemindJSON(run))
        } else {
            printItemByItem(run)
        }
        if !run.refused.isEmpty {
            Output.error("\(run.refused.count) reminder(s) were refused; the others were drafted")
            throw ExitCode(1)
        }
    }

    /// Item by item, as the desk's `;r` reports it.
    private func printItemByItem(_ run: ReminderRun) {
        for item in run.itemsAwaitingNothing {
            Output.line("\(item): no document awaits an answer: nothing drafted.")
        }
        for entry in run.entries {
            switch entry.outcome {
            case .drafted(let reminder):
                Output.line("\(entry.item): drafted \(reminder), a reminder of \(entry.parent).")
            case .alreadyReady(let reminder):
                Output.line(
                    "\(entry.item): \(entry.parent) already has \(reminder) drafted and not sent: nothing drafted.")
            case .refused(let reason):
                Output.line("\(entry.item): no reminder of \(entry.parent): \(Output.safe(reason))")
            }
        }
    }
}

private struct RemindJSON: Encodable {
    struct Reminder: Encodable {
        let item: String
        let parent: String
        let reminder: String?
        let reason: String?
    }
    let drafted: [Reminder]
    let alreadyDrafted: [Reminder]
    let refused: [Reminder]
    let itemsAwaitingNothing: [String]

    init(_ run: ReminderRun) {
        func rows(_ entries: [ReminderRun.Entry]) -> [Reminder] {
            entries.map {
                let reason: String? = if case .refused(let reason) = $0.outcome { reason } else { nil }
                return Reminder(item: $0.item, parent: $0.parent, reminder: $0.reminder, reason: reason)
            }
        }
        drafted = rows(run.drafted)
        alreadyDrafted = rows(run.alreadyReady)
        refused = rows(run.refused)
        itemsAwaitingNothing = run.itemsAwaitingNothing
    }
}
