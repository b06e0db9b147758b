import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Store: vault keys table, sealed columns, key files")
struct VaultRecordsTests {
    func insertPerson(_ pseudonym: String, in store: Store) throws -> Int64 {
        try store.write { db in try PeopleRecords.insert(Person(pseudonym: pseudonym, createdAt: fixedNow), in: db).id }
    }

    @Test func migrationV4AddsTheWrappedKeysTable() throws {
        let store = try makeTemporaryStore()
        let applied = try store.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.contains("v4-vault"))
        let index = try #require(applied.firstIndex(of: "v4-vault"))
        #expect(applied.firstIndex(of: "v3-deadline-urgency").map { $0 < index } == true)
    }

    @Test func wrappedKeysAreStoredReadAndDeleted() throws {
        let store = try makeTemporaryStore()
        #expect(try store.read { db in try VaultKeyRecords.current(in: db) } == nil)
        let settings = ScryptSettings(log2N: 17, r: 8, p: 1, salt: Data(repeating: 7, count: 16))
        let key = WrappedDataKey(
            keyID: "0011223344556677", createdAt: fixedNow, createdBy: "alice", wrapping: .passphrase(settings),
            wrappedKey: Data(repeating: 1, count: 60))
        try store.write { db in try VaultKeyRecords.insert(key, in: db) }
        #expect(try store.read { db in try VaultKeyRecords.current(in: db) } == key)
        #expect(settings.memoryBytes == 128 << 20)
        try store.write { db in try VaultKeyRecords.delete(keyID: key.keyID, in: db) }
        #expect(try store.read { db in try VaultKeyRecords.current(in: db) } == nil)
    }

    @Test func aPassphraseRowWithoutSaltIsRefusedByTheSchema() throws {
        let store = try makeTemporaryStore()
        #expect(throws: (any Error).self) {
            try store.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO vault_keys (key_id, created_at, created_by, wrapping, wrapped_key)
                        VALUES ('k', '2026-05-04T09:00:00Z', 'alice', 'passphrase', x'00')
                        """)
            }
        }
    }

    @Test func sealedValuesAreSetCountedAndListed() throws {
        let store = try makeTemporaryStore()
        let a = try insertPerson("A", in: store)
        let b = try insertPerson("B", in: store)
        try store.write { db in
            try VaultSealedRecords.set(SealedValue(personID: a, field: .identity, sealed: Data([1])), in: db)
            try VaultSealedRecords.set(SealedValue(personID: a, field: .mandateDocument, sealed: Data([2])), in: db)
            try VaultSealedRecords.set(SealedValue(personID: b, field: .contact, sealed: Data([3])), in: db)
        }
        #expect(try store.read { db in try VaultSealedRecords.count(in: db) } == 3)
        #expect(
            try store.read { db in try VaultSealedRecords.values(personID: a, in: db) } == [
                .identity: Data([1]), .mandateDocument: Data([2]),
            ])
        let all = try store.read { db in try VaultSealedRecords.all(in: db) }
        #expect(
            Set(all.map { "\($0.personID)/\($0.field.rawValue)" }) == [
                "\(a)/identity", "\(a)/mandate-document", "\(b)/contact",
            ])
    }

    @Test func anErasingWriteCommitsAndTruncatesTheWAL() throws {
        let store = try makeTemporaryStore()
        let a = try insertPerson("A", in: store)
        try store.writeErasingOldPages { db in
            try VaultSealedRecords.set(SealedValue(personID: a, field: .contact, sealed: Data([9])), in: db)
        }
        #expect(try store.read { db in try VaultSealedRecords.count(in: db) } == 1)
        let wal = store.folder.appendingPathComponent(Store.databaseFileName + "-wal")
        let size = (try? FileManager.default.attributesOfItem(atPath: wal.path)[.size] as? NSNumber)?.intValue ?? 0
        #expect(size == 0)
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try store.writeErasingOldPages { db in
                try VaultSealedRecords.set(SealedValue(personID: a, field: .identity, sealed: Data([9])), in: db)
                throw Failure()
            }
        }
        #expect(try store.read { db in try VaultSealedRecords.count(in: db) } == 1, "rolled back")
    }

    @Test func keyFilesAreCreatedPrivateAndNeverOverwritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-key-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("sub/flagdesk.key")
        #expect(try VaultKeyFile.read(at: url) == nil)
        let bytes = try VaultKeyFile.create(at: url)
        #expect(bytes.count == 32)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(try VaultKeyFile.read(at: url) == bytes)
        #expect(throws: StoreError.self) { try VaultKeyFile.create(at: url) }
        #expect(try VaultKeyFile.read(at: url) == bytes, "the existing key is kept")

        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        #expect {
            try VaultKeyFile.read(at: url)
        } throws: { error in
            guard case .insecurePermissions(_, let mode, let fix) = error as? StoreError else { return false }
            return mode == "640" && fix == "chmod 600 '\(url.path)'"
        }
        let short = folder.appendingPathComponent("short.key")
        try Data([1, 2, 3]).write(to: short)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: short.path)
        #expect(throws: StoreError.self) { try VaultKeyFile.read(at: short) }
    }
}
