import FlagdeskCore
import Foundation
import GRDB

/// What the last `seal` event recorded: per audited table, the sum of its row MACs and its
/// number of rows.
struct SealState: Equatable {
    var sums: [String: SealSum] = [:]
    var rows: [String: Int] = [:]

    init() {}

    init(payload: [String: String]) {
        for table in SealRegistry.tables {
            sums[table.name] = payload["\(table.name)_sum"].flatMap(SealSum.init(hex:)) ?? SealSum()
            rows[table.name] = payload["\(table.name)_rows"].flatMap(Int.init) ?? 0
        }
    }

    var payload: [String: String] {
        var payload: [String: String] = [:]
        for table in SealRegistry.tables {
            payload["\(table.name)_sum"] = (sums[table.name] ?? SealSum()).hex
            payload["\(table.name)_rows"] = String(rows[table.name] ?? 0)
        }
        return payload
    }
}

/// Seals what a write transaction changed, just before it commits: each touched row gets its
/// new MAC and the id of the seal event; each table's sum moves by the MACs that left and came;
/// one `seal` event records the sums and counts, with an HMAC over the previous event's hash
/// and that payload. The chain alone is an unkeyed hash anyone can recompute; these HMACs are
/// not, so a chain rewritten after an edit fails at its first seal.
enum SealWriter {
    static let entity = "seal"
    static let entityID = "desk"
    static let action = "seal"
    /// Who seals: the store itself, on behalf of the event(s) just before the seal.
    static let actor = "flagdesk"

