import FlagdeskCore
import Foundation
import GRDB

/// Imported e-mails and the Message-IDs of what Flagdesk sent. All functions run inside a
/// caller's transaction; every look-up an import makes is a point query on an index.
public enum MailRecords {
    /// Records one of our Message-IDs (sending or `.eml` export); recording it again changes nothing.
    public static func recordOutgoing(
        messageID: String, documentID: Int64, kind: OutgoingMessageKind, at: Date, in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO outgoing_messages (message_id, document_id, how, recorded_at)
                VALUES (?, ?, ?, ?)
                """, arguments: [MailAddressing.canonical(messageID), documentID, kind.rawValue, ISO8601.format(at)])
    }

    /// Our Message-IDs for a document.
    public static func outgoing(documentID: Int64, in db: Database) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT message_id FROM outgoing_messages WHERE document_id = ? ORDER BY message_id",
            arguments: [documentID])
    }

    /// The document a Message-ID belongs to: one we sent, or a reply already matched to it.
    public static func documentID(forMessageID id: String, in db: Database) throws -> Int64? {
        let outgoing = try db.cachedStatement(sql: "SELECT document_id FROM outgoing_messages WHERE message_id = ?")
        if let found = try Int64.fetchOne(outgoing, arguments: [id]) { return found }
        let replies = try db.cachedStatement(
            sql: "SELECT document_id FROM mail_messages WHERE message_id = ? AND document_id IS NOT NULL LIMIT 1")
        return try Int64.fetchOne(replies, arguments: [id])
    }

    /// A document's reference alone (an import names a matched document on its trail for every
    /// message: reading the whole record was a tenth of the import, issue #19 bench).
    public static func documentReference(id: Int64, in db: Database) throws -> String? {
        let statement = try db.cachedStatement(sql: "SELECT reference FROM documents WHERE id = ?")
        return try String.fetchOne(statement, arguments: [id])
    }

    /// Documents with one of these references.
    public static func documentIDs(forReferences references: [String], in db: Database) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: "SELECT id FROM documents WHERE reference = ?")
        return try references.compactMap { try Int64.fetchOne(statement, arguments: [$0]) }
    }

    /// Documents whose recipient's reference is one of these words.
    public static func documentIDs(forProviderReferences words: [String], in db: Database) throws -> [Int64] {
        let statement = try db.cachedStatement(sql: "SELECT id FROM documents WHERE provider_reference = ?")
        return try words.flatMap { try Int64.fetchAll(statement, arguments: [$0]) }
    }

    /// Whether a message with this hash, or this Message-ID, is already held.
    public static func isHeld(sha256: String, messageID: String?, in db: Database) throws -> Bool {
        let byHash = try db.cachedStatement(sql: "SELECT 1 FROM mail_messages WHERE sha256 = ?")
        if try Bool.fetchOne(byHash, arguments: [sha256]) == true { return true }
        guard let messageID else { return false }
        let byID = try db.cachedStatement(sql: "SELECT 1 FROM mail_messages WHERE message_id = ? LIMIT 1")
        return try Bool.fetchOne(byID, arguments: [messageID]) == true
    }

    public static func insert(_ mail: StoredMail, in db: Database) throws -> StoredMail {
        var stored = mail
        let year =
            Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: mail.importedAt)
            .year ?? 2026
        stored.reference = try Counters.nextReference(prefix: "M", year: year, digits: 6, in: db)
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO mail_messages (reference, sha256, size, message_id, date_text, date_at, from_text, subject,
                    document_id, match, match_method, candidates, findings, review, imported_at, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            stored.reference, stored.sha256, stored.size, stored.messageID, stored.dateText,
            stored.date.map(ISO8601.format), stored.from, stored.subject, stored.documentID, stored.match.rawValue,
            stored.method?.rawValue, try json(stored.candidates), try json(stored.findings), stored.review.rawValue,
            ISO8601.format(stored.importedAt), stored.importedBy,
        ])
        stored.id = db.lastInsertedRowID
        return stored
    }

    public static func find(reference: String, in db: Database) throws -> StoredMail? {
        try Row.fetchOne(db, sql: select + " WHERE m.reference = ?", arguments: [reference]).map(mail(from:))
    }

    /// Messages of a listing, newest first, windowed.
    public static func list(_ listing: MailListing, limit: Int, offset: Int = 0, in db: Database) throws -> [StoredMail]
    {
        let (clause, arguments): (String, StatementArguments)
        switch listing {
        case .new: (clause, arguments) = ("m.match = 'matched' AND m.review = 'new'", [])
        case .matched: (clause, arguments) = ("m.match = 'matched'", [])
        case .unmatched: (clause, arguments) = ("m.match <> 'matched' AND m.review <> 'dismissed'", [])
        case .document(let id): (clause, arguments) = ("m.document_id = ?", [id])
        case .all: (clause, arguments) = ("1", [])
        }
        return try Row.fetchAll(
            db, sql: select + " WHERE \(clause) ORDER BY m.id DESC LIMIT ? OFFSET ?",
            arguments: arguments + [limit, offset]
        ).map(mail(from:))
    }

    /// How many messages each listing holds (new, matched, unmatched).
    public static func counts(in db: Database) throws -> (new: Int, matched: Int, unmatched: Int) {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT
                    (SELECT COUNT(*) FROM mail_messages WHERE match = 'matched' AND review = 'new'),
                    (SELECT COUNT(*) FROM mail_messages WHERE match = 'matched'),
                    (SELECT COUNT(*) FROM mail_messages WHERE match <> 'matched' AND review <> 'dismissed')
                """)
        return (row?[0] ?? 0, row?[1] ?? 0, row?[2] ?? 0)
    }

    /// Ties a message to a document (a person's choice).
    public static func attach(_ mailID: Int64, documentID: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE mail_messages SET document_id = ?, match = 'matched', match_method = ?, candidates = '[]'
                WHERE id = ?
                """, arguments: [documentID, ReplyMatchMethod.attached.rawValue, mailID])
    }

    public static func setReview(_ mailID: Int64, _ review: MailReview, by: String, at: Date, in db: Database) throws {
        try db.execute(
            sql: "UPDATE mail_messages SET review = ?, reviewed_at = ?, reviewed_by = ? WHERE id = ?",
            arguments: [review.rawValue, ISO8601.format(at), by, mailID])
    }

    /// The number of messages whose file is held (for verify and the bench): a purged message's
    /// file is deleted.
    public static func count(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mail_messages WHERE purged_at IS NULL") ?? 0
    }

    /// Every held message's bytes exist and still hash to its row, whether in a pack (one per
    /// import: `MailPackWriter`) or a file of their own (messages imported before packs); the
    /// problem names the message. A purged message has nothing held: its mark is checked
    /// against the purge event.
    public static func verifyFiles(_ files: EvidenceFiles, in db: Database) throws -> [EvidenceProblem] {
        var problems: [EvidenceProblem] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT m.id, m.reference, m.sha256, p.pack, p.start, p.size
                FROM mail_messages m LEFT JOIN mail_pack_entries p ON p.sha256 = m.sha256
                WHERE m.purged_at IS NULL ORDER BY m.id
                """)
        while let row = try rows.next() {
            let expected: String = row[2]
            let reference: String = row[1]
            let actual: PackedBytes
            if let pack: String = row[3] {
                actual = files.hashOfPacked(MailPackLocation(pack: pack, start: row[4], size: row[5]))
            } else {
                actual = files.hashOfHeldFile(sha256: expected).map(PackedBytes.sha256) ?? .missing
            }
            let reason: String
            switch actual {
            case .missing: reason = "the file of mail \(reference) is missing"
            case .cutShort(let held):
                reason = "the file of mail \(reference) is cut short (\(held) of \(row[5] as Int64) bytes held)"
            case .sha256(let hash) where hash != expected:
                reason = "the file of mail \(reference) changed (now \(hash))"
            case .sha256: continue
            }
            problems.append(EvidenceProblem(evidenceID: row[0], sha256: expected, reason: reason))
        }
        return problems
    }

    private static let select = """
        SELECT m.*, d.reference AS document_reference FROM mail_messages m
        LEFT JOIN documents d ON d.id = m.document_id
        """

    static func mail(from row: Row) throws -> StoredMail {
        var mail = StoredMail(
            sha256: row["sha256"], size: row["size"], messageID: row["message_id"], dateText: row["date_text"],
            date: (row["date_at"] as String?).flatMap(ISO8601.parseInstant), from: row["from_text"],
            subject: row["subject"], documentID: row["document_id"],
            match: MailMatchState(rawValue: row["match"]) ?? .unmatched,
            method: (row["match_method"] as String?).flatMap(ReplyMatchMethod.init(rawValue:)),
            candidates: try decode([String].self, row["candidates"]),
            findings: try decode([ReplyFinding].self, row["findings"]),
            importedAt: ISO8601.parseInstant(row["imported_at"]) ?? .distantPast, importedBy: row["imported_by"])
        mail.id = row["id"]
        mail.reference = row["reference"]
        mail.documentReference = row["document_reference"]
        mail.review = MailReview(rawValue: row["review"]) ?? .new
        mail.reviewedAt = (row["reviewed_at"] as String?).flatMap(ISO8601.parseInstant)
        mail.reviewedBy = row["reviewed_by"]
        mail.purgedAt = (row["purged_at"] as String?).flatMap(ISO8601.parseInstant)
        return mail
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
