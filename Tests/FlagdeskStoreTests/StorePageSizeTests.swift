import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// A new store is made with 16 KiB pages (a first import of a million rows is a fifth faster);
/// a store made before, with SQLite's 4 KiB, opens and works as it is.
@Suite("Store page size")
struct StorePageSizeTests {
    @Test func aNewStoreHasSixteenKiBPages() throws {
        let store = try makeTemporaryStore()
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 16_384)
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
    }

    @Test func aStoreWithFourKiBPagesKeepsThemAndWorks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-4k-\(UUID().uuidString)")
        try FilePermissions.createPrivateFolder(folder)
        let oldMask = umask(0o077)
        let database = folder.appendingPathComponent(Store.databaseFileName)
        // As a store made before: 4 KiB pages set before WAL (whatever this SQLite's default).
        var configuration = Configuration()
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA page_size = 4096") }
        let older = try DatabasePool(path: database.path, configuration: configuration)
        umask(oldMask)
        #expect(try older.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4_096)
        try Schema.migrator.migrate(older)
        try older.close()

        let store = try Store(folder: folder, create: false, sealKeyFile: sealKeyFile(for: folder))
        try store.createSealKey(actor: "test", action: "seal-init")
        try store.write { db in _ = try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4_096)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
