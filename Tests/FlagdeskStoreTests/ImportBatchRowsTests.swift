import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// Rows prepared on the import's reading thread (`ItemRowPreparer`): numbered, sealed and
/// cleared of the duplicate look-up by the batch's URL filter. Duplicate finding and the seal
/// (issue 14: every imported row sealed and verified) must come out as if the writer did it all.
@Suite("Import rows prepared off the writer")
struct ImportBatchRowsTests {
    /// Inserts the URLs through a preparer, as the importer does; returns each row's duplicate.
    private func importPrepared(_ urls: [String], into store: Store) throws -> [Int64?] {
        try store.writeThenDecide { db in
            let batch = try ItemBatchWriter(year: 2026, sealingFor: store, in: db)
            var preparer = batch.makePreparer()
            let rows = urls.map { preparer.prepare(sampleItem(url: $0)) }
            let links = try rows.map { try batch.insert($0) }
            try batch.finish()
            return (links, true)
        }
    }

    private func duplicates(_ store: Store) throws -> [Int64?] {
        try store.read { db in
            try Row.fetchAll(db, sql: "SELECT duplicate_of FROM items ORDER BY id").map { $0[0] as Int64? }
        }
    }

    @Test func aURLRepeatedInTheBatchIsLinkedToItsFirstItemAndEveryRowVerifies() throws {
        let store = try makeTemporaryStore()
        let urls = (0..<2_000).map { "https://a.example/\($0 % 1_500)" }
        let links = try importPrepared(urls, into: store)
        // Rows 1,500... repeat rows 0...: linked to ids 1...
        let expected = (0..<2_000).map { $0 < 1_500 ? nil : Int64($0 - 1_500 + 1) }
        let misLinked = zip(links, expected).filter { $0 != $1 }.count
        let misStored = zip(try duplicates(store), expected).filter { $0 != $1 }.count
        #expect(misLinked == 0)
        #expect(misStored == 0)
        // A linked row was sealed again by the writer with its duplicate: the seal holds.
        let report = try store.verifySeal()
        #expect(report.problems.isEmpty)
        #expect(report.rowsChecked == 2_000)
    }

    @Test func onAStoreWithItemsEveryRowIsLookedUp() throws {
        let store = try makeTemporaryStore()
        _ = try importPrepared(["https://a.example/1", "https://a.example/2"], into: store)
        // The filter of this batch never saw the stored URLs: the index must answer.
        let links = try importPrepared(
            ["https://a.example/3", "https://a.example/2", "https://a.example/1"], into: store)
        #expect(links == [nil, 2, 1])
        #expect(try store.verifySeal().problems.isEmpty)
    }

    @Test func rowsOutOfTheirOrderAreRefused() throws {
        let store = try makeTemporaryStore()
        #expect(throws: StoreError.self) {
            try store.writeThenDecide { db in
                let batch = try ItemBatchWriter(year: 2026, sealingFor: store, in: db)
                var preparer = batch.makePreparer()
                let first = preparer.prepare(sampleItem(url: "https://a.example/1"))
                let second = preparer.prepare(sampleItem(url: "https://a.example/2"))
                try batch.insert(second)
                try batch.insert(first)
                return ((), true)
            }
        }
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 0)
    }

    private func itemIndexes(_ store: Store) throws -> [String] {
        try store.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master
                    WHERE type = 'index' AND tbl_name = 'items' ORDER BY name
                    """)
        }
    }

    /// Into an empty table the batch builds the queue's indexes once at the end: they are all
    /// back, as they were defined, and hold every row (SQLite's own check); a batch rolled back
    /// leaves them as they were.
    @Test func theIndexesSetAsideForAnEmptyTableAreBuiltAgain() throws {
        let store = try makeTemporaryStore()
        let before = try itemIndexes(store)
        #expect(before.count >= 6)
        let _: Int = try store.writeThenDecide { db in
            let batch = try ItemBatchWriter(year: 2026, sealingFor: store, in: db)
            try batch.insert(sampleItem(url: "https://a.example/1"))
            return (0, false)
        }
        #expect(try itemIndexes(store) == before)
        _ = try importPrepared((0..<500).map { "https://a.example/\($0)" }, into: store)
        #expect(try itemIndexes(store) == before)
        try store.read { db in
            #expect(try String.fetchAll(db, sql: "PRAGMA integrity_check") == ["ok"])
            let queued = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM items INDEXED BY items_queue WHERE status = 'new'")
            #expect(queued == 500)
        }
    }

    @Test func theFilterNeverClearsAURLItSawAndRarelyFlagsANewOne() {
        var filter = ImportURLFilter()
        let seen = (0..<20_000).map { "https://site\($0 % 4_999).example/p/\($0)?ref=\($0 % 13)" }
        for url in seen { _ = filter.insert(url) }
        #expect(seen.allSatisfy { filter.insert($0) })
        let fresh = (0..<20_000).filter { filter.insert("https://other.example/\($0)") }.count
        #expect(fresh < 20, "false positives: \(fresh) of 20,000")
    }
}
