import Crypto
import Foundation
import GRDB
import GRDBSQLite

/// `AuditTrail.verify`'s pass over the trail, through SQLite's C API: each event's fields are
/// hashed straight from the column bytes, in `AuditTrail.chainHash`'s framing, and its hash
/// compared as text, with no row object, `String` or date per event (a million-item desk has
/// hundreds of thousands of events; decoding each was most of the pass).
enum ChainRecomputation {
    static func verify(in db: Database) throws -> ChainVerdict {
        let statement = try RawStatement(
            "SELECT id, at, actor, entity, entity_id, action, payload, prev_hash, hash FROM events ORDER BY id", in: db)
        let handle = statement.cStatement
        var previous = Array(AuditTrail.genesisHash.utf8)
        var current = [UInt8](repeating: 0, count: 64)
        var message: [UInt8] = []
        message.reserveCapacity(4096)
        var count = 0
        while try statement.step() {
            let id = sqlite3_column_int64(handle, 0)
            count += 1
            guard columnEquals(handle, 7, previous) else {
                return .broken(
                    eventID: id,
                    reason:
                        "its previous-hash does not match the event before it (a row was removed, inserted or reordered)"
                )
            }
            message.removeAll(keepingCapacity: true)
            previous.withUnsafeBytes { appendField($0, to: &message) }
            var idText = String(id)
            idText.withUTF8 { appendField(UnsafeRawBufferPointer($0), to: &message) }
            for column: Int32 in 1...6 {
                let bytes = UnsafeRawBufferPointer(
                    start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
                appendField(bytes, to: &message)
            }
            SHA256.hash(data: message).withUnsafeBytes { digest in
                for (index, byte) in digest.enumerated() {
                    current[index * 2] = hexDigits[Int(byte >> 4)]
                    current[index * 2 + 1] = hexDigits[Int(byte & 0x0F)]
                }
            }
            guard columnEquals(handle, 8, current) else {
                return .broken(eventID: id, reason: "its content does not match its hash (the row was altered)")
            }
            swap(&previous, &current)
        }
        return .intact(events: count, head: String(decoding: previous, as: UTF8.self))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `AuditTrail.chainHash`'s framing of one field: its byte count in decimal, a colon, its bytes.
    private static func appendField(_ bytes: UnsafeRawBufferPointer, to message: inout [UInt8]) {
        message.append(contentsOf: String(bytes.count).utf8)
        message.append(UInt8(ascii: ":"))
        message.append(contentsOf: bytes)
    }

    /// Whether text column `index` holds exactly `expected`.
    private static func columnEquals(_ handle: OpaquePointer, _ index: Int32, _ expected: [UInt8]) -> Bool {
        guard sqlite3_column_type(handle, index) == SQLITE_TEXT, let text = sqlite3_column_text(handle, index) else {
            return false
        }
        let count = Int(sqlite3_column_bytes(handle, index))
        return count == expected.count && expected.withUnsafeBytes { memcmp($0.baseAddress!, text, count) == 0 }
    }
}
