import Foundation
import GRDB
import GRDBSQLite

/// One finding of the seal check, located as far as it can be: which record, which field,
/// and since which seal event the row was last sealed as it should be.
public struct SealProblem: Sendable, Equatable, Codable {
    /// "item", "evidence", "person", "document", "deadline", "case", "seal", "trail".
    public var entity: String
    /// The record's reference (or a description of the row), when there is one.
    public var reference: String?
    /// The field(s) whose value no longer matches, when they can be told.
    public var fields: [String]
    /// The seal event that last sealed the row: it was changed after it.
    public var sinceEvent: Int64?
    public var message: String
}

/// What `verify` found about the seal.
public struct SealReport: Sendable, Equatable {
    /// False when no key was at hand: the rows and seal events could not be checked.
    public var checked: Bool
    public var rowsChecked = 0
    public var sealEvents = 0
    public var problems: [SealProblem] = []

    public init(checked: Bool) {
        self.checked = checked
    }
}

/// Checks every audited row against its MAC, each table's rows against the sum and count the
/// last seal recorded (a deleted row, an inserted one or an old one put back all change them),
/// and every seal event's HMAC (a chain recomputed after an edit fails at its first seal after
/// the edit; the key is not in the store). One pass per table, through SQLite's C API.
public enum SealVerifier {
    /// At most this many rows are located per table; the rest are counted.
    static let locatedLimit = 20

    public static func check(key: SealKey?, in db: Database) throws -> SealReport {
        guard let key else { return SealReport(checked: false) }
        var report = SealReport(checked: true)
        let sealed = try checkSealEvents(key: key, in: db, &report)
        let macer = SealMACer(key)
        for table in SealRegistry.tables {
            try checkRows(of: table, macer: macer, against: sealed, in: db, &report)
        }
        return report
    }

    private static func checkRows(
        of table: SealedTable, macer: SealMACer, against state: SealState?, in db: Database,
        _ report: inout SealReport
    ) throws {
        let statement = try RawStatement(
            "SELECT rowid, \(SealRegistry.macColumn), \(SealRegistry.sealedByColumn), "
                + "\(table.columns.joined(separator: ", ")) FROM main.\(table.name)", in: db)
        let handle = statement.cStatement
        var encoder = SealRowEncoder()
        var sum = SealSum()
        var rows = 0
        var bad: [(rowid: Int64, fields: [String], since: Int64?, unsealed: Bool)] = []
        var badCount = 0
        let columns = Int32(table.columns.count)
        while try statement.step() {
            rows += 1
            let rowid = sqlite3_column_int64(handle, 0)
            let storedCount = Int(sqlite3_column_bytes(handle, 1))
            let since: Int64? = sqlite3_column_type(handle, 2) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 2)
            guard storedCount >= 32, let storedPointer = sqlite3_column_blob(handle, 1) else {
                badCount += 1
                if bad.count < locatedLimit { bad.append((rowid, [], since, true)) }
                continue
            }
            let stored = UnsafeRawBufferPointer(start: storedPointer, count: storedCount)
            sum.add(SealSum(macBytes: stored))
            encoder.begin(table: table.name, rowid: rowid)
            for column in 0..<columns { encoder.column(handle, column + 3) }
            if !macer.matches(encoder, stored: stored) {
                badCount += 1
                guard bad.count < locatedLimit else { continue }
                let tags = encoder.fieldTags()
                let storedTags = Array(stored.dropFirst(32))
                let fields = table.columns.indices.filter { index in
                    index >= storedTags.count || storedTags[index] != tags[index]
                }.map { table.columns[$0] }
                bad.append((rowid, fields, since, false))
            }
        }
        report.rowsChecked += rows
        for row in bad {
            let reference = try label(of: table, rowid: row.rowid, in: db)
            let message: String
            if row.unsealed {
                message = "\(table.entity) \(reference) is not sealed: it was inserted outside Flagdesk"
            } else {
                let what = row.fields.isEmpty ? "its values" : row.fields.joined(separator: ", ")
                let since = row.since.map { " since seal event #\($0)" } ?? ""
                message = "\(table.entity) \(reference): \(what) changed outside Flagdesk\(since)"
            }
            report.problems.append(
                SealProblem(
                    entity: table.entity, reference: reference, fields: row.fields, sinceEvent: row.since,
                    message: message))
        }
        if badCount > bad.count {
            report.problems.append(
                SealProblem(
                    entity: table.entity, reference: nil, fields: [], sinceEvent: nil,
                    message: "and \(badCount - bad.count) more \(table.name) rows that do not match their seal"))
        }
        guard let state else { return }
        let sealedRows = state.rows[table.name] ?? 0
        if sealedRows != rows {
            let change = rows < sealedRows ? "deleted" : "inserted"
            report.problems.append(
                SealProblem(
                    entity: table.entity, reference: nil, fields: [], sinceEvent: nil,
                    message:
                        "\(table.name): the last seal recorded \(sealedRows) rows, the store holds \(rows) "
                        + "(\(abs(rows - sealedRows)) \(change) outside Flagdesk)"))
        } else if sum != state.sums[table.name] ?? SealSum() {
            report.problems.append(
                SealProblem(
                    entity: table.entity, reference: nil, fields: [], sinceEvent: nil,
                    message:
                        "\(table.name): the rows' seals do not add up to what the last seal recorded (a row was "
                        + "replaced by another, or put back as it was before a later change)"))
        }
    }

    /// Checks every seal event's HMAC and that the trail ends with a seal; returns the state
    /// the last one recorded (nil: never sealed).
    private static func checkSealEvents(key: SealKey, in db: Database, _ report: inout SealReport) throws
        -> SealState?
    {
        var last: (id: Int64, payload: [String: String])?
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT id, prev_hash, payload FROM events WHERE entity = ? AND entity_id = ? AND action = ? ORDER BY id",
            arguments: [SealWriter.entity, SealWriter.entityID, SealWriter.action])
        var forged = 0
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let payload = SealWriter.decode(row[2])
            report.sealEvents += 1
            if payload["mac"] != SealWriter.mac(payload: payload, id: id, previous: row[1], key: key) {
                forged += 1
                if forged <= locatedLimit {
                    report.problems.append(
                        SealProblem(
                            entity: "seal", reference: "event #\(id)", fields: [], sinceEvent: id,
                            message:
                                "seal event #\(id) does not match the seal key: the trail before it was rewritten "
                                + "(or the store belongs to another key)"))
                }
            }
            last = (id, payload)
        }
        guard let last else {
            report.problems.append(
                SealProblem(
                    entity: "seal", reference: nil, fields: [], sinceEvent: nil,
                    message: "the desk was never sealed: a coordinator runs `flagdesk keys seal-init` once"))
            return nil
        }
        let head = try Int64.fetchOne(db, sql: "SELECT max(id) FROM events") ?? 0
        if head > last.id {
            report.problems.append(
                SealProblem(
                    entity: "trail", reference: "events #\(last.id + 1)-#\(head)", fields: [], sinceEvent: last.id,
                    message:
                        "events #\(last.id + 1) to #\(head) come after the last seal (#\(last.id)): they were "
                        + "appended outside Flagdesk"))
        }
        return SealState(payload: last.payload)
    }

    private static func label(of table: SealedTable, rowid: Int64, in db: Database) throws -> String {
        try String.fetchOne(
            db, sql: "SELECT \(table.label) FROM main.\(table.name) WHERE rowid = ?", arguments: [rowid])
            ?? "row \(rowid)"
    }
}
