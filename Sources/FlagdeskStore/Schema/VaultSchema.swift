/// Migration `v4-vault` (issue #8, confidentiality): the wrapped data keys. The data key itself
/// is never stored; only its AES-GCM encryption under a key file or a passphrase-derived key.
/// Normally one row; `keys rotate` replaces it inside the transaction that re-seals every value.
enum VaultSchema {
    static let v4 = """
        CREATE TABLE vault_keys (
            key_id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            wrapping TEXT NOT NULL CHECK (wrapping IN ('key-file', 'passphrase')),
            -- Passphrase wrapping only: the KDF and its parameters, kept so they can be raised later.
            kdf TEXT CHECK (kdf IS NULL OR kdf = 'scrypt'),
            kdf_log2_n INTEGER, kdf_r INTEGER, kdf_p INTEGER, kdf_salt BLOB,
            wrapped_key BLOB NOT NULL,
            CHECK ((wrapping = 'passphrase') = (kdf IS NOT NULL AND kdf_salt IS NOT NULL))
        ) STRICT;
        """
}
