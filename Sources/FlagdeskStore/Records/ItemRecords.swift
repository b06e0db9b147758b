import FlagdeskCore
import Foundation
import GRDB

/// Filters for the queue and `flagdesk list`. Every filter is optional; results come in queue
/// order (priority, then oldest first) and are windowed: the queue never loads a whole table.
public struct ItemFilter: Sendable, Equatable {
    public var statuses: [ItemStatus] = []
    public var category: DSACategory?
    public var providerKey: String?
    /// Full-text search over reference, URL, host, explanation and legal basis.
    public var text: String?

    public init(
        statuses: [ItemStatus] = [], category: DSACategory? = nil, providerKey: String? = nil, text: String? = nil
    ) {
        self.statuses = statuses
        self.category = category
        self.providerKey = providerKey
        self.text = text
    }
}

/// Reading and writing items. All functions run inside a caller's transaction.
public enum ItemRecords {
    static let columns = """
        id, reference, url, url_normalized, host, provider_key, category, keywords, content_types, legal_basis,
        explanation, minor, threat_to_life, lea_hold, source, status, priority, duplicate_of, case_id, person_id,
        assignee, created_at, created_by, updated_at, version, purged_at
        """
    /// How many columns `columns` lists (a query may select more after them).
    static let columnCount = 26
    /// Where `created_at` is in `columns` (the queue keeps its stored text as a cursor).
    static let createdAtColumn = 21

    /// Inserts a new item, giving it the next `FD-YYYY-NNNNNN` reference of `year`.
    public static func insert(_ item: Item, year: Int, in db: Database) throws -> Item {
        let reference = try Counters.nextReference(prefix: "FD", year: year, digits: 6, in: db)
        return try insert(item, reference: reference, in: db)
    }

    /// Inserts a new item under a reference the caller reserved (the importer numbers a whole
    /// batch from one counter read). The statement is prepared once per connection and reused.
    /// `createdAtText`: the creation time already formatted (a batch shares one instant).
    public static func insert(
        _ item: Item, reference: String, createdAtText: String? = nil, in db: Database
    ) throws -> Item {
        var stored = item
        stored.reference = reference
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO items (reference, url, url_normalized, host, provider_key, category, keywords,
                    content_types, legal_basis, explanation, minor, threat_to_life, lea_hold, source, status,
                    priority, duplicate_of, case_id, person_id, assignee, created_at, created_by, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let createdAt = createdAtText ?? ISO8601.format(stored.createdAt)
        try statement.execute(arguments: [
            stored.reference, stored.url, stored.normalizedURL, stored.host, stored.providerKey,
            stored.category?.rawValue, JSONList.encode(stored.keywords.map(\.rawValue)),
            JSONList.encode(stored.contentTypes.map(\.rawValue)), stored.legalBasis, stored.explanation,
            stored.minor.rawValue, stored.threatToLife, stored.leaHold, stored.source.rawValue,
            stored.status.rawValue, stored.priority.rawValue, stored.duplicateOf, stored.caseID,
            stored.personID, stored.assignee, createdAt, stored.createdBy,
            stored.updatedAt == stored.createdAt ? createdAt : ISO8601.format(stored.updatedAt), stored.version,
        ])
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func find(reference: String, in db: Database) throws -> Item? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM items WHERE reference = ?", arguments: [reference])
            .map(item(from:))
    }

    public static func find(id: Int64, in db: Database) throws -> Item? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM items WHERE id = ?", arguments: [id]).map(item(from:))
    }

    /// The id and reference of the first item recorded for a normalised URL, without reading
    /// the whole row (the importer asks this for every row).
    public static func firstIDWithURL(_ normalizedURL: String, in db: Database) throws -> (
        id: Int64, reference: String
    )? {
        let statement = try db.cachedStatement(
            sql: "SELECT id, reference FROM items WHERE url_normalized = ? ORDER BY id LIMIT 1")
        guard let row = try Row.fetchOne(statement, arguments: [normalizedURL]) else { return nil }
        return (row[0], row[1])
    }

    /// The first item recorded for a normalised URL (the one duplicates link to).
    public static func firstWithURL(_ normalizedURL: String, in db: Database) throws -> Item? {
        try Row.fetchOne(
            db, sql: "SELECT \(columns) FROM items WHERE url_normalized = ? ORDER BY id LIMIT 1",
            arguments: [normalizedURL]
        ).map(item(from:))
    }

