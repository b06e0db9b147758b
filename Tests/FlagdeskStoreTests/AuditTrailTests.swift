import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

@Suite("Audit trail")
struct AuditTrailTests {
    private func storeWithEvents(_ count: Int) throws -> Store {
        let store = try makeTemporaryStore()
        try store.write { db in
            for index in 1...count {
                try AuditTrail.append(
                    AuditEntry(
                        actor: "alice", at: fixedNow.addingTimeInterval(Double(index)), entity: "item",
                        entityID: "FD-2026-00000\(index)", action: "add", payload: ["n": "\(index)"]), in: db)
            }
        }
        return store
    }

    @Test func intactChainVerifies() throws {
        let store = try storeWithEvents(5)
        let verdict = try store.read { db in try AuditTrail.verify(in: db) }
        guard case .intact(let count, let head) = verdict else {
            Issue.record("expected intact, got \(verdict)")
            return
        }
        // The five, after a new store's `seal-init` and first seal, and the seal closing their write.
        #expect(count == 2 + 5 + 1)
        #expect(head.count == 64)
    }

    @Test func triggersRefuseUpdateAndDelete() throws {
        let store = try storeWithEvents(2)
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE events SET actor = 'mallory' WHERE id = 1") }
        }
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM events WHERE id = 2") }
        }
    }

    @Test func alteredRowIsNamed() throws {
        let store = try storeWithEvents(4)
        try store.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_update")
            try db.execute(sql: "UPDATE events SET actor = 'mallory' WHERE id = 3")
        }
        let verdict = try store.read { db in try AuditTrail.verify(in: db) }
        guard case .broken(let id, let reason) = verdict else {
            Issue.record("tampering not detected")
            return
        }
        #expect(id == 3)
        #expect(reason.contains("altered"))
    }

    @Test func removedRowIsNamed() throws {
        let store = try storeWithEvents(4)
        try store.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_delete")
            try db.execute(sql: "DELETE FROM events WHERE id = 2")
        }
        let verdict = try store.read { db in try AuditTrail.verify(in: db) }
        #expect(
            verdict
                == .broken(
                    eventID: 3,
                    reason:
                        "its previous-hash does not match the event before it (a row was removed, inserted or reordered)"
                ))
    }

    /// The chain is recomputed from SQLite's own bytes (`ChainRecomputation`): letters beyond
    /// ASCII are framed by their UTF-8 byte count, as `chainHash` frames a Swift string.
    @Test func nonASCIIFieldsRecomputeToTheSameHead() throws {
        let store = try makeTemporaryStore()
        try store.write { db in
            try AuditTrail.append(
                AuditEntry(
                    actor: "zoë", at: fixedNow, entity: "person", entityID: "V-ł", action: "add",
                    payload: ["note": "Łódź 🚨 東京"]), in: db)
        }
        let expected = try store.read { db in
            var previous = AuditTrail.genesisHash
            for row in try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY id") {
                previous = AuditTrail.chainHash(
                    previous: previous, id: row["id"], at: row["at"], actor: row["actor"], entity: row["entity"],
                    entityID: row["entity_id"], action: row["action"], payload: row["payload"])
            }
            return previous
        }
        let verdict = try store.read { db in try AuditTrail.verify(in: db) }
        #expect(verdict == .intact(events: 4, head: expected))
    }

    @Test func payloadIsCanonical() {
        #expect(AuditTrail.canonicalJSON(["b": "2", "a": "1/x"]) == #"{"a":"1/x","b":"2"}"#)
    }
}
