import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Issue #15 point 5: the document fields that carry a person's identity or contact, and a sent
/// text that contains them, are stored only sealed with the vault key (GDPR Arts. 5(1)(f), 32),
/// shown on reveal (audited), and erased with the person (Art. 17).
@Suite("Sealed document fields and texts as sent (GDPR Arts. 5(1)(f), 17, 32)")
struct SealedDocumentFieldsTests {
    static let name = "Mirela Brâncoveanu"
    static let phone = "+40 721 555 019"

    private func refusal(_ error: any Error) -> String { (error as? EngineError)?.description ?? "\(error)" }

    /// An item about Hazel-9, who consents to the police having her details; with the vault
    /// key where every desk of the world finds it unless `vault` is false.
    private func world(vault: Bool = true) throws -> (WorkflowWorld, Item) {
        let world = try WorkflowWorld()
        if vault { _ = try initKeyFileVault(try world.desk(as: "alice")) }
        let item = try world.triagedItem()
        var triage = TriageRequest(reference: item.reference)
        triage.person = "Hazel-9"
        _ = try world.desk().triage(triage)
        var person = PersonRequest(pseudonym: "Hazel-9")
        person.consentsToLEA = true
        person.consentBasis = .witness("Marta")
        _ = try world.desk(as: "alice").recordPerson(person)
        return (world, item)
    }