    /// One window of the queue.
    public static func list(_ filter: ItemFilter, limit: Int, offset: Int = 0, in db: Database) throws -> [Item] {
        let (whereClause, arguments) = try condition(for: filter, in: db)
        var all = arguments
        all += [limit, offset]
        // Cached: the text depends only on which filters are set, and parsing it again cost more
        // than reading a page of the queue.
        // A cursor decodes each row where SQLite holds it; fetchAll would copy every value first.
        let rows = try Row.fetchCursor(
            try db.cachedStatement(
                sql: """
                    SELECT \(columns) FROM items \(whereClause)
                    ORDER BY priority, created_at, id LIMIT ? OFFSET ?
                    """),
            arguments: all)
        var items: [Item] = []
        // `limit` may be Int.max ("all"): reserve a page, not the limit.
        items.reserveCapacity(min(limit, 1024))
        while let row = try rows.next() { items.append(item(from: row)) }
        return items
    }

    public static func count(_ filter: ItemFilter, in db: Database) throws -> Int {
        let (whereClause, arguments) = try condition(for: filter, counting: true, in: db)
        return try Int.fetchOne(
            try db.cachedStatement(sql: "SELECT COUNT(*) FROM items \(whereClause)"), arguments: arguments) ?? 0
    }

    /// Writes changed fields of an item if nobody changed it since `item.version` was read and
    /// the purge has not erased it (a purged item is read-only). Returns the item with its new
    /// version.
    public static func update(_ item: Item, at now: Date, in db: Database) throws -> Item {
        var updated = item
        updated.version = item.version + 1
        updated.updatedAt = now
        try db.execute(
            sql: """
                UPDATE items SET provider_key = ?, category = ?, keywords = ?, content_types = ?, legal_basis = ?,
                    explanation = ?, minor = ?, threat_to_life = ?, lea_hold = ?, source = ?, status = ?, priority = ?,
                    duplicate_of = ?, case_id = ?, person_id = ?, assignee = ?, updated_at = ?, version = ?
                WHERE id = ? AND version = ? AND purged_at IS NULL
                """,
            arguments: [
                updated.providerKey, updated.category?.rawValue, JSONList.encode(updated.keywords.map(\.rawValue)),
                JSONList.encode(updated.contentTypes.map(\.rawValue)), updated.legalBasis, updated.explanation,
                updated.minor.rawValue, updated.threatToLife, updated.leaHold, updated.source.rawValue,
                updated.status.rawValue, updated.priority.rawValue, updated.duplicateOf, updated.caseID,
                updated.personID, updated.assignee, ISO8601.format(now), updated.version, item.id, item.version,
            ])
        if db.changesCount == 0 {
            throw try VersionedUpdate.refusal(
                table: "items", id: item.id, record: "item \(item.reference)", expectedVersion: item.version, in: db)
        }
        return updated
    }

    private static func condition(
        for filter: ItemFilter, counting: Bool = false, in db: Database
    ) throws -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if !filter.statuses.isEmpty {
            clauses.append("status IN (\(Array(repeating: "?", count: filter.statuses.count).joined(separator: ",")))")
            for status in filter.statuses { arguments += [status.rawValue] }
        }
        if let category = filter.category {
            clauses.append("category = ?")
            arguments += [category.rawValue]
        }
        if let provider = filter.providerKey {
            clauses.append("provider_key = ?")
            arguments += [provider]
        }
        if let text = filter.text, let search = try FullTextPlan.condition(for: text, counting: counting, in: db) {
            clauses.append(search.sql)
            arguments += [search.match]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    /// Reads the columns by position, in the order of `columns` (every query here selects
    /// exactly those): looking a column up by name costs more than the rest of the decoding on
    /// a queue page.
    static func item(from row: Row) -> Item {
        Item(
            id: row[0], reference: row[1], url: row[2], normalizedURL: row[3], host: row[4], providerKey: row[5],
            category: (row[6] as String?).flatMap(DSACategory.init(rawValue:)),
            keywords: JSONList.decode(row[7]).compactMap(DSAKeyword.init(rawValue:)),
            contentTypes: JSONList.decode(row[8]).compactMap(DSAContentType.init(rawValue:)),
            legalBasis: row[9], explanation: row[10], minor: MinorInvolvement(rawValue: row[11]) ?? .unknown,
            threatToLife: row[12], leaHold: row[13], source: ItemSource(rawValue: row[14]) ?? .other,
            status: ItemStatus(rawValue: row[15]) ?? .new, priority: Priority(rawValue: row[16]) ?? .normal,
            duplicateOf: row[17], caseID: row[18], personID: row[19], assignee: row[20],
            createdAt: ISO8601.parseInstant(row[createdAtColumn]) ?? .distantPast, createdBy: row[22],
            updatedAt: ISO8601.parseInstant(row[23]) ?? .distantPast, version: row[24],
            purgedAt: (row[25] as String?).flatMap(ISO8601.parseInstant))
    }
}

/// Turns what a flagger types into a safe FTS5 query: every word becomes a quoted prefix term,
/// so punctuation in URLs or stray quotes can never be a syntax error.
enum FullTextQuery {
    /// `prefixes: false` gives the same words without the prefix star (`FullTextPlan`'s probe).
    static func match(for text: String, prefixes: Bool = true) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
            .map { $0.replacingOccurrences(of: "\"", with: "\"\"") }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"" + (prefixes ? "*" : "") }.joined(separator: " ")
    }
}