    /// Seals the transaction's changes; does nothing when it changed no audited row and
    /// appended no event. Without the key such a write is refused (and rolled back). The seal
    /// takes the instant of the event it closes (`at` nil), so a desk's simulated clock is never
    /// moved by it.
    static func sealTransaction(_ db: Database, key box: SealKeyBox, at: Date? = nil) throws {
        let touched = try Row.fetchAll(db, sql: "SELECT tbl, rid, old_mac FROM temp.seal_touched ORDER BY tbl, rid")
        let deltas = try Row.fetchAll(db, sql: "SELECT tbl, sum, rows FROM temp.seal_delta")
        guard !touched.isEmpty || !deltas.isEmpty else { return }
        guard let key = box.current else { throw StoreError.sealKeyMissing(path: box.path) }
        guard var state = try lastState(in: db) ?? emptyStore(in: db) else {
            throw StoreError.refused(
                "this desk's rows are not sealed yet: a coordinator runs `flagdesk keys seal-init` once")
        }
        let sealID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0) + 1
        let macer = SealMACer(key)
        var encoder = SealRowEncoder()
        var statements: [Int: (select: RawStatement, update: RawStatement)] = [:]
        for row in touched {
            let index: Int = row[0]
            guard SealRegistry.tables.indices.contains(index) else { continue }
            let table = SealRegistry.tables[index]
            let rowid: Int64 = row[1]
            if let old: Data = row[2] {
                state.sums[table.name, default: SealSum()].subtract(old.withUnsafeBytes { SealSum(macBytes: $0) })
                state.rows[table.name, default: 0] -= 1
            }
            if statements[index] == nil { statements[index] = try prepare(table, in: db) }
            let (select, update) = statements[index]!
            defer { select.reset() }
            select.bind(1, rowid)
            guard try select.step() else { continue }  // deleted
            encoder.begin(table: table.name, rowid: rowid)
            for column in 0..<Int32(table.columns.count) { encoder.column(select.cStatement, column) }
            let stored = macer.stored(encoder)
            state.sums[table.name, default: SealSum()].add(stored.withUnsafeBytes { SealSum(macBytes: $0) })
            state.rows[table.name, default: 0] += 1
            defer { update.reset() }
            update.bind(1, blob: stored)
            update.bind(2, sealID)
            update.bind(3, rowid)
            _ = try update.step()
        }
        for delta in deltas {
            let index: Int = delta[0]
            guard SealRegistry.tables.indices.contains(index), let sum = SealSum(hex: delta[1]) else { continue }
            let name = SealRegistry.tables[index].name
            state.sums[name, default: SealSum()].add(sum)
            state.rows[name, default: 0] += delta[2] as Int
        }
        try appendSeal(state, key: key, at: at, in: db)
    }

    /// The rows' MACs for a store sealed for the first time (a new desk, or one made before the
    /// seal: `flagdesk keys seal-init`): every audited row, one pass per table, recorded by an
    /// `action` event then the first seal.
    static func sealAll(key: SealKey, actor: String, action: String, at: Date, in db: Database) throws {
        let sealID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0) + 2
        let macer = SealMACer(key)
        var encoder = SealRowEncoder()
        var state = SealState()
        for table in SealRegistry.tables {
            let select = try RawStatement(
                "SELECT rowid, \(table.columns.joined(separator: ", ")) FROM main.\(table.name)", in: db)
            let update = try RawStatement(
                "UPDATE main.\(table.name) SET \(SealRegistry.macColumn) = ?, \(SealRegistry.sealedByColumn) = ? WHERE rowid = ?",
                in: db)
            var sum = SealSum()
            var rows = 0
            var sealed: [(Int64, Data)] = []
            while try select.step() {
                let rowid = select.int64(column: 0)
                encoder.begin(table: table.name, rowid: rowid)
                for column in 1...Int32(table.columns.count) { encoder.column(select.cStatement, column) }
                let stored = macer.stored(encoder)
                sum.add(stored.withUnsafeBytes { SealSum(macBytes: $0) })
                rows += 1
                sealed.append((rowid, stored))
            }
            for (rowid, stored) in sealed {
                defer { update.reset() }
                update.bind(1, blob: stored)
                update.bind(2, sealID)
                update.bind(3, rowid)
                _ = try update.step()
            }
            state.sums[table.name] = sum
            state.rows[table.name] = rows
        }
        try AuditTrail.append(
            AuditEntry(
                actor: actor, at: at, entity: entity, entityID: entityID, action: action,
                payload: ["desk": key.deskID]), in: db)
        try appendSeal(state, key: key, at: at, in: db)
    }

    private static func appendSeal(_ state: SealState, key: SealKey, at: Date?, in db: Database) throws {
        let head = try Row.fetchOne(db, sql: "SELECT id, hash, at FROM events ORDER BY id DESC LIMIT 1")
        let previous: String = head?["hash"] ?? AuditTrail.genesisHash
        let at = at ?? (head?["at"] as String?).flatMap(ISO8601.parseInstant) ?? Date()
        let id: Int64 = (head?["id"] ?? 0) + 1
        var payload = state.payload
        payload["mac"] = mac(payload: payload, id: id, previous: previous, key: key)
        try AuditTrail.append(
            AuditEntry(actor: actor, at: at, entity: entity, entityID: entityID, action: action, payload: payload),
            in: db)
        try db.execute(sql: "DELETE FROM temp.seal_touched; DELETE FROM temp.seal_delta")
    }

    /// A seal event's HMAC: over the desk, its id, the previous event's hash and its payload
    /// (without the `mac` key), in `AuditTrail`'s canonical JSON.
    static func mac(payload: [String: String], id: Int64, previous: String, key: SealKey) -> String {
        var payload = payload
        payload["mac"] = nil
        return SealMACer(key).hex([
            "flagdesk-seal/1", key.deskID, String(id), previous, AuditChainWriter.canonicalJSON(payload),
        ])
    }

    /// The state the last seal recorded; nil when the desk was never sealed.
    static func lastState(in db: Database) throws -> SealState? {
        guard
            let payload = try String.fetchOne(
                db,
                sql:
                    "SELECT payload FROM events WHERE entity = ? AND entity_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
                arguments: [entity, entityID, action])
        else { return nil }
        return SealState(payload: decode(payload))
    }

    /// A desk never sealed may start from zero only when it holds no audited row.
    private static func emptyStore(in db: Database) throws -> SealState? {
        for table in SealRegistry.tables {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM main.\(table.name))") == true { return nil }
        }
        return SealState()
    }

    static func decode(_ payload: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(payload.utf8))) ?? [:]
    }

    private static func prepare(_ table: SealedTable, in db: Database) throws -> (RawStatement, RawStatement) {
        (
            try RawStatement(
                "SELECT \(table.columns.joined(separator: ", ")) FROM main.\(table.name) WHERE rowid = ?", in: db),
            try RawStatement(
                "UPDATE main.\(table.name) SET \(SealRegistry.macColumn) = ?, \(SealRegistry.sealedByColumn) = ? WHERE rowid = ?",
                in: db)
        )
    }

    /// Adds rows a bulk writer sealed itself (MAC computed as it inserted) to this transaction's
    /// seal: their sum and count, recorded at commit with the rest.
    static func addDelta(table index: Int, sum: SealSum, rows: Int, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO temp.seal_delta (tbl, sum, rows) VALUES (?, ?, ?)", arguments: [index, sum.hex, rows])
    }
}
