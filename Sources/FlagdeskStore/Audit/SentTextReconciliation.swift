import Crypto
import FlagdeskCore
import Foundation
import GRDB

/// Checks that what a document says it sent is what was sent: the frozen text still hashes to
/// its `frozen_sha256`, and that hash is the one the `send` event recorded (the chain protects the
/// event, so a text and hash rewritten together in the row still show). A purged document has
/// no text left; its hash is still checked against the event.
enum SentTextReconciliation {
    /// At most this many documents are named; the rest are counted.
    static let namedLimit = 5

    static func problems(in db: Database) throws -> [String] {
        var altered: [String] = []
        var unmatched: [String] = []
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT d.reference, d.frozen_sha256, d.frozen_text,
                    (SELECT json_extract(e.payload, '$.sha256') FROM events e
                     WHERE e.entity = 'document' AND e.entity_id = d.reference AND e.action = 'send'
                     ORDER BY e.id DESC LIMIT 1)
                FROM documents d WHERE d.frozen_sha256 IS NOT NULL ORDER BY d.id
                """)
        while let row = try rows.next() {
            let reference: String = row[0]
            let recorded: String = row[1]
            if let text: String = row[2], SHA256.hash(data: Data(text.utf8)).lowercaseHex != recorded {
                altered.append(reference)
            }
            // A document sent before the event carried the hash has nothing to compare with.
            if let sent: String = row[3], sent != recorded { unmatched.append(reference) }
        }
        var problems: [String] = []
        if !altered.isEmpty {
            problems.append("the sent text of \(named(altered)) no longer matches its SHA-256")
        }
        if !unmatched.isEmpty {
            problems.append("the SHA-256 on record for \(named(unmatched)) is not the one its send event recorded")
        }
        return problems
    }

    private static func named(_ references: [String]) -> String {
        let shown = references.prefix(namedLimit).joined(separator: ", ")
        return references.count > namedLimit ? "\(shown) and \(references.count - namedLimit) more" : shown
    }
}
