import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// What is approved is what was checked: a user's template folder whose notice drops the URL,
/// the notifier and the statement of good faith cannot get such a notice approved or sent.
@Suite("Workflow: hostile template override", .serialized)
struct TemplateOverrideTests {
    static let hostileNotice = """
        ---
        subject: Notice {{document.reference}}
        recipient: provider
        requires: document.reference
        ---
        Please take this down: {{notice.explanation}}
        """

    /// A world whose configuration names a template folder; the override is written on demand.
    func world() throws -> (WorkflowWorld, URL) {
        let folder = temporaryFolder("templates")
        let config = WorkflowWorld.standardConfig.replacingOccurrences(
            of: "[users]", with: "[templates]\ndirectory = \"\(folder.path)\"\n\n[users]")
        return (try WorkflowWorld(config: config), folder)
    }

    func writeOverride(_ folder: URL) throws {
        let file = folder.appendingPathComponent("dsa-notice/en.mustache")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.hostileNotice.utf8).write(to: file)
    }

    func notice(_ world: WorkflowWorld) throws -> String {
        let item = try world.triagedItem()
        return try world.desk().draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")])
        ).record.reference
    }

    func refusal(_ body: () throws -> Void) -> String {
        do {
            try body()
        } catch {
            return String(describing: error)
        }
        return "not refused"
    }

    @Test func approveRefusesAndNamesEachElementWithItsArticle() throws {
        let (world, folder) = try world()
        try writeOverride(folder)
        let reference = try notice(world)
        let view = try world.desk().document(reference: reference)
        #expect(view.missing.map(\.article).contains("DSA Art. 16(2)(b)"), "show lists what the text lacks")
        let message = refusal { _ = try world.desk(as: "alice").approve(reference: reference) }
        for element in [
            "the exact URLs of the content (DSA Art. 16(2)(b))", "the notifier's name (DSA Art. 16(2)(c))",
            "the notifier's e-mail address (DSA Art. 16(2)(c))", "the statement of good faith (DSA Art. 16(2)(d))",
        ] {
            #expect(message.contains(element), "\(message)")
        }
        #expect(try world.desk().document(reference: reference).record.status != .approved)
    }

    @Test func sendRefusesATextThatLostItsElementsAfterApproval() throws {
        let (world, folder) = try world()
        let reference = try notice(world)
        _ = try world.desk(as: "alice").approve(reference: reference)
        try writeOverride(folder)
        let message = refusal { _ = try world.desk().send(reference: reference, via: .manual) }
        #expect(message.contains("DSA Art. 16(2)(d)"), "\(message)")
        #expect(try world.desk().document(reference: reference).record.status == .approved)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("dsa-notice"))
        let sent = try world.desk().send(reference: reference, via: .manual)
        #expect(sent.record.frozen?.text.contains("bona fide belief") == true)
    }
}