    private func referral(_ world: WorkflowWorld, _ item: Item, details: Bool = true) throws -> DocumentView {
        try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "urgency=urgent")]
                    + (details ? [try FieldSetting(parsing: "victim-details=\(Self.name), \(Self.phone)")] : [])))
    }

    private func keyFile(_ world: WorkflowWorld) throws -> URL { try world.desk().vault.keyFile }

    private func storeFilesContain(_ secret: String, _ desk: Desk) throws -> Bool {
        try FileManager.default.subpathsOfDirectory(atPath: desk.store.folder.path).contains { file in
            let data = FileManager.default.contents(atPath: desk.store.folder.appendingPathComponent(file).path)
            return data?.range(of: Data(secret.utf8)) != nil
        }
    }

    @Test func victimDetailsNeedTheVaultKeyAndAreStoredOnlySealed() throws {
        let (world, item) = try world(vault: false)
        #expect { _ = try referral(world, item) } throws: {
            refusal($0).contains("victim-details carries a person's identity or contact, kept only sealed")
        }
        _ = try initKeyFileVault(try world.desk(as: "alice"))
        let view = try referral(world, item)
        #expect(view.record.status == .ready, "\(view.missing)")
        #expect(IdentityFields.value("victim-details", in: view.record.content) == "[sealed: victim-details]")
        #expect(view.rendered.text.contains("[sealed: victim-details]"))
        #expect(!view.rendered.text.contains(Self.phone))
        #expect(try !storeFilesContain(Self.phone, try world.desk()))
        #expect(try !storeFilesContain(Self.name, try world.desk()))
        // Clearing the field erases its sealed value.
        _ = try world.desk().edit(
            reference: view.record.reference, settings: [try FieldSetting(parsing: "victim-details=")])
        #expect(try world.desk(as: "alice").keysStatus(nil).sealedValues == 0)
        #expect(try world.desk().verify().isIntact)
    }

    @Test func aRevealOpensTheFieldsForTheAllowedOnlyAndIsOnTheTrail() throws {
        let (world, item) = try world()
        let reference = try referral(world, item).record.reference
        #expect { _ = try world.desk(as: "bob").document(reference: reference, reveal: true) } throws: {
            refusal($0).contains("only a coordinator or the assigned")
        }
        let opened = try world.desk(as: "alice").document(reference: reference, reveal: true)
        #expect(opened.rendered.text.contains(Self.phone))
        #expect(
            opened.events.contains {
                $0.action == "revealed" && $0.actor == "alice" && $0.payload.contains("victim-details")
                    && !$0.payload.contains(Self.phone)
            })
        #expect(!(try world.desk().document(reference: reference).rendered.text.contains(Self.phone)))
    }

    @Test func theTextAsSentIsSealedAndLeavesOnlyWithTheKey() throws {
        let (world, item) = try world()
        let reference = try referral(world, item).record.reference
        _ = try world.desk(as: "alice").approve(reference: reference)
        _ = try world.desk().send(reference: reference, via: .manual)
        let sent = try world.desk().document(reference: reference)
        #expect(sent.rendered.text == IdentityFields.sealedTextPlaceholder)
        #expect(try !storeFilesContain(Self.phone, try world.desk()))
        let exported = try world.desk().export(reference: reference, format: .txt)
        #expect(exported.text.contains(Self.phone))
        // Byte for byte what was sent: its SHA-256 is the one kept in clear.
        #expect(SHA256.hash(data: Data(exported.text.utf8)).lowercaseHex == sent.record.frozen?.sha256)
        #expect(
            try world.desk().document(reference: reference).events.contains {
                $0.action == "revealed" && $0.payload.contains("text-as-sent")
            })
        let key = try keyFile(world)
        let away = key.deletingLastPathComponent().appendingPathComponent("away.key")
        try FileManager.default.moveItem(at: key, to: away)
        #expect { _ = try world.desk().export(reference: reference, format: .txt) } throws: {
            refusal($0).contains("vault key")
        }
        try FileManager.default.moveItem(at: away, to: key)
        #expect(try world.desk().verify().isIntact)
    }

    @Test func forgettingThePersonErasesTheSealedFieldsAndTheSealedText() throws {
        let (world, item) = try world()
        let sent = try referral(world, item).record.reference
        _ = try world.desk(as: "alice").approve(reference: sent)
        _ = try world.desk().send(reference: sent, via: .manual)
        let draft = try referral(world, item).record.reference
        #expect(try world.desk(as: "alice").keysStatus(nil).sealedValues == 3)
        let report = try world.desk(as: "alice").forgetPerson(pseudonym: "Hazel-9", reason: "her request")
        #expect(report.erasedSentTexts == [sent])
        #expect(report.clearedDocuments == [draft])
        #expect(report.kept.contains { $0.contains("by the SHA-256 of their text only") })
        #expect(try world.desk(as: "alice").keysStatus(nil).sealedValues == 0)
        #expect { _ = try world.desk().export(reference: sent, format: .txt) } throws: {
            refusal($0).contains("erased with them (GDPR Art. 17)")
        }
        #expect(try !storeFilesContain(Self.phone, try world.desk()))
        #expect(try world.desk().verify().isIntact)
    }

    /// The retention purge erases them with the person and the document (GDPR Art. 5(1)(e)).
    @Test func theRetentionPurgeErasesTheSealedValues() throws {
        let (world, item) = try world()
        let reference = try referral(world, item).record.reference
        _ = try world.desk().withdraw(reference: reference, reason: "not needed")
        _ = try world.desk().closeWithoutAction(reference: item.reference, reason: "lawful adult sex work")
        #expect(try world.desk(as: "alice").keysStatus(nil).sealedValues == 1)
        let report = try world.desk(as: "alice", at: fixedNow.adding(days: 6 * 366)).purge(dryRun: false)
        #expect(!report.peopleIDs.isEmpty)
        #expect(try world.desk(as: "alice").keysStatus(nil).sealedValues == 0)
        #expect(try world.desk(as: "alice", at: fixedNow.adding(days: 6 * 366)).verify().isIntact)
    }

    @Test func rotatingTheKeyResealsTheDocumentValues() throws {
        let (world, item) = try world()
        let reference = try referral(world, item).record.reference
        let rotation = try world.desk(as: "alice").rotateKeys(credentials(keyFile: try keyFile(world)))
        #expect(rotation.resealed == 1)
        let opened = try world.desk(as: "alice").document(reference: reference, reveal: true)
        #expect(opened.rendered.text.contains(Self.phone))
    }

    @Test func aSealedValueOpensOnlyForItsDocumentAndField() throws {
        let key = DataKey.generate()
        let sealed = try key.sealDocumentValue(Data(Self.phone.utf8), documentID: 7, field: "victim-details")
        #expect(
            String(decoding: try key.openDocumentValue(sealed, documentID: 7, field: "victim-details"), as: UTF8.self)
                == Self.phone)
        #expect(throws: EngineError.self) { try key.openDocumentValue(sealed, documentID: 8, field: "victim-details") }
        #expect(throws: EngineError.self) { try key.openDocumentValue(sealed, documentID: 7, field: "needs") }
        #expect(throws: EngineError.self) {
            try DataKey.generate().openDocumentValue(sealed, documentID: 7, field: "victim-details")
        }
    }

    /// Values typed before migration v19 are moved into the sealed form all at once, or not at
    /// all without the key.
    @Test func fieldsTypedBeforeSealingAreMovedAllOrNothing() throws {
        let (world, item) = try world(vault: false)
        let view = try referral(world, item, details: false)
        var legacy = view.record.content
        if case .leaReferral(var content) = legacy {
            content.victimDetails = "\(Self.name), \(Self.phone)"
            legacy = .leaReferral(content)
        }
        let desk = try world.desk(as: "alice")
        try desk.store.write { db in
            try SealedDocumentRecords.replaceFields(documentID: view.record.id, content: legacy, in: db)
        }
        #expect(try desk.keysStatus(nil).documentsInClear == 1)
        #expect { _ = try desk.sealDocumentFields() } throws: { refusal($0).contains("vault key") }
        #expect(try storeFilesContain(Self.phone, desk), "nothing was half-moved")
        #expect(throws: EngineError.self) { try world.desk(as: "bob").sealDocumentFields() }
        _ = try initKeyFileVault(desk)
        let sealing = try world.desk(as: "alice").sealDocumentFields()
        #expect(sealing.documents == [view.record.reference])
        #expect(sealing.fields == 1)
        #expect(try world.desk(as: "alice").keysStatus(nil).documentsInClear == 0)
        #expect(try !storeFilesContain(Self.phone, try world.desk()))
        let opened = try world.desk(as: "alice").document(reference: view.record.reference, reveal: true)
        #expect(opened.rendered.text.contains(Self.phone))
    }
}
