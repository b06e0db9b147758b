import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// The seal (issue 14 point 4): every audited row bound to the trail by a MAC under a key the
/// store does not hold. "Outside Flagdesk" is a plain SQLite connection, as the `sqlite3` shell
/// is: no TEMP triggers, no key.
@Suite("Seal of the audited rows")
struct SealTests {
    private func storeWithItems(_ count: Int = 2) throws -> Store {
        let store = try makeTemporaryStore()
        try store.write { db in
            for index in 1...count {
                _ = try ItemRecords.insert(sampleItem(url: "https://a.example/\(index)"), year: 2026, in: db)
            }
        }
        return store
    }

    /// Runs SQL on the store's database as the `sqlite3` shell would.
    private func outside(_ store: Store, _ sql: String, _ arguments: StatementArguments = []) throws {
        let queue = try DatabaseQueue(path: store.databaseURL.path)
        try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
        try queue.close()
    }

    @Test func writesThroughTheStoreVerifyClean() throws {
        let store = try storeWithItems()
        let report = try store.verifySeal()
        #expect(report.checked)
        #expect(report.problems.isEmpty)
        #expect(report.rowsChecked == 2)
        #expect(report.sealEvents == 2)
    }

    @Test func anEditOutsideIsLocatedByEntityFieldAndEvent() throws {
        let store = try storeWithItems()
        try outside(store, "UPDATE items SET url = 'https://elsewhere.example/' WHERE id = 1")
        let problems = try store.verifySeal().problems
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.entity == "item")
        #expect(problem.reference == "FD-2026-000001")
        #expect(problem.fields == ["url"])
        #expect(problem.sinceEvent != nil)
    }

    @Test func aDeletedRowShowsInTheCount() throws {
        let store = try storeWithItems()
        try outside(store, "DELETE FROM items WHERE id = 2")
        let messages = try store.verifySeal().problems.map(\.message)
        #expect(messages.contains { $0.contains("recorded 2 rows, the store holds 1") })
    }

    @Test func anInsertedRowIsNotSealed() throws {
        let store = try storeWithItems()
        try outside(
            store,
            """
            INSERT INTO items (reference, url, url_normalized, host, source, status, priority, created_at, created_by,
                updated_at) VALUES ('FD-2026-999999', 'u', 'u', 'h', 'other', 'new', 2, 'x', 'x', 'x')
            """)
        let problems = try store.verifySeal().problems
        #expect(problems.contains { $0.reference == "FD-2026-999999" && $0.message.contains("not sealed") })
    }

    /// The team and the desk's set-up (v9-team) are sealed like the rest: a role raised or
    /// four-eyes switched off with the `sqlite3` shell is located.
    @Test func aRoleOrTheSetUpChangedOutsideIsLocated() throws {
        let store = try makeTemporaryStore()
        let at = ISO8601.parseInstant("2026-05-04T09:00:00Z")!
        try store.write { db in
            try TeamRecords.insertSettings(
                DeskSettings(setup: .team, fourEyes: true, simulatedClock: false, createdBy: "desk", createdAt: at),
                in: db)
            try TeamRecords.put(TeamMember(login: "bob", role: .flagger, addedBy: "alice", addedAt: at), in: db)
        }
        #expect(try store.verifySeal().problems.isEmpty)
        try outside(store, "UPDATE team_members SET role = 'coordinator' WHERE login = 'bob'")
        try outside(store, "UPDATE desk_settings SET four_eyes = 0")
        let problems = try store.verifySeal().problems
        #expect(problems.contains { $0.entity == "team member" && $0.reference == "bob" && $0.fields == ["role"] })
        #expect(problems.contains { $0.entity == "desk settings" && $0.fields == ["four_eyes"] })
    }

    /// Every registered table has its seal columns after the migrations, whichever came first
    /// (v15-seal-more gives them to tables made by migrations beside v10).
    @Test func everyRegisteredTableCarriesItsSealColumns() throws {
        let store = try makeTemporaryStore()
        try store.read { db in
            for table in SealRegistry.tables {
                let columns = try db.columns(in: table.name).map(\.name)
                #expect(columns.contains(SealRegistry.macColumn), "\(table.name)")
                #expect(columns.contains(SealRegistry.sealedByColumn), "\(table.name)")
                for column in table.columns { #expect(columns.contains(column), "\(table.name).\(column)") }
            }
        }
    }

    @Test func anOldRowPutBackWithItsOldSealFailsTheSum() throws {
        let store = try storeWithItems()
        let old = try store.read { db in try Row.fetchOne(db, sql: "SELECT lea_hold, seal_mac FROM items WHERE id = 1")!
        }
        try store.write { db in try db.execute(sql: "UPDATE items SET lea_hold = 1 WHERE id = 1") }
        #expect(try store.verifySeal().problems.isEmpty)
        try outside(
            store, "UPDATE items SET lea_hold = ?, seal_mac = ? WHERE id = 1",
            [old["lea_hold"] as Int64, old["seal_mac"] as Data])
        let problems = try store.verifySeal().problems
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("do not add up") == true)
    }

    @Test func aChainRecomputedAfterAnEditFailsAtTheSeal() throws {
        let store = try storeWithItems()
        // Rewrite the first event's actor and recompute every hash after it, as a script would.
        let queue = try DatabaseQueue(path: store.databaseURL.path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER events_append_only_update")
            var previous = AuditTrail.genesisHash
            for row in try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY id") {
                let id: Int64 = row["id"]
                let actor: String = id == 1 ? "mallory" : row["actor"]
                let hash = AuditTrail.chainHash(
                    previous: previous, id: id, at: row["at"], actor: actor, entity: row["entity"],
                    entityID: row["entity_id"], action: row["action"], payload: row["payload"])
                try db.execute(
                    sql: "UPDATE events SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?",
                    arguments: [actor, previous, hash, id])
                previous = hash
            }
        }
        try queue.close()
        if case .broken = try store.read({ db in try AuditTrail.verify(in: db) }) {
            Issue.record("the recomputed chain should pass the unkeyed check: only the seal can tell")
        }
        let problems = try store.verifySeal().problems
        #expect(problems.contains { $0.entity == "seal" && $0.message.contains("does not match the seal key") })
    }

    @Test func eventsAppendedAfterTheLastSealAreNamed() throws {
        let store = try storeWithItems()
        let queue = try DatabaseQueue(path: store.databaseURL.path)
        try queue.write { db in
            try AuditTrail.append(
                AuditEntry(actor: "x", at: fixedNow, entity: "item", entityID: "FD", action: "add"), in: db)
        }
        try queue.close()
        #expect(try store.verifySeal().problems.contains { $0.entity == "trail" })
    }

    @Test func aWriteWithoutTheKeyIsRefusedWithTheFix() throws {
        let sealed = try storeWithItems()
        let store = try Store(folder: sealed.folder, create: false)
        #expect(!store.hasSealKey)
        #expect(throws: StoreError.sealKeyMissing(path: nil)) {
            try store.write { db in _ = try ItemRecords.insert(sampleItem(), year: 2026, in: db) }
        }
        #expect(try store.verifySeal().checked == false)
    }

    @Test func anHonestWriteNeverResealsARowEditedOutside() throws {
        let store = try storeWithItems()
        try outside(store, "UPDATE items SET url = 'https://elsewhere.example/' WHERE id = 1")
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE items SET lea_hold = 1 WHERE id = 1") }
        }
        // The untouched row still takes writes.
        try store.write { db in try db.execute(sql: "UPDATE items SET lea_hold = 1 WHERE id = 2") }
        #expect(try store.verifySeal().problems.map(\.reference) == ["FD-2026-000001"])
    }

    @Test func anEmptyDatabaseFileIsNeverAFreshDesk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        FileManager.default.createFile(
            atPath: folder.appendingPathComponent(Store.databaseFileName).path, contents: Data(),
            attributes: [.posixPermissions: 0o600])
        for create in [false, true] {
            #expect {
                _ = try Store(folder: folder, create: create)
            } throws: { error in
                guard case StoreError.notAStore(_, let reason) = error else { return false }
                return reason.contains("empty")
            }
        }
    }

    @Test func aKeyOfAnotherDeskIsRefused() throws {
        let one = try makeTemporaryStore()
        let other = try makeTemporaryStore()
        #expect(one.deskID != other.deskID)
        #expect(throws: StoreError.self) {
            _ = try Store(folder: one.folder, create: false, sealKeyFile: sealKeyFile(for: other.folder))
        }
    }

    @Test func aKeyInsideTheStoreIsRefusedEvenThroughALink() throws {
        let store = try makeTemporaryStore()
        let inside = store.folder.appendingPathComponent("seal.key")
        try FileManager.default.copyItem(at: sealKeyFile(for: store.folder), to: inside)
        let link = store.folder.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString).key")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: inside)
        #expect(throws: StoreError.self) { _ = try Store(folder: store.folder, create: false, sealKeyFile: link) }
    }

    @Test func theImporterSealsItsRowsItselfOrAtCommit() throws {
        for sealing in [true, false] {
            let store = try makeTemporaryStore()
            try store.writeThenDecide { db in
                let batch = try ItemBatchWriter(year: 2026, sealingFor: sealing ? store : nil, in: db)
                for index in 1...50 { try batch.insert(sampleItem(url: "https://b.example/\(index)")) }
                try batch.finish()
                return ((), true)
            }
            let report = try store.verifySeal()
            #expect(report.problems.isEmpty, "sealing by the batch: \(sealing)")
            #expect(report.rowsChecked == 50)
        }
    }

    @Test func theSumIsModulo2To256() {
        var sum = SealSum(mac: Array(repeating: 0xFF, count: 32)[...])
        sum.add(SealSum(mac: (Array(repeating: 0, count: 31) + [1])[...]))
        #expect(sum == SealSum())
        sum.subtract(SealSum(mac: (Array(repeating: 0, count: 31) + [1])[...]))
        #expect(sum.hex == String(repeating: "f", count: 64))
        #expect(SealSum(hex: sum.hex) == sum)
    }
}
