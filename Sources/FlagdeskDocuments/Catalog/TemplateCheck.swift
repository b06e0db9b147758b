import FlagdeskCore
import Foundation
import Mustache

/// One problem `templates check` found in a template.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    /// The template's name (`dsa-notice/fr`).
    public var template: String
    public var origin: TemplateOrigin
    public var message: String

    public var description: String { "\(template) (\(origin.rawValue)): \(message)" }
}

/// `templates check`: Mustache renders an unknown or missing key as nothing, so a typo in a
/// template or an override that drops a legal element would go unnoticed until a recipient
/// reads the blank. This reads every template (shipped and user) and reports unknown keys,
/// required keys not used, undeclared partials and parse errors.
public struct TemplateChecker: Sendable {
    public let catalog: TemplateCatalog

    public init(catalog: TemplateCatalog) { self.catalog = catalog }

    public func check() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        let entries = catalog.entries()
        for entry in entries {
            func report(_ message: String) {
                problems.append(TemplateProblem(template: entry.name, origin: entry.origin, message: message))
            }
            let file: TemplateFile
            do {
                file = try TemplateCatalog.load(entry)
                _ = try MustacheTemplate(string: file.body)
                if let subject = file.subject { _ = try MustacheTemplate(string: subject) }
            } catch {
                report("does not parse: \(error)")
                continue
            }
            if entry.partial != nil {
                for message in unknownKeys(in: file.body, language: entry.language, entries: entries).problems {
                    report(message)
                }
                continue
            }
            guard let kind = entry.kind else {
                report(
                    "the folder names no document kind (expected one of "
                        + DocumentKind.allCases.map(\.rawValue).joined(separator: ", ") + ", or partials)")
                continue
            }
            let text = (file.subject ?? "") + "\n" + file.body
            let scan = unknownKeys(in: text, language: entry.language, entries: entries)
            for message in scan.problems { report(message) }
            if !(file.subject ?? "").contains("document.reference") {
                report("the subject does not cite {{document.reference}}")
            }
            for key in file.requires where ContextSchema.key(key) == nil {
                report("requires unknown key '\(key)'")
            }
            for (key, source) in ContextSchema.requiredKeys(of: kind) where !scan.used.contains(key) {
                report("missing required key '\(key)' (\(source))")
            }
            if let recipient = file.recipient, RecipientKind(rawValue: recipient) == nil {
                report("unknown recipient kind '\(recipient)' (expected provider, authority or controller)")
            }
        }
        return problems + missingLanguages(entries)
    }

    /// Every kind and every partial in each of the required languages (issue 16, defect 12): a
    /// missing one would leave a recipient without a letter in their language. A user folder
    /// that replaces a kind or partial in some of them but not all is reported as well: the
    /// languages it leaves out would still go out in the shipped wording, unnoticed.
    func missingLanguages(_ entries: [TemplateEntry]) -> [TemplateProblem] {
        let required = TemplateCatalog.requiredLanguages
        var groups: [String: [TemplateEntry]] = [:]
        for kind in DocumentKind.allCases { groups[kind.rawValue] = [] }
        for entry in entries {
            if let kind = entry.kind, entry.partial == nil {
                groups[kind.rawValue, default: []].append(entry)
            } else if let partial = entry.partial {
                groups["\(TemplateCatalog.partialsFolder)/\(partial)", default: []].append(entry)
            }
        }
        var problems: [TemplateProblem] = []
        for (name, group) in groups.sorted(by: { $0.key < $1.key }) {
            let present = Set(group.map(\.language))
            let absent = required.filter { !present.contains($0) }
            if !absent.isEmpty {
                problems.append(
                    TemplateProblem(
                        template: name, origin: group.first?.origin ?? .shipped,
                        message: "no template in " + absent.joined(separator: ", ")
                            + " (every kind and partial is needed in " + required.joined(separator: ", ") + ")"))
            }
            let replaced = Set(group.filter { $0.origin == .override }.map(\.language))
            let notReplaced = required.filter { present.contains($0) && !replaced.contains($0) }
            if !replaced.isEmpty, !notReplaced.isEmpty {
                problems.append(
                    TemplateProblem(
                        template: name, origin: .override,
                        message: "the user folder replaces it in " + replaced.sorted().joined(separator: ", ")
                            + " but not in " + notReplaced.joined(separator: ", ")
                            + ": letters in those languages would still use the shipped wording"))
            }
        }
        return problems
    }

    /// Keys used by `text` (partials followed), and messages for keys the context lacks.
    func unknownKeys(in text: String, language: String, entries: [TemplateEntry]) -> (
        used: Set<String>, problems: [String]
    ) {
        let partials = (try? catalog.partials(language: language)) ?? [:]
        var walker = KeyWalker(partials: partials)
        walker.walk(text, scopes: [])
        return (walker.used, walker.problems)
    }
}

/// Follows sections (scopes) and partials, resolving each name the way Mustache does: the
/// innermost scope first, then outwards to the root.
private struct KeyWalker {
    let partials: [String: String]
    var used: Set<String> = []
    var problems: [String] = []
    var visiting: [String] = []

    init(partials: [String: String]) { self.partials = partials }

    mutating func walk(_ text: String, scopes: [String]) {
        var scopes = scopes
        for tag in MustacheTag.scan(text) {
            switch tag {
            case .variable(let name):
                if name != "." { _ = resolve(name, scopes: scopes) }
            case .section(let name, _):
                scopes.append(resolve(name, scopes: scopes) ?? name)
            case .close:
                if !scopes.isEmpty { scopes.removeLast() }
            case .partial(let name):
                guard let body = partials[name] else {
                    problems.append("uses partial '\(name)', which does not exist")
                    continue
                }
                guard !visiting.contains(name) else { continue }
                visiting.append(name)
                walk(body, scopes: scopes)
                visiting.removeLast()
            case .unsupported(let text):
                problems.append("unsupported tag '\(text)' (set delimiters and blocks are not checked)")
            }
        }
    }

    /// The full path of a name, or nil (and a problem) when no scope knows it.
    mutating func resolve(_ name: String, scopes: [String]) -> String? {
        if name == "." { return scopes.last }
        let name = name.hasPrefix(".") ? String(name.dropFirst()) : name
        for scope in scopes.reversed() + [""] {
            let path = scope.isEmpty ? name : "\(scope).\(name)"
            if ContextSchema.key(path) != nil {
                used.insert(path)
                return path
            }
        }
        problems.append("unknown key '\(name)'")
        return nil
    }
}
