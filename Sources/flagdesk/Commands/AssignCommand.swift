import ArgumentParser
import FlagdeskCore
import FlagdeskEngine

/// `flagdesk assign ITEM|PERSON --to LOGIN`: a coordinator assigns an item or a person to a
/// member of the desk's team (issue #15 point 7).
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign an item or a person to a team member, a flagger or support worker (coordinators).",
        discussion: """
            The target is an item reference, else a person's pseudonym. Only a member of the desk's \
            team (`flagdesk team list`) can be assigned; --nobody clears the assignment. A person's \
            assignee, or the assignee of an item about them, may (besides the coordinators) change \
            their consent, mandate and wishes and reveal their details. Audited with old and new.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "An item reference, or a person's pseudonym.") var target: String
    @Option(help: "The team member's login.") var to: String?
    @Flag(help: "Clear the assignment.") var nobody = false

    func validate() throws {
        if (to == nil) == !nobody { throw ValidationError("give --to LOGIN or --nobody") }
    }

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let assignment = try desk.assign(target, to: nobody ? nil : to)
            let name: String
            switch assignment.target {
            case .item(let reference): name = reference
            case .person(let pseudonym): name = "person \(Output.safe(pseudonym))"
            }
            let now = assignment.assignee.map { "assigned to \(Output.safe($0))" } ?? "assigned to nobody"
            Output.line(
                assignment.previous == assignment.assignee
                    ? "\(name) was already \(now)"
                    : "\(name) is now \(now)"
                        + (assignment.previous.map { " (was \(Output.safe($0)))" } ?? ""))
        }
    }
}
