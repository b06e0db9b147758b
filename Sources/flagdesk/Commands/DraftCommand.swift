import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk draft KIND --item REF ...`: a new document, pre-filled, with what is still missing.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a document for items (or a follow-up of a document) and list what it still lacks.",
        discussion: """
            Kinds: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).
            Fields are set with --set key=value (repeatable; key+=value appends to a list, key= clears); \
            `flagdesk fields KIND` lists each kind's fields and required elements with their articles. \
            A document becomes 'ready' as soon as nothing is missing.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The kind of document.")
    var kind: DocumentKind

    @Option(help: "An item the document covers (repeatable).")
    var item: [String] = []

    @Option(
        name: .customLong("case"),
        help: "Draft for a whole case: one document per provider (notices), authority (referrals) or addressee.")
    var caseReference: String?

    @Option(help: "Directory key of the recipient (default: chosen from the items and the directory).")
    var recipient: String?

    @Option(help: "The document this one follows (reminders, complaints).")
    var parent: String?

    @Option(help: "Pseudonym of the person the document acts for.")
    var person: String?

    @Option(help: "Language (ISO 639-1; default: the recipient's first, else the config's).")
    var language: String?

    @Option(name: .customLong("set"), help: "A field, key=value (repeatable).")
    var settings: [String] = []

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let fieldSettings = try FieldSettingsOption.parse(settings)
        if let caseReference {
            guard item.isEmpty, parent == nil, recipient == nil, person == nil else {
                throw ValidationError(
                    "--case drafts for the case's items: leave out --item, --parent, --recipient, --person")
            }
            let desk = try global.openDesk()
            try runEngine { () throws(EngineError) in
                let views = try desk.draftForCase(
                    caseReference, kind: kind, language: language, settings: fieldSettings)
                if json {
                    Output.json(views.map(DocumentJSON.init))
                    return
                }
                for view in views { DocumentOutput.print(view, zone: desk.zone) }
            }
            return
        }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let view = try desk.draft(
                DraftRequest(
                    kind: kind, items: item, recipient: recipient, parent: parent, person: person,
                    language: language, settings: fieldSettings))
            if json { Output.json(DocumentJSON(view)) } else { DocumentOutput.print(view, zone: desk.zone) }
        }
    }
}

/// `flagdesk edit DOC --set key=value ...`.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit fields of a document not yet sent (an approval lapses with any change).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The document's reference, e.g. N-2026-00042.")
    var reference: String

    @Option(name: .customLong("set"), help: "A field, key=value (repeatable; key+=value appends, key= clears).")
    var settings: [String] = []

    @Option(name: .customLong("expect-version"), help: "Refuse if the document changed since this version.")
    var expectVersion: Int?

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let fieldSettings = try FieldSettingsOption.parse(settings)
        guard !fieldSettings.isEmpty else { throw ValidationError("give at least one --set key=value") }
        let desk = try global.openDesk()
        try runEngine { () throws(EngineError) in
            let view = try desk.edit(reference: reference, settings: fieldSettings, expectedVersion: expectVersion)
            if json { Output.json(DocumentJSON(view)) } else { DocumentOutput.print(view, zone: desk.zone) }
        }
    }
}

/// `flagdesk fields KIND`: the editable fields and the required elements with their sources.
struct FieldsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fields", abstract: "List a document kind's fields and required elements (with articles).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The kind of document.")
    var kind: DocumentKind

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let fields = DocumentFields.fields(of: kind)
        let required = DocumentContent.requiredElements(of: kind)
        if json {
            Output.json(
                FieldsJSON(
                    kind: kind.rawValue, title: kind.title,
                    fields: fields.map { FieldsJSON.Field(key: $0.key, help: $0.help) },
                    required: required.map {
                        FieldsJSON.Element(key: $0.key, label: $0.label, article: $0.article, hint: $0.hint)
                    }))
            return
        }
        Output.line("\(kind.rawValue): \(kind.title)")
        Output.line("Fields (--set key=value):")
        for field in fields {
            Output.line("  \(Output.cell(field.key, 24)) \(field.help)")
        }
        Output.line("Required elements:")
        for element in required {
            Output.line("  \(Output.cell(element.key, 24)) \(element.label) [\(element.article)]")
        }
    }
}

private struct FieldsJSON: Encodable {
    struct Field: Encodable {
        let key: String
        let help: String
    }
    struct Element: Encodable {
        let key: String
        let label: String
        let article: String
        let hint: String
    }
    let kind: String
    let title: String
    let fields: [Field]
    let required: [Element]
}

enum FieldSettingsOption {
    static func parse(_ texts: [String]) throws -> [FieldSetting] {
        var settings: [FieldSetting] = []
        for text in texts {
            do {
                settings.append(try FieldSetting(parsing: text))
            } catch {
                throw ValidationError("--set: \(error.message)")
            }
        }
        return settings
    }
}
