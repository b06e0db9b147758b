import FlagdeskCore
import FlagdeskDocuments
import Foundation
import GRDB

@testable import FlagdeskEngine

/// A store holding every case the DSA Art. 22(3) report counts or leaves out, written with plain
/// SQL so that it can hold what the workflow rarely produces (a recipient outside the directory,
/// an outcome or category the code does not know, a notice that is itself a follow-up): several
/// providers, categories and keywords, every outcome, decisions at fractional hours, policy
/// deadlines met, missed and open, reminder and complaint chains two levels deep, notices just
/// outside the period and notices never sent. The organisation works in Europe/Amsterdam, so the
/// year 2026 is [2025-12-31T23:00:00Z, 2026-12-31T23:00:00Z).
enum ReportFixture {
    static let config = """
        [organisation]
        name = "Stichting Veilig Online"
        email = "meldingen@example.org"
        signatory = "A. Coordinator"
        country = "NL"

        [organisation.trusted_flagger]
        awarding_dsc = "ACM"
        area_of_expertise = "Trafficking in human beings and sexual exploitation"
        independence_statement = "Funded by public grants only; no platform funding or board seats."

        [time]
        zone = "Europe/Amsterdam"
        """

    /// The instant the desk answers at (the report's `generated_at`).
    static let now = ISO8601.parseInstant("2027-01-15T10:00:00Z")!
    static let year2026 = (
        from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 12, day: 31)!
    )

    /// A desk on a fresh store filled with the fixture.
    static func desk() throws -> Desk {
        let folder = temporaryFolder("report")
        let configFile = folder.appendingPathComponent("config.toml")
        try Data(config.utf8).write(to: configFile)
        let desk = try Desk.open(
            DeskOptions(
                configPath: configFile.path, storePath: folder.appendingPathComponent("store").path, now: now,
                environment: [
                    "HOME": folder.path, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
                    "XDG_DATA_HOME": folder.appendingPathComponent("data").path, "USER": "alice",
                ],
                createStore: true, newDesk: NewDesk(simulatedClock: true)))
        try desk.store.write { db in try fill(db) }
        return desk
    }

    static func fields(_ category: String?, _ keywords: [String]?) -> String {
        var object: [String: Any] = ["kind": "dsa-notice", "urls": [], "bonaFideStatement": true]
        if let category { object["category"] = category }
        if let keywords { object["keywords"] = keywords }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// `base` plus a duration in seconds, as the store writes instants.
    static func at(_ base: String, plus seconds: Int = 0) -> String {
        ISO8601.format(ISO8601.parseInstant(base)!.addingTimeInterval(Double(seconds)))
    }

    static let hour = 3600
    static let minute = 60

    @discardableResult
    static func document(
        _ db: Database, kind: String = "dsa-notice", provider: String? = "meta-instagram", fields: String = "{}",
        outcome: String? = nil, sentAt: String?, decidedAt: String? = nil, parent: Int64? = nil,
        status explicitStatus: String? = nil
    ) throws -> Int64 {
        let status = explicitStatus ?? (outcome != nil ? "decided" : sentAt != nil ? "sent" : "draft")
        let frozen =
            ["draft", "ready", "approved", "withdrawn"].contains(status) ? nil : String(repeating: "a", count: 64)
        let drafted = sentAt ?? "2026-06-01T08:00:00Z"
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents")!
        try db.execute(
            sql: """
                INSERT INTO documents (reference, kind, language, status, recipient_kind, recipient_key, parent_id,
                    fields, outcome, drafted_at, drafted_by, sent_at, sent_by, decided_at, frozen_sha256, updated_at)
                VALUES (?, ?, 'en', ?, 'provider', ?, ?, ?, ?, ?, 'alice', ?, ?, ?, ?, ?)
                """,
            arguments: [
                "FX-\(count + 1)", kind, status, provider, parent, fields, outcome, drafted, sentAt,
                sentAt == nil ? nil : "alice", decidedAt, frozen, drafted,
            ])
        return db.lastInsertedRowID
    }

    static func deadline(_ db: Database, of document: Int64, policy: Bool = true, status: String) throws {
        try db.execute(
            sql: """
                INSERT INTO deadlines (document_id, rule, due_at, is_policy, inputs, explanation, status, computed_at)
                VALUES (?, ?, '2026-06-01T00:00:00Z', ?, '{}', 'fixture', ?, '2026-06-01T00:00:00Z')
                """,
            arguments: [
                document, policy ? "dsa.notice.expected-decision.trusted" : "dsa.notice.statutory", policy, status,
            ])
    }

    static func fill(_ db: Database) throws {
        let violence = DSACategory.violence.rawValue
        let minors = DSACategory.protectionOfMinors.rawValue
        let cyber = DSACategory.cyberViolence.rawValue
        let trafficking = DSAKeyword.humanTrafficking.rawValue
        let exploitation = DSAKeyword.humanExploitation.rawValue
        let csam = DSAKeyword.childSexualAbuseMaterial.rawValue

        // Decided at fractional hours, policy deadline met; a reminder and, below it, a DSA Art. 20
        // complaint (two levels), and a reminder withdrawn before it was sent.
        let first = try document(
            db, fields: fields(violence, [trafficking]), outcome: "removed", sentAt: "2026-02-02T09:00:00Z",
            decidedAt: at("2026-02-02T09:00:00Z", plus: 10 * hour + 30 * minute + 15))
        try deadline(db, of: first, status: "met")
        let reminder = try document(db, kind: "reminder", sentAt: "2026-02-03T09:00:00Z", parent: first)
        try document(db, kind: "dsa-complaint", sentAt: "2026-02-05T09:00:00Z", parent: reminder)
        try document(db, kind: "reminder", sentAt: nil, parent: first, status: "withdrawn")

        let second = try document(
            db, fields: fields(violence, [trafficking, exploitation]), outcome: "disabled",
            sentAt: "2026-03-10T14:15:00Z", decidedAt: at("2026-03-10T14:15:00Z", plus: 79 * hour + 12 * minute + 40))
        try deadline(db, of: second, status: "missed")

        // No keyword list at all. One policy deadline met and one missed: not within. A statutory
        // (non-policy) deadline does not count.
        let third = try document(
            db, provider: "google-youtube", fields: fields(minors, nil), outcome: "restricted",
            sentAt: "2026-03-29T00:30:00Z", decidedAt: at("2026-03-29T00:30:00Z", plus: 30 * minute))
        try deadline(db, of: third, status: "met")
        try deadline(db, of: third, status: "missed")
        try deadline(db, of: third, policy: false, status: "missed")

        // No category; a keyword given twice counts twice; the policy deadline still open.
        let fourth = try document(
            db, provider: "google-youtube", fields: fields(nil, [trafficking, trafficking]), outcome: "demoted",
            sentAt: "2026-04-01T12:00:00Z", decidedAt: at("2026-04-01T12:00:00Z", plus: 100 * hour + 1))
        try deadline(db, of: fourth, status: "open")

        // A recipient outside the directory, a category and a keyword the code does not know.
        let fifth = try document(
            db, provider: "not-in-directory",
            fields: fields("STATEMENT_CATEGORY_UNHEARD_OF", ["KEYWORD_NOPE", exploitation]),
            outcome: "age-restricted", sentAt: "2026-05-05T05:05:05Z",
            decidedAt: at("2026-05-05T05:05:05Z", plus: 7 * hour))
        try deadline(db, of: fifth, status: "met")
        try deadline(db, of: fifth, status: "open")
        try deadline(db, of: fifth, status: "superseded")

        // No recipient at all; refused, then an Art. 20 complaint with a complaint to the Digital
        // Services Coordinator (Art. 53) below it, and a reminder never sent with a complaint
        // below it that was.
        let sixth = try document(
            db, provider: nil, fields: fields(cyber, [csam]), outcome: "rejected", sentAt: "2026-06-15T10:00:00Z",
            decidedAt: at("2026-06-15T10:00:00Z", plus: 48 * hour))
        let complaint = try document(
            db, kind: "dsa-complaint", provider: nil, sentAt: "2026-06-20T10:00:00Z", parent: sixth)
        try document(db, kind: "dsc-complaint", provider: nil, sentAt: "2026-07-20T10:00:00Z", parent: complaint)
        let draftReminder = try document(db, kind: "reminder", provider: nil, sentAt: nil, parent: sixth)
        try document(db, kind: "dsc-complaint", provider: nil, sentAt: "2026-07-21T10:00:00Z", parent: draftReminder)
        // Other follow-up kinds are not reminders or escalations.
        try document(db, kind: "lea-referral", provider: nil, sentAt: "2026-06-21T10:00:00Z", parent: sixth)

        let seventh = try document(
            db, fields: fields(violence, [exploitation]), outcome: "partial", sentAt: "2026-07-01T07:00:00Z",
            decidedAt: at("2026-07-01T07:00:00Z", plus: 5 * hour + 59 * minute + 59))
        try deadline(db, of: seventh, status: "met")

        // "No answer" is recorded by the flagger: no time to decision.
        let eighth = try document(
            db, provider: "google-youtube", fields: fields(minors, [csam]), outcome: "no-answer",
            sentAt: "2026-08-08T08:00:00Z", decidedAt: at("2026-08-08T08:00:00Z", plus: 500 * hour))
        try deadline(db, of: eighth, status: "missed")

        // Pending, with a reminder sent and the policy deadline open.
        let ninth = try document(db, fields: fields(violence, [trafficking]), sentAt: "2026-09-09T09:09:09Z")
        try deadline(db, of: ninth, status: "open")
        try document(db, kind: "reminder", sentAt: "2026-09-20T09:00:00Z", parent: ninth)

        // A decision time without an outcome, an outcome the code does not know, and an outcome
        // without a decision time: none of them has a time to decision.
        try document(
            db, fields: fields(violence, [trafficking]), sentAt: "2026-10-01T10:00:00Z",
            decidedAt: "2026-10-02T10:00:00Z", status: "acknowledged")
        try document(
            db, provider: "google-youtube", fields: fields(minors, []), outcome: "escalated-internally",
            sentAt: "2026-10-02T10:00:00Z", decidedAt: "2026-10-03T10:00:00Z")
        try document(
            db, provider: "google-youtube", fields: fields(cyber, [csam]), outcome: "removed",
            sentAt: "2026-10-03T10:00:00Z")

        // The first and the last second of the year in Amsterdam.
        try document(
            db, fields: fields(violence, [trafficking]), outcome: "removed", sentAt: "2025-12-31T23:00:00Z",
            decidedAt: "2026-01-02T11:20:00Z")
        try document(db, provider: "google-youtube", fields: fields(minors, [csam]), sentAt: "2026-12-31T22:59:59Z")

        // A notice sent as a follow-up of the first one, with its own reminder: the reminder is in
        // both notices' chains.
        let renewed = try document(
            db, fields: fields(violence, [trafficking]), outcome: "removed", sentAt: "2026-02-10T09:00:00Z",
            decidedAt: at("2026-02-10T09:00:00Z", plus: 30 * hour + 15 * minute), parent: first)
        try document(db, kind: "reminder", sentAt: "2026-02-11T09:00:00Z", parent: renewed)

        // Outside the period (one second before and at its end), and never sent.
        let before = try document(
            db, fields: fields(violence, [trafficking]), outcome: "removed", sentAt: "2025-12-31T22:59:59Z",
            decidedAt: "2026-01-05T10:00:00Z")
        try deadline(db, of: before, status: "met")
        try document(db, kind: "reminder", sentAt: "2026-01-02T10:00:00Z", parent: before)
        try document(
            db, fields: fields(minors, [csam]), outcome: "rejected", sentAt: "2026-12-31T23:00:00Z",
            decidedAt: "2027-01-02T10:00:00Z")
        try document(db, fields: fields(violence, [trafficking]), sentAt: nil)
        try document(db, fields: fields(violence, [trafficking]), sentAt: nil, status: "withdrawn")
        // Sent in the period, but not a DSA notice.
        try document(
            db, kind: "lea-referral", provider: nil, fields: fields(violence, [trafficking]),
            sentAt: "2026-03-01T10:00:00Z")
    }

    /// The notices of `[from, to)` read one by one, the plain way (JSON decoded in Swift, instants
    /// parsed with `ISO8601.parseInstant`, each chain walked down by parent), providers named as
    /// in the directory: the reference the store's tally is checked against.
    static func referenceNotices(_ desk: Desk, from: Date, to: Date) throws -> [ReportNotice] {
        try desk.store.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, recipient_key, fields, outcome, sent_at, decided_at FROM documents
                    WHERE kind = 'dsa-notice' AND sent_at IS NOT NULL AND sent_at >= ? AND sent_at < ? ORDER BY id
                    """, arguments: [ISO8601.format(from), ISO8601.format(to)])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let json =
                    try JSONSerialization.jsonObject(with: Data((row["fields"] as String).utf8)) as! [String: Any]
                let keywords = (json["keywords"] as? [Any] ?? []).compactMap {
                    ($0 as? String).flatMap(DSAKeyword.init)
                }
                let verdicts = try String.fetchAll(
                    db, sql: "SELECT status FROM deadlines WHERE document_id = ? AND is_policy = 1", arguments: [id]
                ).filter { $0 == "met" || $0 == "missed" }
                var reminders = 0
                var escalations = 0
                var parents = [id]
                while let parent = parents.popLast() {
                    for child in try Row.fetchAll(
                        db, sql: "SELECT id, kind, sent_at FROM documents WHERE parent_id = ?", arguments: [parent])
                    {
                        parents.append(child["id"])
                        guard (child["sent_at"] as String?) != nil else { continue }
                        switch child["kind"] as String {
                        case "reminder": reminders += 1
                        case "dsa-complaint", "dsc-complaint": escalations += 1
                        default: break
                        }
                    }
                }
                return ReportNotice(
                    provider: (row["recipient_key"] as String?).map { desk.directory.provider(key: $0)?.name ?? $0 },
                    category: (json["category"] as? String).flatMap(DSACategory.init),
                    keywords: keywords,
                    outcome: (row["outcome"] as String?).flatMap(DocumentOutcome.init),
                    sentAt: ISO8601.parseInstant(row["sent_at"])!,
                    decidedAt: (row["decided_at"] as String?).flatMap(ISO8601.parseInstant),
                    policyDeadlineMet: verdicts.isEmpty ? nil : verdicts.allSatisfy { $0 == "met" },
                    reminders: reminders, escalations: escalations)
            }
        }
    }
}
