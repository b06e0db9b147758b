import ArgumentParser
import FlagdeskCore
import FlagdeskEngine

/// `flagdesk waive ITEM preservation|referral --reason TEXT`: a coordinator's recorded decision
/// that evidence first goes without one of its steps for an item.
struct WaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Waive a preservation request or an LEA referral for an item, with the reason (coordinators).",
        discussion: """
            A notice about an item flagged for trafficking, child sexual abuse or a threat to life is \
            approved and sent only once a preservation request and an LEA referral about the item are \
            sent, or waived here (for example: the person does not want police involvement). The \
            waiver and its reason go on the audit trail.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The item's reference.") var reference: String
    @Argument(help: "preservation or referral.") var step: String
    @Option(help: "Why the step is not taken, in words.") var reason: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            guard let step = EvidenceStep(rawValue: step.lowercased()) else {
                throw .badInput("unknown step '\(Output.safe(step))'; use preservation or referral")
            }
            let waiver = try desk.waive(reference: reference, step: step, reason: reason)
            Output.line(
                "\(reference.uppercased()): \(step.label) waived by \(waiver.waivedBy): \(Output.safe(waiver.reason))")
        }
    }
}

/// `flagdesk support-hold ITEM on|off --reason TEXT`: the person's support worker asks to wait.
struct SupportHoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support-hold",
        abstract: "Place (on) or lift (off) a support hold: the person's support worker asks to wait.",
        discussion: """
            Beside the LEA hold: while it stands, no notice or other request to act on the content is \
            sent. Any listed user places it; only a coordinator lifts it. Both are audited with the reason.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The item's reference.") var reference: String
    @Argument(help: "on or off.") var state: String
    @Option(help: "Who asked and why, in words.") var reason: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let on: Bool
            switch state.lowercased() {
            case "on": on = true
            case "off": on = false
            default: throw .badInput("support-hold takes on or off, not '\(Output.safe(state))'")
            }
            let changed = try desk.supportHold(reference: reference, on: on, reason: reason)
            let now = on ? "on support hold" : "no longer on support hold"
            Output.line("\(reference.uppercased()) \(changed ? "is now" : "was already") \(now)")
        }
    }
}

/// `flagdesk override-wish ITEM no-police --reason TEXT`: a coordinator decides the police are
/// informed about an item despite the person's "no police" wish, because of a threat to life.
struct OverrideWishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override-wish",
        abstract: "Inform the police despite a person's no-police wish, for a threat to life (coordinators).",
        discussion: """
            A person's wish "no police involvement" (person --wish-rule no-police) refuses every LEA \
            referral and preservation request about their items. Where a threat to life may justify \
            informing the police anyway, a coordinator decides it here, for an item flagged as a \
            threat to life, with the reason; the decision goes on the audit trail. The person's details \
            still go only with their consent on record.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The item's reference (flagged as a threat to life).") var reference: String
    @Argument(help: "The wish overridden: no-police.") var wish: WishKind
    @Option(help: "Why informing the police is justified, in words.") var reason: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let decision = try desk.overrideWish(reference: reference, kind: wish, reason: reason)
            Output.line(
                "\(reference.uppercased()): the wish \"\(wish.label)\" overridden by \(decision.decidedBy) "
                    + "for a threat to life: \(Output.safe(decision.reason))")
        }
    }
}
