import GRDB

/// The statements `body` runs against the items table, each with its query plan (EXPLAIN QUERY
/// PLAN of the statement as it ran, values bound): tests of which index a real statement
/// searches, not of a copy of its SQL.
func queryPlans(in db: Database, touching table: String, _ body: () throws -> Void) throws -> [(
    sql: String, plan: [String]
)] {
    var statements: [String] = []
    db.trace(options: .statement) { statements.append($0.expandedDescription) }
    defer { db.trace(options: .statement, nil) }
    try body()
    db.trace(options: .statement, nil)
    return try statements.filter { $0.contains(table) && !$0.hasPrefix("EXPLAIN") }.map { sql in
        (sql, try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String })
    }
}
