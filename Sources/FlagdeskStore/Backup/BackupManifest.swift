import Foundation

/// `manifest.json` of a backup folder: every file with its SHA-256, and the audit chain's head
/// when the copy was taken (a restore compares it, so a backup cut short of its newest events
/// is refused too).
public struct BackupManifest: Codable, Sendable, Equatable {
    public static let fileName = "manifest.json"
    /// /2: the manifest names its desk and is sealed with the desk's seal key. A /1 manifest
    /// (unsealed) is refused: anyone could have rewritten it with the database.
    public static let currentFormat = "flagdesk-backup/2"

    public var format: String
    public var createdAt: String
    public var createdBy: String
    public var database: BackupFile
    public var chainEvents: Int
    public var chainHead: String
    /// Evidence files: those of live evidence rows, mandate documents still held as files, and
    /// imported messages kept one file each (before packs).
    public var evidence: [BackupFile]
    /// The packs holding imported messages (`evidence/packs/<uuid>.pack`), each with its own
    /// SHA-256; every message in them is re-hashed by `verify` after a restore. Absent from
    /// backups made before messages were copied.
    public var mailPacks: [BackupFile]?
    /// Why the key file is absent, for whoever opens the folder.
    public var note: String
    /// The desk the backup was taken from.
    public var deskID: String
    /// HMAC-SHA256 under the seal key over the rest of the manifest (`BackupSeal`).
    public var seal: String

    public static let keyFileNote =
        "Key files are never copied into a backup: back up the key file separately and keep it apart "
        + "from the backup, or sealed details (identity, contact, mandate documents) cannot be read after a restore."

    enum CodingKeys: String, CodingKey {
        case format, database, evidence, note
        case createdAt = "created_at"
        case createdBy = "created_by"
        case chainEvents = "chain_events"
        case chainHead = "chain_head"
        case deskID = "desk_id"
        case mailPacks = "mail_packs"
        case seal
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}

/// One file of a backup, by its path inside the backup folder.
public struct BackupFile: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String
    public var size: Int64

    /// The only paths a backup may name: the database, and `evidence/<xx>/<sha256>` whose name
    /// is its own hash. A manifest naming anything else (`../`, an absolute path) is refused
    /// before any file is touched.
    var isWellFormedEvidence: Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        return parts.count == 3 && parts[0] == Store.evidenceFolderName && EvidenceFiles.isSHA256(parts[2])
            && parts[2] == sha256 && sha256 == sha256.lowercased() && parts[1] == String(sha256.prefix(2))
    }

    /// `evidence/packs/<uuid>.pack`, nothing else.
    var isWellFormedMailPack: Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        return parts.count == 3 && parts[0] == Store.evidenceFolderName && parts[1] == "packs"
            && MailPackWriter.isPackName(parts[2]) && EvidenceFiles.isSHA256(sha256)
    }
}

/// The manifest's seal: the same key as the trail's, so whoever rewrites a backup's database
/// and recomputes its hashes in the manifest still cannot make the manifest verify.
enum BackupSeal {
    static func compute(_ manifest: BackupManifest, key: SealKey) throws -> String {
        var unsealed = manifest
        unsealed.seal = ""
        let text = String(decoding: try unsealed.encoded(), as: UTF8.self)
        return SealMACer(key).hex([BackupManifest.currentFormat, key.deskID, text])
    }
}
