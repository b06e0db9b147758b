import Foundation
import GRDB

extension Store {
    /// Whether the seal key is at hand (writes that must be sealed need it).
    public var hasSealKey: Bool { sealKey.current != nil }

    /// Creates the seal key file (bound to this desk) and seals every audited row, recorded on
    /// the trail as `action` by `actor` at `at`: `init` on a new desk, `keys seal-init` on a desk made
    /// before the seal. Refused when a key is already at hand, or when the desk was sealed
    /// before (its key is missing: restore it; a new key would let anyone re-seal an edit).
    public func createSealKey(actor: String, action: String, at: Date = Date()) throws(StoreError) {
        guard let sealKeyFile else { throw .refused("no place for the seal key file was given") }
        guard sealKey.current == nil else {
            throw .refused("this desk already has its seal key (\(sealKeyFile.path))")
        }
        if try read({ db in try SealWriter.lastState(in: db) != nil }) {
            throw .refused(
                "this desk was sealed before and its seal key file \(sealKeyFile.path) is missing: restore the "
                    + "key file (a new key would re-seal whatever was changed meanwhile)")
        }
        let key = try SealKeyFile.create(at: sealKeyFile, deskID: deskID, storeFolder: folder)
        sealKey.set(key)
        do {
            try write { db in try SealWriter.sealAll(key: key, actor: actor, action: action, at: at, in: db) }
        } catch {
            try? FileManager.default.removeItem(at: sealKeyFile)
            throw failure(error)
        }
    }

    /// Whether the trail holds any event (a store `init` has just made holds none).
    public func hasEvents() throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM events)") ?? false }
    }

    /// The seal check of `verify` (`SealVerifier`); unchecked without the key.
    public func verifySeal() throws(StoreError) -> SealReport {
        let key = sealKey.current
        return try read { db in try SealVerifier.check(key: key, in: db) }
    }
}

extension AuditTrail {
    /// Whether `head` (a chain hash written down elsewhere) is still in the trail: a trail cut
    /// back before it, or replaced, no longer holds it.
    public static func contains(head: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM events WHERE hash = ?)", arguments: [head.lowercased()])
            ?? false
    }
}
