import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct RenderingTests {
    @Test func plainTextIsNeverHTMLEscaped() throws {
        let rendered = try Fixtures.renderer.render(Fixtures.request(.dsaNotice), format: .txt)
        #expect(rendered.text.contains("\"modelling jobs\" for girls aged 15-17 <with travel & housing>"))
        #expect(rendered.text.contains("watch?v=abc"))
        #expect(
            !rendered.text.contains("&amp;") && !rendered.text.contains("&quot;") && !rendered.text.contains("&lt;"))
    }

    @Test func valuesTypedWithWindowsLineEndsRenderAsLines() throws {
        var request = Fixtures.request(.reminder)
        request.document.content = .reminder(ReminderContent(note: "First line\r\nSecond line   \r\n\r\n\r\nThird"))
        let text = try Fixtures.renderer.render(request, format: .txt).text
        #expect(text.contains("First line\nSecond line\n\nThird\n"))
        #expect(!text.contains("\r"))
        let md = try Fixtures.renderer.render(request, format: .md).text
        #expect(md.contains("First line  \nSecond line\n\nThird"))
    }

    /// Issue 16, defect 12: a document that says `pl` is refused, not written in English; the
    /// message names the kind and the languages it has.
    @Test func aLanguageWithoutTemplateIsRefusedNamingTheLanguagesItHas() throws {
        let error = #expect(throws: DocumentsError.self) {
            try Fixtures.renderer.fill(Fixtures.request(.dsaComplaint, language: "pl"))
        }
        #expect(
            error
                == .noTemplate(kind: "dsa-complaint", language: "pl", available: ["de", "en", "es", "fr", "it", "nl"]))
        #expect(
            error?.description.hasPrefix("dsa-complaint has no template in 'pl' (it has: de, en, es, fr, it, nl)")
                == true)
        #expect(
            try Fixtures.renderer.fill(Fixtures.request(.dsaNotice, language: "DE")).templateName == "dsa-notice/de")
        #expect(
            try Fixtures.renderer.fill(Fixtures.request(.dscComplaint, language: "fr")).templateName
                == "dsc-complaint/fr")
    }

    @Test func aUserTemplateOverridesTheShippedOneOfTheSameName() throws {
        let user = try TemporaryFolder()
        try user.write(
            "dsa-notice/en.mustache",
            "---\nsubject: Custom {{document.reference}}\nrecipient: provider\n---\nCustom {{notice.explanation}}\n")
        try user.write("partials/signature/en.mustache", "Regards, {{sender.signatory}}\n")
        let catalog = TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: user.url)
        let renderer = DocumentRenderer(catalog: catalog)
        let notice = try renderer.render(Fixtures.request(.dsaNotice), format: .txt)
        #expect(notice.subject == "Custom N-2026-00042")
        #expect(notice.text.hasPrefix("Custom The video advertises"))
        let erasure = try renderer.render(Fixtures.request(.gdprErasure), format: .txt)
        #expect(erasure.text.contains("Regards, Anna de Vries"))
        #expect(!erasure.text.contains("Yours faithfully"))
        #expect(catalog.entry(named: "dsa-notice/en")?.origin == .override)
        #expect(catalog.entry(named: "dsa-notice/fr")?.origin == .shipped)
    }

    @Test func aConfiguredTemplateFolderThatDoesNotExistIsAnError() {
        let renderer = DocumentRenderer(
            catalog: TemplateCatalog(
                shippedDirectory: Fixtures.templates, userDirectory: URL(fileURLWithPath: "/nonexistent/templates")))
        #expect(throws: DocumentsError.userTemplatesNotFound(path: "/nonexistent/templates")) {
            try renderer.render(Fixtures.request(.dsaNotice), format: .txt)
        }
    }

    @Test func aMissingRequiredValueIsMarkedNotLeftBlank() throws {
        var request = Fixtures.request(.dsaNotice)
        request.document.content = .dsaNotice(NoticeContent(urls: ["https://video.example/x"]))
        let rendered = try Fixtures.renderer.render(request, format: .txt)
        #expect(rendered.missingKeys == ["notice.explanation"])
        #expect(rendered.text.contains("[missing: notice.explanation]"))
        #expect(rendered.text.contains("[missing: the statement of good faith has not been confirmed]"))
    }

    @Test func anAnonymousNoticeLeavesOutTheNotifiersNameAndEmail() throws {
        var request = Fixtures.request(.dsaNotice)
        guard case .dsaNotice(var notice) = request.document.content else { return }
        notice.omitNotifierIdentity = true
        request.document.content = .dsaNotice(notice)
        let text = try Fixtures.renderer.render(request, format: .txt).text
        #expect(!text.contains("Stichting Veilig Online"))
        #expect(!text.contains("notices@veilig.example"))
        #expect(text.contains("Articles 3 to 7 of Directive 2011/93/EU"))
        let json = try Fixtures.renderer.render(request, format: .json).text
        #expect(!json.contains("notices@veilig.example"))
    }

    @Test func theBuiltContextHoldsOnlyDocumentedKeys() {
        for kind in DocumentKind.allCases {
            var paths: [String] = []
            collectPaths(TemplateContext.build(Fixtures.request(kind)), prefix: "", into: &paths)
            for path in paths { #expect(ContextSchema.key(path) != nil, "\(kind.rawValue): undocumented \(path)") }
        }
    }

    @Test func templatesReadmeDocumentsEveryKey() throws {
        let readme = try String(contentsOf: Fixtures.templates.appendingPathComponent("README.md"), encoding: .utf8)
        for key in ContextSchema.keys { #expect(readme.contains("`\(key.path)`"), "README lacks \(key.path)") }
    }

    @Test func shippedTemplatesAreFoundNextToTheTestBinary() throws {
        let folder = try ShippedTemplates.locate()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dsa-notice/en.mustache").path))
        let nowhere = URL(fileURLWithPath: "/nonexistent/bin/flagdesk")
        #expect(throws: DocumentsError.self) { try ShippedTemplates.locate(executable: nowhere) }
    }

    @Test func metadataBlockIsParsedAndTyposRefused() throws {
        let file = try TemplateFile(
            parsing: "---\nsubject: S {{document.reference}}\nrecipient: provider\nrequires: a.b, c\n---\nBody\n",
            path: "x")
        #expect(file.subject == "S {{document.reference}}")
        #expect(file.requires == ["a.b", "c"])
        #expect(file.body == "Body\n")
        #expect(throws: DocumentsError.self) { try TemplateFile(parsing: "---\nrequire: x\n---\n", path: "x") }
        #expect(throws: DocumentsError.self) { try TemplateFile(parsing: "---\nsubject: x\n", path: "x") }
    }

    private func collectPaths(_ value: Any, prefix: String, into paths: inout [String]) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.append(path)
                collectPaths(child, prefix: path, into: &paths)
            }
        } else if let list = value as? [[String: Any]] {
            for element in list { collectPaths(element, prefix: prefix, into: &paths) }
        }
    }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
