import FlagdeskCore
import FlagdeskDocuments
import Foundation

extension Desk {
    /// The template catalogue: shipped templates and the configured user folder.
    public func templateCatalog() throws(EngineError) -> TemplateCatalog {
        do {
            return try renderer().catalog()
        } catch {
            throw EngineError(documents: error, doing: "cannot read the templates")
        }
    }

    /// `flagdesk templates list`: every template and partial, with where it comes from.
    public func templates() throws(EngineError) -> [TemplateEntry] {
        try templateCatalog().entries()
    }

    /// `flagdesk templates show NAME`: a template's text as stored (`dsa-notice/fr`).
    public func templateSource(name: String) throws(EngineError) -> (entry: TemplateEntry, text: String) {
        let wanted = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
        guard let entry = try templateCatalog().entry(named: wanted) else {
            throw .badInput("no template '\(name)'; flagdesk templates list shows the names (e.g. dsa-notice/en)")
        }
        do {
            return (entry, try String(contentsOf: entry.url, encoding: .utf8))
        } catch {
            throw .noInput("cannot read \(entry.url.path): \(error.localizedDescription)")
        }
    }

    /// Refuses a document in a language its kind has no template in, before anything is
    /// written: its letter could only come out in another language than the one it states
    /// (issue 16, defect 12). Templates that cannot be read at all are left to the export to
    /// report, so drafting does not depend on them.
    func requireTemplate(kind: DocumentKind, language: String) throws(EngineError) {
        guard let catalog = try? renderer().catalog() else { return }
        let available = catalog.languages(of: kind)
        guard !available.contains(language.lowercased()) else { return }
        throw EngineError(
            documents: DocumentsError.noTemplate(kind: kind.rawValue, language: language, available: available),
            doing: "cannot draft a \(kind.rawValue) in '\(language)'")
    }

    /// `flagdesk templates check`: unknown keys, missing required keys, broken partials.
    public func checkTemplates() throws(EngineError) -> [TemplateProblem] {
        TemplateChecker(catalog: try templateCatalog()).check()
    }
}
