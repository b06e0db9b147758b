import FlagdeskCore
import FlagdeskStore
import Foundation

/// What `flagdesk keys status` shows: never the key, never a secret.
public struct VaultStatus: Sendable, Equatable, Encodable {
    public var initialised: Bool
    public var keyID: String?
    public var createdAt: Date?
    public var createdBy: String?
    /// `key-file` or `passphrase`.
    public var wrapping: String?
    /// The scrypt cost of a passphrase wrapping ("scrypt N=2^17 r=8 p=1").
    public var kdf: String?
    /// How many identity, contact and mandate-document values are sealed in the store (people's
    /// and documents', with sent texts that carry them).
    public var sealedValues: Int
    /// Documents whose identity or contact fields are still in clear (written before they were
    /// sealed): `keys seal-documents` moves them.
    public var documentsInClear: Int = 0
    /// Where the key file is looked for (key-file wrapping).
    public var keyFile: String?
    public var availability: Availability

    public enum Availability: String, Sendable, Equatable, Encodable {
        /// The key unwrapped now with what was supplied.
        case available
        /// There is no key yet.
        case notInitialised = "not-initialised"
        /// The key file is missing or wrong, or the passphrase did not open the key.
        case unavailable
        /// Passphrase wrapping and no passphrase was supplied to check it.
        case notChecked = "not-checked"
    }

    /// Why the key is unavailable, when it is.
    public var problem: String?
}

extension Desk {
    /// The state of the vault. With credentials, also whether the key can be unwrapped now; a
    /// passphrase is tried only when the credentials supply one without asking.
    public func keysStatus(_ credentials: VaultCredentials?) throws(EngineError) -> VaultStatus {
        let inClear = try storeRead { db in try self.documentsInClear(in: db).count }
        var status = try keysStatusOfKey(credentials)
        status.documentsInClear = inClear
        return status
    }

    private func keysStatusOfKey(_ credentials: VaultCredentials?) throws(EngineError) -> VaultStatus {
        let (wrapped, sealed) = try storeRead { db in
            (
                try VaultKeyRecords.current(in: db),
                try VaultSealedRecords.count(in: db) + SealedDocumentRecords.count(in: db)
            )
        }
        guard let wrapped else {
            return VaultStatus(
                initialised: false, sealedValues: sealed, keyFile: credentials?.keyFile.path,
                availability: .notInitialised)
        }
        var status = VaultStatus(
            initialised: true, keyID: wrapped.keyID, createdAt: wrapped.createdAt, createdBy: wrapped.createdBy,
            wrapping: wrapped.wrapping.name, sealedValues: sealed, availability: .notChecked)
        switch wrapped.wrapping {
        case .keyFile: status.keyFile = credentials?.keyFile.path
        case .passphrase(let s): status.kdf = ScryptCost(log2N: s.log2N, r: s.r, p: s.p).summary
        }
        guard let credentials else { return status }
        if case .passphrase = wrapped.wrapping, (try? credentials.passphrase()) == nil {
            return status
        }
        do {
            _ = try unlockVault(credentials)
            status.availability = .available
        } catch {
            status.availability = .unavailable
            status.problem = error.description
        }
        return status
    }
}
