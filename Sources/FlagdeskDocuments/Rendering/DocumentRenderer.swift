import FlagdeskCore
import Foundation
import Mustache

/// Turns a document into text: fills its kind's template in its language (refused when the
/// language has none: never another language's letter), then writes the requested format. A sent document is exported from its
/// frozen text, byte for byte (DESIGN.md §3).
public struct DocumentRenderer: Sendable {
    /// A user's template folder overriding shipped templates of the same name (config
    /// `[templates] directory`); nil: shipped templates only.
    public let templatesDirectory: URL?
    /// The shipped templates; nil: found next to the binary when first needed.
    let shippedDirectory: URL?

    public init(templatesDirectory: URL? = nil) {
        self.templatesDirectory = templatesDirectory
        self.shippedDirectory = nil
    }

    /// A renderer over a given catalogue (tests, or a catalogue already located).
    public init(catalog: TemplateCatalog) {
        self.templatesDirectory = catalog.userDirectory
        self.shippedDirectory = catalog.shippedDirectory
    }

    /// The catalogue this renderer reads. A configured user folder that does not exist is an
    /// error: silently falling back to the shipped texts would send letters the user replaced.
    public func catalog() throws -> TemplateCatalog {
        if let folder = templatesDirectory {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                throw DocumentsError.userTemplatesNotFound(path: folder.path)
            }
        }
        if let shippedDirectory {
            return TemplateCatalog(shippedDirectory: shippedDirectory, userDirectory: templatesDirectory)
        }
        return try TemplateCatalog.located(userDirectory: templatesDirectory)
    }

    /// Refused for a purged document: its fields no longer hold what was sent, and a text filled
    /// from them would pass for it.
    public func render(_ request: RenderRequest, format: ExportFormat) throws -> RenderedDocument {
        if let purged = request.document.purged {
            throw DocumentsError.refused(
                purged.statement(reference: request.document.reference) + "; there is nothing to export")
        }
        if let frozen = request.document.frozen {
            // The text as sent needs no template; the subject is re-read when the templates allow.
            let subject =
                (try? fill(request).subject) ?? "\(request.document.kind.title) \(request.document.reference)"
            return try FrozenExport.export(frozen, subject: subject, request: request, format: format)
        }
        let filled = try fill(request)
        let text: String
        switch format {
        case .txt: text = filled.text
        case .md: text = MarkdownWriter.write(subject: filled.subject, text: filled.text)
        case .eml:
            text = EmailWriter.write(EmailWriter.message(for: request, subject: filled.subject, body: filled.text))
        case .json: text = try DocumentJSON.write(request: request, subject: filled.subject, text: filled.text)
        }
        return RenderedDocument(
            subject: filled.subject, text: text, format: format, missingKeys: filled.missingKeys,
            absentElements: filled.absentElements)
    }

    /// The filled template: subject and plain text (never HTML-escaped).
    public func fill(_ request: RenderRequest) throws -> FilledTemplate {
        let catalog = try self.catalog()
        let kind = request.document.kind
        let (entry, file) = try catalog.template(kind: kind, language: request.document.language)
        var library = MustacheLibrary()
        for (name, body) in try catalog.partials(language: entry.language) {
            library.register(try Self.parse(body, path: name), named: name)
        }
        // Values are made safe before filling, so the text and the legal-element check see the same.
        var context = TemplateContext.sanitized(TemplateContext.build(request))
        let missing = Self.markMissing(file.requires, in: &context)
        let body = try Self.parse(file.body, path: entry.url.path).render(context, library: library)
        let subjectTemplate = try Self.parse(file.subject ?? "{{document.reference}}", path: entry.url.path)
        let subject = OutputSanitizer.line(
            subjectTemplate.render(context, library: library)
                .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces))
        let text = OutputSanitizer.text(Self.tidy(body))
        let absent = RenderedElementCheck.absent(
            kind: kind, subject: subject, body: text, context: context, template: entry.name
        ) { name in
            guard let wording = catalog.shippedPartial(name, language: entry.language) else { return nil }
            return try? Self.parse(wording, path: name).render(context, library: library)
        }
        return FilledTemplate(
            subject: subject, text: text, templateName: entry.name, missingKeys: missing, absentElements: absent)
    }

    /// Every template is plain text: the TEXT content type is set before the template's own
    /// text, so no value is HTML-escaped whatever the template says.
    static func parse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}\n" + text)
        } catch {
            throw DocumentsError.badTemplate(path: path, reason: "\(error)")
        }
    }

    /// Puts a visible marker where a required text key has no value: a draft then shows what is
    /// missing instead of a silent blank. Returns the keys marked.
    static func markMissing(_ keys: [String], in context: inout [String: Any]) -> [String] {
        var marked: [String] = []
        for key in keys where ContextSchema.key(key)?.shape == .text {
            let parts = key.split(separator: ".").map(String.init)
            if value(at: parts, in: context) == nil {
                setValue("[missing: \(key)]", at: parts, in: &context)
                marked.append(key)
            }
        }
        return marked
    }

    private static func value(at path: [String], in object: [String: Any]) -> Any? {
        guard let first = path.first else { return object }
        guard let child = object[first] else { return nil }
        if path.count == 1 { return child }
        return (child as? [String: Any]).flatMap { value(at: Array(path.dropFirst()), in: $0) }
    }

    private static func setValue(_ value: String, at path: [String], in object: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            object[first] = value
            return
        }
        var child = object[first] as? [String: Any] ?? [:]
        setValue(value, at: Array(path.dropFirst()), in: &child)
        object[first] = child
    }

    /// Line ends as LF (values typed on Windows carry CRLF), trailing spaces removed, at most one
    /// blank line in a row (sections left empty), one final newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        var blankRun = 0
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
            blankRun = trimmed.isEmpty ? blankRun + 1 : 0
            if blankRun <= 1 { lines.append(trimmed) }
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A template filled for one document.
public struct FilledTemplate: Sendable, Equatable {
    public var subject: String
    public var text: String
    /// `dsa-notice/fr`: which template was used.
    public var templateName: String
    /// Required keys that had no value (marked in the text).
    public var missingKeys: [String]
    /// Legal elements whose value is set but which the text does not carry (the template
    /// leaves them out): `approve` and `send` refuse such a text.
    public var absentElements: [MissingElement] = []
}