/// JSON arrays of strings in TEXT columns (keywords, content types).
enum JSONList {
    /// Vocabulary keys (`KEYWORD_HUMAN_TRAFFICKING`) need no escaping and are written directly;
    /// anything else goes through the encoder. Runs for every imported row.
    static func encode(_ values: [String]) -> String {
        if values.isEmpty { return "[]" }
        if values.allSatisfy({
            $0.utf8.allSatisfy { byte in byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C && byte != 0x2F }
        }) {
            return "[\"" + values.joined(separator: "\",\"") + "\"]"
        }
        guard let data = try? JSONEncoder().encode(values) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The arrays `encode` writes directly are read directly too; anything else (escapes,
    /// commas or quotes inside a value) goes through the decoder.
    static func decode(_ text: String?) -> [String] {
        guard let text else { return [] }
        if text == "[]" { return [] }
        if let values = decodePlain(text) { return values }
        guard let values = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return values
    }

    /// `["A","B"]` without a backslash, quote or comma inside a value, read byte by byte (every
    /// queue row holds two such arrays; a substring search cost more than the rest of the row).
    /// nil for anything else.
    static func decodePlain(_ text: String) -> [String]? {
        let values = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            let end = bytes.count - 2
            guard end >= 2, bytes[0] == UInt8(ascii: "["), bytes[1] == UInt8(ascii: "\""),
                bytes[end] == UInt8(ascii: "\""), bytes[end + 1] == UInt8(ascii: "]")
            else { return nil }
            var values: [String] = []
            var start = 2
            var index = 2
            while index < end {
                switch bytes[index] {
                case UInt8(ascii: "\\"), UInt8(ascii: ","): return nil
                case UInt8(ascii: "\""):
                    // Only `","` may follow a value's closing quote.
                    guard index + 2 < end, bytes[index + 1] == UInt8(ascii: ","), bytes[index + 2] == UInt8(ascii: "\"")
                    else { return nil }
                    values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += 3
                    start = index
                default:
                    index += 1
                }
            }
            values.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
            return values
        }
        return values ?? nil
    }
}

/// Per-year reference counters (`FD-2026-000123`, `N-2026-00042`).
public enum Counters {
    public static func nextReference(prefix: String, year: Int, digits: Int, in db: Database) throws -> String {
        let name = "\(prefix)-\(year)"
        try db.execute(
            sql: """
                INSERT INTO counters (name, value) VALUES (?, 1)
                ON CONFLICT(name) DO UPDATE SET value = value + 1
                """, arguments: [name])
        let value = try Int.fetchOne(db, sql: "SELECT value FROM counters WHERE name = ?", arguments: [name]) ?? 1
        return reference(prefix: prefix, year: year, number: value, digits: digits)
    }

    /// `FD-2026-000123`: the number zero-padded to `digits` (without `String(format:)`, slow on Linux).
    public static func reference(prefix: String, year: Int, number: Int, digits: Int) -> String {
        let text = String(number)
        return "\(prefix)-\(year)-" + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The last number handed out for `prefix` and `year` (0 when none was).
    public static func current(prefix: String, year: Int, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT value FROM counters WHERE name = ?", arguments: ["\(prefix)-\(year)"]) ?? 0
    }

    /// Records that numbers up to `value` are taken (after a batch numbered in memory).
    public static func advance(prefix: String, year: Int, to value: Int, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO counters (name, value) VALUES (?, ?)
                ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)
                """, arguments: ["\(prefix)-\(year)", value])
    }
}
