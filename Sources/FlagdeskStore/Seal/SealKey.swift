import Crypto
import Foundation

/// The secret the seal is made with, and the desk it belongs to. It lives outside the store
/// (like the vault's key file), so whoever holds only the store — a copy, a backup, a stolen
/// laptop's data folder — can edit rows and even recompute the unkeyed chain, but cannot make
/// the seal agree again.
public struct SealKey: Sendable, Equatable {
    public let deskID: String
    let bytes: Data

    init(deskID: String, bytes: Data) {
        self.deskID = deskID
        self.bytes = bytes
    }

    var symmetricKey: SymmetricKey { SymmetricKey(data: bytes) }

    /// A new random key for `deskID`.
    static func generate(deskID: String) -> SealKey {
        SealKey(deskID: deskID, bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }
}

/// The seal key file: three lines, owner-only (0600), never inside the store folder.
///
///     flagdesk-seal-key/1
///     desk 6F1C...-...
///     key 64 hex digits
///
/// The desk id binds the file to one store: a store and a key of different desks are refused.
public enum SealKeyFile {
    static let header = "flagdesk-seal-key/1"

    /// Reads the key file at `url`: nil when there is none; refused when others can read it,
    /// when it lies inside `storeFolder` (after resolving links), or when it is malformed.
    public static func read(at url: URL, storeFolder: URL) throws(StoreError) -> SealKey? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        try requireOutside(url, storeFolder: storeFolder)
        try FilePermissions.requirePrivate(url, isFolder: false)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .refused("cannot read the seal key file \(url.path)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == 3, lines[0] == header, lines[1].hasPrefix("desk "), lines[2].hasPrefix("key "),
            let bytes = SealSum.bytes(fromHex: String(lines[2].dropFirst(4))), bytes.count == 32
        else {
            throw .refused("\(url.path) is not a Flagdesk seal key file (expected \(header), a desk id and a key)")
        }
        return SealKey(deskID: String(lines[1].dropFirst(5)), bytes: Data(bytes))
    }

    /// Writes a new key file for `deskID` (0600, in a 0700 folder); never replaces a file.
    static func create(at url: URL, deskID: String, storeFolder: URL) throws(StoreError) -> SealKey {
        try requireOutside(url, storeFolder: storeFolder)
        let key = SealKey.generate(deskID: deskID)
        let text = "\(header)\ndesk \(deskID)\nkey \(key.bytes.map { String(format: "%02x", $0) }.joined())\n"
        try FilePermissions.createPrivateFile(at: url, contents: Data(text.utf8), what: "the seal key file")
        return key
    }

    /// A key kept in the store folder would travel with every copy of it: refused, links resolved.
    static func requireOutside(_ url: URL, storeFolder: URL) throws(StoreError) {
        if PathContainment.isInside(url, folder: storeFolder) {
            throw .refused(
                "the seal key file \(url.path) is inside the store folder \(storeFolder.path): a copy of the store "
                    + "would carry its own key. Move it out (e.g. beside the configuration) and set "
                    + "[security] seal_key_file")
        }
    }
}
