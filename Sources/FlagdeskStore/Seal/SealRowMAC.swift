import Crypto
import Foundation
import GRDB
import GRDBSQLite

/// The canonical bytes of one audited row, and its MAC: HMAC-SHA256 under the seal key over
/// the table, the rowid and each audited value with its storage class (so `1` and `'1'`, or
/// NULL and `''`, never seal alike). The same bytes come from a statement's columns (the
/// writer and `verify`), from SQL values (the triggers' check) or from Swift values (the
/// importer): one encoding, three doors.
struct SealRowEncoder {
    private(set) var bytes: [UInt8] = []
    /// Where each column's bytes start, to tell which field differs when a MAC does not match.
    private(set) var columnStarts: [Int] = []

    init() { bytes.reserveCapacity(1024) }

    mutating func begin(table: String, rowid: Int64) {
        bytes.removeAll(keepingCapacity: true)
        columnStarts.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: Self.prefix)
        bytes.append(contentsOf: table.utf8)
        bytes.append(0)
        appendBigEndian(UInt64(bitPattern: rowid))
    }

    private static let prefix = Array("flagdesk-row/1\u{0}".utf8)

    mutating func null() {
        columnStarts.append(bytes.count)
        bytes.append(0)
    }

    mutating func integer(_ value: Int64) {
        columnStarts.append(bytes.count)
        bytes.append(1)
        appendBigEndian(UInt64(bitPattern: value))
    }

    mutating func real(_ value: Double) {
        columnStarts.append(bytes.count)
        bytes.append(2)
        appendBigEndian(value.bitPattern)
    }

    mutating func text(_ utf8: UnsafeRawBufferPointer) { lengthPrefixed(3, utf8) }
    mutating func blob(_ data: UnsafeRawBufferPointer) { lengthPrefixed(4, data) }

    mutating func text(_ value: String?) {
        guard var value else { return null() }
        value.withUTF8 { text(UnsafeRawBufferPointer($0)) }
    }

    mutating func integer(_ value: Int64?) {
        guard let value else { return null() }
        integer(value)
    }

    /// A value as SQLite hands it to a function (the triggers' check of an old row).
    mutating func value(_ value: DatabaseValue) {
        switch value.storage {
        case .null: null()
        case .int64(let number): integer(number)
        case .double(let number): real(number)
        case .string(let string): text(string)
        case .blob(let data): data.withUnsafeBytes { blob($0) }
        }
    }

    /// Column `index` of the current row of a stepped statement. Read through its value (one
    /// call into SQLite per column instead of three; the statement is this thread's alone).
    mutating func column(_ statement: OpaquePointer, _ index: Int32) {
        guard let value = sqlite3_column_value(statement, index) else { return null() }
        switch sqlite3_value_type(value) {
        case SQLITE_NULL: null()
        case SQLITE_INTEGER: integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: real(sqlite3_value_double(value))
        case SQLITE_BLOB:
            let pointer = sqlite3_value_blob(value)
            blob(UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_value_bytes(value))))
        default:
            let pointer = sqlite3_value_text(value)
            text(UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_value_bytes(value))))
        }
    }

    private mutating func lengthPrefixed(_ tag: UInt8, _ data: UnsafeRawBufferPointer) {
        columnStarts.append(bytes.count)
        bytes.append(tag)
        withUnsafeBytes(of: UInt32(data.count).bigEndian) { bytes.append(contentsOf: $0) }
        if data.count > 0 { bytes.append(contentsOf: data) }
    }

    private mutating func appendBigEndian(_ value: UInt64) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    /// One byte per column (FNV-1a of its bytes), stored after the MAC: they only *locate* a
    /// change (which field); the MAC alone proves the row. Whoever recomputes them misleads
    /// the pointer, never the verdict.
    func fieldTags() -> [UInt8] {
        var tags: [UInt8] = []
        tags.reserveCapacity(columnStarts.count)
        appendFieldTags(to: &tags)
        return tags
    }

    func appendFieldTags(to tags: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            for (index, start) in columnStarts.enumerated() {
                let end = index + 1 < columnStarts.count ? columnStarts[index + 1] : bytes.count
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes[start..<end] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                tags.append(UInt8(truncatingIfNeeded: hash ^ (hash >> 32)))
            }
        }
    }
}

/// The seal key in use. A row's MAC is HMAC-SHA256 (RFC 2104) computed from the two hash
/// states keyed once — SHA-256 after the key XOR ipad, and after the key XOR opad — each copied
/// per row and fed raw bytes: the same MAC as `HMAC<SHA256>`, without re-keying the outer hash
/// for every row nor the generic byte walks around it (`verify` and the importer compute one
/// per row; `SealRowMACTests` holds the two equal).
struct SealMACer {
    private let keyed: HMAC<SHA256>
    private let inner: SHA256
    private let outer: SHA256

