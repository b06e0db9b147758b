import Foundation
import GRDB
import GRDBSQLite

/// A statement stepped through SQLite's C API, for the importer's two per-row statements: at a
/// million rows GRDB's argument arrays and row objects cost more than SQLite's own work per
/// row (measured: binding and fetching were a sixth of an import). Lives inside one
/// transaction of one connection and is finalised with its owner.
final class RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    private let sql: String

    /// SQLite copies a text or blob bound with this destructor before `bind` returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    init(_ sql: String, in db: Database) throws {
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the connection is closed", sql: sql)
        }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds text (NULL for nil) to the 1-based parameter `index`.
    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(handle, index)
            return
        }
        text.withUTF8 { bytes in
            if let start = bytes.baseAddress {
                _ = sqlite3_bind_text(
                    handle, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                    Self.transient)
            } else {
                // An empty buffer may have no address, which SQLite would take for NULL.
                _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
            }
        }
    }

    func bind(_ index: Int32, _ value: Int64?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        sqlite3_bind_int64(handle, index, value)
    }

    func bind(_ index: Int32, _ value: Int) {
        sqlite3_bind_int64(handle, index, Int64(value))
    }

    func bind(_ index: Int32, _ flag: Bool) {
        sqlite3_bind_int64(handle, index, flag ? 1 : 0)
    }

    /// Runs the statement one step: true when a row is ready to read, false when it is done.
    /// A failure is thrown as GRDB's `DatabaseError` (so `StoreError` classifies it as for any
    /// other statement) and the statement is reset for the next use.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let message = String(cString: sqlite3_errmsg(connection))
            sqlite3_reset(handle)
            throw DatabaseError(
                resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)), message: message, sql: sql)
        }
    }

    /// Makes the statement ready to run again with new bindings.
    func reset() {
        sqlite3_reset(handle)
    }

    /// Binds bytes as a BLOB.
    func bind(_ index: Int32, blob bytes: Data) {
        bytes.withUnsafeBytes { buffer in
            _ = sqlite3_bind_blob(
                handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count),
                Self.transient)
        }
    }

    /// Binds bytes as a BLOB.
    func bind(_ index: Int32, blob bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            _ = sqlite3_bind_blob(
                handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(buffer.count),
                Self.transient)
        }
    }

    /// Binds text that stays where it is until the statement is stepped and reset (SQLite keeps
    /// the pointer instead of a copy: the importer binds a prepared row's bytes this way).
    func bindUnchanging(_ index: Int32, text bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, bytes.count > 0 else {
            // An empty buffer may have no address, which SQLite would take for NULL.
            _ = sqlite3_bind_text(handle, index, "", 0, Self.transient)
            return
        }
        _ = sqlite3_bind_text(
            handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.unchanging)
    }

    /// Binds bytes as a BLOB that stays where it is until the statement is stepped and reset.
    func bindUnchanging(_ index: Int32, blob bytes: UnsafeRawBufferPointer) {
        _ = sqlite3_bind_blob(
            handle, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.unchanging)
    }

    /// SQLITE_STATIC (a null destructor): SQLite uses the caller's bytes as they are.
    private static let unchanging: sqlite3_destructor_type? = nil

    /// The C statement, for readers that take each column as SQLite holds it (`SealRowEncoder`).
    var cStatement: OpaquePointer { handle }

    func int64(column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }
}
