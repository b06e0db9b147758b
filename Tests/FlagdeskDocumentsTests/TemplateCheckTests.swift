import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct TemplateCheckTests {
    @Test func theShippedTemplatesPassTheCheck() {
        let problems = TemplateChecker(catalog: Fixtures.catalog).check()
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func unknownKeysMissingRequiredKeysAndPartialsAreReported() throws {
        let user = try TemporaryFolder()
        try user.write(
            "dsa-notice/en.mustache",
            """
            ---
            subject: Notice
            recipient: platform
            requires: notice.explanation, notice.explantion
            ---
            {{> letterhed}}
            {{#notice.urls}}- {{.}}{{/notice.urls}}
            {{notice.explanaton}} {{sender.name}} {{sender.email}} {{#notice.bonaFide}}ok{{/notice.bonaFide}}
            {{#items}}{{reference}} {{urll}}{{/items}}
            """)
        try user.write("partials/signature/de.mustache", "{{sender.nme}}\n")
        let problems = TemplateChecker(
            catalog: TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: user.url)
        ).check()
        let notice = problems.filter { $0.template == "dsa-notice/en" }.map(\.message)
        #expect(notice.contains("unknown key 'notice.explanaton'"))
        #expect(notice.contains("unknown key 'urll'"))
        #expect(notice.contains("uses partial 'letterhed', which does not exist"))
        #expect(notice.contains("requires unknown key 'notice.explantion'"))
        #expect(notice.contains("missing required key 'notice.explanation' (DSA Art. 16(2)(a))"))
        #expect(notice.contains("missing required key 'document.reference' (the reference the recipient answers to)"))
        #expect(notice.contains("the subject does not cite {{document.reference}}"))
        #expect(notice.contains { $0.hasPrefix("unknown recipient kind 'platform'") })
        #expect(!notice.contains("unknown key 'reference'"), "item fields resolve inside {{#items}}")
        #expect(problems.filter { $0.template == "dsa-notice/en" }.allSatisfy { $0.origin == .override })
        #expect(
            problems.contains { $0.template == "partials/signature/de" && $0.message == "unknown key 'sender.nme'" })
    }

    @Test func aTemplateThatDoesNotParseIsReported() throws {
        let user = try TemporaryFolder()
        try user.write("reminder/xx.mustache", "---\nsubject: {{document.reference}}\n---\n{{#open}}never closed\n")
        let problems = TemplateChecker(
            catalog: TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: user.url)
        ).check()
        #expect(problems.contains { $0.template == "reminder/xx" && $0.message.hasPrefix("does not parse") })
    }

    /// Issue 16, defect 12: `templates check` fails for a kind missing one of the six languages
    /// (an installed copy of the templates that lost a file, say).
    @Test func aKindMissingALanguageFailsTheCheck() throws {
        let copy = try TemporaryFolder()
        let shipped = copy.url.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: Fixtures.templates.resolvingSymlinksInPath(), to: shipped)
        try FileManager.default.removeItem(at: shipped.appendingPathComponent("dsc-complaint/fr.mustache"))
        try FileManager.default.removeItem(
            at: shipped.appendingPathComponent("partials/non-consent-statement/nl.mustache"))
        let problems = TemplateChecker(catalog: TemplateCatalog(shippedDirectory: shipped, userDirectory: nil)).check()
        #expect(problems.contains { $0.template == "dsc-complaint" && $0.message.hasPrefix("no template in fr ") })
        #expect(
            problems.contains {
                $0.template == "partials/non-consent-statement" && $0.message.hasPrefix("no template in nl ")
            })
        #expect(problems.count == 2, "\(problems.map(\.description))")
    }

    /// An override folder that replaces a kind in some languages and drops the others would
    /// leave those letters in the shipped wording without anyone noticing: the check says so.
    @Test func anOverrideFolderThatDropsALanguageFailsTheCheck() throws {
        let user = try TemporaryFolder()
        for language in ["en", "fr", "de", "es", "it"] {
            let shipped = try String(
                contentsOf: Fixtures.templates.appendingPathComponent("reminder/\(language).mustache"), encoding: .utf8)
            try user.write("reminder/\(language).mustache", shipped)
        }
        let catalog = TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: user.url)
        let problems = TemplateChecker(catalog: catalog).check()
        #expect(
            problems.map(\.description) == [
                "reminder (override): the user folder replaces it in de, en, es, fr, it but not in nl:"
                    + " letters in those languages would still use the shipped wording"
            ])
        try user.write(
            "reminder/nl.mustache",
            try String(
                contentsOf: Fixtures.templates.appendingPathComponent("reminder/nl.mustache"), encoding: .utf8))
        #expect(TemplateChecker(catalog: catalog).check().isEmpty)
    }
}
