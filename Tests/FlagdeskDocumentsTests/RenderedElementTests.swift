import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// The legal elements are checked on the text a template produced: a user's override that drops
/// them renders a "notice" the engine must refuse to approve or send.
@Suite struct RenderedElementTests {
    /// A user folder holding `files` (name -> text) under their catalogue names.
    func userFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-tpl-\(UUID().uuidString)")
        for (name, text) in files {
            let url = folder.appendingPathComponent("\(name).mustache")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    func renderer(_ files: [String: String]) throws -> DocumentRenderer {
        DocumentRenderer(
            catalog: TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: try userFolder(files)))
    }

    @Test func everyShippedTemplateCarriesItsLegalElements() throws {
        for kind in DocumentKind.allCases {
            for language in ["en", "de", "fr", "es", "it", "nl"] {
                let filled = try Fixtures.renderer.fill(Fixtures.request(kind, language: language))
                #expect(filled.absentElements.isEmpty, "\(kind) \(language): \(filled.absentElements)")
            }
        }
    }

    @Test func anOverrideThatDropsURLNotifierAndStatementIsFoundOnTheText() throws {
        let hostile = """
            ---
            subject: Notice {{document.reference}}
            requires: document.reference
            ---
            Please remove it. {{notice.explanation}}
            """
        let filled = try renderer(["dsa-notice/en": hostile]).fill(Fixtures.request(.dsaNotice))
        #expect(
            filled.absentElements.map(\.description) == [
                "the exact URLs of the content (DSA Art. 16(2)(b))", "the notifier's name (DSA Art. 16(2)(c))",
                "the notifier's e-mail address (DSA Art. 16(2)(c))",
                "the statement of good faith (DSA Art. 16(2)(d))",
                // Issue #16 defect 13: the signature partial is gone too.
                "the signatory (DSA Art. 16(2)(c) (the entity submitting the notice))",
            ])
    }

    @Test func aRewordedStatementIsNotTheStatement() throws {
        let reworded = try renderer(["partials/good-faith-statement/en": "We think this is probably right.\n"])
        let filled = try reworded.fill(Fixtures.request(.dsaNotice))
        #expect(filled.text.contains("We think this is probably right."))
        #expect(filled.absentElements.map(\.key) == ["text:notice.bonaFide"])
    }

    @Test func aNoticeThatLeavesOutTheNotifierByLawNeedsNoName() throws {
        var request = Fixtures.request(.dsaNotice)
        guard case .dsaNotice(var notice) = request.document.content else { return }
        notice.omitNotifierIdentity = true
        request.document.content = .dsaNotice(notice)
        #expect(try Fixtures.renderer.fill(request).absentElements.isEmpty)
    }
}

/// Issue #16 defect 13, on the rendered text: a template that drops the letterhead and the
/// signature of a reminder is refused for the sender's name and signatory, and the letterhead
/// does not repeat the legal form ending the name ("Example Hotline asbl, asbl").
@Suite struct SenderOnTheTextTests {
    @Test func aReminderWithoutLetterheadOrSignatureLacksTheSender() throws {
        let bare = """
            ---
            subject: Reminder {{document.reference}}
            requires: document.reference
            ---
            Our {{parent.reference}} awaits your answer. {{document.reference}}
            """
        let catalogDir = try TemporaryFolder()
        try catalogDir.write("reminder/en.mustache", bare)
        let renderer = DocumentRenderer(
            catalog: TemplateCatalog(shippedDirectory: Fixtures.templates, userDirectory: catalogDir.url))
        let absent = try renderer.fill(Fixtures.request(.reminder)).absentElements.map(\.label)
        #expect(absent.contains("organisation name"))
        #expect(absent.contains("the signatory"))
        #expect(absent.contains("the organisation's postal address"))
    }

    @Test func theLegalFormEndingTheNameIsNotRepeated() throws {
        var request = Fixtures.request(.reminder)
        request.sender.name = "Example Hotline asbl"
        request.sender.legalForm = "asbl"
        let text = try Fixtures.renderer.render(request, format: .txt).text
        #expect(text.contains("Example Hotline asbl\n"))
        #expect(!text.contains("asbl, asbl"))
        request.sender.name = "Example Hotline"
        #expect(try Fixtures.renderer.render(request, format: .txt).text.contains("Example Hotline, asbl\n"))
    }
}
