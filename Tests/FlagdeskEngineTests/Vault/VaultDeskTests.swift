import Crypto
import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Vault: people's identity, contact and mandate sealed in the store")
struct VaultDeskTests {
    static let name = "Ilinca Zamfirescu-Vărzaru"
    static let phone = "+40 755 918 273"
    static let mandatePhrase = "I, the undersigned, authorise Hotline Aurora"

    func victim(_ pseudonym: String = "Linden-17") throws -> PersonRequest {
        var request = PersonRequest(pseudonym: pseudonym)
        request.identity = Self.name
        request.contact = Self.phone
        request.mandateScopes = [.erasure]
        request.mandateSignedOn = CivilDate(year: 2026, month: 4, day: 1)
        request.mandateFile = try writeTemporaryFile(Self.mandatePhrase + " (signed)", name: "mandate.pdf")
        return request
    }

    @Test func withoutAKeyPseudonymsWorkAndIdentityIsRefusedWithTheFix() throws {
        let desk = try makeDesk()
        var plain = PersonRequest(pseudonym: "P-1")
        plain.wishes = ["no contact by phone"]
        #expect(try desk.recordPerson(plain).wishes == ["no contact by phone"])
        #expect {
            try desk.recordPerson(try victim("P-1"), credentials: credentials())
        } throws: { error in
            guard case .refused(let message) = error as? EngineError else { return false }
            return message.contains("flagdesk keys init")
        }
        let status = try desk.keysStatus(credentials())
        #expect(status.initialised == false)
        #expect(status.availability == .notInitialised)
        #expect(try desk.personOnFile(pseudonym: "P-1").sealed.isEmpty)
    }

    @Test func identityContactAndMandateAreSealedAndRevealedWithTheKey() throws {
        let desk = try makeDesk()
        let vault = try initKeyFileVault(desk)
        let person = try desk.recordPerson(try victim(), credentials: vault)
        let expectedSHA = Array(SHA256Digest.of(Self.mandatePhrase + " (signed)")).lowercaseHex
        #expect(person.mandate?.documentSHA256 == expectedSHA, "the hash of the plaintext is still recorded")
        #expect(try desk.personOnFile(pseudonym: "Linden-17").sealed == [.identity, .contact, .mandateDocument])

        let revealed = try desk.revealPerson(pseudonym: "Linden-17", credentials: vault)
        #expect(revealed.identity == Self.name)
        #expect(revealed.contact == Self.phone)
        #expect(revealed.mandateDocument == Data((Self.mandatePhrase + " (signed)").utf8))

        let events = try desk.personOnFile(pseudonym: "Linden-17").events
        let revealedEvent = try #require(events.last)
        #expect(revealedEvent.action == "revealed")
        #expect(revealedEvent.payload.contains("identity,contact,mandate-document"))
        for event in events {
            for secret in [Self.name, Self.phone, Self.mandatePhrase] {
                #expect(!event.payload.contains(secret), "audit payload \(event.payload)")
            }
        }
        // Nothing was copied into the evidence folder.
        let held = FileManager.default.enumerator(atPath: desk.store.evidenceFolder.path)?.allObjects ?? []
        #expect(held.compactMap { $0 as? String }.filter { !$0.hasPrefix(".") }.isEmpty)
    }

    @Test func theDatabaseFilesHoldNoClearTextBeforeOrAfterACheckpoint() throws {
        var desk: Desk? = try makeDesk()
        let folder = try #require(desk).store.folder
        let sealKeyFile = try #require(desk?.store.sealKeyFile)
        let vault = try initKeyFileVault(try #require(desk))
        _ = try desk?.recordPerson(try victim(), credentials: vault)
        let wal = folder.appendingPathComponent("flagdesk.sqlite-wal")
        #expect(FileManager.default.fileExists(atPath: wal.path), "the write is still in the WAL")
        try expectNoSecrets(in: folder)
        desk = nil  // closing the last connection checkpoints the WAL into the database file
        try expectNoSecrets(in: folder)
        let reopened = try reopenDesk(folder, sealKeyFile: sealKeyFile)
        #expect(try reopened.revealPerson(pseudonym: "Linden-17", credentials: vault).identity == Self.name)
    }

    func expectNoSecrets(in folder: URL) throws {
        let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects.compactMap { $0 as? String } ?? []
        var scanned = 0
        for name in files {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            scanned += 1
            for secret in [Self.name, Self.phone, Self.mandatePhrase, "Zamfirescu", "755 918"] {
                #expect(data.range(of: Data(secret.utf8)) == nil, "\(secret) found in \(name)")
            }
        }
        #expect(scanned >= 1)
    }

    @Test func aFlaggerRevealsOnlyPeopleOfTheirAssignedItems() throws {
        let world = try WorkflowWorld()
        let vault = try initKeyFileVault(try world.desk(as: "alice"))
        _ = try world.desk(as: "bob").recordPerson(try victim(), credentials: vault)
        #expect {
            try world.desk(as: "bob").revealPerson(pseudonym: "Linden-17", credentials: vault)
        } throws: { error in
            guard case .refused(let message) = error as? EngineError else { return false }
            return message.contains("only a coordinator or the assigned flagger")
        }
        #expect(
            try world.desk(as: "chiara").revealPerson(pseudonym: "Linden-17", credentials: vault).contact
                == Self.phone)
        #expect(throws: EngineError.self) {
            try world.desk(as: "bob").initKeys(.keyFile(temporaryFolder().appendingPathComponent("k")))
        }
        #expect(throws: EngineError.self) { try world.desk(as: "bob").rotateKeys(vault) }
    }

    @Test func rotationReSealsEverythingUnderANewKeyAndDropsTheOldOne() throws {
        let desk = try makeDesk()
        let vault = try initKeyFileVault(desk)
        _ = try desk.recordPerson(try victim("A"), credentials: vault)
        var other = PersonRequest(pseudonym: "B")
        other.contact = "b@example.org"
        _ = try desk.recordPerson(other, credentials: vault)
        let before = try desk.keysStatus(vault)
        #expect(before.sealedValues == 4)

        let rotation = try desk.rotateKeys(vault)
        #expect(rotation.resealed == 4)
        #expect(rotation.oldKeyID == before.keyID)
        let after = try desk.keysStatus(vault)
        #expect(after.keyID == rotation.newKeyID)
        #expect(after.keyID != before.keyID)
        #expect(after.availability == .available)
        #expect(try desk.revealPerson(pseudonym: "A", credentials: vault).identity == Self.name)
        #expect(try desk.revealPerson(pseudonym: "B", credentials: vault).contact == "b@example.org")
        let rotateEvents = try desk.store.read { db in
            try AuditTrail.events(entity: "vault", entityID: rotation.newKeyID, in: db)
        }
        #expect(rotateEvents.map(\.action) == ["rotate"])
        #expect(rotateEvents.first?.payload.contains(rotation.oldKeyID) == true)

        // Rotating onto a passphrase; the key file no longer opens the store.
        let words = "four unrelated words for tests"
        let toPassphrase = try desk.rotateKeys(vault, newWrapping: .passphrase(words, testScryptCost))
        #expect(toPassphrase.wrapping == "passphrase")
        let withWords = credentials(passphrase: words)
        #expect(try desk.revealPerson(pseudonym: "A", credentials: withWords).contact == Self.phone)
        #expect(try desk.keysStatus(withWords).kdf == "scrypt N=2^10 r=8 p=1")
        #expect(throws: EngineError.self) { try desk.revealPerson(pseudonym: "A", credentials: vault) }
    }

    @Test func aWrongOrMissingPassphraseIsAClearRefusal() throws {
        let desk = try makeDesk()
        try desk.initKeys(.passphrase("the right passphrase, long", testScryptCost))
        #expect(
            throws: EngineError.badInput("a passphrase needs at least 12 characters; several unrelated words work well")
        ) {
            try makeDesk().initKeys(.passphrase("short"))
        }
        let wrong = #expect(throws: EngineError.self) {
            try desk.recordPerson(try victim(), credentials: credentials(passphrase: "the wrong passphrase"))
        }
        #expect(wrong?.exitCode == 1)
        #expect(wrong?.description.hasPrefix("wrong passphrase") == true)
        let none = #expect(throws: EngineError.self) {
            try desk.recordPerson(try victim(), credentials: credentials(passphrase: nil))
        }
        #expect(none?.description.contains("FLAGDESK_PASSPHRASE") == true)
        #expect(try desk.keysStatus(credentials(passphrase: nil)).availability == .notChecked)
        #expect(try desk.keysStatus(credentials(passphrase: "the wrong passphrase")).availability == .unavailable)
    }

    @Test func keyFilesArePrivateAndOutsideTheStore() throws {
        let desk = try makeDesk()
        #expect {
            try desk.initKeys(.keyFile(desk.store.folder.appendingPathComponent("flagdesk.key")))
        } throws: { error in (error as? EngineError)?.description.contains("must not live in the store folder") == true
        }
        // Through a link to the store folder: the path looks outside, the file would be inside.
        let link = temporaryFolder("link").appendingPathComponent("store-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: desk.store.folder)
        #expect {
            try desk.initKeys(.keyFile(link.appendingPathComponent("flagdesk.key")))
        } throws: { error in (error as? EngineError)?.description.contains("even through a link") == true
        }

        let vault = try initKeyFileVault(desk)
        let mode = try FileManager.default.attributesOfItem(atPath: vault.keyFile.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: vault.keyFile.path)
        let refused = #expect(throws: EngineError.self) { try desk.recordPerson(try victim(), credentials: vault) }
        #expect(refused?.description.contains("chmod 600 '\(vault.keyFile.path)'") == true)

        try FileManager.default.removeItem(at: vault.keyFile)
        let missing = #expect(throws: EngineError.self) { try desk.recordPerson(try victim(), credentials: vault) }
        #expect(missing?.exitCode == 66)
        #expect(try desk.keysStatus(vault).availability == .unavailable)

        // A key file that later moves into the store, reached through a link, is refused when used.
        let moved = desk.store.folder.appendingPathComponent("moved.key")
        try Data(repeating: 7, count: 32).write(to: moved)
        let outsideLink = temporaryFolder("keylink").appendingPathComponent("flagdesk.key")
        try FileManager.default.createSymbolicLink(at: outsideLink, withDestinationURL: moved)
        let linked = VaultCredentials(keyFile: outsideLink, passphrase: { nil })
        let inside = #expect(throws: EngineError.self) { try desk.recordPerson(try victim(), credentials: linked) }
        #expect(inside?.description.contains("even through a link") == true)
    }

    @Test func aCiphertextCopiedToAnotherPersonDoesNotOpen() throws {
        let desk = try makeDesk()
        let vault = try initKeyFileVault(desk)
        let a = try desk.recordPerson(try victim("A"), credentials: vault)
        var b = PersonRequest(pseudonym: "B")
        b.identity = "someone else"
        let bPerson = try desk.recordPerson(b, credentials: vault)
        try desk.store.write { db in
            let stolen = try #require(try VaultSealedRecords.values(personID: a.id, in: db)[.identity])
            try VaultSealedRecords.set(SealedValue(personID: bPerson.id, field: .identity, sealed: stolen), in: db)
        }
        let refused = #expect(throws: EngineError.self) { try desk.revealPerson(pseudonym: "B", credentials: vault) }
        #expect(refused?.description.contains("altered or moved") == true)
    }
}

enum SHA256Digest {
    static func of(_ text: String) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: Data(text.utf8)))
    }
}
