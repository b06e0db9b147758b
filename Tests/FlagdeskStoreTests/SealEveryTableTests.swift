import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskStore

/// `verify`'s fast pass (one C-API scan per table, MACs compared in place, sums held inline)
/// still finds, in every sealed table, a row edited, a row inserted and a row deleted with the
/// `sqlite3` shell, and locates the edit by entity, field and seal event (issue 14 point 4; DSA
/// Art. 22(6)-(7): a Digital Services Coordinator may audit what the trail proves).
@Suite("Seal: every sealed table, edited, inserted, deleted")
struct SealEveryTableTests {
    /// One row per sealed table, written through the store (so sealed at commit), the column an
    /// edit changes, and what an inserted copy must change to pass the table's unique keys.
    private struct Fixture {
        let insert: String
        let edited: String
        var copyChanges: [String: String] = [:]
    }

    private static let at = "'2026-05-04T09:00:00Z'"
    private static let fixtures: [String: Fixture] = [
        "items": Fixture(insert: "", edited: "url", copyChanges: ["reference": "reference || '-copy'"]),
        "evidence": Fixture(
            insert: """
                INSERT INTO evidence (item_id, sha256, size, media_type, original_name, captured_at, captured_by)
                VALUES (1, '\(String(repeating: "a", count: 64))', 1, 'text/plain', 'a.txt', \(at), 'alice')
                """, edited: "original_name"),
        "people": Fixture(
            insert: "INSERT INTO people (pseudonym, created_at, updated_at) VALUES ('V-0001', \(at), \(at))",
            edited: "pseudonym", copyChanges: ["pseudonym": "pseudonym || '-copy'"]),
        "documents": Fixture(
            insert: """
                INSERT INTO documents (reference, kind, language, status, recipient_kind, drafted_at, drafted_by,
                    updated_at) VALUES ('N-2026-00001', 'dsa-notice', 'en', 'draft', 'provider', \(at), 'alice', \(at))
                """, edited: "drafted_by", copyChanges: ["reference": "reference || '-copy'"]),
        "deadlines": Fixture(
            insert: """
                INSERT INTO deadlines (document_id, rule, due_at, is_policy, inputs, explanation, status, computed_at)
                VALUES (1, 'dsa.notice.expected-decision.trusted', \(at), 1, '{}', 'e', 'open', \(at))
                """, edited: "due_at"),
        "cases": Fixture(
            insert: """
                INSERT INTO cases (reference, title, status, created_at, created_by)
                VALUES ('C-2026-00001', 'Ring', 'open', \(at), 'alice')
                """, edited: "title", copyChanges: ["reference": "reference || '-copy'"]),
        "team_members": Fixture(
            insert:
                "INSERT INTO team_members (login, role, added_by, added_at) VALUES ('bob', 'flagger', 'alice', \(at))",
            edited: "added_by", copyChanges: ["login": "login || '-copy'"]),
        "desk_settings": Fixture(
            insert: """
                INSERT INTO desk_settings (id, setup, four_eyes, simulated_clock, created_by, created_at)
                VALUES (1, 'team', 1, 0, 'alice', \(at))
                """, edited: "created_by"),
        "send_attempts": Fixture(
            insert: """
                INSERT INTO send_attempts (document_id, started_at, started_by, via, sha256, format)
                VALUES (1, \(at), 'alice', 'email', 'x', 'txt')
                """, edited: "started_by"),
        "mail_messages": Fixture(
            insert: """
                INSERT INTO mail_messages (reference, sha256, size, from_text, subject, match, imported_at, imported_by)
                VALUES ('M-2026-00001', '\(String(repeating: "b", count: 64))', 1, 'x@example.org', 'Re', 'unmatched',
                    \(at), 'alice')
                """, edited: "subject",
            copyChanges: [
                "reference": "reference || '-copy'", "sha256": "'\(String(repeating: "c", count: 64))'",
            ]),
        "evidence_waivers": Fixture(
            insert: """
                INSERT INTO evidence_waivers (item_id, step, reason, waived_by, waived_at)
                VALUES (1, 'referral', 'urgent', 'alice', \(at))
                """, edited: "reason", copyChanges: ["step": "'preservation'"]),
        "person_wishes": Fixture(
            insert: """
                INSERT INTO person_wishes (person_id, kind, value, recorded_by, recorded_at)
                VALUES (1, 'no-police', '', 'alice', \(at))
                """, edited: "kind", copyChanges: ["kind": "'no-erasure-request'"]),
        "wish_overrides": Fixture(
            insert: """
                INSERT INTO wish_overrides (item_id, person_id, kind, reason, decided_by, decided_at)
                VALUES (1, 1, 'no-police', 'her life is in danger', 'alice', \(at))
                """, edited: "reason", copyChanges: ["item_id": "item_id + 100"]),
        "person_assignments": Fixture(
            insert: """
                INSERT INTO person_assignments (person_id, assignee, assigned_by, assigned_at)
                VALUES (1, 'bob', 'alice', \(at))
                """, edited: "assignee", copyChanges: ["person_id": "person_id + 100"]),
        // v19: a document's sealed identity field (issue #15 point 5); the bytes are opaque here.
        "document_sealed_values": Fixture(
            insert: """
                INSERT INTO document_sealed_values (document_id, field, sealed)
                VALUES (1, 'victim-details', X'0110616263646566')
                """, edited: "field", copyChanges: ["field": "field || '-copy'"]),
        "desk_organisation": Fixture(
            insert: """
                INSERT INTO desk_organisation (id, profile, recorded_by, recorded_at)
                VALUES (1, '{"authorisedToHoldCSAM":false}', 'alice', \(at))
                """, edited: "profile", copyChanges: ["id": "2"]),
    ]

