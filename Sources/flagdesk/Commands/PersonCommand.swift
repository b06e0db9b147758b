import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk person PSEUDONYM ...` records a data subject or victim; `flagdesk person show
/// PSEUDONYM [--reveal]` shows them. Identity, contact and the signed mandate are sealed with
/// the vault key (`flagdesk keys init`) and shown only with `--reveal`.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Record or show a person by pseudonym: mandate, wishes, consent, sealed identity and contact.",
        subcommands: [PersonSet.self, PersonShow.self, PersonExport.self, PersonForget.self],
        defaultSubcommand: PersonSet.self)
}

struct PersonSet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record a person (`flagdesk person PSEUDONYM ...`; `set` may be left out).",
        discussion: """
            A GDPR Art. 17 erasure request, a DPA complaint (Art. 80(1)) or a TAKE IT DOWN request is \
            made on the person's behalf only with their signed mandate on record: --mandate SCOPES \
            (erasure, dpa-complaint, takeitdown), --signed DATE, --expires DATE, --mandate-file FILE \
            (sealed in the store, its SHA-256 recorded; nothing is copied in clear). \
            --wish-rule records a wish the engine enforces (each refusal names it): no-police (no LEA \
            referral or preservation request; the support pathway is proposed instead), \
            no-takedown-before-police, no-erasure-request, no-phone-or-address, \
            contact-only-through=NAME (the support referral's contact conditions name them), \
            identity-not-to=KEY (nothing identifying goes to that recipient). A coordinator, or the \
            person's assignee (flagdesk assign), records consent, mandate and wishes. \
            Identity and contact are sealed too and need the vault key: prefer --identity-file and \
            --contact-file (a file, or - for standard input) to --identity/--contact, which leave the \
            name in shell history and in the process list. Without options, shows the person.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions

    @Argument(help: "The pseudonym, a neutral one such as 'Linden-17' (never the real name, never 'Victim ...').")
    var pseudonym: String

    @Option(help: "Mandate scopes, comma-separated: erasure, dpa-complaint, takeitdown.")
    var mandate: String?

    @Option(help: "Date the mandate was signed (YYYY-MM-DD).")
    var signed: String?

    @Option(help: "Last day the mandate is valid (YYYY-MM-DD).")
    var expires: String?

    @Option(name: .customLong("mandate-file"), help: "The signed mandate document (sealed in the store).")
    var mandateFile: String?

    // Values on the command line are visible to every local user in /proc: refused, with the way.
    @Option(help: .hidden) var identity: String?

    @Option(
        name: .customLong("identity-file"),
        help: "The identity (real name...), sealed: read from this file, /dev/fd/N (<(...)), or - for standard input.")
    var identityFile: String?

    @Option(help: .hidden) var contact: String?

    @Option(
        name: .customLong("contact-file"),
        help: "How to reach the person, sealed: read from this file, /dev/fd/N, or - for standard input.")
    var contactFile: String?

    @Option(help: "A wish of the person, in their words (repeatable; replaces the list).")
    var wish: [String] = []

    @Option(
        name: .customLong("wish-rule"),
        help: ArgumentHelp(
            "A wish the engine enforces (repeatable): no-police, no-takedown-before-police, no-erasure-request, "
                + "no-phone-or-address, contact-only-through=NAME, identity-not-to=RECIPIENT-KEY.",
            valueName: "kind[=value]"), completion: .list(WishRuleArgument.allValueStrings),
        transform: WishRuleArgument.parse)
    var wishRule: [WishRuleArgument] = []

    @Option(
        name: .customLong("drop-wish-rule"), help: ArgumentHelp("An enforced wish to drop.", valueName: "kind[=value]"),
        completion: .list(WishRuleArgument.allValueStrings), transform: WishRuleArgument.parse)
    var dropWishRule: [WishRuleArgument] = []

    @Option(name: .customLong("consents-to-lea"), help: "yes or no: the person agrees their details go to the police.")
    var consentsToLEA: String?

    @Option(
        name: .customLong("consent-form"),
        help: "The signed form a consent, mandate or wishes change rests on (its SHA-256 goes on the trail).")
    var consentForm: String?

    @Option(
        name: .customLong("consent-witness"),
        help: "Who witnessed the person's consent, mandate or wishes (named on the trail).")
    var consentWitness: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        for (given, name) in [(identity, "identity"), (contact, "contact")] where given != nil {
            throw ValidationError(
                "--\(name) takes no value on the command line (every local user can read it in /proc): use "
                    + "--\(name)-file FILE, --\(name)-file - (standard input) or --\(name)-file <(command)")
        }
        if consentForm != nil, consentWitness != nil {
            throw ValidationError("give --consent-form or --consent-witness, not both")
        }
        if identityFile == "-", contactFile == "-" {
            throw ValidationError("only one of --identity-file and --contact-file can read standard input")
        }
    }

    func run() throws {
        var request = PersonRequest(pseudonym: pseudonym)
        if let mandate {
            request.mandateScopes = try mandate.split(separator: ",").map { word in
                let text = word.trimmingCharacters(in: .whitespaces).lowercased()
                guard let scope = MandateScope(rawValue: text) else {
                    throw ValidationError(
                        "--mandate: '\(Output.safe(text))' is not one of "
                            + MandateScope.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return scope
            }
        }
        request.mandateSignedOn = try signed.map { try date($0, option: "--signed") }
        request.mandateExpiresOn = try expires.map { try date($0, option: "--expires") }
        request.mandateFile = mandateFile.map { URL(fileURLWithPath: $0) }
        request.identity = try identityFile.map { try SecretText.read($0, option: "--identity-file") }
        request.contact = try contactFile.map { try SecretText.read($0, option: "--contact-file") }
        request.consentBasis =
            consentForm.map { .form(URL(fileURLWithPath: $0)) } ?? consentWitness.map { .witness($0) }
        if !wish.isEmpty { request.wishes = wish }
        request.addedWishes = wishRule.map { WishRequest(kind: $0.kind, value: $0.value) }
        request.droppedWishes = dropWishRule.map { WishRequest(kind: $0.kind, value: $0.value) }
        request.consentsToLEA = try consentsToLEA.map { try YesNoOption.parse($0, option: "--consents-to-lea") }
        let changes = request != PersonRequest(pseudonym: pseudonym)
        let desk = try global.openDesk()
        let credentials = vault.credentials(for: desk)
        try runEngine { () throws(EngineError) in
            if changes { _ = try desk.recordPerson(request, credentials: credentials) }
            PersonOutput.print(try desk.personOnFile(pseudonym: pseudonym), json: json)
        }
    }

    private func date(_ text: String, option: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\(option) '\(Output.safe(text))' is not a date (YYYY-MM-DD)")
        }
        return date
    }
}

struct PersonShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a person; --reveal opens their sealed identity and contact (recorded in the audit trail).",
        discussion: """
            --reveal is allowed to a coordinator and to a flagger assigned to an item about the \
            person; the audit trail records who revealed what kind of value, never the value.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions

    @Argument(help: "The pseudonym.")
    var pseudonym: String

    @Flag(help: "Decrypt and show identity and contact (needs the vault key).")
    var reveal = false

    @Option(
        name: .customLong("mandate-out"),
        help: "With --reveal: write the signed mandate to this new file (0600), e.g. for a controller who asks.")
    var mandateOut: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if mandateOut != nil, !reveal { throw ValidationError("--mandate-out needs --reveal") }
    }

    func run() throws {
        let desk = try global.openDesk()
        guard reveal else {
            try runEngine { () throws(EngineError) in
                PersonOutput.print(try desk.personOnFile(pseudonym: pseudonym), json: json)
            }
            return
        }
        let credentials = vault.credentials(for: desk)
        let revealed = try runEngine { () throws(EngineError) in
            try desk.revealPerson(pseudonym: pseudonym, credentials: credentials)
        }
        if let mandateOut {
            guard let document = revealed.mandateDocument else {
                throw ValidationError("no signed mandate is recorded for this person")
            }
            try runEngine { () throws(EngineError) in try desk.refuseOwnFile(mandateOut) }
            try SecretText.writeNew(document, to: mandateOut)
        }
        PersonOutput.print(revealed, json: json)
    }
}

