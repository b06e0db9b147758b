import Crypto
import FlagdeskCore
import Foundation
import GRDB
import GRDBSQLite

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
        // Through SQLite's C API: a reference is made a `String` only for a document named.
        let statement = try RawStatement(
            """
            SELECT d.reference, d.frozen_sha256, d.frozen_text,
                (SELECT json_extract(e.payload, '$.sha256') FROM events e
                 WHERE e.entity = 'document' AND e.entity_id = d.reference AND e.action = 'send'
                 ORDER BY e.id DESC LIMIT 1)
            FROM documents d WHERE d.frozen_sha256 IS NOT NULL ORDER BY d.id
            """, in: db)
        let handle = statement.cStatement
        func text(_ column: Int32) -> UnsafeRawBufferPointer? {
            guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
            return UnsafeRawBufferPointer(
                start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
        }
        var hex = [UInt8](repeating: 0, count: 64)
        while try statement.step() {
            let recorded = text(1) ?? UnsafeRawBufferPointer(start: nil, count: 0)
            if let sentText = text(2) {
                SHA256.hash(data: sentText).withUnsafeBytes { digest in
                    for (index, byte) in digest.enumerated() {
                        hex[index * 2] = hexDigits[Int(byte >> 4)]
                        hex[index * 2 + 1] = hexDigits[Int(byte & 0x0F)]
                    }
                }
                if !recorded.elementsEqual(hex) { altered.append(reference(handle)) }
            }
            // A document sent before the event carried the hash has nothing to compare with.
            if let sent = text(3), !sent.elementsEqual(recorded) { unmatched.append(reference(handle)) }
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

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func reference(_ handle: OpaquePointer) -> String {
        sqlite3_column_text(handle, 0).map { String(cString: $0) } ?? "?"
    }

    private static func named(_ references: [String]) -> String {
        let shown = references.prefix(namedLimit).joined(separator: ", ")
        return references.count > namedLimit ? "\(shown) and \(references.count - namedLimit) more" : shown
    }
}
