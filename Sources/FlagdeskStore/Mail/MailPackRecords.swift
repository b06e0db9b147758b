import FlagdeskCore
import Foundation
import GRDB

/// Where each packed message's bytes are (`mail_pack_entries`, migration `v19-perf`). Not
/// sealed, and need not be: the message's SHA-256 is in its sealed row, so a place edited
/// outside Flagdesk only points `verify` at bytes that do not hash to it, and the message is
/// named. A message without an entry is a file of its own (`evidence/<2>/<sha256>`), as
/// messages imported before packs.
public enum MailPackRecords {
    public static func insert(sha256: String, _ location: MailPackLocation, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO mail_pack_entries (sha256, pack, start, size) VALUES (?, ?, ?, ?)")
        try statement.execute(arguments: [sha256, location.pack, location.start, location.size])
    }

    public static func location(sha256: String, in db: Database) throws -> MailPackLocation? {
        try Row.fetchOne(
            db, sql: "SELECT pack, start, size FROM mail_pack_entries WHERE sha256 = ?", arguments: [sha256]
        ).map { MailPackLocation(pack: $0[0], start: $0[1], size: $0[2]) }
    }

    /// The hashes among `hashes` whose bytes are still in a pack.
    public static func held(_ hashes: [String], in db: Database) throws -> [String] {
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM mail_pack_entries WHERE sha256 = ?")
        return try hashes.filter { try Bool.fetchOne(statement, arguments: [$0]) == true }
    }

    /// Erases the packed bytes of `hashes` (a purge's orphans): zeros over each message, its
    /// entry deleted, a pack left with no entry removed. Inside the caller's write transaction,
    /// like `EvidenceFiles.remove`; a message already erased is skipped, so a purge can run again.
    public static func erase(_ hashes: [String], files: EvidenceFiles, in db: Database) throws
        -> (removed: Int, failed: [String])
    {
        var removed = 0
        var failed: [String] = []
        var packs = Set<String>()
        for hash in hashes {
            guard let location = try location(sha256: hash, in: db) else { continue }
            guard files.erasePacked(location) else {
                failed.append(hash)
                continue
            }
            try db.execute(sql: "DELETE FROM mail_pack_entries WHERE sha256 = ?", arguments: [hash])
            packs.insert(location.pack)
            removed += 1
        }
        for pack in packs.sorted()
        where try Bool.fetchOne(db, sql: "SELECT 1 FROM mail_pack_entries WHERE pack = ? LIMIT 1", arguments: [pack])
            != true
        {
            files.removePack(pack)
        }
        return (removed, failed)
    }
}
