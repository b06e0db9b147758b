import FlagdeskCore
import Foundation
import GRDB

extension BenchFixtures {
    /// `count` cases over the first `count * perCase` items (`perCase` consecutive items each,
    /// so each case spans several providers); every 50th case holds a threat to life. The case
    /// rows' counts and deadlines are filled by the v13 triggers, as for real work. Returns the
    /// number of cases written.
    @discardableResult
    public static func addCases(count: Int, perCase: Int, now: Date, actor: String, in db: Database) throws -> Int {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO cases (reference, title, status, created_at, created_by, updated_at)
                VALUES (?, ?, 'open', ?, ?, ?)
                """)
        let at = ISO8601.format(now)
        let year = CivilDate(now, in: TimeZone(identifier: "UTC")!).year
        for number in 1...max(1, count) {
            let reference = Counters.reference(prefix: "C", year: year, number: number, digits: 5)
            try insert.execute(arguments: [reference, "Synthetic operation \(number)", at, actor, at])
        }
        try Counters.advance(prefix: "C", year: year, to: count, in: db)
        let first = try Int64.fetchOne(db, sql: "SELECT min(id) FROM cases") ?? 1
        try db.execute(
            sql: "UPDATE items SET case_id = ? + (id - 1) / ? WHERE id <= ?",
            arguments: [first, perCase, count * perCase])
        try db.execute(
            sql:
                "UPDATE items SET threat_to_life = 1 WHERE case_id IS NOT NULL AND (case_id - ?) % 50 = 0 AND id % ? = 0",
            arguments: [first, perCase])
        return count
    }
}
