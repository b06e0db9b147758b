import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// A batch step refused on its own leaves nothing behind, and the batch's other steps stay (the
/// escalation run drafts every follow-up it can: `Desk.draftEscalations`).
@Suite("Store: one refused step of a batch")
struct SavepointTests {
    struct Refused: Error {}

    @Test func aRefusedStepIsUndoneAndTheOthersAreKept() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            try Savepoint.run(in: db) {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('kept-1', 'x')")
            }
            #expect(throws: Refused.self) {
                try Savepoint.run(in: db) {
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('undone', 'x')")
                    throw Refused()
                }
            }
            try Savepoint.run(in: db) {
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('kept-2', 'x')")
            }
        }
        let keys = try store.read { db in
            try String.fetchAll(
                db, sql: "SELECT key FROM meta WHERE key IN ('kept-1', 'undone', 'kept-2') ORDER BY key")
        }
        #expect(keys == ["kept-1", "kept-2"])
    }
}
