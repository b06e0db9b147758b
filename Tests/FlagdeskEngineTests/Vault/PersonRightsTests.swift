import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Issue #15 point 5: a person's copy of what the desk holds (GDPR Art. 15) and their erasure on
/// request (Art. 17), what the law lets the organisation keep kept and said (Art. 17(3)).
@Suite("A person's rights: access (GDPR Art. 15) and erasure (Art. 17)")
struct PersonRightsTests {
    static let name = "Mirela Brâncoveanu"
    static let phone = "+40 721 555 019"

    private func refusal(_ error: any Error) -> String { (error as? EngineError)?.description ?? "\(error)" }

    /// A person with sealed identity and contact, linked to an item, with a draft referral that
    /// carries her details (consent on record) and a sent support referral.
    private func world() throws -> (WorkflowWorld, VaultCredentials, Item) {
        let world = try WorkflowWorld()
        let vault = try initKeyFileVault(try world.desk(as: "alice"))
        let item = try world.triagedItem()
        var triage = TriageRequest(reference: item.reference)
        triage.person = "Hazel-9"
        _ = try world.desk().triage(triage)
        var person = PersonRequest(pseudonym: "Hazel-9")
        person.identity = Self.name
        person.contact = Self.phone
        person.consentsToLEA = true
        person.wishes = ["only women at the drop-in centre"]
        person.addedWishes = [WishRequest(kind: .contactOnlyThrough, value: "Marta")]
        person.consentBasis = .witness("Marta")
        _ = try world.desk(as: "alice").recordPerson(person, credentials: vault)
        return (world, vault, try world.desk().detail(reference: item.reference).item)
    }

    @Test func theCopyHoldsEverythingAboutThePersonDecryptedAndOnlyForACoordinator() throws {
        let (world, vault, item) = try world()
        let referral = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "victim-details=\(Self.name), \(Self.phone)")]))
        #expect { _ = try world.desk(as: "bob").personCopy(pseudonym: "Hazel-9", credentials: vault) } throws: {
            refusal($0).contains("only a coordinator")
        }
        let copy = try world.desk(as: "alice").personCopy(pseudonym: "Hazel-9", credentials: vault)
        #expect(copy.identity == Self.name)
        #expect(copy.contact == Self.phone)
        #expect(copy.person.wishes == ["only women at the drop-in centre"])
        #expect(copy.person.structuredWishes.map(\.token) == ["contact-only-through=Marta"])
        #expect(copy.items.map(\.reference) == [item.reference])
        let document = try #require(copy.documents.first { $0.reference == referral.record.reference })
        #expect(document.personalFields["victim-details"]?.contains(Self.phone) == true)
        #expect(copy.events.contains { $0.action == "update" })
        let events = try world.desk().personOnFile(pseudonym: "Hazel-9").events
        #expect(events.contains { $0.action == "copy" && $0.actor == "alice" && $0.payload.contains("GDPR Art. 15") })
        #expect(events.contains { $0.action == "revealed" })
    }

    @Test func forgettingErasesThePersonAndTheirFieldsAndSaysWhatIsKept() throws {
        let (world, vault, item) = try world()
        let draft = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [
                    try FieldSetting(parsing: "victim-details=\(Self.name), \(Self.phone)"),
                    try FieldSetting(parsing: "urgency=urgent"),
                ]))
        #expect(draft.record.status == .ready, "\(draft.missing)")
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        // Her number is in the store only sealed, even before she is forgotten (issue #15 point 5).
        #expect(!(try storeFilesContain(Self.phone, try world.desk())))
        #expect(
            try world.desk().document(reference: draft.record.reference).rendered.text.contains(
                "[sealed: victim-details]"))
        #expect { _ = try world.desk(as: "bob").forgetPerson(pseudonym: "Hazel-9", reason: "her request") } throws: {
            refusal($0).contains("only a coordinator")
        }
        #expect(throws: EngineError.self) {
            try world.desk(as: "alice").forgetPerson(pseudonym: "Hazel-9", reason: " ")
        }
        let report = try world.desk(as: "alice").forgetPerson(
            pseudonym: "Hazel-9", reason: "her request to Marta by phone, 2026-05-04")
        #expect(report.clearedDocuments == [draft.record.reference])
        #expect(report.items == [item.reference])
        #expect(report.kept.contains { $0.contains("Art. 17(3)") })

        #expect(throws: EngineError.self) { try world.desk().person(pseudonym: "Hazel-9") }
        let forgotten = try world.desk().person(pseudonym: "forgotten-\(report.personID)")
        #expect(forgotten.purgedAt != nil)
        #expect(forgotten.wishes.isEmpty && forgotten.structuredWishes.isEmpty && forgotten.assignee == nil)
        #expect(try world.desk().personOnFile(pseudonym: "forgotten-\(report.personID)").sealed.isEmpty)
        // The approved referral went back to draft without her details; nothing says she agreed.
        let after = try world.desk().document(reference: draft.record.reference)
        #expect(after.record.status == .ready)
        #expect(!after.rendered.text.contains(Self.phone))
        // Byte for byte: neither her name nor her number is anywhere in the store's files.
        let desk = try world.desk()
        #expect(try !storeFilesContain(Self.name, desk))
        #expect(try !storeFilesContain(Self.phone, desk))
        #expect(try desk.verify().isIntact)
        // The person cannot be forgotten twice, nor given a copy afterwards with their details.
        #expect(throws: EngineError.self) {
            try world.desk(as: "alice").forgetPerson(pseudonym: "forgotten-\(report.personID)", reason: "again")
        }
        _ = vault
    }

    private func storeFilesContain(_ secret: String, _ desk: Desk) throws -> Bool {
        try FileManager.default.subpathsOfDirectory(atPath: desk.store.folder.path).contains { file in
            let data = FileManager.default.contents(atPath: desk.store.folder.appendingPathComponent(file).path)
            return data?.range(of: Data(secret.utf8)) != nil
        }
    }
}
