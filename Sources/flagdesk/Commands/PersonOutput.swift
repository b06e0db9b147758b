import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// How `person` prints a person: without `--reveal` only which values are sealed.
enum PersonOutput {
    static func print(_ onFile: PersonOnFile, json: Bool) {
        if json {
            Output.json(PersonJSON(person: onFile.person, sealed: onFile.sealed.map(\.rawValue)))
            return
        }
        summary(onFile.person)
        Output.line(
            "  sealed: \(onFile.sealed.isEmpty ? "nothing" : onFile.sealed.map(\.rawValue).joined(separator: ", "))"
                + (onFile.sealed.isEmpty ? "" : " (shown with `person show --reveal`)"))
        for event in onFile.events {
            Output.line(
                "  \(ISO8601.format(event.at))  \(Output.safe(event.actor))  \(event.action)  \(Output.safe(event.payload))"
            )
        }
    }

    static func print(_ revealed: RevealedPerson, json: Bool) {
        if json {
            var value = PersonJSON(person: revealed.person, sealed: nil)
            value.identity = revealed.identity
            value.contact = revealed.contact
            value.mandateDocumentBytes = revealed.mandateDocument?.count
            Output.json(value)
            return
        }
        summary(revealed.person)
        Output.line("  identity: \(revealed.identity.map(Output.safe) ?? "not recorded")")
        Output.line("  contact: \(revealed.contact.map(Output.safe) ?? "not recorded")")
        Output.line(
            "  mandate document: \(revealed.mandateDocument.map { "\($0.count) bytes (--mandate-out FILE)" } ?? "not recorded")"
        )
    }

    private static func summary(_ person: Person) {
        Output.line("\(Output.safe(person.pseudonym))  consents to police: \(person.consentsToLEA ? "yes" : "no")")
        if let purgedAt = person.purgedAt {
            Output.line("  purged \(ISO8601.format(purgedAt)): details erased after the retention period; read-only")
        }
        if let mandate = person.mandate {
            Output.line(
                "  mandate: \(mandate.scopes.map(\.rawValue).joined(separator: ", ")); signed "
                    + "\(mandate.signedOn?.description ?? "?"); expires \(mandate.expiresOn?.description ?? "never")"
                    + "; document sha256:\(mandate.documentSHA256 ?? "none")")
        } else {
            Output.line("  no mandate on record")
        }
        Output.line("  assigned to: \(person.assignee.map(Output.safe) ?? "nobody")")
        for wish in person.structuredWishes {
            Output.line(
                "  enforced wish: \(Output.safe(wish.token)) — \(Output.safe(wish.description)) (recorded by "
                    + "\(Output.safe(wish.recordedBy)) \(ISO8601.format(wish.recordedAt)))")
        }
        for wish in person.wishes { Output.line("  wish: \(Output.safe(wish))") }
    }
}

/// The person's JSON: the `Person` fields, then which values are sealed or, revealed, the values.
struct PersonJSON: Encodable {
    var person: Person
    var sealed: [String]?
    var identity: String?
    var contact: String?
    var mandateDocumentBytes: Int?

    enum CodingKeys: String, CodingKey {
        case sealed, identity, contact, mandateDocumentBytes
    }

    func encode(to encoder: any Encoder) throws {
        try person.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(sealed, forKey: .sealed)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(contact, forKey: .contact)
        try container.encodeIfPresent(mandateDocumentBytes, forKey: .mandateDocumentBytes)
    }
}

/// Sensitive text read from a file or standard input instead of the command line, and the
/// mandate written back out only to a new owner-only file.
enum SecretText {
    static func read(_ path: String, option: String) throws -> String {
        let data: Data?
        if path == "-" {
            data = try? FileHandle.standardInput.readToEnd()
        } else {
            // A handle, not `contents(atPath:)`: /dev/fd/N from `<(...)` is a pipe with no size.
            data = FileHandle(forReadingAtPath: path).flatMap { try? $0.readToEnd() ?? Data() }
        }
        guard let data else { throw ValidationError("\(option): cannot read \(Output.safe(path))") }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ValidationError("\(option): \(Output.safe(path)) is empty") }
        return text
    }

    static func writeNew(_ data: Data, to path: String, option: String = "--mandate-out") throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw ValidationError("\(option): cannot create \(Output.safe(path)) (it must not exist yet)")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.close()
    }
}
