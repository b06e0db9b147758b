import FlagdeskCore
import Foundation
import GRDB

/// How a data key is wrapped: by the 32 bytes of a key file, or by a key derived from a
/// passphrase with scrypt (RFC 7914) under the stored parameters.
public enum KeyWrapping: Sendable, Equatable {
    case keyFile
    case passphrase(ScryptSettings)

    public var name: String {
        switch self {
        case .keyFile: return "key-file"
        case .passphrase: return "passphrase"
        }
    }
}

/// scrypt cost and salt, stored beside the wrapped key so they can be raised later without
/// breaking stores wrapped under older settings.
public struct ScryptSettings: Sendable, Equatable {
    /// N = 2^log2N (CPU and memory cost).
    public var log2N: Int
    /// Block size.
    public var r: Int
    /// Parallelism.
    public var p: Int
    public var salt: Data

    public init(log2N: Int, r: Int, p: Int, salt: Data) {
        self.log2N = log2N
        self.r = r
        self.p = p
        self.salt = salt
    }

    /// Memory scrypt needs: 128 * N * r bytes.
    public var memoryBytes: Int { 128 * (1 << log2N) * r }
}

/// One row of `vault_keys`: the data key encrypted (AES-GCM, nonce + ciphertext + tag) under
/// its wrapping key. Never the data key itself.
public struct WrappedDataKey: Sendable, Equatable {
    /// Random, not derived from the key: sealed values name it so the right key is picked.
    public var keyID: String
    public var createdAt: Date
    public var createdBy: String
    public var wrapping: KeyWrapping
    public var wrappedKey: Data

    public init(keyID: String, createdAt: Date, createdBy: String, wrapping: KeyWrapping, wrappedKey: Data) {
        self.keyID = keyID
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.wrapping = wrapping
        self.wrappedKey = wrappedKey
    }
}

/// Reading and writing `vault_keys` (migration `v4-vault`).
public enum VaultKeyRecords {
    /// The data key in use: the newest row (rotation leaves exactly one).
    public static func current(in db: Database) throws -> WrappedDataKey? {
        try Row.fetchOne(db, sql: "SELECT * FROM vault_keys ORDER BY created_at DESC, rowid DESC LIMIT 1")
            .map(wrappedKey(from:))
    }

    public static func insert(_ key: WrappedDataKey, in db: Database) throws {
        var scrypt: ScryptSettings?
        if case .passphrase(let settings) = key.wrapping { scrypt = settings }
        try db.execute(
            sql: """
                INSERT INTO vault_keys (key_id, created_at, created_by, wrapping, kdf, kdf_log2_n, kdf_r, kdf_p,
                    kdf_salt, wrapped_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                key.keyID, ISO8601.format(key.createdAt), key.createdBy, key.wrapping.name,
                scrypt == nil ? nil : "scrypt", scrypt?.log2N, scrypt?.r, scrypt?.p, scrypt?.salt, key.wrappedKey,
            ])
    }

    public static func delete(keyID: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM vault_keys WHERE key_id = ?", arguments: [keyID])
    }

    static func wrappedKey(from row: Row) -> WrappedDataKey {
        let wrapping: KeyWrapping
        if (row["wrapping"] as String?) == "passphrase" {
            wrapping = .passphrase(
                ScryptSettings(
                    log2N: row["kdf_log2_n"] ?? 0, r: row["kdf_r"] ?? 0, p: row["kdf_p"] ?? 0,
                    salt: row["kdf_salt"] ?? Data()))
        } else {
            wrapping = .keyFile
        }
        return WrappedDataKey(
            keyID: row["key_id"], createdAt: instant(row["created_at"]) ?? .distantPast,
            createdBy: row["created_by"], wrapping: wrapping, wrappedKey: row["wrapped_key"])
    }
}
