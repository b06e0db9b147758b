import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// An open desk whose store folder is removed, moved or whose database is replaced says so
/// and saves nothing (SQLite would go on writing into the unlinked file).
@Suite struct StoreGoneTests {
    func addOne(_ desk: Desk, _ path: String) throws {
        _ = try desk.add(AddItemRequest(url: "https://www.instagram.com/p/\(path)"))
    }

    func expectGone(_ desk: Desk, _ reason: String) {
        do {
            try addOne(desk, "after")
            Issue.record("a write into a store that is gone must be refused")
        } catch let error as EngineError {
            #expect(error.exitCode == 74)
            #expect(error.description.contains("is gone"), "\(error)")
            #expect(error.description.contains(reason), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: EngineError.self) { try desk.checkStoreStillThere() }
    }

    @Test func removedFolder() throws {
        let desk = try makeDesk()
        try addOne(desk, "before")
        try desk.checkStoreStillThere()
        try FileManager.default.removeItem(at: desk.store.folder)
        expectGone(desk, "removed or its folder moved")
    }

    @Test func movedFolder() throws {
        let desk = try makeDesk()
        try FileManager.default.moveItem(
            at: desk.store.folder, to: desk.store.folder.deletingLastPathComponent().appendingPathComponent("moved"))
        expectGone(desk, "removed or its folder moved")
    }

    @Test func replacedDatabase() throws {
        let desk = try makeDesk()
        let other = try makeDesk()
        let database = desk.store.databaseURL
        try FileManager.default.removeItem(at: database)
        try FileManager.default.copyItem(at: other.store.databaseURL, to: database)
        expectGone(desk, "replaced")
    }
}
