import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk case new|add|remove|list|show|hold|release|proposals`: one person or one operation
/// across platforms.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Group items into a case (one person, one operation, across platforms) and work on it as a whole.",
        discussion: """
            A case's state follows its items: open while any item is open. An item belongs to at most one \
            case. `draft KIND --case C` drafts one notice per provider (one referral per authority, one \
            preservation request per addressee); `bundle --case C` exports the whole case.
            """,
        subcommands: [
            CaseNew.self, CaseAdd.self, CaseRemove.self, CaseList.self, CaseShow.self, CaseHold.self,
            CaseRelease.self, CaseProposals.self,
        ])
}

struct CaseNew: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Open a new, empty case.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case's title, e.g. 'Job-board recruitment ring, Antwerp' (never a real name).")
    var title: String

    @Option(help: "Pseudonym of the person the case is about.")
    var person: String?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let record = try desk.newCase(title: title, person: person)
            if json { Output.json(CaseJSON(record)) } else { Output.line("Opened \(record.reference)") }
        }
    }
}

struct CaseAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add items to a case (an item on LEA hold's case is held too).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case, e.g. C-2026-00001.")
    var reference: String

    @Argument(help: "Items to add.")
    var items: [String]

    func run() throws {
        try changeCase(global, saying: "") { desk throws(EngineError) in try desk.addToCase(reference, items: items) }
    }
}

struct CaseRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take items out of a case.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case.")
    var reference: String

    @Argument(help: "Items to remove.")
    var items: [String]

    func run() throws {
        try changeCase(global, saying: "") { desk throws(EngineError) in
            try desk.removeFromCase(reference, items: items)
        }
    }
}

struct CaseHold: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold", abstract: "LEA asked to wait: hold every open item of the case (and items added later).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case.")
    var reference: String

    func run() throws {
        try changeCase(global, saying: " on LEA hold") { desk throws(EngineError) in
            try desk.setCaseHold(reference, held: true)
        }
    }
}

struct CaseRelease: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release", abstract: "Lift a case's LEA hold and release its items.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case.")
    var reference: String

    func run() throws {
        try changeCase(global, saying: " released") { desk throws(EngineError) in
            try desk.setCaseHold(reference, held: false)
        }
    }
}

struct CaseList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Cases by urgency: threat to life first, then the earliest (overdue) deadline.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Closed cases too (after the open ones).")
    var all = false

    @Option(help: "At most this many.")
    var limit = 200

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let list = try desk.cases(includeClosed: all, limit: limit)
            if json {
                Output.json(list.cases.map(CaseJSON.init))
                return
            }
            if list.cases.isEmpty { Output.line(all ? "No cases." : "No open cases.") }
            for record in list.cases { Output.line(CaseOutput.line(record, now: desk.now, zone: desk.zone)) }
        }
    }
}

struct CaseShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "A case: items by provider and status, documents, deadlines, the person, the trail, proposals.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The case.")
    var reference: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let detail = try desk.caseDetail(reference: reference)
            if json { Output.json(CaseDetailJSON(detail)) } else { CaseOutput.print(detail, desk: desk) }
        }
    }
}

struct CaseProposals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposals",
        abstract: "Items with the same content (evidence SHA-256 or normalised URL) as a case or an item.",
        discussion: "Only proposed, with the reason: `case add` groups them once a person has looked.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "A case (C-2026-00001) or an item (FD-2026-000123).")
    var reference: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let matches =
                reference.uppercased().hasPrefix("C-")
                ? try desk.caseDetail(reference: reference).proposals
                : try desk.sameContent(itemReference: reference)
            if json {
                Output.json(matches.map(SameContentJSON.init))
                return
            }
            if matches.isEmpty { Output.line("No item shares content with \(Output.safe(reference.uppercased())).") }
            for match in matches { Output.line(CaseOutput.proposal(match)) }
        }
    }
}

/// Runs a change of a case and prints the case's counts after it.
private func changeCase(
    _ global: GlobalOptions, saying what: String, _ change: (Desk) throws(EngineError) -> Case
) throws {
    let desk = try global.openDesk()
    try runEngine { () throws(EngineError) in
        let record = try change(desk)
        Output.line("\(record.reference)\(what): \(CaseOutput.counts(record))")
    }
}
