import FlagdeskCore
import Foundation

/// Where a template comes from.
public enum TemplateOrigin: String, Sendable, Equatable, Codable {
    case shipped
    /// From the user's folder (config `[templates] directory`), with no shipped namesake.
    case user
    /// From the user's folder, replacing the shipped template of the same name.
    case override
}

/// One template or partial file of the catalogue.
public struct TemplateEntry: Sendable, Equatable {
    /// `dsa-notice/en`, `partials/letterhead/fr`: the path below the folder, without extension.
    public var name: String
    /// The document kind, nil for a partial or a folder that names no kind.
    public var kind: DocumentKind?
    /// The partial's name (`letterhead`), nil for a document template.
    public var partial: String?
    public var language: String
    public var origin: TemplateOrigin
    public var url: URL
}

/// The templates: shipped ones, overridden by a user's folder where names match
/// (`Templates/<kind>/<language>.mustache`, partials in `Templates/partials/<name>/<language>.mustache`).
public struct TemplateCatalog: Sendable {
    public static let partialsFolder = "partials"
    /// The language of the partials a user's template in another language falls back to.
    public static let fallbackLanguage = "en"
    /// The languages every kind and every partial is shipped in (issue 16, defect 12); `templates
    /// check` fails for a kind or partial missing one of them.
    public static let requiredLanguages = ["en", "fr", "de", "es", "it", "nl"]

    public let shippedDirectory: URL
    public let userDirectory: URL?

    public init(shippedDirectory: URL, userDirectory: URL?) {
        self.shippedDirectory = shippedDirectory
        self.userDirectory = userDirectory
    }

    /// The catalogue of the shipped templates found next to the binary, plus the user's folder.
    public static func located(userDirectory: URL?) throws(DocumentsError) -> TemplateCatalog {
        TemplateCatalog(shippedDirectory: try ShippedTemplates.locate(), userDirectory: userDirectory)
    }

    /// Every template and partial, user files replacing shipped ones of the same name, sorted by name.
    public func entries() -> [TemplateEntry] {
        let shipped = Self.files(in: shippedDirectory)
        let user = userDirectory.map(Self.files) ?? [:]
        var entries: [TemplateEntry] = []
        for (name, url) in shipped where user[name] == nil {
            entries.append(Self.entry(name: name, url: url, origin: .shipped))
        }
        for (name, url) in user {
            entries.append(Self.entry(name: name, url: url, origin: shipped[name] == nil ? .user : .override))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The entry of a name (`dsa-notice/fr`), if any.
    public func entry(named name: String) -> TemplateEntry? {
        entries().first { $0.name == name }
    }

    /// The template for a kind in its document's language. A language without one is refused,
    /// naming the languages the kind has: a letter that says `fr` is never written in English.
    public func template(kind: DocumentKind, language: String) throws(DocumentsError) -> (TemplateEntry, TemplateFile) {
        let all = entries()
        let wanted = language.lowercased()
        if let entry = all.first(where: { $0.kind == kind && $0.partial == nil && $0.language == wanted }) {
            return (entry, try Self.load(entry))
        }
        throw .noTemplate(kind: kind.rawValue, language: language, available: Self.languages(of: kind, in: all))
    }

    /// The languages a kind has a template in, sorted.
    public func languages(of kind: DocumentKind) -> [String] {
        Self.languages(of: kind, in: entries())
    }

    static func languages(of kind: DocumentKind, in entries: [TemplateEntry]) -> [String] {
        Set(entries.filter { $0.kind == kind && $0.partial == nil }.map(\.language)).sorted()
    }

    /// The partials for a language, by partial name, each in that language or else in English.
    public func partials(language: String) throws(DocumentsError) -> [String: String] {
        var chosen: [String: TemplateEntry] = [:]
        for entry in entries() {
            guard let partial = entry.partial else { continue }
            if entry.language == language.lowercased()
                || (entry.language == Self.fallbackLanguage && chosen[partial] == nil)
            {
                chosen[partial] = entry
            }
        }
        var texts: [String: String] = [:]
        for (name, entry) in chosen { texts[name] = try Self.load(entry).body }
        return texts
    }

    /// A shipped partial's body in a language, else in English; never a user's override: the
    /// wording of a legal statement is checked against it.
    public func shippedPartial(_ name: String, language: String) -> String? {
        for wanted in [language.lowercased(), Self.fallbackLanguage] {
            let url = shippedDirectory.appendingPathComponent(Self.partialsFolder).appendingPathComponent(name)
                .appendingPathComponent("\(wanted).mustache")
            if let text = try? String(contentsOf: url, encoding: .utf8),
                let file = try? TemplateFile(parsing: text, path: url.path)
            {
                return file.body
            }
        }
        return nil
    }

    /// Reads and parses a template file.
    public static func load(_ entry: TemplateEntry) throws(DocumentsError) -> TemplateFile {
        let text: String
        do {
            text = try String(contentsOf: entry.url, encoding: .utf8)
        } catch {
            throw .badTemplate(path: entry.url.path, reason: "cannot be read as UTF-8 (\(error.localizedDescription))")
        }
        return try TemplateFile(parsing: text, path: entry.url.path)
    }

    /// `name -> file` for every `*.mustache` two or three folders deep below `root`.
    private static func files(in root: URL) -> [String: URL] {
        var found: [String: URL] = [:]
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: root.path)) ?? []
        for folder in folders where !folder.hasPrefix(".") {
            let folderURL = root.appendingPathComponent(folder)
            let depthTwo = folder == partialsFolder
            let children = (try? manager.contentsOfDirectory(atPath: folderURL.path)) ?? []
            for child in children where !child.hasPrefix(".") {
                if depthTwo {
                    let partialURL = folderURL.appendingPathComponent(child)
                    for file in (try? manager.contentsOfDirectory(atPath: partialURL.path)) ?? []
                    where file.hasSuffix(".mustache") {
                        let name = "\(folder)/\(child)/\(file.dropLast(".mustache".count))"
                        found[name] = partialURL.appendingPathComponent(file)
                    }
                } else if child.hasSuffix(".mustache") {
                    found["\(folder)/\(child.dropLast(".mustache".count))"] = folderURL.appendingPathComponent(child)
                }
            }
        }
        return found
    }

    private static func entry(name: String, url: URL, origin: TemplateOrigin) -> TemplateEntry {
        let parts = name.split(separator: "/").map(String.init)
        if parts.count == 3, parts[0] == partialsFolder {
            return TemplateEntry(
                name: name, kind: nil, partial: parts[1], language: parts[2], origin: origin, url: url)
        }
        return TemplateEntry(
            name: name, kind: DocumentKind(rawValue: parts[0]), partial: nil, language: parts.last ?? "",
            origin: origin, url: url)
    }
}
