import FlagdeskCore
import Foundation
import GRDB

extension BenchFixtures {
    /// `count` sent notices without items, each with its recorded Message-ID
    /// (`<N-YYYY-NNNNN@bench.example>`), for `flagdesk-bench mail`. Returns their references.
    public static func addSentMessages(count: Int, now: Date, actor: String, in db: Database) throws -> [String] {
        let insertDocument = try db.makeStatement(
            sql: """
                INSERT INTO documents (reference, kind, language, status, recipient_kind, fields, drafted_at,
                    drafted_by, sent_at, sent_by, sent_via, frozen_text, frozen_sha256, frozen_format, updated_at)
                VALUES (?, 'dsa-notice', 'en', 'sent', 'provider', ?, ?, ?, ?, ?, 'email', 'text', ?, 'eml', ?)
                """)
        let fields = try ContentJSON.encode(.empty(.dsaNotice))
        let at = ISO8601.format(now.addingTimeInterval(-86_400))
        let year = CivilDate(now, in: TimeZone(identifier: "UTC")!).year
        var references: [String] = []
        for index in 0..<count {
            let reference = Counters.reference(prefix: "N", year: year, number: index + 1, digits: 5)
            try insertDocument.execute(arguments: [
                reference, fields, at, actor, at, actor, String(repeating: "0", count: 64), at,
            ])
            try MailRecords.recordOutgoing(
                messageID: "<\(reference)@bench.example>", documentID: db.lastInsertedRowID, kind: .sent, at: now,
                in: db)
            references.append(reference)
        }
        try Counters.advance(prefix: "N", year: year, to: count, in: db)
        return references
    }
}
