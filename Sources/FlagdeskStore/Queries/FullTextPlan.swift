import GRDB

/// How a search joins the full-text index to the queue. A word found in a few hundred items is
/// best looked up there and the matches sorted; a word found in tens of thousands ("passport",
/// "escort") made SQLite fetch and sort every match to show the first page (170 ms at a million
/// items). For those, the query walks the queue's own order instead and tests each row against
/// the matches, stopping after a page. SQLite cannot know which case it is, so a probe counts
/// matches up to `broadFrom`, first for the exact words (lazy and cheap however common they
/// are), then with the prefixes the search uses.
public enum FullTextPlan {
    /// From this many matches on, walking the queue order is cheaper than sorting the matches
    /// (measured at a million items: 2,000 matches sort in 4 ms and walk in 8; 5,000 in 10 and 3).
    public static let broadFrom = 4_000

    /// A search as a WHERE clause on `items.id` and the FTS5 query it binds.
    struct Condition {
        var sql: String
        var match: String
    }

    /// The condition for the search `text`; nil when the text holds no word. `counting`: for a
    /// count, which never sorts, the selective form always wins.
    static func condition(for text: String, counting: Bool = false, in db: Database) throws -> Condition? {
        guard let match = FullTextQuery.match(for: text) else { return nil }
        if counting { return Condition(sql: selective, match: match) }
        let exact = FullTextQuery.match(for: text, prefixes: false) ?? match
        let broad = try matches(exact, atLeast: broadFrom, in: db) || matches(match, atLeast: broadFrom, in: db)
        return Condition(sql: broad ? walking : selective, match: match)
    }

    /// Drives the query from the full-text index: SQLite looks each match up by id.
    static let selective = "id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"
    /// The unary `+` keeps SQLite from driving the query from the matches, so it walks an index
    /// in the requested order (`items_order`, `items_queue`...) and tests each row.
    static let walking = "+id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)"

    private static func matches(_ match: String, atLeast count: Int, in db: Database) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: "SELECT count(*) FROM (SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT ?)")
        return try Int.fetchOne(statement, arguments: [match, count]) ?? 0 >= count
    }
}
