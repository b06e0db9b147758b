import FlagdeskCore
import FlagdeskDocuments
import Foundation
import Testing

@testable import FlagdeskEngine

/// What is approved is what goes out (issue #14 point 5): the text is rendered again at sending,
/// by whoever sends, so the approval covers the templates, the recipient's address and the
/// organisation too. A flagger sending an approved notice with her own configuration — another
/// template folder, her own address for the platform — is refused.
@Suite("Workflow: the approval covers templates, recipient and organisation", .serialized)
struct ApprovalBasisTests {
    private func approvedNotice(_ world: WorkflowWorld) throws -> String {
        let item = try world.triagedItem()
        let reference = try world.desk().draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [FieldSetting(key: "bona-fide", value: "yes")])
        ).record.reference
        _ = try world.desk(as: "alice").approve(reference: reference)
        return reference
    }

    /// bob's desk, through sudo, with the standard configuration plus `extra` before `[users]`.
    private func bob(_ world: WorkflowWorld, adding extra: String) throws -> Desk {
        let path = world.folder.appendingPathComponent("bob-\(UUID().uuidString).toml")
        try Data(
            WorkflowWorld.standardConfig.replacingOccurrences(of: "[users]", with: extra + "\n\n[users]").utf8
        ).write(to: path)
        let (process, sudo) = FakeProcess.sudo("bob")
        var options = world.options(process, sudo, at: fixedNow)
        options.configPath = path.path
        return try Desk.open(options)
    }

    private func refusal(_ body: () throws -> Void) -> String {
        do { try body() } catch { return String(describing: error) }
        return "not refused"
    }

    @Test func anotherAddressForTheRecipientIsRefusedAtSending() throws {
        let world = try WorkflowWorld()
        let reference = try approvedNotice(world)
        let redirected = try bob(
            world,
            adding: """
                [[providers]]
                key = "meta-instagram"
                name = "Instagram"
                legal_entity = "Meta Platforms Ireland Limited"
                country = "IE"
                hosts = ["instagram.com"]
                notice_channel = "mallory@evil.example"
                is_online_platform = true
                """)
        let message = refusal { _ = try redirected.send(reference: reference, via: .manual) }
        #expect(message.contains("the recipient's directory entry (its address) has changed"), "\(message)")
        #expect(try world.desk().document(reference: reference).record.status == .approved)
        // With the configuration it was approved with, it goes.
        #expect(try world.desk().send(reference: reference, via: .manual).record.status == .sent)
    }

    @Test func anotherTemplateFolderIsRefusedAtSendingEvenWithEveryElement() throws {
        let world = try WorkflowWorld()
        let reference = try approvedNotice(world)
        // Her own folder: the shipped notice with one sentence added; every Art. 16(2) element stays.
        let folder = temporaryFolder("bob-templates")
        let shipped = try String(
            contentsOf: try TemplateCatalog.located(userDirectory: nil).shippedDirectory.appendingPathComponent(
                "dsa-notice/en.mustache"),
            encoding: .utf8)
        let file = folder.appendingPathComponent("dsa-notice/en.mustache")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((shipped + "\nThe victim's name is available on request.\n").utf8).write(to: file)
        let overriding = try bob(world, adding: "[templates]\ndirectory = \"\(folder.path)\"")
        let message = refusal { _ = try overriding.send(reference: reference, via: .manual) }
        #expect(message.contains("the templates it is rendered from has changed"), "\(message)")
        #expect(message.contains("alice approved it"), "\(message)")
        #expect(try world.desk().document(reference: reference).record.status == .approved)
    }

    @Test func theBasisNamesEachPartThatChanged() {
        let approved = ApprovalBasis(template: "t", recipient: "r", organisation: "o")
        #expect(approved.changes(since: approved).isEmpty)
        let now = ApprovalBasis(template: "t2", recipient: "r", organisation: "o2")
        #expect(
            now.changes(since: approved) == ["the templates it is rendered from", "the organisation it is sent as"])
        #expect(ApprovalBasis(payload: approved.payload) == approved)
        #expect(ApprovalBasis(payload: [:]) == nil, "an approval from before the basis compares nothing")
    }
}
