import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk organisation ...`: who the organisation is and what it may claim. On a team desk it
/// is recorded in the desk and changed only by a coordinator (issue #14); a flagger's own
/// configuration cannot claim trusted-flagger status or the authority to hold CSAM.
struct OrganisationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation",
        abstract: "Show or record the organisation letters are sent as (name, trusted-flagger status, CSAM authority).",
        discussion: """
            On a personal desk the organisation is the configuration's [organisation]. On a team desk it \
            is recorded in the desk when the desk is made (from the service account's configuration) and \
            changed only by a coordinator with `organisation adopt-config`, on the audit trail; a \
            configuration that says otherwise is refused.
            """,
        subcommands: [OrganisationShow.self, OrganisationAdoptConfig.self],
        defaultSubcommand: OrganisationShow.self)
}

struct OrganisationShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "The organisation the desk goes by, and where it comes from.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "JSON output.") var json = false

    func run() throws {
        let desk = try global.openDesk(access: .adoptingConfig)
        let standing = try runEngine { () throws(EngineError) in try desk.organisationStanding() }
        OrganisationOutput.print(standing, json: json)
    }
}

struct OrganisationAdoptConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt-config",
        abstract: "Record the configuration's [organisation] and authorised_to_hold_csam in a team desk (coordinator).")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "JSON output: the organisation after the change.") var json = false

    func run() throws {
        let desk = try global.openDesk(access: .adoptingConfig)
        let standing = try runEngine { () throws(EngineError) in try desk.adoptOrganisationFromConfiguration() }
        if !json { Output.line("The desk now records the configuration's organisation (on the audit trail).") }
        OrganisationOutput.print(standing, json: json)
    }
}

enum OrganisationOutput {
    struct JSONStanding: Encodable {
        var source: String
        var recordedBy: String?
        var recordedAt: Date?
        var keys: [String: String]
        var configurationDiffers: [String]
    }

    static func print(_ standing: Desk.OrganisationStanding, json: Bool) {
        let source: String
        switch (standing.setup, standing.recorded) {
        case (_, .some(let recorded)):
            source = "recorded in the desk by \(recorded.recordedBy) at \(ISO8601.format(recorded.recordedAt))"
        case (.personal, nil): source = "the configuration (a personal desk)"
        case (.team, nil): source = "nothing recorded: letters carry no organisation until a coordinator records it"
        }
        if json {
            Output.json(
                JSONStanding(
                    source: standing.recorded != nil ? "desk" : standing.setup == .personal ? "configuration" : "none",
                    recordedBy: standing.recorded?.recordedBy, recordedAt: standing.recorded?.recordedAt,
                    keys: Dictionary(uniqueKeysWithValues: standing.profile.lines.map { ($0.key, $0.value) }),
                    configurationDiffers: standing.configurationDiffers.map(\.key)))
            return
        }
        Output.line("source: \(Output.safe(source))")
        for line in standing.profile.lines { Output.line("  \(line.key) = \(Output.safe(line.value))") }
        for difference in standing.configurationDiffers {
            Output.line(
                "the configuration differs: \(difference.key) = \(Output.safe(difference.other)) "
                    + "(a coordinator records it with `flagdesk organisation adopt-config`)")
        }
    }
}