    /// A store holding one sealed row in every sealed table.
    private func storeWithEveryTable() throws -> Store {
        let store = try makeTemporaryStore()
        try store.write { db in
            _ = try ItemRecords.insert(sampleItem(), year: 2026, in: db)
            for table in SealRegistry.tables where table.name != "items" {
                try db.execute(sql: Self.fixtures[table.name]!.insert)
            }
        }
        return store
    }

    /// The `sqlite3` shell's view: no TEMP triggers, no key, constraints waived as an attacker may.
    private func outside(_ store: Store, _ sql: String) throws {
        let queue = try DatabaseQueue(path: store.databaseURL.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: sql)
        }
        try queue.close()
    }

    @Test func everySealedTableHasAFixture() {
        #expect(Set(Self.fixtures.keys) == Set(SealRegistry.tables.map(\.name)))
    }

    @Test func theUntouchedStoreVerifiesClean() throws {
        let report = try storeWithEveryTable().verifySeal()
        #expect(report.problems == [])
        #expect(report.rowsChecked == SealRegistry.tables.count)
    }

    @Test(arguments: SealRegistry.tables.map(\.name))
    func anEditIsLocatedByEntityFieldAndEvent(_ name: String) throws {
        let table = try #require(SealRegistry.tables.first { $0.name == name })
        let column = Self.fixtures[name]!.edited
        let store = try storeWithEveryTable()
        try outside(store, "UPDATE \(name) SET \(column) = \(column) || '-forged'")
        let problems = try store.verifySeal().problems
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.entity == table.entity)
        #expect(problem.reference != nil)
        #expect(problem.fields == [column])
        #expect(problem.sinceEvent != nil)
    }

    @Test(arguments: SealRegistry.tables.map(\.name))
    func anInsertedRowIsNamedUnsealed(_ name: String) throws {
        let table = try #require(SealRegistry.tables.first { $0.name == name })
        let changes = Self.fixtures[name]!.copyChanges
        let store = try storeWithEveryTable()
        // The row copied whole, under a new id and new unique keys, without a seal.
        let hasID = try store.read { db in try db.columns(in: name).contains { $0.name == "id" } }
        let sets = (hasID ? ["id = id + 1000"] : []) + changes.map { "\($0.key) = \($0.value)" }
        try outside(
            store,
            """
            CREATE TEMP TABLE copy AS SELECT * FROM main.\(name);
            UPDATE copy SET \((sets + ["seal_mac = NULL", "sealed_by = NULL"]).joined(separator: ", "));
            INSERT INTO main.\(name) SELECT * FROM copy;
            """)
        let problems = try store.verifySeal().problems
        #expect(problems.contains { $0.entity == table.entity && $0.message.contains("is not sealed") }, "\(problems)")
        #expect(problems.contains { $0.message.contains("\(name): the last seal recorded 1 rows, the store holds 2") })
    }

    @Test(arguments: SealRegistry.tables.map(\.name))
    func aDeletedRowShowsInTheCount(_ name: String) throws {
        let store = try storeWithEveryTable()
        try outside(store, "DELETE FROM \(name)")
        let messages = try store.verifySeal().problems.map(\.message)
        #expect(
            messages == ["\(name): the last seal recorded 1 rows, the store holds 0 (1 deleted outside Flagdesk)"])
    }
}