/// `flagdesk person export PSEUDONYM --out FILE`: the person's copy of what the desk holds about
/// them (GDPR Art. 15), decrypted, written only to a new file that only its owner can read.
struct PersonExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a person's copy of their data (GDPR Art. 15), decrypted, to a new 0600 file (coordinators).",
        discussion: """
            JSON: the person (pseudonym, mandate, wishes, enforced wishes, consent, assignee), their \
            identity and contact (needs the vault key when sealed), the items linked to them, the \
            documents about them with the fields that carry their identity or contact, and their own \
            audit trail. The file must not exist yet; it is created 0600. The copy is on the trail.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var vault: VaultOptions

    @Argument(help: "The pseudonym.")
    var pseudonym: String

    @Option(help: "The new file to write (0600; refused if it exists).")
    var out: String

    func run() throws {
        let desk = try global.openDesk()
        let credentials = vault.credentials(for: desk)
        let copy = try runEngine { () throws(EngineError) in
            try desk.personCopy(pseudonym: pseudonym, credentials: credentials)
        }
        let text = try Output.jsonText(copy)
        try runEngine { () throws(EngineError) in try desk.refuseOwnFile(out) }
        try SecretText.writeNew(Data((text + "\n").utf8), to: out, option: "--out")
        Output.line("wrote the copy of \(Output.safe(pseudonym))'s data (GDPR Art. 15) to \(Output.safe(out)) (0600)")
    }
}

/// `flagdesk person forget PSEUDONYM --reason TEXT`: erases a person on their request (GDPR
/// Art. 17), and says what the organisation keeps and why.
struct PersonForget: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase a person on their request (GDPR Art. 17) and say what is kept and why (coordinators).",
        discussion: """
            Erases identity, contact, the signed mandate, wishes, the assignment and the pseudonym \
            (it becomes forgotten-ID), and the fields about the person in documents not yet sent \
            (approved ones go back to draft). Kept, and said: the audit trail (the person by row id \
            only), the items and their evidence (the offence, not the person), and sent letters as sent \
            (GDPR Art. 17(3)(b), (e)), each until its own retention period ends. Audited with the reason.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The pseudonym.")
    var pseudonym: String

    @Option(help: "The person's request, in words (when and how it was made).")
    var reason: String

    func run() throws {
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let report = try desk.forgetPerson(pseudonym: pseudonym, reason: reason)
            Output.line(
                "person #\(report.personID) erased on their request (GDPR Art. 17); now forgotten-\(report.personID)")
            if !report.clearedDocuments.isEmpty {
                Output.line("  cleared from unsent documents: \(report.clearedDocuments.joined(separator: ", "))")
            }
            for kept in report.kept { Output.line("  kept: \(kept)") }
        }
    }
}
