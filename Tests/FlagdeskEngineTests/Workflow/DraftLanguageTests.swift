import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Issue 16, defect 12: a document is drafted in a language its kind has a template in, or it is
/// refused with the languages it has; it is never written in English while it says `pt`.
@Suite("Workflow: a document's language", .serialized)
struct DraftLanguageTests {
    @Test func aLanguageWithoutATemplateIsRefusedBeforeAnythingIsWritten() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let before = try world.desk().documents(DocumentFilter(), limit: 1000).count
        #expect(
            throws: EngineError.refused(
                "cannot draft a dsa-notice in 'pt': dsa-notice has no template in 'pt' (it has: de, en, es, fr, it, nl);"
                    + " a document is written in its own language or not at all: choose one of those with"
                    + " --language, or add dsa-notice/pt.mustache to the templates folder")
        ) {
            try world.desk().draft(DraftRequest(kind: .dsaNotice, items: [item.reference], language: "pt"))
        }
        #expect(try world.desk().documents(DocumentFilter(), limit: 1000).count == before)
    }

    @Test func aTranslatedKindIsDraftedAndExportedInItsLanguage() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let draft = try world.desk().draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], language: "fr",
                settings: [FieldSetting(key: "bona-fide", value: "yes")]))
        #expect(draft.record.language == "fr")
        let text = try world.desk().export(reference: draft.record.reference, format: .txt).text
        #expect(text.contains("au titre de l'article 16 du règlement (UE) 2022/2065"))
    }
}
