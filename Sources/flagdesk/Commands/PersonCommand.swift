import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk person PSEUDONYM ...`: a data subject or victim by pseudonym, their mandate,
/// wishes and consent. Identity and contact details are not taken on the command line.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Record or show a person (pseudonym only): mandate, wishes, consent to share with the police.",
        discussion: """
            A GDPR Art. 17 erasure request, a DPA complaint (Art. 80(1)) or a TAKE IT DOWN request is \
            made on the person's behalf only with their signed mandate on record: --mandate SCOPES \
            (erasure, dpa-complaint, takeitdown), --signed DATE, --expires DATE, --mandate-file FILE \
            (kept as evidence; its SHA-256 is recorded). Without options, shows the person.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The pseudonym, e.g. 'Victim A-17' (never the real name).")
    var pseudonym: String

    @Option(help: "Mandate scopes, comma-separated: erasure, dpa-complaint, takeitdown.")
    var mandate: String?

    @Option(help: "Date the mandate was signed (YYYY-MM-DD).")
    var signed: String?

    @Option(help: "Last day the mandate is valid (YYYY-MM-DD).")
    var expires: String?

    @Option(name: .customLong("mandate-file"), help: "The signed mandate document.")
    var mandateFile: String?

    @Option(help: "A wish of the person, in their words (repeatable; replaces the list).")
    var wish: [String] = []

    @Option(name: .customLong("consents-to-lea"), help: "yes or no: the person agrees their details go to the police.")
    var consentsToLEA: String?

    @Flag(help: "Print JSON.")
    var json = false

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
        if !wish.isEmpty { request.wishes = wish }
        request.consentsToLEA = try consentsToLEA.map { try YesNoOption.parse($0, option: "--consents-to-lea") }
        let changes =
            request.mandateScopes != nil || request.mandateSignedOn != nil || request.mandateExpiresOn != nil
            || request.mandateFile != nil || request.wishes != nil || request.consentsToLEA != nil
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let person = changes ? try desk.recordPerson(request) : try desk.person(pseudonym: pseudonym)
            if json {
                Output.json(person)
                return
            }
            Output.line("\(Output.safe(person.pseudonym))  consents to police: \(person.consentsToLEA ? "yes" : "no")")
            if let mandate = person.mandate {
                Output.line(
                    "  mandate: \(mandate.scopes.map(\.rawValue).joined(separator: ", ")); signed "
                        + "\(mandate.signedOn?.description ?? "?"); expires \(mandate.expiresOn?.description ?? "never")"
                        + "; document sha256:\(mandate.documentSHA256 ?? "none")")
            } else {
                Output.line("  no mandate on record")
            }
            for wish in person.wishes { Output.line("  wish: \(Output.safe(wish))") }
        }
    }

    private func date(_ text: String, option: String) throws -> CivilDate {
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\(option) '\(Output.safe(text))' is not a date (YYYY-MM-DD)")
        }
        return date
    }
}
