import Crypto
import FlagdeskCore
import GRDB

/// A directory entry as mirrored into the store: the columns queries need plus the full JSON.
public struct DirectoryRow: Sendable {
    public var key: String
    public var name: String
    public var country: String?
    /// Providers: whether DSA Art. 22 priority applies. Authorities: unused.
    public var isOnlinePlatform: Bool
    /// Authorities: `dsc`, `dpa`, `lea`, `prosecutor`, `europol`. Providers: nil.
    public var kind: String?
    public var json: String

    public init(
        key: String, name: String, country: String?, isOnlinePlatform: Bool = false, kind: String? = nil, json: String
    ) {
        self.key = key
        self.name = name
        self.country = country
        self.isOnlinePlatform = isOnlinePlatform
        self.kind = kind
        self.json = json
    }
}

/// The providers and authorities tables, kept in step with the configured directory.
public enum DirectoryRecords {
    /// Upserts every entry when the directory changed since the last mirror (compared by a
    /// SHA-256 fingerprint of the rows' JSON); returns whether it wrote.
    @discardableResult
    public static func mirror(providers: [DirectoryRow], authorities: [DirectoryRow], in db: Database) throws -> Bool {
        let fingerprint = fingerprint(providers + authorities)
        let current = try Meta.value("directory_fingerprint", in: db)
        guard current != fingerprint else { return false }
        for provider in providers {
            try db.execute(
                sql: """
                    INSERT INTO providers (key, name, country, is_online_platform, data) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET name = excluded.name, country = excluded.country,
                        is_online_platform = excluded.is_online_platform, data = excluded.data
                    """,
                arguments: [provider.key, provider.name, provider.country, provider.isOnlinePlatform, provider.json])
        }
        for authority in authorities {
            try db.execute(
                sql: """
                    INSERT INTO authorities (key, kind, country, name, data) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, country = excluded.country,
                        name = excluded.name, data = excluded.data
                    """,
                arguments: [authority.key, authority.kind ?? "lea", authority.country, authority.name, authority.json])
        }
        try Meta.set("directory_fingerprint", to: fingerprint, in: db)
        return true
    }

    /// Whether the store already holds exactly these entries: read first, so that opening a
    /// desk takes no write lock (and does not wait behind an import) when nothing changed.
    public static func isMirrored(providers: [DirectoryRow], authorities: [DirectoryRow], in db: Database) throws
        -> Bool
    {
        try Meta.value("directory_fingerprint", in: db) == fingerprint(providers + authorities)
    }

    private static func fingerprint(_ rows: [DirectoryRow]) -> String {
        var hasher = SHA256()
        for row in rows { hasher.update(data: Array(row.json.utf8)) }
        return hasher.finalize().lowercaseHex
    }
}

/// Small key-value facts about the store itself.
public enum Meta {
    public static func value(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    public static func set(_ key: String, to value: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }
}
