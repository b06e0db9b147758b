import FlagdeskCore
import FlagdeskStore
import Foundation

/// How a new data key is to be wrapped (`keys init`, `keys rotate --new-...`).
public enum NewKeyWrapping: Sendable {
    /// By a key file: created (32 random bytes, 0600) when absent, read when present.
    case keyFile(URL)
    /// By a passphrase through scrypt at the given cost.
    case passphrase(String, ScryptCost = .production)
}

/// The key in memory and the secret that unwrapped it (reused when rotating keeps the wrapping).
struct UnlockedVault {
    let dataKey: DataKey
    let secret: WrappingSecret
}

/// Key management (issue #8, confidentiality): `flagdesk keys init|rotate|status`.
extension Desk {
    /// Creates the data key and stores it wrapped. Coordinator only; refused when a key exists.
    @discardableResult
    public func initKeys(_ wrapping: NewKeyWrapping) throws(EngineError) -> VaultStatus {
        try requireCoordinator(to: "initialise the vault key")
        if try storeRead({ db in try VaultKeyRecords.current(in: db) }) != nil {
            throw .refused("the vault key is already initialised; use `flagdesk keys rotate` to replace it")
        }
        let (secret, method) = try prepare(wrapping)
        let dataKey = DataKey.generate()
        let wrapped = try KeyWrap.wrap(dataKey, with: secret, as: method, at: now, by: actor)
        let actor = self.actor
        let now = self.now
        try storeWrite { db in
            guard try VaultKeyRecords.current(in: db) == nil else {
                throw EngineError.refused("the vault key was initialised meanwhile; run `flagdesk keys status`")
            }
            try VaultKeyRecords.insert(wrapped, in: db)
            try audit(
                actor: actor, at: now, entity: "vault", id: dataKey.id, action: "init", wrappingPayload(method), in: db)
        }
        return try keysStatus(nil)
    }

    /// Replaces the data key: every sealed value is opened with the old key and sealed with a
    /// new one in one transaction, the new key is stored wrapped (the same way unless
    /// `newWrapping` is given) and the old wrapped key is deleted, its pages zeroed.
    @discardableResult
    public func rotateKeys(
        _ credentials: VaultCredentials, newWrapping: NewKeyWrapping? = nil
    ) throws(EngineError) -> KeyRotation {
        try requireCoordinator(to: "rotate the vault key")
        let old = try unlockVault(credentials)
        let prepared: (WrappingSecret, KeyWrapping)
        if let newWrapping {
            prepared = try prepare(newWrapping)
        } else if case .passphrase(let words) = old.secret {
            // A fresh salt, and today's production cost: rotating is when old parameters get raised.
            prepared = (.passphrase(words), .passphrase(PassphraseKDF.newSettings(.production)))
        } else {
            prepared = (old.secret, .keyFile)
        }
        let (secret, method) = prepared
        let newKey = DataKey.generate()
        let wrapped = try KeyWrap.wrap(newKey, with: secret, as: method, at: now, by: actor)
        let actor = self.actor
        let now = self.now
        let resealed: Int
        do {
            resealed = try store.writeErasingOldPages { db in
                guard try VaultKeyRecords.current(in: db)?.keyID == old.dataKey.id else {
                    throw EngineError.refused("the vault key was rotated meanwhile; run `flagdesk keys status`")
                }
                let values = try VaultSealedRecords.all(in: db)
                for value in values {
                    let clear = try old.dataKey.open(value.sealed, personID: value.personID, field: value.field)
                    let sealed = try newKey.seal(clear, personID: value.personID, field: value.field)
                    try VaultSealedRecords.set(
                        SealedValue(personID: value.personID, field: value.field, sealed: sealed), in: db)
                }
                let documentValues = try SealedDocumentRecords.all(in: db)
                for value in documentValues {
                    var moved = value
                    moved.sealed = try newKey.sealDocumentValue(
                        try old.dataKey.openDocumentValue(
                            value.sealed, documentID: value.documentID, field: value.field),
                        documentID: value.documentID, field: value.field)
                    try SealedDocumentRecords.set(moved, in: db)
                }
                try VaultKeyRecords.insert(wrapped, in: db)
                try VaultKeyRecords.delete(keyID: old.dataKey.id, in: db)
                var payload = wrappingPayload(method)
                payload["old_key_id"] = old.dataKey.id
                payload["resealed"] = String(values.count + documentValues.count)
                try audit(actor: actor, at: now, entity: "vault", id: newKey.id, action: "rotate", payload, in: db)
                return values.count + documentValues.count
            }
        } catch {
            throw EngineError.domain(error) ?? (error as? StoreError).map(EngineError.init) ?? .store("\(error)")
        }
        return KeyRotation(oldKeyID: old.dataKey.id, newKeyID: newKey.id, resealed: resealed, wrapping: method.name)
    }

