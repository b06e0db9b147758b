import Crypto
import Foundation

/// The key file that can wrap the data key: exactly 32 random bytes, owner-only (0600), kept
/// outside the store folder so a copy of the store (or a backup) does not carry its own key.
public enum VaultKeyFile {
    public static let byteCount = 32

    /// Creates a new key file of 32 random bytes, 0600, in a 0700 folder; refuses to overwrite.
    public static func create(at url: URL) throws(StoreError) -> Data {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        try FilePermissions.createPrivateFile(at: url, contents: bytes, what: "key file")
        return bytes
    }

    /// Reads a key file: nil when there is none; refused when group or others can read it
    /// (with the chmod fix) or when it is not exactly 32 bytes.
    public static func read(at url: URL) throws(StoreError) -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        try FilePermissions.requirePrivate(url, isFolder: false)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .refused("cannot read key file \(url.path)")
        }
        guard data.count == byteCount else {
            throw .refused("\(url.path) is not a Flagdesk key file (\(data.count) bytes, expected \(byteCount))")
        }
        return data
    }

    public static func exists(at url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }
}
