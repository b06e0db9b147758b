import FlagdeskCore
import Foundation
import GRDB

/// One hand-over of a document to `[sending] send_command`, recorded before the command runs.
public struct SendAttempt: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        /// Recorded before the command ran; no outcome since: the mail may or may not have left.
        case sending
        /// The command succeeded and the sending was recorded.
        case sent
        /// The command failed: nothing left.
        case failed
        /// The outcome was unknown and a person said the mail did leave (`send --confirm-sent`).
        case confirmedSent = "confirmed-sent"
        /// The outcome was unknown and a person chose to send again (`send --resend`).
        case superseded
    }

    public var id: Int64
    public var documentID: Int64
    public var startedAt: Date
    public var startedBy: String
    /// The exact text handed to the command (nil once the retention purge erased it).
    public var text: FrozenText?
    public var outcome: Outcome
    public var finishedAt: Date?
}

/// Reading and writing `send_attempts`. All functions run inside a caller's transaction.
public enum SendAttemptRecords {
    public static func begin(
        documentID: Int64, text: FrozenText, at: Date, by actor: String, in db: Database
    ) throws -> SendAttempt {
        try db.execute(
            sql: """
                INSERT INTO send_attempts (document_id, started_at, started_by, via, text, sha256, format)
                VALUES (?, ?, ?, 'email', ?, ?, ?)
                """,
            arguments: [documentID, ISO8601.format(at), actor, text.text, text.sha256, text.format])
        return SendAttempt(
            id: db.lastInsertedRowID, documentID: documentID, startedAt: at, startedBy: actor, text: text,
            outcome: .sending, finishedAt: nil)
    }

    /// Closes an attempt still `sending`; refused when another writer closed it first.
    public static func finish(_ id: Int64, outcome: SendAttempt.Outcome, at: Date, in db: Database) throws {
        try db.execute(
            sql: "UPDATE send_attempts SET outcome = ?, finished_at = ? WHERE id = ? AND outcome = 'sending'",
            arguments: [outcome.rawValue, ISO8601.format(at), id])
        guard db.changesCount == 1 else {
            throw StoreError.refused("send attempt \(id) was closed by someone else meanwhile")
        }
    }

    /// The attempt of a document whose outcome is unknown, if any (at most one: `send` refuses
    /// to begin another while one is open).
    public static func open(documentID: Int64, in db: Database) throws -> SendAttempt? {
        try Row.fetchOne(
            db,
            sql: """
                SELECT id, document_id, started_at, started_by, text, sha256, format, outcome, finished_at
                FROM send_attempts WHERE document_id = ? AND outcome = 'sending' ORDER BY id DESC LIMIT 1
                """,
            arguments: [documentID]
        ).map(attempt)
    }

    private static func attempt(_ row: Row) -> SendAttempt {
        let text: String? = row["text"]
        return SendAttempt(
            id: row["id"], documentID: row["document_id"], startedAt: instant(row["started_at"]) ?? .distantPast,
            startedBy: row["started_by"],
            text: text.map { FrozenText(text: $0, sha256: row["sha256"], format: row["format"]) },
            outcome: SendAttempt.Outcome(rawValue: row["outcome"]) ?? .sending, finishedAt: instant(row["finished_at"]))
    }
}
