import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk team ...`: who works on this desk and with which role (issue #14). Roles live in the
/// desk; every change is a coordinator's and goes on the audit trail.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Show or change the desk's team: members, roles, four-eyes, personal or team desk.",
        discussion: """
            Roles belong to the desk, not to a configuration. Everyone may list the team; only a \
            coordinator changes it, and every change is an audit event with the old and the new value.
            """,
        subcommands: [
            TeamList.self, TeamAdd.self, TeamRole.self, TeamRemove.self, TeamFourEyes.self, TeamConvert.self,
            TeamAdoptConfig.self,
        ])
}

extension UserRole: ExpressibleByArgument {}

struct TeamList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The desk's set-up, clock, four-eyes and members (open to everyone).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "JSON output.") var json = false

    func run() throws {
        let desk = try global.openDesk(access: .outsider)
        let team = try runEngine { () throws(EngineError) in try desk.team() }
        TeamOutput.print(team, desk: desk, json: json)
    }
}

struct TeamAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a member (coordinator).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's login on this machine.") var login: String
    @Option(help: "flagger or coordinator.") var role: UserRole

    func run() throws {
        let desk = try global.openDesk()
        let team = try runEngine { () throws(EngineError) in try desk.addMember(login, role: role) }
        Output.line("\(Output.safe(login)) added as \(role.rawValue)")
        TeamOutput.print(team, desk: desk, json: false)
    }
}

struct TeamRole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Change a member's role (coordinator; never the last coordinator's).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's login.") var login: String
    @Argument(help: "flagger or coordinator.") var role: UserRole

    func run() throws {
        let desk = try global.openDesk()
        let team = try runEngine { () throws(EngineError) in try desk.changeRole(of: login, to: role) }
        Output.line("\(Output.safe(login)) is now \(role.rawValue)")
        TeamOutput.print(team, desk: desk, json: false)
    }
}

struct TeamRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a member (coordinator; never the last coordinator).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The member's login.") var login: String

    func run() throws {
        let desk = try global.openDesk()
        let team = try runEngine { () throws(EngineError) in try desk.removeMember(login) }
        Output.line("\(Output.safe(login)) removed")
        TeamOutput.print(team, desk: desk, json: false)
    }
}

struct TeamFourEyes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "four-eyes", abstract: "Whether a coordinator other than the drafter must approve (coordinator).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "on or off.") var setting: String

    func run() throws {
        let on = try YesNoOption.parse(setting, option: "four-eyes")
        let desk = try global.openDesk()
        let team = try runEngine { () throws(EngineError) in try desk.setFourEyes(on) }
        TeamOutput.print(team, desk: desk, json: false)
    }
}

struct TeamConvert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Make this personal desk a team desk (coordinator; never back).",
        discussion: """
            The account that owns the store becomes the service account: give the store to a service \
            account (chown -R) and let people in through sudo -u it (README, "A team desk").
            """)
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try global.openDesk()
        let team = try runEngine { () throws(EngineError) in try desk.convertToTeam() }
        Output.line("This is now a team desk; its store's owner is its service account.")
        TeamOutput.print(team, desk: desk, json: false)
    }
}

struct TeamAdoptConfig: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt-config",
        abstract: "Take the configuration's [users] (and [approval] four_eyes) into the desk, once (coordinator).")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try global.openDesk(access: .adoptingConfig)
        let team = try runEngine { () throws(EngineError) in try desk.adoptConfiguration() }
        Output.line("The desk's team is now the configuration's [users]; [users] may be removed from it.")
        TeamOutput.print(team, desk: desk, json: false)
    }
}

/// How `team` commands show the team.
enum TeamOutput {
    struct JSONTeam: Encodable {
        var setup: String
        var clock: String
        var fourEyes: String
        var you: String
        var yourRole: String?
        var members: [JSONMember]
    }

    struct JSONMember: Encodable {
        var login: String
        var role: String
        var addedBy: String
        var addedAt: Date?
    }

    static func print(_ team: DeskTeam, desk: Desk, json: Bool) {
        let clock = team.settings.simulatedClock ? "simulated (a test desk: --now may date writes)" : "real"
        let fourEyes =
            team.fourEyesApplies ? "on" : team.settings.setup == .personal ? "does not apply (one person)" : "off"
        let known = { (date: Date) in date == .distantPast ? nil : date }
        if json {
            Output.json(
                JSONTeam(
                    setup: team.settings.setup.rawValue, clock: team.settings.simulatedClock ? "simulated" : "real",
                    fourEyes: team.settings.fourEyes ? "on" : "off", you: desk.actor,
                    yourRole: team.role(of: desk.actor)?.rawValue,
                    members: team.members.map {
                        JSONMember(
                            login: $0.login, role: $0.role.rawValue, addedBy: $0.addedBy, addedAt: known($0.addedAt))
                    }))
            return
        }
        Output.line("desk: \(team.settings.setup.rawValue)")
        Output.line("clock: \(clock)")
        Output.line("four-eyes: \(fourEyes)")
        let via: String
        switch desk.actorSource {
        case .account: via = ""
        case .sudo(let service): via = " (through sudo as \(Output.safe(service)))"
        }
        Output.line("you: \(Output.safe(desk.actor))\(via), \(team.role(of: desk.actor)?.rawValue ?? "not a member")")
        for member in team.members {
            let added = known(member.addedAt).map { " since \(ISO8601.format($0))" } ?? ""
            Output.line(
                "  \(Output.cell(member.login, 20)) \(member.role.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))"
                    + "added by \(Output.safe(member.addedBy))\(added)")
        }
    }
}
