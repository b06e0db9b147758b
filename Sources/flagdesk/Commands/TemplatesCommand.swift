import ArgumentParser
import FlagdeskDocuments
import FlagdeskEngine
import Foundation

/// `flagdesk templates list|show|check`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List, show and check the document templates (shipped and your own).",
        subcommands: [TemplatesList.self, TemplatesShow.self, TemplatesCheck.self])
}

struct TemplatesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Every template and partial, and whether it is shipped or yours.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        let entries = try runEngine { () throws(EngineError) in try desk.templates() }
        if json {
            Output.json(entries.map { TemplateJSON(name: $0.name, origin: $0.origin.rawValue, path: $0.url.path) })
            return
        }
        for entry in entries {
            Output.line(
                "\(Output.cell(entry.name, 40)) \(Output.cell(entry.origin.rawValue, 9)) \(Output.safe(entry.url.path))"
            )
        }
    }
}

struct TemplatesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a template as stored, e.g. dsa-notice/fr or partials/signature/en.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The template's name.")
    var name: String

    func run() throws {
        let desk = try global.openDesk()
        let source = try runEngine { () throws(EngineError) in try desk.templateSource(name: name) }
        try OutputFile.emit(source.text, to: nil, force: false)
    }
}

struct TemplatesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report unknown keys, missing required keys and broken partials in every template.",
        discussion: "Exit status 1 when a problem is found (Mustache would render it as a silent blank).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        let problems = try runEngine { () throws(EngineError) in try desk.checkTemplates() }
        if json {
            Output.json(
                problems.map { ProblemJSON(template: $0.template, origin: $0.origin.rawValue, message: $0.message) })
        } else if problems.isEmpty {
            Output.line("All templates check out.")
        } else {
            for problem in problems { Output.line(Output.safe(problem.description)) }
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

private struct TemplateJSON: Encodable {
    let name: String
    let origin: String
    let path: String
}

private struct ProblemJSON: Encodable {
    let template: String
    let origin: String
    let message: String
}