    init(_ key: SealKey) {
        keyed = HMAC<SHA256>(key: key.symmetricKey)
        // RFC 2104: a key longer than the block is hashed first; then zero-padded to 64 bytes.
        var block = [UInt8](repeating: 0, count: 64)
        let bytes = key.bytes.count > 64 ? Array(SHA256.hash(data: key.bytes)) : Array(key.bytes)
        block.replaceSubrange(0..<bytes.count, with: bytes)
        var inner = SHA256()
        inner.update(data: block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(data: block.map { $0 ^ 0x5C })
        self.inner = inner
        self.outer = outer
    }

    /// HMAC-SHA256 of `bytes` under the key.
    private func digest(_ bytes: UnsafeRawBufferPointer) -> SHA256Digest {
        var inner = self.inner
        inner.update(bufferPointer: bytes)
        var outer = self.outer
        inner.finalize().withUnsafeBytes { outer.update(bufferPointer: $0) }
        return outer.finalize()
    }

    /// The row's MAC (32 bytes).
    func mac(_ encoder: SealRowEncoder) -> [UInt8] {
        Array(encoder.bytes.withUnsafeBytes { digest($0) })
    }

    /// Whether the row's MAC is the first 32 bytes of `stored` (at least 32 bytes), compared
    /// in place: `verify` asks this of every audited row, so nothing is copied out.
    func matches(_ encoder: SealRowEncoder, stored: UnsafeRawBufferPointer) -> Bool {
        encoder.bytes.withUnsafeBytes { digest($0) }.withUnsafeBytes { mac in
            mac.count == 32 && memcmp(mac.baseAddress!, stored.baseAddress!, 32) == 0
        }
    }

    /// `stored(_:)` written into `buffer`, whose storage a bulk writer keeps from row to row.
    func stored(_ encoder: SealRowEncoder, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        encoder.bytes.withUnsafeBytes { digest($0) }.withUnsafeBytes { buffer.append(contentsOf: $0) }
        encoder.appendFieldTags(to: &buffer)
    }

    /// What the row's `seal_mac` column holds: the MAC, then one tag per field.
    func stored(_ encoder: SealRowEncoder) -> Data {
        Data(mac(encoder) + encoder.fieldTags())
    }

    /// An HMAC over arbitrary bytes (a seal event, a backup manifest), as lowercase hex.
    func hex(_ parts: [String]) -> String {
        var hmac = keyed
        for part in parts {
            let bytes = Array(part.utf8)
            hmac.update(data: Array("\(bytes.count):".utf8))
            hmac.update(data: bytes)
        }
        return Data(hmac.finalize()).map { String(format: "%02x", $0) }.joined()
    }
}

/// The sum, modulo 2^256, of a table's row MACs: adding a row adds its MAC, deleting subtracts
/// it, so each write updates it in O(rows written), and `verify` recomputes it in the same pass
/// that checks each row. A deleted row, or an old row put back with its old (once valid) MAC,
/// leaves a sum the last seal event did not record.
struct SealSum: Equatable, Sendable {
    /// Little-endian limbs, held inline (an array here was a heap allocation per row checked).
    private(set) var limb0: UInt64 = 0
    private(set) var limb1: UInt64 = 0
    private(set) var limb2: UInt64 = 0
    private(set) var limb3: UInt64 = 0

    init() {}

    init?(hex: String) {
        let bytes = Array(hex.utf8)
        guard bytes.count == 64, let data = Self.bytes(fromHex: hex) else { return nil }
        self.init(mac: data[...])
    }

    /// The MAC's 32 bytes read as a big-endian number.
    init(mac: ArraySlice<UInt8>) {
        self = mac.withUnsafeBytes { SealSum(macBytes: $0) }
    }

    /// The first 32 bytes of `macBytes` (a stored `seal_mac`, a fresh MAC) as a big-endian
    /// number; a shorter value (only a row mangled outside Flagdesk) reads as if zero-padded.
    init(macBytes: UnsafeRawBufferPointer) {
        guard macBytes.count >= 32 else {
            var padded = [UInt8](repeating: 0, count: 32)
            padded.replaceSubrange(0..<macBytes.count, with: macBytes)
            self.init(mac: padded[...])
            return
        }
        self.init()
        limb0 = Self.limb(0, of: macBytes)
        limb1 = Self.limb(1, of: macBytes)
        limb2 = Self.limb(2, of: macBytes)
        limb3 = Self.limb(3, of: macBytes)
    }

    private static func limb(_ index: Int, of mac: UnsafeRawBufferPointer) -> UInt64 {
        var value: UInt64 = 0
        for byte in 0..<8 { value = value << 8 | UInt64(mac[(3 - index) * 8 + byte]) }
        return value
    }

    var limbs: [UInt64] { [limb0, limb1, limb2, limb3] }

    mutating func add(_ other: SealSum) {
        var carry = false
        (limb0, carry) = Self.add(limb0, other.limb0, carry)
        (limb1, carry) = Self.add(limb1, other.limb1, carry)
        (limb2, carry) = Self.add(limb2, other.limb2, carry)
        (limb3, carry) = Self.add(limb3, other.limb3, carry)
    }

    mutating func subtract(_ other: SealSum) {
        var borrow = false
        (limb0, borrow) = Self.subtract(limb0, other.limb0, borrow)
        (limb1, borrow) = Self.subtract(limb1, other.limb1, borrow)
        (limb2, borrow) = Self.subtract(limb2, other.limb2, borrow)
        (limb3, borrow) = Self.subtract(limb3, other.limb3, borrow)
    }

    private static func add(_ a: UInt64, _ b: UInt64, _ carry: Bool) -> (UInt64, Bool) {
        let (partial, overflow1) = a.addingReportingOverflow(b)
        let (sum, overflow2) = partial.addingReportingOverflow(carry ? 1 : 0)
        return (sum, overflow1 || overflow2)
    }

    private static func subtract(_ a: UInt64, _ b: UInt64, _ borrow: Bool) -> (UInt64, Bool) {
        let (partial, overflow1) = a.subtractingReportingOverflow(b)
        let (difference, overflow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
        return (difference, overflow1 || overflow2)
    }

    var hex: String { limbs.reversed().map { String(format: "%016llx", $0) }.joined() }

    static func bytes(fromHex hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case 0x30...0x39: return digit - 0x30
        case 0x61...0x66: return digit - 0x61 + 10
        default: return nil
        }
    }
}