    /// The data key, unwrapped with the key file or the passphrase. Refused with the fix when
    /// there is no key yet, the key file is missing or no passphrase can be had.
    func unlockVault(_ credentials: VaultCredentials?) throws(EngineError) -> UnlockedVault {
        try unlockVault(credentials, wrapped: try storeRead({ db in try VaultKeyRecords.current(in: db) }))
    }

    /// The same with the wrapped key already read (inside the caller's transaction).
    func unlockVault(_ credentials: VaultCredentials?, wrapped: WrappedDataKey?) throws(EngineError) -> UnlockedVault {
        guard let wrapped else {
            throw .refused(
                "no vault key: identity, contact and mandate documents are stored only encrypted; "
                    + "a coordinator runs `flagdesk keys init` first")
        }
        guard let credentials else {
            throw .refused("this needs the vault key, and none was supplied")
        }
        let secret: WrappingSecret
        switch wrapped.wrapping {
        case .keyFile:
            // A key moved (or linked) into the store since `keys init` would travel with every copy.
            if PathContainment.isInside(credentials.keyFile, folder: store.folder) {
                throw .refused(Self.keyInStoreRefusal(store.folder))
            }
            let bytes: Data?
            do throws(StoreError) {
                bytes = try VaultKeyFile.read(at: credentials.keyFile)
            } catch {
                throw EngineError(error)
            }
            guard let bytes else {
                throw .noInput(
                    "the vault key file \(credentials.keyFile.path) is missing: restore it, or set "
                        + "[security] key_file to where it is")
            }
            secret = .keyFile(bytes, path: credentials.keyFile.path)
        case .passphrase:
            guard let words = try credentials.passphrase() else {
                throw .refused(
                    "the vault key is wrapped by a passphrase: type it at the prompt, or pass --passphrase-file "
                        + "PATH, or set \(VaultCredentials.passphraseVariable) (for automation)")
            }
            secret = .passphrase(words)
        }
        return UnlockedVault(dataKey: try KeyWrap.unwrap(wrapped, with: secret), secret: secret)
    }

    static func keyInStoreRefusal(_ folder: URL) -> String {
        "the key file must not live in the store folder (\(folder.path)), even through a link: a copy or "
            + "backup of the store would carry the key that opens it; choose a path outside it"
    }

    /// Reads or creates the secret for a new wrapping.
    private func prepare(_ wrapping: NewKeyWrapping) throws(EngineError) -> (WrappingSecret, KeyWrapping) {
        switch wrapping {
        case .keyFile(let url):
            let file = url.standardizedFileURL
            if PathContainment.isInside(file, folder: store.folder) {
                throw .refused(Self.keyInStoreRefusal(store.folder))
            }
            do throws(StoreError) {
                // An existing key file is reused (e.g. after re-creating a store); a new one is made.
                let bytes: Data
                if let existing = try VaultKeyFile.read(at: file) {
                    bytes = existing
                } else {
                    bytes = try VaultKeyFile.create(at: file)
                }
                return (.keyFile(bytes, path: file.path), .keyFile)
            } catch {
                throw EngineError(error)
            }
        case .passphrase(let words, let cost):
            try VaultCredentials.checkNewPassphrase(words)
            return (.passphrase(words), .passphrase(PassphraseKDF.newSettings(cost)))
        }
    }

    /// What the audit trail records about a wrapping: the method and cost, never a secret.
    private func wrappingPayload(_ wrapping: KeyWrapping) -> [String: String] {
        var payload = ["wrapping": wrapping.name]
        if case .passphrase(let s) = wrapping {
            payload["kdf"] = ScryptCost(log2N: s.log2N, r: s.r, p: s.p).summary
        }
        return payload
    }
}

/// The outcome of `keys rotate`.
public struct KeyRotation: Sendable, Equatable, Encodable {
    public var oldKeyID: String
    public var newKeyID: String
    /// How many sealed values were re-sealed under the new key.
    public var resealed: Int
    public var wrapping: String
}
